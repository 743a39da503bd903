/** config.yaml: read with defaults applied; a missing file means all defaults. */
import { decodeText, inspect, readEntry } from './data-file.js';
import { resolveConfig, type Config } from '../domain/config.js';
import { appendEntries, CONFIG_NAME, crcOf, current, isRacy, keyOf, lookup } from './contact-cache.js';
import { survivesJson } from '../domain/survives-json.js';
import { configPathOf } from './paths.js';

/** config.yaml with defaults. Its parse has a line in the cache, so most runs load no yaml or zod. */
export async function loadConfig(dir: string): Promise<Config> {
  const file = configPathOf(dir);
  const startedAt = Date.now();
  // A FIFO or a symlink out of the folder is refused, never opened (data-file.ts).
  const entry = inspect(file, dir);
  if (entry.kind === 'hostile') throw entry.error;
  if (entry.kind === 'absent') return resolveConfig(undefined);
  let bytes: Buffer | undefined;
  const load = () => (bytes ??= readEntry(file, entry));
  const hit = lookup(dir, CONFIG_NAME);
  if (hit?.config && typeof hit.config === 'object' && current(hit, entry.stats, load)) {
    if (bytes && !isRacy(entry.stats, startedAt)) appendEntries(dir, [[CONFIG_NAME, { ...hit, at: startedAt }]]); // renewed, as in read-folder.ts
    return resolveConfig(hit.config);
  }
  const read = load();
  if (!read) return resolveConfig(undefined);
  // The parser and schema (yaml, zod) load only when there is a file to parse.
  const [{ parseYamlFile }, { ConfigSchema }] = await Promise.all([import('./yaml-file.js'), import('../domain/schema.js')]);
  const { data } = parseYamlFile(file, decodeText(file, read), ConfigSchema, 'Fix config.yaml by hand; every key in it is optional');
  if (survivesJson(data)) appendEntries(dir, [[CONFIG_NAME, { key: keyOf(entry.stats), crc: crcOf(read), at: startedAt, config: data }]]);
  return resolveConfig(data);
}
