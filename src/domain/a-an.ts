/**
 * "a" or "an" by the sound of the next word, not its first letter: "an MD", "a UX researcher",
 * "an hour", "a university". Pure; the text lint uses it on every generated message.
 */

/** Letters whose spoken name starts with a vowel sound (eff, aitch, em, ess, ex…). */
const VOWEL_NAMED_LETTERS = new Set('AEFHILMNORSX');
/** Capitals read as a word, not letter by letter. */
const WORD_ACRONYMS = new Set(['NASA', 'NATO', 'UNICEF', 'UNESCO', 'FIFA', 'OPEC', 'ASAP', 'UEFA']);
/** Words spelled with a vowel that start with a consonant sound ("a university", "a one-off"). */
const YOU_OR_W_SOUND = /^(uni(?!n|mp|mm|dent|ll)|unanim|us[aeiu]|ut[aei]|ur[aeiu]|uro|uk[aeiu]|ubiq|ug[a]|ufo|eu|ewe|one\b|one-|once|ouija)/;
/** Words spelled with a consonant that start with a vowel sound: the silent h. */
const SILENT_H = /^(hour|honest|honou?r|heir)/;
/** Words careful writers spell either way ("a historic", "an historic"; "an herb" in the US): never a slip. */
const EITHER = /^(herb(?!ert)|histor)/;

export type Article = 'a' | 'an';

/** Which sound a number starts with when read aloud: 8…, 11, 18, 11,000 and 18 million are "an". */
function numberArticle(word: string): Article {
  const digits = word.match(/^\d[\d,]*/)?.[0].replace(/,/g, '') ?? '';
  if (digits.startsWith('8')) return 'an';
  if ((digits.startsWith('11') || digits.startsWith('18')) && digits.length % 3 === 2) return 'an';
  return 'a';
}

/**
 * The article a word takes when spoken, or undefined when either is right or the word gives no
 * clue (punctuation, an empty string). Acronyms (two or more capitals) go by their letters' names unless they are
 * read as words: "an SVP", "a UX", "a NASA".
 */
export function articleFor(word: string): Article | undefined {
  const w = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!w) return undefined;
  if (/^\d/.test(w)) return numberArticle(w);
  const head = w.match(/^[\p{L}]+/u)?.[0] ?? '';
  if (/^\p{Lu}{2,}$/u.test(head) || /^\p{Lu}$/u.test(head)) {
    if (WORD_ACRONYMS.has(head)) return /^[AEIOU]/.test(head) ? 'an' : 'a';
    return VOWEL_NAMED_LETTERS.has(head[0] ?? '') ? 'an' : 'a';
  }
  const lower = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (EITHER.test(lower)) return undefined;
  if (SILENT_H.test(lower)) return 'an';
  if (YOU_OR_W_SOUND.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

export interface ArticleSlip {
  /** The words as written, e.g. "a MD". */
  found: string;
  /** The words as they should read, e.g. "an MD". */
  expected: string;
  index: number;
}

/** Every "a"/"an" in the text that does not match the sound of the word after it. */
export function articleSlips(text: string): ArticleSlip[] {
  const slips: ArticleSlip[] = [];
  // The article must stand alone: not "a." (a.m.), not inside a word, not "A" as a letter label "A)".
  const pattern = /(?<![\p{L}\p{N}.'’-])(a|an|A|An|AN)[ \t]+(["“‘(]?[\p{L}\p{N}](?:[\p{L}\p{N}'’–-]|,\d)*)/gu;
  for (const m of text.matchAll(pattern)) {
    const [found, article = '', word = ''] = m;
    const expected = articleFor(word);
    if (!expected || article.toLowerCase() === expected) continue;
    // A capital "A" after a word is a letter ("Plan A is", "vitamin A"), not an article.
    if (article === 'A' && /\p{L}[ \t]*$/u.test(text.slice(0, m.index))) continue;
    const fixed = article[0] === 'A' ? (expected === 'an' ? 'An' : 'A') : expected;
    slips.push({ found: found.trim(), expected: `${fixed} ${word}`, index: m.index });
  }
  return slips;
}
