/** `followup --json` is written piece by piece; it must be byte for byte what serialising the items gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUE_KINDS, type DueItem } from '../../src/domain/due.js';
import { toJson } from '../../src/render/contact-json.js';
import { followupJson, writeFollowupJson } from '../../src/render/followup-json.js';

const text = fc.string({ unit: 'binary', maxLength: 16 });
const item: fc.Arbitrary<DueItem> = fc.record({
  contact: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  name: text,
  kind: fc.constantFrom(...DUE_KINDS),
  dueMs: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }),
  overdue: fc.boolean(),
  fromMs: fc.integer(),
  listed: fc.boolean(),
  what: text,
  command: text,
  meetingAt: fc.option(text, { nil: undefined }),
  outreachAt: fc.option(text, { nil: undefined }),
});

const written = (items: DueItem[]) => {
  const chunks: Buffer[] = [];
  writeFollowupJson(items, (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks).toString('utf8');
};

describe('writeFollowupJson', () => {
  it('equals JSON.stringify of followupJson, for any items', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        expect(written(items)).toBe(toJson(followupJson(items)));
      }),
      { numRuns: 500 },
    );
  });

  it('an empty list is []', () => {
    expect(written([])).toBe('[]\n');
  });
});
