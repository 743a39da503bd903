/**
 * A per-file lock for read-modify-write, so concurrent infoview processes lose nothing.
 *
 * The lock is `<file>.lock`, created exclusively and holding `pid host time`. A lock whose process
 * is gone (kill -9) is broken at once, not after a timeout, so a crash never blocks the next
 * command. Breaking is itself serialised through `<file>.lock.break` so that two processes that
 * both saw the same dead lock cannot remove a fresh one. (proper-lockfile only detects staleness
 * by age, with a 5 s minimum, which would stall the next command after every crash.)
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { UserError } from '../errors.js';

const WAIT_MS = 15_000;
const HELD_TOO_LONG_MS = 60_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function tryCreate(path: string, content: string): boolean {
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readOrEmpty(path: string): string | undefined {
  try {
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

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Is the lock with this content abandoned? */
function isStale(content: string, age: number): boolean {
  const [pidText, host] = content.split(' ');
  const pid = Number(pidText);
  if (!content || !Number.isInteger(pid) || pid <= 0) return age > 2_000; // crashed mid-create
  if (host === hostname() && processIsGone(pid)) return true;
  return age > HELD_TOO_LONG_MS;
}

function breakStaleLock(lockPath: string, seen: string): void {
  const breaker = `${lockPath}.break`;
  if (!tryCreate(breaker, `${process.pid}`)) {
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

/** Run `fn` while holding the lock on `file`; waits for another holder, breaks a dead one. */
export function withLock<T>(file: string, fn: () => T): T {
  const lockPath = `${file}.lock`;
  const mine = `${process.pid} ${hostname()} ${Date.now()}`;
  const deadline = Date.now() + WAIT_MS;
  while (!tryCreate(lockPath, mine)) {
    const seen = readOrEmpty(lockPath);
    if (seen !== undefined && isStale(seen, ageMs(lockPath))) {
      breakStaleLock(lockPath, seen);
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError(
        `${file} is being changed by another infoview process (lock held by pid ${seen?.split(' ')[0] ?? '?'})`,
        `Try again in a moment; if no infoview is running, delete ${lockPath}`,
      );
    }
    sleep(5 + Math.random() * 20);
  }
  try {
    return fn();
  } finally {
    if (readOrEmpty(lockPath) === mine) unlinkQuietly(lockPath);
  }
}
