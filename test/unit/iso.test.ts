import { formatISO } from 'date-fns/formatISO';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localIso } from '../../src/domain/iso.js';

describe('localIso', () => {
  it('writes exactly what date-fns formatISO writes, across DST and years (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const d = new Date(Math.floor(ms / 1000) * 1000);
        expect(localIso(d)).toBe(formatISO(d));
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps the local offset on each side of the November change', () => {
    expect(localIso(new Date('2026-11-01T08:30:00Z'))).toBe('2026-11-01T01:30:00-07:00');
    expect(localIso(new Date('2026-11-01T10:30:00Z'))).toBe('2026-11-01T02:30:00-08:00');
  });
});
