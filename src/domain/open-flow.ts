/**
 * Whether a YAML text leaves a flow collection (`[a,` or `{a: 1,`) open at the end of a line, to
 * go on below. js-yaml reads such a continuation at any indentation, yaml only indented under
 * its key: the plain reader (store/contact-file.ts) leaves these files to yaml. Brackets in
 * quotes or comments count too, which only sends a file the slower, always-right way.
 */
export function opensFlowAtLineEnd(text: string): boolean {
  const openers = /[[{]/g;
  for (let found = openers.exec(text); found; found = openers.exec(text)) {
    // From a line's first opener to its end (a line that ends open has already answered).
    let depth = 0;
    let i = found.index;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5b || c === 0x7b) depth += 1;
      else if ((c === 0x5d || c === 0x7d) && depth > 0) depth -= 1;
      else if (c === 0x0a || c === 0x0d) break;
    }
    if (depth > 0) return true;
    openers.lastIndex = i;
  }
  return false;
}
