/**
 * The executable turns on Node's compile cache (Node 22.1+; Node 20 has none): it lands in the
 * OS temp folder (or NODE_COMPILE_CACHE), never in the data folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, runBin, tempDir } from '../helpers/index.js';

const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('compile cache', () => {
  it('is written under TMPDIR and leaves the data folder as the run would anyway', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const tmp = tempDir();
    const r = runBin(dir, ['list', '--json'], { env: { TMPDIR: tmp } });
    expect(r.code, r.stderr).toBe(0);
    // The contact and infoview's own cache of it, nothing of Node's.
    expect(readdirSync(dir, { recursive: true }).map(String).sort()).toEqual(['.index', join('.index', 'contacts.ndjson'), 'contacts', join('contacts', 'maya-chen.yaml')]);
    expect(existsSync(join(tmp, 'node-compile-cache'))).toBe(hasCompileCache);
  });

  it('goes where NODE_COMPILE_CACHE says', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const cache = join(tempDir(), 'cache');
    expect(runBin(dir, ['--version'], { env: { NODE_COMPILE_CACHE: cache } }).code).toBe(0);
    expect(existsSync(cache)).toBe(hasCompileCache);
  });
});
