/** Small pure helpers for comparing what people type with what is stored. */

/**
 * Lower-case, accents removed, invisible characters removed, white space collapsed:
 * `  José NÚÑEZ ` → `jose nunez`. Invisible ones (zero-width space and joiners, bidi marks, soft
 * hyphen, variation selectors: Unicode's default-ignorable code points) are dropped, not made
 * spaces, so `Ann\u200bLee` compares as the `AnnLee` it looks like, never as `Ann Lee`; two names
 * that look alike then compare alike, and lookup calls them ambiguous instead of picking one.
 */
export function fold(value: string): string {
  // Plain ASCII has nothing to decompose: skip the Unicode work (list sorts 10,000 names by this).
  if (!/[^\p{ASCII}]/u.test(value)) return value.toLowerCase().replace(/\s+/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/[\p{M}\p{Default_Ignorable_Code_Point}]/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance counting a swap of neighbours as one edit (`compnay` is 1 from `company`). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known key an unknown key is probably a typo of, if any (`compnay` → `company`). */
/**
 * How many edits still read as a typo of a word `length` long: one up to 7 letters, one more per
 * 4 letters (two edits of `jose` make `cote`: no one would mean Côté by it). Every "did you mean".
 */
export const typoLimit = (length: number): number => Math.max(1, Math.floor(length / 4));

export function likelyTypo(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: { key: string; d: number } | undefined;
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    const d = editDistance(k, c);
    if (d <= typoLimit(c.length) && (!best || d < best.d)) best = { key: candidate, d };
  }
  return best?.key;
}

/** True when `value` breaks the line (LF, CR, NEL, or a Unicode line or paragraph separator). */
export function hasLineBreak(value: string): boolean {
  return /[\n\r\u0085\u2028\u2029]/.test(value);
}

/**
 * `text` (written with LF) in the line ending of `like`, the file it replaces: CRLF when the
 * first line of `like` ends in CRLF (a file saved on Windows), so a rewrite changes only the
 * lines it meant to, else LF.
 */
export function inLineEndingOf(like: string, text: string): string {
  return /^[^\n]*\r\n/.test(like) ? text.replace(/\r?\n/g, '\r\n') : text;
}
