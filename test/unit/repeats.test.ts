import { describe, expect, it } from 'vitest';
import { sameMeeting, sameOutreach } from '../../src/domain/repeats.js';

describe('repeats: the same entry twice', () => {
  const outreach = [{ at: '2026-11-20T09:30:00-08:00', channel: 'email' as const }, { at: '2026-11-21T09:30:00-08:00' }];
  const cases: [string, string, string, boolean][] = [
    ['the same time and channel', '2026-11-20T09:30:00-08:00', 'email', true],
    ['the same minute, another offset and seconds', '2026-11-20T17:30:45Z', 'email', true],
    ['the next minute', '2026-11-20T09:31:00-08:00', 'email', false],
    ['another channel', '2026-11-20T09:30:00-08:00', 'linkedin', false],
    ['an entry without a channel matches any', '2026-11-21T09:30:00-08:00', 'phone', true],
  ];
  for (const [name, at, channel, repeat] of cases) {
    it(`outreach: ${name}`, () => expect(Boolean(sameOutreach(outreach, at, channel))).toBe(repeat));
  }
  it('meeting: the same start minute, whatever its length', () => {
    const meetings = [{ at: '2026-11-25T15:00:00-08:00', minutes: 30 }];
    expect(sameMeeting(meetings, '2026-11-25T15:00:20-08:00')).toBe(meetings[0]);
    expect(sameMeeting(meetings, '2026-11-25T15:15:00-08:00')).toBeUndefined();
    expect(sameMeeting(undefined, '2026-11-25T15:00:00-08:00')).toBeUndefined();
  });
});
