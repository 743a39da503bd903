import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/store/contact-file.js';
import { BIN, cleanEnv, contactFile, dataDir, MAYA, readContact, runBin, runBinAsync } from '../helpers/index.js';

describe('two or more infoview processes at once', () => {
  it('20 concurrent writers to the same contact keep all 20 changes and the comments', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => runBinAsync(dir, ['edit', 'maya-chen', '--set', `writer${i}=written by writer ${i}`])),
    );
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    const text = readContact(dir, 'maya-chen');
    const { contact } = parseContact('maya-chen.yaml', text);
    for (let i = 0; i < 20; i++) expect(contact[`writer${i}`]).toBe(`written by writer ${i}`);
    expect(text).toContain('# Met at the alumni panel in October');
    expect(text).toContain("# hiring freeze, don't ask about jobs");
    expect(readdirSync(join(dir, 'contacts'))).toEqual(['maya-chen.yaml']);
  });

  it('20 concurrent adds of the same name give 20 distinct files', async () => {
    const dir = dataDir();
    const results = await Promise.all(Array.from({ length: 20 }, () => runBinAsync(dir, ['add', 'contact', 'Sam Lee'])));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(join(dir, 'contacts')).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(20);
    expect(new Set(results.map((r) => /as (sam-lee(-\d+)?)/.exec(r.stdout)?.[1])).size).toBe(20);
  });
});

describe('a crash mid-write (kill -9)', () => {
  it('leaves every file whole, and the next write is not blocked by a stale lock', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': 'name: Dana Ortiz\n' });
    const big = 'x'.repeat(100_000);
    for (let round = 0; round < 12; round++) {
      const slug = round % 2 ? 'dana-ortiz' : 'maya-chen';
      const child = spawn(process.execPath, [BIN, 'edit', slug, '--set', `notes=${big}${round}`], { env: cleanEnv(dir), stdio: 'ignore' });
      const closed = new Promise((r) => child.on('close', r));
      // Startup takes ~100-200 ms; spread the kills across start-up, parse, lock and write.
      await new Promise((r) => setTimeout(r, 80 + ((round * 37) % 200)));
      child.kill('SIGKILL');
      await closed;
      for (const s of ['maya-chen', 'dana-ortiz']) {
        const text = readContact(dir, s);
        expect(() => parseContact(contactFile(dir, s), text), `${s} after round ${round}`).not.toThrow();
      }
    }
    // A lock left by a killed writer must not stop the next command.
    const next = runBin(dir, ['edit', 'maya-chen', '--set', 'role=After the crash']);
    expect(next.code, next.stderr).toBe(0);
    expect(readContact(dir, 'maya-chen')).toContain('role: After the crash');
    const list = runBin(dir, ['list', '--json']);
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout)).toHaveLength(2);
  });

  it('breaks a lock whose process is gone at once', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    // pid 2^22+1 is above Linux's default pid_max range, so no such process exists.
    writeFileSync(`${contactFile(dir, 'maya-chen')}.lock`, `4194305 ${hostname()} 0`);
    const r = runBin(dir, ['edit', 'maya-chen', '--set', 'role=Unblocked']);
    expect(r.code, r.stderr).toBe(0);
    expect(readContact(dir, 'maya-chen')).toContain('role: Unblocked');
  });
});
