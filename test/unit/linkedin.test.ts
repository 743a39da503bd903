import { describe, expect, it } from 'vitest';
import { decodeExport, findHeaderLine, parseConnectedOn, planImport, profileKey } from '../../src/domain/linkedin.js';

describe('parseConnectedOn', () => {
  const cases: [string, string | undefined][] = [
    ['12 Mar 2024', '2024-03-12'],
    ['1 Dec 2022', '2022-12-01'],
    ['03 January 2023', '2023-01-03'],
    ['2024-03-12', '2024-03-12'],
    ['32 Mar 2024', undefined],
    ['Mar 12 2024', undefined],
    ['sometime', undefined],
  ];
  for (const [input, output] of cases) it(input, () => expect(parseConnectedOn(input)).toBe(output));
});

describe('findHeaderLine', () => {
  const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
  const cases: [string, string[], number][] = [
    ['header first', [header, 'a,b'], 0],
    ['after a Notes block', ['Notes:', '"A note, with commas"', '', header], 3],
    ['with a BOM and quotes', ['\uFEFF"First Name","Last Name","URL","Email Address","Company","Position","Connected On"'], 0],
    ['not an export', ['Date,Amount', '1,2'], -1],
  ];
  for (const [name, lines, index] of cases) it(name, () => expect(findHeaderLine(lines)).toBe(index));
});

describe('profileKey and planImport', () => {
  it('profile addresses compare without trailing slash, query or case', () => {
    expect(profileKey('http://LinkedIn.com/in/Maya/?trk=x')).toBe(profileKey('https://www.linkedin.com/in/maya'));
  });

  it('repeated rows in one file are counted once', () => {
    const row = { line: 2, name: 'Al Bo', linkedin: 'https://www.linkedin.com/in/albo' };
    const plan = planImport([], [row, { ...row, line: 3 }]);
    expect(plan.add).toHaveLength(1);
    expect(plan.unchanged).toBe(1);
  });
});

describe('decodeExport', () => {
  it('reads UTF-8, and drops the byte-order mark', () => {
    expect(decodeExport(new TextEncoder().encode('\uFEFFFirst Name\nJosé,Núñez'))).toEqual({ text: 'First Name\nJosé,Núñez', legacy: false });
  });

  it('reads a file Excel saved again on Windows (Windows-1252) instead of storing U+FFFD', () => {
    // "José Núñez, “Lead” – €" in Windows-1252.
    const bytes = Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x2c, 0x20, 0x93, 0x4c, 0x65, 0x61, 0x64, 0x94, 0x20, 0x96, 0x20, 0x80]);
    expect(decodeExport(bytes)).toEqual({ text: 'José Núñez, “Lead” – €', legacy: true });
  });
});
