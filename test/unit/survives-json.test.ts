/**
 * survivesJson (domain/survives-json.ts) decides whether parsed data may be cached as JSON. It must
 * answer exactly as the JSON round trip it replaced: JSON.parse(JSON.stringify(x)) deep-equal to x.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { survivesJson } from '../../src/domain/survives-json.js';

function roundTrip(data: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data);
  } catch {
    return false;
  }
}

const wild = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const special = fc.constantFrom(-0, NaN, Infinity, undefined, null, '', '\ud800', () => 1, Symbol('s'), new Date(0), Object.assign(new Array(3), { 0: 1, 2: 3 }), Object.assign([1], { x: 1 }), { toJSON: () => 1 }, { toJSON: 'x' });
const contactLike = fc.record({ name: fc.string(), tags: fc.array(fc.oneof(fc.string(), fc.double(), special)), extra: fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), special)) });

describe('survivesJson', () => {
  it('agrees with the JSON round trip on any value', () => {
    fc.assert(
      fc.property(fc.oneof(wild, fc.jsonValue(), contactLike, special), (value) => {
        expect(survivesJson(value)).toBe(roundTrip(value));
      }),
      { numRuns: 3000 },
    );
  });

  const cycle: Record<string, unknown> = { a: 1 };
  cycle.self = cycle;
  const shared = { x: [1] };
  const cases: [string, unknown, boolean][] = [
    ['a cycle', cycle, false],
    ['a shared (not cyclic) value', { a: shared, b: shared }, true],
    ['an own __proto__ key', JSON.parse('{"__proto__": {"a": 1}}'), true],
    ['an enumerable symbol key', { [Symbol('s')]: 1 }, false],
    ['a throwing getter', Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('no'); } }), false],
  ];
  for (const [what, value, expected] of cases) {
    it(what, () => {
      expect(survivesJson(value)).toBe(expected);
      expect(roundTrip(value)).toBe(expected);
    });
  }
});
