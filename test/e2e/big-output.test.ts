/**
 * A large `list --json` (hundreds of kilobytes: many times a pipe's buffer) arrives whole and
 * identical through a slow pipe, through a file, and when the reader stops early; an output that
 * cannot be written is one clear line; a warm read of 1,000 contacts (which keeps V8's young
 * generation small, store/young-generation.ts) prints nothing but its JSON.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from '../../bench/generate.mjs';
import { BIN, cachedNames, NOW, runBin, tempDir, windowsEnv } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

let dir: string;
/** 1,000 contacts: enough for a warm read to keep V8's young generation small. */
let big: string;
const env = () => ({ ...windowsEnv(), PATH: process.env.PATH ?? '', HOME: dir, USERPROFILE: dir, INFOVIEW_DIR: dir, INFOVIEW_NOW: NOW, NO_COLOR: '1', TZ: 'America/Los_Angeles' });

beforeAll(async () => {
  const work = tempDir();
  (generate as (out: string, count: number) => void)(work, 400);
  dir = join(work, 'data');
  const bigWork = tempDir();
  (generate as (out: string, count: number) => void)(bigWork, 1000);
  big = join(bigWork, 'data');
  await new Promise((done) => setTimeout(done, 2100)); // old enough to be indexed
  runBin(dir, ['list', '--json']); // builds the index: the runs below splice from it
});

describe('large output', () => {
  it('is the same through a slow pipe as through a file', async () => {
    const file = join(tempDir(), 'out.json');
    const fd = openSync(file, 'w');
    spawnSync(process.execPath, [BIN, 'list', '--json'], { env: env(), stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    const expected = readFileSync(file, 'utf8');
    expect(expected.length).toBeGreaterThan(200_000);
    expect(JSON.parse(expected)).toHaveLength(400);

    const child = spawn(process.execPath, [BIN, 'list', '--json'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.pause(); // let the pipe fill up before reading anything
    await new Promise((done) => setTimeout(done, 500));
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });

  posixOnly('a pipe into head through sh')('stops quietly when the reader leaves early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" list --json | head -c 100`], { env: env(), encoding: 'utf8' });
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe('');
  });

  it('a warm run over 1,000 contacts prints pure JSON and nothing on stderr', () => {
    const bigEnv = { ...env(), INFOVIEW_DIR: big, HOME: big };
    runBin(big, ['list']); // builds the index
    expect(cachedNames(big)).toHaveLength(1000); // so the runs below are warm
    for (const args of [['followup', '--json'], ['list', '--json']]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { env: bigEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    }
  });

  // /dev/full (every write says ENOSPC) is Linux's; macOS and Windows have none.
  it.skipIf(!existsSync('/dev/full'))('an output that cannot be written (a full disk) is one line on stderr and exit 1, never a stack trace', () => {
    for (const args of [['--help'], ['list', '--json'], ['followup']]) {
      const fd = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [BIN, ...args], { env: env(), stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^infoview: cannot write the output \(ENOSPC: the disk is full\)\n/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
