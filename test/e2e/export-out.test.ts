/**
 * `export --out FILE` through the built binary: the same text as stdout, in a private file,
 * a UTF-8 BOM before a CSV file's text (Excel on Windows) and never on stdout or in JSON.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MAYA, dataDir, readContact, runBin, tempDir } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

const JOSE = 'name: José Núñez\ncompany: Café Señor\n';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('export --out (built binary)', () => {
  const dir = dataDir({ 'maya-chen': MAYA, 'jose-nunez': JOSE });

  it('an empty --out is a usage error for every command that writes one (not stdout, not the current folder)', () => {
    for (const args of [['export'], ['report'], ['calendar'], ['prep', 'maya'], ['draft', 'maya']]) {
      const r = runBin(dir, [...args, '--out', '']);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain('infoview: --out needs a file name\n');
    }
  });

  posixOnly('mkfifo and symlinks are POSIX tools')('never replaces a pipe, a symlink or a device: exit 1, the path left as it was', () => {
    const folder = tempDir();
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const real = join(folder, 'real.csv');
    writeFileSync(real, 'mine\n');
    const link = join(folder, 'link.csv');
    symlinkSync(real, link);
    for (const [command, out] of [['export', fifo], ['report', link], ['calendar', '/dev/null']] as const) {
      const r = runBin(dir, [command, '--out', out]);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toContain(`infoview: cannot write ${out}: it is not a regular file (a symlink, a device or a pipe)\n`);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('mine\n');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('CSV: the file holds stdout\'s text after a UTF-8 BOM; stdout has none', () => {
    const out = join(tempDir(), 'contacts.csv');
    const piped = runBin(dir, ['export', '--format', 'csv']);
    expect(piped.stdout.startsWith('slug,name,')).toBe(true);
    const r = runBin(dir, ['export', '--format', 'csv', '--out', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `Wrote 2 contacts to ${out}\n`]);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    expect(bytes.subarray(3).toString('utf8')).toBe(piped.stdout);
    // A reader that knows the BOM (Excel, csv-parse with bom) sees the header and the accents.
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.slug, row.name, row.company])).toEqual([
      ['jose-nunez', 'José Núñez', 'Café Señor'],
      ['maya-chen', 'Maya Chen', 'Northwind Health'],
    ]);
  });

  it('JSON: the file holds exactly stdout\'s text, no BOM in either', () => {
    const out = join(tempDir(), 'contacts.json');
    const piped = runBin(dir, ['export']);
    expect(piped.stdout.startsWith('[')).toBe(true);
    const r = runBin(dir, ['export', '--out', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `Wrote 2 contacts to ${out}\n`]);
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
    expect((JSON.parse(piped.stdout) as { name: string }[]).map((c) => c.name)).toEqual(['José Núñez', 'Maya Chen']);
  });

  posixOnly('mode 0600 is a POSIX permission')('the file is private (0600) and replaced whole when it exists', () => {
    const out = join(tempDir(), 'contacts.csv');
    expect(runBin(dir, ['export', '--format', 'csv', '--out', out]).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(runBin(dir, ['export', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(runBin(dir, ['export']).stdout);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('refuses to write into contacts/ (it would be read as a contact) or over config.yaml: exit 1, nothing written', () => {
    for (const out of [join(dir, 'contacts', 'export.yaml'), join(dir, 'config.yaml')]) {
      const r = runBin(dir, ['export', '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toMatch(/^infoview: refusing to write /);
      expect(r.stderr).toContain('--out ~/contacts.json');
    }
    expect(readdirSync(join(dir, 'contacts')).sort()).toEqual(['jose-nunez.yaml', 'maya-chen.yaml']);
    expect(existsSync(join(dir, 'config.yaml'))).toBe(false);
    expect(readContact(dir, 'jose-nunez')).toBe(JOSE);
  });

  it('a folder that does not exist: exit 1, one line naming it, nothing created', () => {
    const missing = join(tempDir(), 'no-such-folder');
    const r = runBin(dir, ['export', '--format', 'csv', '--out', join(missing, 'contacts.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^infoview: cannot write .*contacts\\.csv: the folder .*no-such-folder does not exist\\n`));
    expect(existsSync(missing)).toBe(false);
  });
});
