/**
 * Telling whether two spellings name the same employer: the folding of names (case, accents,
 * invisible characters) plus the legal-form suffixes people add or leave out ("Northwind Health,
 * Inc." is "Northwind Health"). Pure.
 */
import { editDistance, fold, typoLimit } from './text.js';

/** Legal forms dropped from the end of a company name (dots and commas removed first). */
const SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'corp', 'corporation', 'co',
  'company', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'pty', 'oy', 'ab', 'as', 'aps', 'kk', 'se', 'pbc',
]);

/**
 * The key a company name is compared by: `Northwind Health, Inc.` → `northwind health`,
 * `Société Générale S.A.` → `societe generale`, `Smith & Co.` → `smith`. A name made only of a
 * suffix (`Co`) keeps it, so no employer folds to nothing.
 */
export function companyKey(name: string): string {
  const words = fold(name)
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .split(/[\s,;()\-–—/]+/)
    .filter(Boolean);
  while (words.length > 1 && (SUFFIXES.has(words.at(-1) ?? '') || words.at(-1) === 'and')) words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** Do these two spellings name the same employer? An empty one matches nothing. */
export function sameCompany(a: string | undefined, b: string | undefined): boolean {
  if (!a?.trim() || !b?.trim()) return false;
  return companyKey(a) === companyKey(b);
}

/** Up to three of `names` that look like a typo of `query` (for "did you mean"), closest first. */
export function closestCompanies(query: string, names: readonly string[]): string[] {
  const q = companyKey(query);
  return names
    .map((name) => ({ name, d: editDistance(q, companyKey(name)) }))
    .filter(({ name, d }) => d <= typoLimit(q.length) || (q.length >= 3 && companyKey(name).startsWith(q)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ name }) => name);
}
