// `status` through the built binary: a summary that stays short however many people are behind.
import { describe, expect, it } from 'vitest';
import { dataDir, runBin } from '../helpers/index.js';

const met = (name: string, day: number) =>
  `name: ${name}\nmeetings:\n  - at: 2026-11-${String(day).padStart(2, '0')}T10:00:00-08:00\n    minutes: 30\n    medium: video\n    notes: Talked about research ops.\n`;
const planned = (name: string, day: number) => `name: ${name}\nmeetings:\n  - at: 2026-12-${String(day).padStart(2, '0')}T10:00:00-08:00\n    medium: coffee\n    place: Blue Bottle\n`;

describe('status', () => {
  it('shows the ten most overdue and counts the rest, with the command that lists them', () => {
    const people = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`person-${i + 1}`, met(`Person ${i + 1}`, 2 + i)]));
    const r = runBin(dataDir(people), ['status'], { env: { INFOVIEW_NOW: '2026-11-30T09:00:00-08:00' } });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const shown = r.stdout.split('\n').filter((l) => /thank-you\s+overdue/.test(l));
    expect(shown).toHaveLength(10);
    expect(r.stdout).toContain('…and 3 more: infoview followup lists them all');
    expect(r.stdout).toMatch(/met\s+█+ 13/);
  });
  it('lists the five next meetings, soonest first, with medium and place', () => {
    const people = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`person-${i + 1}`, planned(`Person ${i + 1}`, 10 - i)]));
    const r = runBin(dataDir(people), ['status'], { env: { INFOVIEW_NOW: '2026-11-30T09:00:00-08:00' } });
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.includes('Blue Bottle'));
    expect(rows.map((l) => /Person \d/.exec(l)?.[0])).toEqual(['Person 7', 'Person 6', 'Person 5', 'Person 4', 'Person 3']);
    expect(rows[0]).toContain('30 min, coffee, at Blue Bottle');
  });
});
