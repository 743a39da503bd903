/** The targets commands in-process: what targets.yaml holds after each edit, and what they refuse. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, runCli, tempDir } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

const fileOf = (dir: string) => join(dir, 'targets.yaml');
const write = (dir: string, text: string) => writeFileSync(fileOf(dir), text, { mode: 0o600 });
const read = (dir: string) => readFileSync(fileOf(dir), 'utf8');

describe('targets.yaml as the commands leave it', () => {
  it('creates the data folder and the file on first add, private, with the scores explained', async () => {
    const dir = join(tempDir(), 'fresh');
    expect((await runCli(dir, ['targets', 'add', 'Contoso', '--motivation', '4'])).code).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
    expect(read(dir)).toMatch(/^# Your LAMP list[^]*\ntargets:\n {2}- employer: Contoso\n {4}motivation: 4\n$/);
  });

  it('after the last is removed, the next add is written as a block again, not `[{…}]`', async () => {
    const dir = dataDir();
    await runCli(dir, ['targets', 'add', 'Contoso']);
    await runCli(dir, ['targets', 'remove', 'contoso']);
    expect(read(dir)).toMatch(/\ntargets: \[\]\n$/);
    await runCli(dir, ['targets', 'add', 'Fabrikam', '--posting', '1']);
    expect(read(dir)).toMatch(/\ntargets:\n {2}- employer: Fabrikam\n {4}posting: 1\n$/);
  });

  it('keeps a CRLF file CRLF, unknown keys and `advocacy: true` written by hand', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    write(dir, 'targets:\r\n  - employer: Northwind Health\r\n    advocacy: false\r\n    contact: ask Maya first\r\n  - employer: Contoso\r\n    advocacy: true\r\n');
    const r = await runCli(dir, ['targets', '--json']);
    expect(JSON.parse(r.stdout).map((t: { employer: string; advocacy: boolean }) => [t.employer, t.advocacy])).toEqual([
      ['Contoso', true],
      ['Northwind Health', false],
    ]);
    expect((await runCli(dir, ['targets', 'set', 'Contoso', '--motivation', '2'])).code).toBe(0);
    expect(read(dir)).toBe('targets:\r\n  - employer: Northwind Health\r\n    advocacy: false\r\n    contact: ask Maya first\r\n  - employer: Contoso\r\n    advocacy: true\r\n    motivation: 2\r\n');
  });

  it('an employer listed twice in the file is named, with where the first one is', async () => {
    const dir = dataDir();
    write(dir, 'targets:\n  - employer: Contoso\n  - employer: contoso ltd.\n');
    const r = await runCli(dir, ['targets']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.yaml: targets[1].employer (line 3): "contoso ltd." is listed twice (also targets[0]): merge the two');
  });

  it('a file that is not a list of employers is refused with a hint, and left as it is', async () => {
    const dir = dataDir();
    for (const text of ['targets: Contoso\n', 'targets:\n  - motivation: 3\n', '- employer: Contoso\n']) {
      write(dir, text);
      const r = await runCli(dir, ['targets', 'add', 'Fabrikam']);
      expect(r.code, text).toBe(1);
      expect(r.stderr, text).toMatch(/targets\.yaml: .*\n {2}Fix targets\.yaml by hand/);
      expect(read(dir)).toBe(text);
    }
  });

  posixOnly('FIFOs and symlinks are POSIX')('a FIFO or a symlink out of the folder at targets.yaml is refused, never opened or written through', async () => {
    const dir = dataDir();
    expect(spawnSync('mkfifo', [fileOf(dir)]).status).toBe(0);
    const fifo = await runCli(dir, ['targets']);
    expect(fifo).toMatchObject({ code: 1 });
    expect(fifo.stderr).toMatch(/targets\.yaml: is a named pipe \(FIFO\), not a regular file/);
    const other = dataDir();
    const secret = join(tempDir(), 'secret.yaml');
    writeFileSync(secret, 'targets: []\n');
    symlinkSync(secret, fileOf(other));
    const link = await runCli(other, ['targets', 'add', 'Contoso']);
    expect(link.code).toBe(1);
    expect(link.stderr).toMatch(/a symbolic link that leaves the data folder/);
    expect(readFileSync(secret, 'utf8')).toBe('targets: []\n');
  });

  it('remove keeps the contacts of that employer', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    await runCli(dir, ['targets', 'add', 'Northwind Health']);
    expect((await runCli(dir, ['targets', 'remove', 'northwind health'])).stdout).toBe('Removed Northwind Health from your targets (0 left).\n');
    expect(existsSync(join(dir, 'contacts', 'maya-chen.yaml'))).toBe(true);
  });
});
