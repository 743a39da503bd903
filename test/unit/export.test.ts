import { describe, expect, it } from 'vitest';
import { guardFormula, lastInteraction } from '../../src/render/export.js';

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

describe('lastInteraction', () => {
  const now = new Date('2026-11-23T10:00:00-08:00');
  it('the latest outreach, reply, meeting or thank-you up to now', () => {
    const contact = { name: 'A', outreach: [{ at: '2026-11-01T09:00:00-08:00', repliedAt: '2026-11-02T09:00:00-08:00' }], meetings: [{ at: '2026-11-25T15:00:00-08:00' }] };
    expect(lastInteraction(contact, now)?.toISOString()).toBe('2026-11-02T17:00:00.000Z');
    expect(lastInteraction({ name: 'B' }, now)).toBeUndefined();
  });
});
