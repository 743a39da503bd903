/** config.yaml: read with defaults applied; a missing file means all defaults. */
import { readFileSync } from 'node:fs';
import { ConfigSchema, resolveConfig, type Config } from '../domain/schema.js';
import { configPathOf } from './paths.js';
import { parseYamlFile } from './yaml-file.js';

export function loadConfig(dir: string): Config {
  const file = configPathOf(dir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return resolveConfig(undefined);
    throw error;
  }
  const { data } = parseYamlFile(file, text, ConfigSchema, 'Fix config.yaml by hand; every key in it is optional');
  return resolveConfig(data);
}
