/**
 * A large `list --json` (hundreds of kilobytes: many times a pipe's buffer) arrives whole and
 * identical through a slow pipe, through a file, and when the reader stops early.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from '../../bench/generate.mjs';
import { BIN, NOW, runBin, tempDir } from '../helpers/index.js';

let dir: string;
const env = () => ({ PATH: process.env.PATH ?? '', HOME: dir, INFOVIEW_DIR: dir, INFOVIEW_NOW: NOW, NO_COLOR: '1', TZ: 'America/Los_Angeles' });

beforeAll(async () => {
  const work = tempDir();
  (generate as (out: string, count: number) => void)(work, 400);
  dir = join(work, 'data');
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

  it('stops quietly when the reader leaves early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" list --json | head -c 100`], { env: env(), encoding: 'utf8' });
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe('');
  });
});
