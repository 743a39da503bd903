/**
 * A per-file lock for read-modify-write, so concurrent infoview processes lose nothing.
 *
 * The lock is `<file>.lock`, holding `pid host time token`. It is written to a temp file first and
 * put into place only if the name is free (file-ops.ts `createFrom`), so a lock is born with its
 * content: an empty lock older than five seconds is debris (an older version, or a crash of another
 * tool) and is broken at once. A lock whose process is
 * gone (kill -9) is broken at once too, not after a timeout, so a crash never blocks the next
 * command. Breaking is itself serialised through `<file>.lock.break` so that two processes that
 * both saw the same dead lock cannot remove a fresh one. (proper-lockfile only detects staleness
 * by age, with a 5 s minimum, which would stall the next command after every crash.)
 *
 * A waiter gives up only when one holder keeps the lock for the whole wait: a queue of writers
 * that each hold it briefly is progress, however long the queue.
 */
import { closeSync, lstatSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { UserError } from '../errors.js';
import { createFrom, fileOps } from './file-ops.js';
import { notSaved } from './write-failure.js';

const WAIT_MS = 15_000;
/**
 * A live holder touches its lock every HEARTBEAT_MS while it awaits (a prompt, an import), so a
 * lock from another host, or on Windows, untouched for HELD_TOO_LONG_MS is dead even when its pid
 * looks alive: Windows reuses pids at once, and a Mac on another network has another hostname.
 * Shorter than WAIT_MS, so a waiter breaks such a lock instead of giving up.
 */
const HEARTBEAT_MS = 2_000;
const HELD_TOO_LONG_MS = 10_000;
/** A lock whose process runs on this host (POSIX): broken only when it is this old. */
const LIVE_HOLDER_MS = 60_000;
/** An empty lock is a claim in progress for this long (a rename retried on Windows, FAT's 2 s mtime). */
const EMPTY_CLAIM_MS = 5_000;

/** Create the lock `path` with `content`; false when it is taken. A failure names `file`, the data it guards. */
function tryCreate(path: string, content: string, file: string): boolean {
  // Named like every temp infoview writes (`.<name>.<pid>.<random>.tmp`): ignored by git, swept by sweepTemps.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return createFrom(tmp, path);
  } catch (error) {
    throw notSaved(file, error, 'taking its lock');
  } finally {
    unlinkQuietly(tmp);
  }
}

function readOrEmpty(path: string): string | undefined {
  try {
    // Something that is not a file (a FIFO would block the read) is no lock infoview wrote: debris.
    if (!lstatSync(path).isFile()) return '';
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** No process `pid` runs on this host (EPERM: alive, someone else's). */
export function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Is the lock with this content abandoned? */
function isStale(content: string, age: number): boolean {
  // Born with their content, except for the moment a drive without hard links takes to put it in
  // place (file-ops.ts createFrom): an empty lock older than that is debris.
  if (!content) return age > EMPTY_CLAIM_MS;
  const [pidText, host] = content.split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return age > 2_000; // not infoview's: give its writer a moment
  if (host === hostname()) {
    if (processIsGone(pid)) return true;
    // A live pid on this host is the holder itself on POSIX, which may be busy without awaiting
    // (its heartbeat cannot beat then); Windows reuses pids at once, so there only age tells.
    if (fileOps.platform !== 'win32') return age > LIVE_HOLDER_MS;
  }
  return age > HELD_TOO_LONG_MS;
}

function breakStaleLock(file: string, lockPath: string, seen: string): void {
  const breaker = `${lockPath}.break`;
  if (!tryCreate(breaker, `${process.pid}`, file)) {
    if (ageMs(breaker) > 5_000) unlinkQuietly(breaker); // its owner died mid-break
    return;
  }
  try {
    if (readOrEmpty(lockPath) === seen) unlinkQuietly(lockPath);
  } finally {
    unlinkQuietly(breaker);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

export interface LockOptions {
  /** How long one holder may keep the lock before a waiter gives up. */
  waitMs?: number;
}

export interface Held {
  /** Let go of the lock (only if it is still this process's). */
  release: () => void;
  /** Mark the lock as fresh, so a long holder is not taken for a dead one (the heartbeat does it while awaiting). */
  keepAlive: () => void;
}

/** Take the lock on `file`, waiting for other holders and breaking a dead one. */
export function acquire(file: string, { waitMs = WAIT_MS }: LockOptions = {}): Held {
  const lockPath = `${file}.lock`;
  // The random token tells this holder from a later process that got the same pid.
  const mine = `${process.pid} ${hostname()} ${Date.now()} ${Math.random().toString(36).slice(2, 10)}`;
  let holder: string | undefined;
  let deadline = Date.now() + waitMs;
  while (!tryCreate(lockPath, mine, file)) {
    const seen = readOrEmpty(lockPath);
    if (seen !== undefined && isStale(seen, ageMs(lockPath))) {
      breakStaleLock(file, lockPath, seen);
      continue;
    }
    if (seen !== undefined && seen !== holder) {
      // Another writer got its turn: the queue moves, so the wait starts over.
      holder = seen;
      deadline = Date.now() + waitMs;
    } else if (Date.now() > deadline) {
      const pid = holder?.split(' ')[0] ?? '?';
      throw new UserError(
        `${file} is being changed by another infoview process (pid ${pid}), which has held its lock for over ${Math.round(waitMs / 1000)} s; nothing was saved`,
        `Try again in a moment; if process ${pid} is not infoview, delete ${lockPath}`,
      );
    }
    fileOps.sleep(5 + Math.random() * 20);
  }
  const isMine = () => readOrEmpty(lockPath) === mine;
  const keepAlive = () => {
    const now = new Date();
    try {
      if (isMine()) utimesSync(lockPath, now, now);
    } catch {
      // Broken or released meanwhile: nothing left to keep fresh.
    }
  };
  const heartbeat = setInterval(keepAlive, HEARTBEAT_MS).unref();
  return {
    release: () => {
      clearInterval(heartbeat);
      if (isMine()) unlinkQuietly(lockPath);
    },
    keepAlive,
  };
}

/** Run `fn` while holding the lock on `file`; waits for another holder, breaks a dead one. */
export function withLock<T>(file: string, fn: () => T, options: LockOptions = {}): T {
  const { release } = acquire(file, options);
  try {
    return fn();
  } finally {
    release();
  }
}

/**
 * withLock for work that awaits (an import's plan and writes): the lock is held until it settles.
 * Work that runs for seconds without awaiting calls `keepAlive` now and then.
 */
export async function withLockAsync<T>(file: string, fn: (keepAlive: () => void) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const { release, keepAlive } = acquire(file, options);
  try {
    return await fn(keepAlive);
  } finally {
    release();
  }
}
