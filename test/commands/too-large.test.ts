import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dataDir, MAYA, readContact, runCli, tempDir } from '../helpers/index.js';

// One command-line value can be at most 128 KiB (Linux's MAX_ARG_STRLEN): files over 1 MiB come from several.
const CHUNK = 'x'.repeat(120_000);
const sets = (n: number) => Array.from({ length: n }, (_, i) => ['--set', `k${i}=${CHUNK}`]).flat();

describe('a contact larger than infoview reads back (1 MiB) is never written', () => {
  it('add contact refuses it (exit 2), naming the longest value, and writes nothing', async () => {
    const dir = dataDir();
    const tags = Array.from({ length: 10 }, (_, i) => ['--tag', `${CHUNK}${i}`]).flat();
    const r = await runCli(dir, ['add', 'contact', 'Big Tags', ...tags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^infoview: the new contact would be 1\.\d\d MiB \(tags\[\d\]: 120,001 characters\), more than the 1 MiB infoview reads back; nothing was saved\n {2}Shorten/);
    expect(r.stderr.length).toBeLessThan(400);
    expect(readdirSync(join(dir, 'contacts'))).toEqual([]);
  });

  it('edit --set refuses it with the same message, and the file is as it was', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const r = await runCli(dir, ['edit', 'maya-chen', ...sets(10)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^infoview: that change would make maya-chen 1\.\d\d MiB \(k0: 120,000 characters\), more than the 1 MiB infoview reads back; nothing was saved\n/);
    expect(readContact(dir, 'maya-chen')).toBe(MAYA);
  });

  it('debrief refuses notes that would take the file over, and the file is as it was', async () => {
    const text = `name: Dana Ortiz\nnotes: ${'n'.repeat(1_000_000)}\nmeetings:\n  - at: 2026-11-20T15:00:00-08:00\n`;
    const dir = dataDir({ 'dana-ortiz': text });
    const r = await runCli(dir, ['debrief', 'dana-ortiz', '--notes', CHUNK]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('that change would make dana-ortiz 1.');
    expect(readContact(dir, 'dana-ortiz')).toBe(text);
  });

  it('a contact just under the limit is written and read back, on a first run and on a warm one', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect((await runCli(dir, ['edit', 'maya-chen', ...sets(8)])).code).toBe(0);
    // A file changed this instant is never indexed (it may change again within the mtime tick): a minute later.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    for (const run of ['first', 'warm']) {
      const r = await runCli(dir, ['list', '--json']);
      expect(r.stderr, run).toBe('');
      expect((JSON.parse(r.stdout) as { k7?: string }[])[0]?.k7, run).toBe(CHUNK);
    }
    expect(existsSync(join(dir, '.index', 'contacts.ndjson'))).toBe(true);
    vi.useRealTimers();
  });

  it('import skips the row (at its line) and imports the rest, and echoes no long value', async () => {
    const file = join(tempDir(), 'Connections.csv');
    writeFileSync(
      file,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        `Al,Bo,https://www.linkedin.com/in/albo,,${'C'.repeat(1_100_000)},Eng,12 Mar 2024\n` +
        `Cy,Do,https://www.linkedin.com/in/cydo,${'e'.repeat(500)},Acme,Eng,12 Mar 2024\n`,
    );
    for (const dryRun of [true, false]) {
      const dir = dataDir();
      const r = await runCli(dir, ['import', 'linkedin', file, ...(dryRun ? ['--dry-run'] : [])]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('Connections.csv:2: the new contact would be 1.05 MiB (company: 1,100,000 characters), more than the 1 MiB infoview reads back; nothing was saved; row skipped');
      expect(r.stderr).toContain(`Connections.csv:3: email "${'e'.repeat(59)}…" is not an address; imported without it`);
      expect(r.stdout).toContain(`${dryRun ? 'would add' : 'added'} 1, `);
      expect(r.stdout).toContain('1 row skipped');
      expect(r.stdout.length + r.stderr.length).toBeLessThan(1000);
      expect(readdirSync(join(dir, 'contacts'))).toEqual(dryRun ? [] : ['cy-do.yaml']);
    }
  });
});
