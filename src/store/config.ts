/** config.yaml: read with defaults applied; a missing file means all defaults. */
import { readFileSync, statSync } from 'node:fs';
import { resolveConfig, type Config, type RawConfig } from '../domain/config.js';
import { readCached, writeCached } from './file-cache.js';
import { configPathOf } from './paths.js';

/** config.yaml with defaults. Its parse is cached (.index/config.json) so most runs load no yaml or zod. */
export async function loadConfig(dir: string): Promise<Config> {
  const file = configPathOf(dir);
  const startedAt = Date.now();
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) return resolveConfig(undefined);
  const hit = readCached<RawConfig>(dir, 'config', file, stats);
  if (hit && typeof hit === 'object') return resolveConfig(hit);
  const text = readFileSync(file, 'utf8');
  // The parser and schema (yaml, zod) load only when there is a file to parse.
  const [{ parseYamlFile }, { ConfigSchema }] = await Promise.all([import('./yaml-file.js'), import('../domain/schema.js')]);
  const { data } = parseYamlFile(file, text, ConfigSchema, 'Fix config.yaml by hand; every key in it is optional');
  writeCached(dir, 'config', file, stats, startedAt, data);
  return resolveConfig(data);
}
