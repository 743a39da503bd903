/** A private copy of the bundled example workspace, for tests that read or write it. */
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './index.js';

export function exampleWorkspace(): string {
  const dir = join(tempDir(), 'data');
  cpSync(join(ROOT, 'examples/workspace'), dir, { recursive: true });
  return dir;
}

/** A private copy of the example careers-office pack (`examples/pack`), for tests that change it. */
export function examplePack(): string {
  const dir = join(tempDir(), 'pack');
  cpSync(join(ROOT, 'examples/pack'), dir, { recursive: true });
  return dir;
}

/** The example workspace with `pack:` in its config.yaml, written as given (a path, `~/…`, relative). */
export function packWorkspace(pack: string): string {
  const dir = exampleWorkspace();
  appendFileSync(join(dir, 'config.yaml'), `pack: ${JSON.stringify(pack)}\n`);
  return dir;
}
