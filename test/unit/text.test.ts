import { describe, expect, it } from 'vitest';
import { editDistance, fold, likelyTypo } from '../../src/domain/text.js';
import { KNOWN_KEYS } from '../../src/domain/schema.js';
import { displayWidth, table, truncate } from '../../src/render/table.js';

describe('text helpers', () => {
  it('folds case, accents and spaces', () => expect(fold('  José  NÚÑEZ ')).toBe('jose nunez'));
  it('counts a swap as one edit', () => expect(editDistance('compnay', 'company')).toBe(1));
  const typos: [string, string | undefined][] = [
    ['compnay', 'company'],
    ['emial', 'email'],
    ['introducedby', 'introducedBy'],
    ['tag', 'tags'],
    ['birthday', undefined],
    ['x1', undefined],
  ];
  for (const [key, guess] of typos) it(`${key} → ${guess}`, () => expect(likelyTypo(key, KNOWN_KEYS.contact)).toBe(guess));
});

describe('table', () => {
  it('measures wide and combining characters', () => {
    expect(displayWidth('李雷')).toBe(4);
    expect(displayWidth('José')).toBe(4);
    expect(displayWidth('Jose\u0301')).toBe(4);
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
  });
  it('aligns columns and cuts long cells', () => {
    const out = table([{ header: 'NAME', max: 6 }, { header: 'X' }], [['李雷', 'a'], ['Bartholomew', 'b']]);
    expect(out.split('\n')).toEqual(['NAME    X', '李雷    a', 'Barth…  b']);
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
  it('cuts by columns and never inside a character a person sees as one', () => {
    expect(truncate('李雷李雷', 5)).toBe('李雷…');
    expect(truncate('Jose\u0301 Núñez', 5)).toBe('Jose\u0301…');
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(displayWidth(family)).toBe(2);
    expect(truncate(`${family}${family}ab`, 4)).toBe(`${family}…`);
    expect(displayWidth('a\u0007b')).toBe(4);
  });
  it('fits a width by cutting the widest column first, never below its header', () => {
    const rows = [['Bartholomew Okonkwo-Smith', 'Acme', 'reach out: introduce yourself and ask for twenty minutes']];
    const out = table([{ header: 'NAME' }, { header: 'COMPANY' }, { header: 'NEXT STEP' }], rows, { width: 50 }).split('\n');
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(out[1]).toContain('Acme');
    expect(out[0]).toContain('COMPANY');
    // The widest columns gave up columns until they were as wide as each other: the short one stays.
    expect(out[1]).toBe('Bartholomew Okonkw…  Acme     reach out: introduc…');
    // Without a width nothing is cut.
    expect(table([{ header: 'NAME' }, { header: 'NEXT STEP' }], [[rows[0]![0]!, rows[0]![2]!]])).toContain('twenty minutes');
  });
  it('measures every Latin character as string-width does', async () => {
    const { default: stringWidth } = await import('string-width');
    for (let code = 0x20; code < 0x370; code++) {
      const char = String.fromCharCode(code);
      if (code >= 0x7f && code < 0xa0) continue; // C1 controls: shown escaped
      expect([code, displayWidth(`a${char}b`)]).toEqual([code, stringWidth(`a${char}b`)]);
    }
  });
  it('cuts a very long cell', () => {
    const cut = truncate('x'.repeat(200_000), 40);
    expect(cut).toBe(`${'x'.repeat(39)}…`);
  });
});
