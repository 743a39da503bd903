import { describe, expect, it } from 'vitest';
import { makePaint } from '../../src/render/paint.js';

const ESC = '\u001b[';

describe('makePaint', () => {
  const on = makePaint(true);
  const off = makePaint(false);

  it('wraps text in the style codes when on', () => {
    const cases: [keyof typeof on, string][] = [
      ['bold', `${ESC}1mx${ESC}22m`],
      ['dim', `${ESC}2mx${ESC}22m`],
      ['italic', `${ESC}3mx${ESC}23m`],
      ['underline', `${ESC}4mx${ESC}24m`],
      ['red', `${ESC}31mx${ESC}39m`],
      ['green', `${ESC}32mx${ESC}39m`],
      ['yellow', `${ESC}33mx${ESC}39m`],
      ['magenta', `${ESC}35mx${ESC}39m`],
      ['cyan', `${ESC}36mx${ESC}39m`],
    ];
    for (const [name, expected] of cases) expect((on[name] as (s: string) => string)('x'), name).toBe(expected);
    expect(on.on).toBe(true);
  });

  it('is the identity when off', () => {
    for (const text of ['', 'x', 'two\nlines', `${ESC}1malready styled${ESC}22m`]) {
      expect([off.bold, off.dim, off.italic, off.underline, off.red, off.green, off.yellow, off.magenta, off.cyan].map((s) => s(text))).toEqual(Array(9).fill(text));
    }
    expect(off.on).toBe(false);
  });

  it('leaves empty text empty', () => expect(on.bold('')).toBe(''));

  it('reopens the outer style after an inner reset that would end it too', () => {
    // dim's reset (22) also ends bold: bold must come back for the rest of the text.
    expect(on.bold(`a ${on.dim('b')} c`)).toBe(`${ESC}1ma ${ESC}2mb${ESC}22m${ESC}1m c${ESC}22m`);
    // Colours share 39: the red after the inner cyan is restored.
    expect(on.red(`a ${on.cyan('b')} c`)).toBe(`${ESC}31ma ${ESC}36mb${ESC}39m${ESC}31m c${ESC}39m`);
    // Different resets do not interfere.
    expect(on.bold(on.cyan('x'))).toBe(`${ESC}1m${ESC}36mx${ESC}39m${ESC}22m`);
  });

  it('closes and reopens around each line break, so colour never bleeds into the next line', () => {
    expect(on.green('a\nb')).toBe(`${ESC}32ma${ESC}39m\n${ESC}32mb${ESC}39m`);
    expect(on.green('a\r\nb')).toBe(`${ESC}32ma${ESC}39m\r\n${ESC}32mb${ESC}39m`);
  });
});
