/**
 * Writes that never leave a half-written file. The temp file is created 0600 from the first byte
 * (no window where personal data is world-readable) next to its target, fsynced, then renamed
 * (replace) or hard-linked (create only if absent; file-ops.ts for Windows and drives without
 * hard links). Leftover temps from a crash are named
 * `.<file>.<pid>.<rand>.tmp`, never end in `.yaml`, and are swept by `sweepTemps`.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ChangeLog } from './change-log.js';
import { createFrom, renameRetrying } from './file-ops.js';
import { refuseWhileSyncStopped } from './sync-stop.js';
import { notSaved } from './write-failure.js';

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

export interface WriteSettings {
  /** Skip fsync (bulk imports sync the folder once at the end instead). */
  fsync?: boolean;
  /** The person's resolution of a file a stopped sync left in conflict (`edit`): let through. */
  resolvesConflict?: boolean;
}

/**
 * A data write names the command's ChangeLog, so the git auto-commit sees it; a derived file (the
 * `.index/` cache, an edit's scratch copy) is no change of the user's data and names none.
 */
export type WriteOptions = WriteSettings & ({ log: ChangeLog; derived?: false } | { derived: true; log?: undefined });

/** Create a folder (and parents) private to the user. An existing folder keeps its mode. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
}

function writeTemp(target: string, data: string | Uint8Array, options: WriteOptions): string {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', FILE_MODE);
  } catch (error) {
    throw notSaved(target, error);
  }
  try {
    // writeSync may write less than asked (a nearly full disk): loop until all of it is down.
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    if (options.fsync !== false) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw notSaved(target, error);
  }
  closeSync(fd);
  return tmp;
}

/** Flush a folder's entries (the rename itself) to disk. Best effort: not every platform allows it. */
export function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Opening a directory for fsync is not supported everywhere (Windows); the rename is still atomic.
  }
}

/** Replace `target` with `data` atomically: readers see the old file or the new one, never a mix. */
export function atomicWrite(target: string, data: string | Uint8Array, options: WriteOptions): void {
  // The one gate for data writes: none while a sync waits on a conflict (derived files are not data).
  if (!options.derived) refuseWhileSyncStopped(target, options.resolvesConflict);
  const tmp = writeTemp(target, data, options);
  try {
    renameRetrying(tmp, target);
  } catch (error) {
    unlinkSync(tmp);
    throw notSaved(target, error);
  }
  options.log?.wrote(target, data);
  if (options.fsync !== false) syncDir(dirname(target));
}

/**
 * Create `target` with `data` only if it does not exist yet (atomic create-if-absent via link).
 * Returns false, writing nothing, when the name is already taken.
 */
export function atomicCreate(target: string, data: string, options: WriteSettings & { log: ChangeLog }): boolean {
  refuseWhileSyncStopped(target);
  const tmp = writeTemp(target, data, options);
  try {
    if (!createFrom(tmp, target)) return false;
    options.log.wrote(target, data);
    return true;
  } catch (error) {
    throw notSaved(target, error);
  } finally {
    rmSync(tmp, { force: true }); // gone already when it was renamed into place
    if (options.fsync !== false) syncDir(dirname(target));
  }
}

/** Remove temp files that a crashed write left behind (older than a minute, so never a live one). */
export function sweepTemps(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > 60_000) unlinkSync(path);
    } catch {
      // Another process swept it first.
    }
  }
}
