/** Small pure helpers that make data read as prose: lists, sentences, colons, takeaways. */

/** `Ana`, `Ana and Bo`, `Ana, Bo and Cy` (no Oxford comma, as the drafts are written). */
export function joinList(items: readonly string[]): string {
  const clean = items.map((i) => i.trim()).filter(Boolean);
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean.at(-1)}`;
}

/** A capital after a colon inside a sentence goes ("Portfolio: Two cases" → "Portfolio: two cases"); acronyms stay. */
export function lowerAfterColon(text: string): string {
  return text.replace(/: ([A-Z])(?=[a-z])/g, (_, c: string) => `: ${c.toLowerCase()}`);
}

/** The first letter lower-cased unless the first word is an acronym, `I` or a name-like word with another capital. */
export function lowerFirst(text: string): string {
  const word = text.split(/\s/)[0] ?? '';
  if (word === 'I' || /^.[A-Z0-9]/.test(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One line without its final stop: the template adds its own punctuation. */
export function clause(text: string | undefined): string | undefined {
  const one = text?.replace(/\s+/g, ' ').trim().replace(/[.!;,\s]+$/, '');
  return one ? lowerAfterColon(one) : undefined;
}

/** A clause made a sentence: capital first, one final stop. */
export function sentence(text: string | undefined): string | undefined {
  const one = clause(text);
  if (!one) return undefined;
  return `${one.charAt(0).toUpperCase()}${one.slice(1)}${/[?!]$/.test(text?.trim() ?? '') ? '' : '.'}`;
}

// How people jot down what someone said: "she said …", "he suggested that …", "Maya thinks …".
const REPORTED = /^(?:(?:she|he|they|[A-Z][\w'-]*) )?(?:said|says|thinks|told me|mentioned|suggested|recommended|advised|believes)(?: that|:)? /i;

// Advice as people jot it down starts with a verb: "Try…", "Talk to…", "Listen first".
const IMPERATIVE = /^(try|build|start|talk|ask|focus|keep|write|read|join|apply|learn|get|make|take|use|look|find|reach|listen|say|show|bring|be|do|go|practise|practice|prepare|spend|stay|follow|volunteer|consider|pick|choose|treat|aim|avoid|network|don't|never|always)\b/i;

/**
 * A takeaway as said to the person it came from: "A portfolio beats …" → "your point that a
 * portfolio beats …"; "she suggested building …" → "your advice on building …". Third-person
 * notes ("she", "her") are left to the user: infoview never rewrites what it cannot parse.
 */
export function addressedTakeaway(takeaway: string): string | undefined {
  const text = clause(takeaway);
  if (!text) return undefined;
  const reported = REPORTED.exec(text);
  const rest = lowerFirst(reported ? text.slice(reported[0].length) : text);
  if (IMPERATIVE.test(rest)) return `your advice to ${rest}`;
  if (reported && /ing$/.test(rest.split(' ')[0] ?? '')) return `your advice on ${rest}`;
  return `your point that ${rest}`;
}
