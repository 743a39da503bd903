/** config.yaml: read with defaults applied; a missing file means all defaults. */
import { decodeText, inspect, readEntry } from './data-file.js';
import { resolveConfig, type Config, type RawConfig } from '../domain/config.js';
import { readCached, writeCached } from './file-cache.js';
import { configPathOf } from './paths.js';

/** config.yaml with defaults. Its parse is cached (.index/config.json) so most runs load no yaml or zod. */
export async function loadConfig(dir: string): Promise<Config> {
  const file = configPathOf(dir);
  const startedAt = Date.now();
  // A FIFO or a symlink out of the folder is refused, never opened (data-file.ts).
  const entry = inspect(file, dir);
  if (entry.kind === 'hostile') throw entry.error;
  if (entry.kind === 'absent') return resolveConfig(undefined);
  const { stats } = entry;
  const hit = readCached<RawConfig>(dir, 'config', file, stats);
  if (hit && typeof hit === 'object') return resolveConfig(hit);
  const bytes = readEntry(file, entry);
  if (!bytes) return resolveConfig(undefined);
  const text = decodeText(file, bytes);
  // The parser and schema (yaml, zod) load only when there is a file to parse.
  const [{ parseYamlFile }, { ConfigSchema }] = await Promise.all([import('./yaml-file.js'), import('../domain/schema.js')]);
  const { data } = parseYamlFile(file, text, ConfigSchema, 'Fix config.yaml by hand; every key in it is optional');
  writeCached(dir, 'config', file, stats, startedAt, data);
  return resolveConfig(data);
}
