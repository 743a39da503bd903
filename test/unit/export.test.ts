import { describe, expect, it } from 'vitest';
import { guardFormula } from '../../src/render/export.js';

describe('guardFormula', () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['Maya Chen', 'Maya Chen'],
    ['', ''],
    ['a=b', 'a=b'],
  ];
  for (const [input, output] of cases) it(JSON.stringify(input), () => expect(guardFormula(input)).toBe(output));
});
