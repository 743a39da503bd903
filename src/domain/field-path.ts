/** Where a value sits in a contact's data, as a person reads it (`meetings[0].place`). */

/** `meetings.0.at` → `meetings[0].at` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The longest text in `data`, and where it is: what to shorten when a file would be too large. */
export function longestText(data: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; length: number } | undefined {
  if (typeof data === 'string') return { path: at, length: data.length };
  if (typeof data !== 'object' || data === null) return undefined;
  let best: { path: PropertyKey[]; length: number } | undefined;
  for (const [key, value] of Object.entries(data)) {
    const found = longestText(value, [...at, Array.isArray(data) ? Number(key) : key]);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}
