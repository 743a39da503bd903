import { describe, expect, it } from 'vitest';
import { findHeaderLine, parseConnectedOn, planImport, profileKey } from '../../src/domain/linkedin.js';

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
