/** A private copy of the bundled example workspace, for tests that read or write it. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './index.js';

export function exampleWorkspace(): string {
  const dir = join(tempDir(), 'data');
  cpSync(join(ROOT, 'examples/workspace'), dir, { recursive: true });
  return dir;
}
