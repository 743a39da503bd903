import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactFile, dataDir, MAYA, readContact, runBinAsync } from '../helpers/index.js';

/**
 * Stands for a queue of other writers: rewrites the lock with a new holder every 250 ms for
 * `ms`, then lets go. Resolves once the first lock is in place; `done` when it has let go.
 */
function queueOfHolders(lock: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `
    const { writeFileSync, renameSync, unlinkSync } = require('node:fs');
    const lock = process.argv[1], until = Date.now() + Number(process.argv[2]);
    const put = () => { writeFileSync(lock + '.next', process.pid + ' ' + require('node:os').hostname() + ' ' + Date.now()); renameSync(lock + '.next', lock); };
    put();
    process.stdout.write('held\\n');
    const t = setInterval(() => { if (Date.now() < until) return put(); clearInterval(t); unlinkSync(lock); }, 250);`;
  const child = spawn(process.execPath, ['-e', script, lock, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

describe('many writers on one contact', () => {
  it('a writer waits out a long queue of others that each hold the lock briefly', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const lock = `${contactFile(dir, 'maya-chen')}.lock`;
    // Longer than the 15 s a single holder may keep the lock.
    const { done } = await queueOfHolders(lock, 16_000);
    const started = Date.now();
    const r = await runBinAsync(dir, ['add', 'outreach', 'maya-chen', '--note', 'after the queue']);
    await done;
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(15_000);
    expect(readContact(dir, 'maya-chen')).toContain('note: after the queue');
    expect(existsSync(lock)).toBe(false);
  }, 40_000);
});
