/** Whether data comes back the same through JSON: what the store's cache (store/contact-cache.ts) may keep. */

/** Deeper than any contact; past it the data is simply not cached. */
const MAX_DEPTH = 64;

/**
 * False for data JSON would change (NaN, -0, undefined, holes, Dates, cycles, symbol keys…): such
 * data is never cached. The same answer as comparing a JSON round trip with isDeepStrictEqual
 * (test/unit/survives-json.test.ts), without building the copy; only data nested deeper than
 * MAX_DEPTH is refused where the round trip would pass.
 */
export function survivesJson(data: unknown): boolean {
  try {
    return survives(data, 0);
  } catch {
    return false; // a getter that throws
  }
}

const hasEnumerableSymbol = (data: object) => Object.getOwnPropertySymbols(data).some((s) => Object.prototype.propertyIsEnumerable.call(data, s));

function survives(data: unknown, depth: number): boolean {
  switch (typeof data) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(data) && !Object.is(data, -0);
    case 'object':
      break;
    default:
      return false; // undefined, functions, symbols, BigInt
  }
  if (data === null) return true;
  if (depth >= MAX_DEPTH || hasEnumerableSymbol(data)) return false; // the depth limit also stops a cycle
  const proto = Object.getPrototypeOf(data) as unknown;
  if (proto === Array.prototype) {
    const list = data as unknown[];
    if (Object.keys(list).length !== list.length) return false; // holes or extra keys
    for (const item of list) if (!survives(item, depth + 1)) return false;
    return true;
  }
  // Anything but a plain object (Date, Map, class instances, boxed values) comes back different.
  if (proto !== Object.prototype) return false;
  const record = data as Record<string, unknown>;
  if (typeof record.toJSON === 'function') return false;
  for (const key of Object.keys(record)) if (!survives(record[key], depth + 1)) return false;
  return true;
}
