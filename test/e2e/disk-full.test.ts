import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAYA, runBin, tempDir } from '../helpers/index.js';

/** A 64 KiB tmpfs, so a write can really meet a full disk (needs root; skipped otherwise). */
const mountPoint = tempDir('infoview-full-');
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
});

/** A data folder on the small disk with one contact, then filler until the disk is full. */
function fullDataDir(name: string, freePages: number): { dir: string; fill: string } {
  const dir = join(mountPoint, name);
  mkdirSync(join(dir, 'contacts'), { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, 'contacts', 'maya-chen.yaml'), MAYA, { mode: 0o600 });
  const fill = join(mountPoint, `${name}-fill`);
  mkdirSync(fill);
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(fill, String(i)), Buffer.alloc(4096));
    } catch {
      break;
    }
  }
  // Room for the lock but not for the new contact file: the data write itself fails.
  for (let i = 0; i < freePages; i++) rmSync(join(fill, String(i)));
  return { dir, fill };
}

const leftovers = (dir: string) => readdirSync(join(dir, 'contacts')).filter((f) => f !== 'maya-chen.yaml');

describe.skipIf(!mounted)('a full disk (a 64 KiB tmpfs; skipped when it cannot be mounted, e.g. not root)', () => {
  const cases = [
    ['taking the lock', 0, ', taking its lock'],
    ['writing the contact', 1, ''],
  ] as const;
  for (const [what, freePages, step] of cases) {
    it(`fails ${what} with "was not saved", leaves the file as it was and no lock behind`, () => {
      const { dir, fill } = fullDataDir(`at-${freePages}`, freePages);
      const r = runBin(dir, ['add', 'outreach', 'maya-chen', '--note', 'x'.repeat(5000)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^infoview: .*maya-chen\.yaml was not saved: the disk is full \(ENOSPC\)/);
      expect(r.stderr).toContain(`(ENOSPC)${step}\n  Nothing was changed; free some space and run the command again\n`);
      expect(r.stderr).not.toContain('cannot write the output');
      expect(leftovers(dir)).toEqual([]);
      expect(runBin(dir, ['show', 'maya-chen']).stdout).toContain('Maya Chen');
      // With room again, the same command goes through: no lock was left to wait on.
      rmSync(fill, { recursive: true });
      const again = runBin(dir, ['add', 'outreach', 'maya-chen', '--note', 'with room']);
      expect(again.code, again.stderr).toBe(0);
    });
  }
});
