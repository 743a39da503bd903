/** config.yaml: read with defaults applied; a missing file means all defaults. */
import { readFileSync } from 'node:fs';
import { resolveConfig, type Config } from '../domain/config.js';
import { configPathOf } from './paths.js';

export async function loadConfig(dir: string): Promise<Config> {
  const file = configPathOf(dir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return resolveConfig(undefined);
    throw error;
  }
  // The parser and schema (yaml, zod) load only when there is a file to read.
  const [{ parseYamlFile }, { ConfigSchema }] = await Promise.all([import('./yaml-file.js'), import('../domain/schema.js')]);
  const { data } = parseYamlFile(file, text, ConfigSchema, 'Fix config.yaml by hand; every key in it is optional');
  return resolveConfig(data);
}
