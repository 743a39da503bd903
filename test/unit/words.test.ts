import { describe, expect, it } from 'vitest';
import { countChars, countWords, emailBodyWords, emailParts } from '../../src/domain/words.js';
import { markdownForTerminal } from '../../src/render/markdown-term.js';
import { makePaint } from '../../src/render/paint.js';

describe('countWords', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['Hi Maya,', 2],
    ["I'm exploring UX research.", 4],
    ['Could you spare 20–30 minutes?', 5],
    ['alex.doe@example.com · linkedin', 2],
    ['José Núñez', 2],
    ['  many   spaces\nand lines ', 4],
  ];
  for (const [text, n] of cases) it(`"${text}" has ${n}`, () => expect(countWords(text)).toBe(n));
});

describe('countChars', () => {
  it('counts what a person sees, not UTF-16 units', () => {
    expect(countChars('abc')).toBe(3);
    expect(countChars('José')).toBe(4);
    expect(countChars('🙂🙂')).toBe(2);
  });
});

describe('emailParts', () => {
  const sig = 'Alex Doe\nalex@example.com';
  const email = `Subject: Hello there\n\nHi Maya,\n\nOne two three.\n\n${sig}\n`;
  it('takes the subject line and the signature out of the body', () => {
    expect(emailParts(email, sig)).toEqual({ subject: 'Hello there', body: 'Hi Maya,\n\nOne two three.' });
    expect(emailBodyWords(email, sig)).toBe(5);
  });
  it('copes with no subject and no signature', () => {
    expect(emailParts('Just text', undefined)).toEqual({ subject: undefined, body: 'Just text' });
  });
});

describe('markdownForTerminal', () => {
  const md = '# Title\n## Part\n- [ ] check **this**\n- item `code`\n1. first\n> quote\nplain';
  it('is readable without colour', () => {
    expect(markdownForTerminal(md, makePaint(false))).toBe('Title\nPart\n☐ check this\n• item code\n1. first\n│ quote\nplain');
  });
  it('styles headings, bold and code with colour', () => {
    const out = markdownForTerminal(md, makePaint(true));
    expect(out).toContain('\u001b[1m');
    expect(out).toContain('\u001b[36mcode');
  });
});
