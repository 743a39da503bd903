/**
 * On a disk that ignores case, as macOS's and Windows' do by default, `Contacts/` is `contacts/`
 * and `MAYA-CHEN.yaml` is `maya-chen.yaml`. These run where the temp folder ignores case: in
 * `.ci/case-insensitive-run` (a FUSE mount, .ci/casefold-fs.py) and on macOS and Windows runners;
 * on a disk that tells case apart they are skipped, since there is nothing to see.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAYA, dataDir, readContact, runCli } from '../helpers/index.js';
import { ignoresCase } from '../helpers/platform.js';

describe.runIf(ignoresCase())('on a disk that ignores case', () => {
  it('--out refuses contacts/, templates/ and config.yaml spelled in another case, and writes nothing', async () => {
    const dir = dataDir({ 'maya-chen': MAYA }, 'me:\n  name: Alex Doe\n');
    mkdirSync(join(dir, 'templates'));
    for (const [args, out] of [
      [['export'], join(dir, 'Contacts', 'export.yaml')],
      [['export', '--format', 'csv'], join(dir, 'CONFIG.YAML')],
      [['prep', 'maya'], join(dir, 'Templates', 'prep.liquid')],
    ] as const) {
      const r = await runCli(dir, [...args, '--out', out]);
      expect(r.code, out).toBe(1);
      expect(r.stderr).toMatch(/^infoview: refusing to write /);
    }
    expect(readdirSync(join(dir, 'contacts'))).toEqual(['maya-chen.yaml']);
    expect(readdirSync(join(dir, 'templates'))).toEqual([]);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe('me:\n  name: Alex Doe\n');
  });

  it('a second person with the same name gets a file of their own; a slug typed in capitals edits the one file', async () => {
    const dir = dataDir();
    expect((await runCli(dir, ['add', 'contact', 'Maya Chen'])).code).toBe(0);
    expect((await runCli(dir, ['add', 'contact', 'MAYA CHEN'])).stdout).toContain('as maya-chen-2');
    const r = await runCli(dir, ['edit', 'MAYA-CHEN', '--set', 'role=Lead']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'contacts')).sort()).toEqual(['maya-chen-2.yaml', 'maya-chen.yaml']);
    expect(readContact(dir, 'maya-chen')).toContain('role: Lead');
    const listed = JSON.parse((await runCli(dir, ['list', '--json'])).stdout) as { slug: string; role?: string }[];
    expect(listed.map((c) => [c.slug, c.role]).sort()).toEqual([['maya-chen', 'Lead'], ['maya-chen-2', undefined]]);
  });

  it('the data folder spelled in another case is the same folder', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const other = join(dir, '..', 'DATA');
    expect((await runCli(dir, ['--dir', other, 'add', 'outreach', 'maya'])).code).toBe(0);
    expect(readdirSync(join(dir, 'contacts'))).toEqual(['maya-chen.yaml']);
    expect(readContact(dir, 'maya-chen')).toContain('outreach:');
  });
});
