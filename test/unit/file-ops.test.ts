/**
 * Writes as Windows and drives without hard links would see them, with the platform given to
 * file-ops.ts: a rename refused while another program has the file open, and link() refused.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { atomicCreate, atomicWrite } from '../../src/store/atomic.js';
import { ChangeLog } from '../../src/store/change-log.js';
import { fileOps } from '../../src/store/file-ops.js';
import { withLock } from '../../src/store/lock.js';
import { tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';

const real = { ...fileOps };
afterEach(() => Object.assign(fileOps, real));

const failing = (code: string) => Object.assign(new Error(`${code}: refused`), { code });
const waits: number[] = [];
const noSleep = () => Object.assign(fileOps, { sleep: (ms: number) => void waits.push(ms) });

/** A rename that fails with `code` the first `times` calls, then works. */
function renameFailing(code: string, times: number) {
  let calls = 0;
  fileOps.rename = (from, to) => {
    calls++;
    if (calls <= times) throw failing(code);
    renameSync(from, to);
  };
  return () => calls;
}

describe('a rename refused while another program has the file open', () => {
  for (const code of ['EPERM', 'EACCES', 'EBUSY']) {
    it(`on Windows: ${code} twice, then the write goes through`, () => {
      const file = join(tempDir(), 'maya-chen.yaml');
      writeFileSync(file, 'name: Maya Chen\n');
      Object.assign(fileOps, { platform: 'win32' });
      noSleep();
      const calls = renameFailing(code, 2);
      atomicWrite(file, 'name: Maya Chen\nrole: Research Lead\n', { log: new ChangeLog() });
      expect(calls()).toBe(3);
      expect(readFileSync(file, 'utf8')).toContain('Research Lead');
    });
  }

  it('on Windows, held open for good: one clear error after ≈ 3 s of tries, the file untouched and no temp left', () => {
    const dir = tempDir();
    const file = join(dir, 'maya-chen.yaml');
    writeFileSync(file, 'name: Maya Chen\n');
    Object.assign(fileOps, { platform: 'win32' });
    waits.length = 0;
    noSleep();
    renameFailing('EPERM', Infinity);
    let error: unknown;
    try {
      atomicWrite(file, 'name: Changed\n', { log: new ChangeLog() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`${file} was not saved: another program has the file open (EPERM)`);
    expect((error as UserError).hint).toMatch(/^Nothing was changed; close the program/);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(3000);
    expect(readFileSync(file, 'utf8')).toBe('name: Maya Chen\n');
    expect(readdirSync(dir)).toEqual(['maya-chen.yaml']);
  });

  it('on Linux and macOS an EPERM is no busy file: it fails at once, as permission trouble', () => {
    const file = join(tempDir(), 'maya-chen.yaml');
    writeFileSync(file, 'name: Maya Chen\n');
    Object.assign(fileOps, { platform: 'darwin' });
    const calls = renameFailing('EPERM', 1);
    expect(() => atomicWrite(file, 'name: Changed\n', { log: new ChangeLog() })).toThrow(/was not saved: operation not permitted \(EPERM\)/);
    expect(calls()).toBe(1);
  });
});

describe('a drive without hard links (FAT, exFAT, some network and cloud drives)', () => {
  for (const code of ['EPERM', 'EISDIR', 'ENOTSUP']) {
    it(`link() says ${code}: a new file is still created whole, mode 0600, and a taken name is still refused`, () => {
      const dir = tempDir();
      fileOps.link = () => {
        throw failing(code);
      };
      const target = join(dir, 'maya-chen.yaml');
      expect(atomicCreate(target, 'name: Maya Chen\n', { log: new ChangeLog() })).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe('name: Maya Chen\n');
      expectMode(target, 0o600);
      expect(atomicCreate(target, 'name: Someone Else\n', { log: new ChangeLog() })).toBe(false);
      expect(readFileSync(target, 'utf8')).toBe('name: Maya Chen\n');
      expect(readdirSync(dir)).toEqual(['maya-chen.yaml']);
    });
  }

  it('a rename that fails after the claim leaves no empty file behind', () => {
    const dir = tempDir();
    fileOps.link = () => {
      throw failing('EPERM');
    };
    renameFailing('EACCES', Infinity);
    expect(() => atomicCreate(join(dir, 'maya-chen.yaml'), 'name: Maya Chen\n', { log: new ChangeLog() })).toThrow(/was not saved: permission denied/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('locks work there too, and leave nothing behind', () => {
    const dir = tempDir();
    fileOps.link = () => {
      throw failing('EPERM');
    };
    const file = join(dir, 'maya-chen.yaml');
    writeFileSync(file, 'name: Maya Chen\n');
    expect(withLock(file, () => readdirSync(dir).sort())).toEqual(['maya-chen.yaml', 'maya-chen.yaml.lock']);
    expect(readdirSync(dir)).toEqual(['maya-chen.yaml']);
  });

  it('another error from link() is no missing feature: it is reported, nothing is created', () => {
    const dir = tempDir();
    fileOps.link = () => {
      throw failing('ENOSPC');
    };
    expect(() => atomicCreate(join(dir, 'maya-chen.yaml'), 'name: Maya Chen\n', { log: new ChangeLog() })).toThrow(/disk is full/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
