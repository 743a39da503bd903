/**
 * The file operations that behave differently by platform and file system, in one place, with
 * the platform as data (`fileOps`) so tests can run them as Windows would:
 * - On Windows a file that another program has open (an antivirus scanner, the search indexer,
 *   OneDrive or Dropbox, another infoview) refuses a rename for a moment with EPERM, EACCES or
 *   EBUSY; graceful-fs retries for the same reason. `renameRetrying` tries again for ≈ 3 s.
 * - FAT and exFAT USB drives and some network or cloud drives have no hard links, which
 *   `createFrom` uses to put a complete file in place only if the name is free.
 * - On a case-insensitive file system (macOS, Windows) `maya.yaml` opens `Maya.yaml`:
 *   `listedName` gives the name the folder lists, which is what counts.
 */
import { closeSync, fstatSync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** What the operations run on: the real platform and calls, or a test's stand-ins. */
export const fileOps = {
  platform: process.platform as NodeJS.Platform,
  rename: renameSync,
  link: linkSync,
  sleep: (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms),
  lstat: (path: string): Stats | undefined => lstatSync(path, { throwIfNoEntry: false }),
  readdir: (path: string): string[] => readdirSync(path),
};

/** The waits between tries while another program holds a file: ≈ 3.3 s in all. */
const BACKOFF_MS = [10, 20, 40, 80, 160, 320, 640, 1000, 1000];
const HELD_OPEN = new Set(['EPERM', 'EACCES', 'EBUSY']);
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? '';

/** True for the error Windows gives while another program has the file open. */
export const heldOpen = (error: unknown): boolean => fileOps.platform === 'win32' && HELD_OPEN.has(codeOf(error));

/** `renameSync`, tried again on Windows while another program has the file open. */
export function renameRetrying(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fileOps.rename(from, to);
      return;
    } catch (error) {
      const wait = BACKOFF_MS[attempt];
      if (!heldOpen(error) || wait === undefined) throw error;
      fileOps.sleep(wait);
    }
  }
}

/** What link() says on a file system without hard links (FAT and exFAT on Linux say EPERM). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EISDIR']);

/**
 * Put the complete file `tmp` at `target` only if nothing is there yet; false when the name is
 * taken. A hard link does it in one step. Without hard links the name is claimed by an exclusive
 * create and `tmp` is renamed over the claim, so `target` is empty for that moment. `tmp` is the
 * caller's to remove when it is still there.
 */
export function createFrom(tmp: string, target: string): boolean {
  try {
    fileOps.link(tmp, target);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(codeOf(error))) throw error;
  }
  let claim: number;
  try {
    const fd = openSync(target, 'wx', 0o600);
    claim = fstatSync(fd).ino;
    closeSync(fd);
  } catch (error) {
    // On Windows a name whose file is being deleted stays taken for a moment ("delete pending").
    if (codeOf(error) === 'EEXIST' || heldOpen(error)) return false;
    throw error;
  }
  try {
    renameRetrying(tmp, target);
  } catch (error) {
    // The empty claim must not stay behind as a broken contact or lock.
    const stats = statSync(target, { throwIfNoEntry: false });
    if (stats?.size === 0 && stats.ino === claim) rmSync(target, { force: true });
    throw error;
  }
  return true;
}

/**
 * The name `file`'s folder lists for what opens at `file` (`Maya.yaml` for `maya.yaml` where case
 * is folded), undefined when nothing does. A name whose upper-case spelling opens another file or
 * none is its own (case-sensitive here): only otherwise is the folder listed.
 */
export function listedName(file: string): string | undefined {
  const own = fileOps.lstat(file);
  if (!own) return undefined;
  const name = basename(file);
  const upper = fileOps.lstat(join(dirname(file), name.toUpperCase()));
  if (upper?.ino !== own.ino || upper.dev !== own.dev) return name;
  const names = fileOps.readdir(dirname(file));
  return names.includes(name) ? name : names.find((n) => n.toLowerCase() === name.toLowerCase());
}
