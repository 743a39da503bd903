/**
 * Reading thousands of contacts keeps them all alive, and V8 answers each collection that finds
 * many survivors by doubling its young generation: at 10,000 contacts it grows to 16 MB twice
 * over. Every fresh page of that is a page fault, which on some machines (virtual ones above
 * all: ≈ 12 µs a page on the benchmark machine) costs more than the collections it saves.
 * Keeping the young generation at its first size made a warm `followup --json` on 10,000
 * contacts ≈ 10 % faster and 15 MB smaller there (BENCHMARKS.md), and a first run no slower.
 *
 * Only for V8 versions known to have the flag: V8 prints an unknown flag's error on stdout,
 * which would spoil `--json` output.
 */
const KNOWN_V8 = /^(11|12)\./;

let done = false;

export async function keepYoungGenerationSmall(): Promise<void> {
  if (done || !KNOWN_V8.test(process.versions.v8)) return;
  done = true;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=1');
}
