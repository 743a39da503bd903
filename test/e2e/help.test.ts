/**
 * `--help`, `<command> --help` and `--version` of the built binary: what it prints is what the
 * in-process `main` prints, on the same streams and with the same exit codes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, dataDir, ROOT, runBin, runCli } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

describe('help and version of the built binary', () => {
  const dir = dataDir();

  for (const argv of [['--help'], ['-h'], [], ['help'], ['list', '--help'], ['add', 'contact', '--help'], ['help', 'show'], ['import', 'linkedin', '-h']]) {
    it(`infoview ${argv.join(' ')} prints commander's help`, async () => {
      const bin = runBin(dir, argv);
      expect(bin.code).toBe(0);
      expect(bin.stderr).toBe('');
      expect(bin.stdout).toMatch(/^Usage: infoview/);
      expect(bin).toEqual(await runCli(dir, argv));
    });
  }

  it('bare infoview prints the whole --help, the "Data folder" lines its description points to included', () => {
    const bare = runBin(dir, []);
    expect(bare).toEqual(runBin(dir, ['--help']));
    expect(bare.stdout).toContain('(see "Data folder" below)');
    expect(bare.stdout).toMatch(/^Data folder: --dir, else \$INFOVIEW_DIR/m);
  });

  it('--version and -V print the package version', () => {
    const version = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).version;
    for (const flag of ['--version', '-V']) expect(runBin(dir, [flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('a group without its subcommand still shows its help on stderr and exits 2', async () => {
    const bin = runBin(dir, ['add']);
    expect(bin.code).toBe(2);
    expect(bin.stderr).toMatch(/^Usage: infoview add/);
    expect(bin).toEqual(await runCli(dir, ['add']));
  });

  it('help for a command that does not exist is a usage error: exit 2, the help on stderr, nothing on stdout', async () => {
    const bin = runBin(dir, ['help', 'nosuch']);
    expect(bin.code).toBe(2);
    expect(bin.stdout).toBe('');
    expect(bin.stderr).toMatch(/^Usage: infoview/);
    expect(bin).toEqual(await runCli(dir, ['help', 'nosuch']));
  });

  posixOnly('a pipe into head through sh')('a reader that leaves early is no error', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], { env: cleanEnv(dir), encoding: 'utf8' });
    expect(r.stdout).toBe('Usage: infoview [options] [command]\n');
    expect(r.stderr).toBe('');
  });
});
