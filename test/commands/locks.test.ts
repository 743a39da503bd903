import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { ContactStore } from '../../src/store/contacts.js';
import { fileOps } from '../../src/store/file-ops.js';
import { withLock, withLockAsync } from '../../src/store/lock.js';
import { contactFile, dataDir, MAYA, readContact } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

describe('the lock on a contact file', () => {
  it('is not held while the edit is made: only to check the file and save it', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const lock = `${contactFile(dir, 'maya-chen')}.lock`;
    const heldDuringEdit: boolean[] = [];
    await new ContactStore(dir).update('maya-chen', (doc) => {
      heldDuringEdit.push(existsSync(lock));
      doc.set('role', 'Research Lead');
    });
    expect(heldDuringEdit).toEqual([false]);
    expect(readContact(dir, 'maya-chen')).toContain('role: Research Lead');
    expect(existsSync(lock)).toBe(false);
  });

  it('makes the edit again on the newer file when another writer saved in between', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    let runs = 0;
    await new ContactStore(dir).update('maya-chen', (doc) => {
      // The first run stands for a slow writer: another one saves meanwhile.
      if (runs++ === 0) writeFileSync(file, `${MAYA}phone: "+1 555 0100"\n`);
      doc.set('role', 'Research Lead');
    });
    expect(runs).toBe(2);
    const text = readContact(dir, 'maya-chen');
    expect(text).toContain('phone: "+1 555 0100"');
    expect(text).toContain('role: Research Lead');
  });

  it('gives up when one live holder keeps it for the whole wait, naming its pid and saying to try again', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    writeFileSync(`${file}.lock`, `${process.pid} ${hostname()} ${Date.now()}`);
    let error: unknown;
    try {
      withLock(file, () => undefined, { waitMs: 300 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(`pid ${process.pid}`);
    expect((error as UserError).message).toContain('nothing was saved');
    expect((error as UserError).hint).toMatch(/^Try again/);
  });

  it('breaks an empty lock older than five seconds at once: infoview never leaves one, so it is debris', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    writeFileSync(`${file}.lock`, '');
    const before = new Date(Date.now() - 6_000);
    utimesSync(`${file}.lock`, before, before);
    const started = Date.now();
    expect(withLock(file, () => 'ran')).toBe('ran');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('respects a fresh empty lock for a moment: on a drive without hard links a lock is claimed empty, then filled', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    writeFileSync(`${file}.lock`, '');
    // Four seconds old: a claim still being filled, so the waiter waits for it.
    const before = new Date(Date.now() - 4_000);
    utimesSync(`${file}.lock`, before, before);
    const started = Date.now();
    expect(withLock(file, () => 'ran')).toBe('ran');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  posixOnly('mkfifo')('a FIFO where the lock goes is debris, never read (it would block): the write goes ahead', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const lock = `${contactFile(dir, 'maya-chen')}.lock`;
    execFileSync('mkfifo', [lock]);
    await new ContactStore(dir).update('maya-chen', (doc) => doc.set('role', 'Research Lead'));
    expect(readContact(dir, 'maya-chen')).toContain('role: Research Lead');
    expect(existsSync(lock)).toBe(false);
  });

  it('leaves no temp of its own that git would pick up: lock temps are dot-files ending in .tmp', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    withLock(contactFile(dir, 'maya-chen'), () => undefined);
    expect(readdirSync(join(dir, 'contacts')).filter((n) => n !== 'maya-chen.yaml')).toEqual([]);
  });

  it('a long holder keeps its lock fresh, so no waiter takes it for a dead one after a minute', async () => {
    const dir = dataDir();
    const file = `${dir}/contacts/.folder`;
    const lock = `${file}.lock`;
    await withLockAsync(file, async (keepAlive) => {
      const longAgo = new Date(Date.now() - 120_000);
      utimesSync(lock, longAgo, longAgo);
      keepAlive();
      expect(Date.now() - statSync(lock).mtimeMs).toBeLessThan(10_000);
    });
    expect(existsSync(lock)).toBe(false);
  });
});

describe('a lock whose pid looks alive but was not touched for 10 s (a reused pid, a new hostname)', () => {
  it('on this host (POSIX) a live holder keeps its lock: a busy holder cannot beat its heartbeat', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    writeFileSync(`${file}.lock`, `${process.pid} ${hostname()} ${Date.now() - 11_000} t0ken`);
    const before = new Date(Date.now() - 11_000);
    utimesSync(`${file}.lock`, before, before);
    // POSIX given to the store, so this holds on the Windows runner too (the next test is the other side).
    const platform = fileOps.platform;
    fileOps.platform = 'linux';
    try {
      expect(() => withLock(file, () => 'ran', { waitMs: 300 })).toThrow(/being changed by another infoview process/);
    } finally {
      fileOps.platform = platform;
    }
  });


  it('on Windows, where pids are reused at once, the same lock is broken', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    writeFileSync(`${file}.lock`, `${process.pid} ${hostname()} ${Date.now() - 11_000} t0ken`);
    const before = new Date(Date.now() - 11_000);
    utimesSync(`${file}.lock`, before, before);
    const platform = fileOps.platform;
    fileOps.platform = 'win32';
    try {
      expect(withLock(file, () => 'ran', { waitMs: 300 })).toBe('ran');
    } finally {
      fileOps.platform = platform;
    }
  });

  it('is broken (another host), where a waiter used to give up after 15 s', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    // This very process's pid, on another host: it looks alive, so only its age can tell.
    writeFileSync(`${file}.lock`, `${process.pid} another-mac.local ${Date.now() - 11_000} t0ken`);
    const before = new Date(Date.now() - 11_000);
    utimesSync(`${file}.lock`, before, before);
    expect(withLock(file, () => 'ran', { waitMs: 300 })).toBe('ran');
  });

  it('while its holder awaits, the heartbeat keeps it fresh', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const file = contactFile(dir, 'maya-chen');
    const age = await withLockAsync(file, async () => {
      const before = new Date(Date.now() - 9_000);
      utimesSync(`${file}.lock`, before, before);
      await new Promise((done) => setTimeout(done, 2_300));
      return Date.now() - statSync(`${file}.lock`).mtimeMs;
    });
    expect(age).toBeLessThan(1_000);
  });
});
