/** The completion scripts, checked by the shells themselves. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, MAYA, dataDir, runBin, tempDir } from '../helpers/index.js';
import { posixOnly, posixSuite } from '../helpers/platform.js';

/** A folder with an `infoview` that runs the built binary, for the shells to find on PATH. */
function shimDir(): string {
  const shim = join(tempDir(), 'bin');
  mkdirSync(shim);
  writeFileSync(join(shim, 'infoview'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(shim, 'infoview'), 0o755);
  return shim;
}

/** Ask bash to complete `line` (words; the last one is being typed) with the generated script. */
function complete(dir: string, script: string, words: string[]): string[] {
  const shim = shimDir();
  const file = join(tempDir(), 'infoview.bash');
  writeFileSync(file, script);
  const program = [
    `source ${JSON.stringify(file)}`,
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    '_infoview',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: `${shim}:${process.env.PATH ?? '/usr/bin:/bin'}`, INFOVIEW_DIR: dir, HOME: dir },
  });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

// bash and fish run infoview through a #!/bin/sh shim on PATH.
posixSuite('bash and a #!/bin/sh shim', 'bash')('infoview completion', () => {
  const dir = dataDir({ 'maya-chen': MAYA, 'mark-lee': 'name: Mark Lee\n', 'sam-rivera': 'name: Sam Rivera\n' });
  const bash = runBin(dir, ['completion', 'bash']).stdout;

  it('bash: the script is valid and completes commands, flags, kinds and slugs', () => {
    expect(spawnSync('bash', ['-n'], { input: bash }).status).toBe(0);
    expect(complete(dir, bash, ['infoview', 'show', 'ma'])).toEqual(['mark-lee', 'maya-chen']);
    expect(complete(dir, bash, ['infoview', 'show', 'may'])).toEqual(['maya-chen']);
    expect(complete(dir, bash, ['infoview', 'ne'])).toEqual(['network']);
    expect(complete(dir, bash, ['infoview', 'add', 'c'])).toEqual(['contact']);
    expect(complete(dir, bash, ['infoview', 'export', '--format', ''])).toEqual(['json', 'csv']);
    expect(complete(dir, bash, ['infoview', 'list', '--status', 'm'])).toEqual(['met']);
    expect(complete(dir, bash, ['infoview', 'add', 'contact', '--introduced-by', 's'])).toEqual(['sam-rivera']);
    expect(complete(dir, bash, ['infoview', 'import', 'linkedin', '--d'])).toEqual(['--dry-run', '--dir']);
    expect(complete(dir, bash, ['infoview', 'completion', 'f'])).toEqual(['fish']);
  });

  it('bash: the lifecycle commands and flags come from their definitions', () => {
    expect(complete(dir, bash, ['infoview', 'arch'])).toEqual(['archive']);
    expect(complete(dir, bash, ['infoview', 'sn'])).toEqual(['snooze']);
    expect(complete(dir, bash, ['infoview', 'unarchive', 'ma'])).toEqual(['mark-lee', 'maya-chen']);
    expect(complete(dir, bash, ['infoview', 'snooze', 'maya-chen', '--u'])).toEqual(['--until']);
    expect(complete(dir, bash, ['infoview', 'archive', 'maya-chen', '--r'])).toEqual(['--reason']);
    expect(complete(dir, bash, ['infoview', 'list', '--status', 'a'])).toEqual(['archived']);
    expect(complete(dir, bash, ['infoview', 'list', '--a'])).toEqual(['--all']);
    expect(complete(dir, bash, ['infoview', 'followup', '--b'])).toEqual(['--brief']);
  });

  it('bash: targets and its words come from their definitions', () => {
    expect(complete(dir, bash, ['infoview', 'tar'])).toEqual(['targets']);
    expect(complete(dir, bash, ['infoview', 'targets', 's'])).toEqual(['set', 'suggest']);
    expect(complete(dir, bash, ['infoview', 'targets', '--j'])).toEqual(['--json']);
    expect(complete(dir, bash, ['infoview', 'targets', 'add', 'Contoso', '--m'])).toEqual(['--motivation']);
    expect(complete(dir, bash, ['infoview', 'targets', 'add', 'Contoso', '--advocacy', ''])).toEqual(['yes', 'no']);
    expect(complete(dir, bash, ['infoview', 'targets', 'set', 'Contoso', '--advocacy', 'a'])).toEqual(['auto']);
  });

  it('slugs come from the folder named by --dir', () => {
    const other = dataDir({ 'dana-ortiz': 'name: Dana Ortiz\n' });
    expect(complete(dir, bash, ['infoview', '--dir', other, 'network', ''])).toEqual(['dana-ortiz']);
    // `--dir ~/…` as typed (the shell has not expanded it yet): the home folder (HOME is `dir` here).
    mkdirSync(join(dir, 'away', 'contacts'), { recursive: true });
    writeFileSync(join(dir, 'away', 'contacts', 'lee-park.yaml'), 'name: Lee Park\n');
    expect(complete(dir, bash, ['infoview', '--dir', '~/away', 'show', ''])).toEqual(['lee-park']);
  });

  it('zsh and fish scripts are valid for their shells when installed, and name the commands', () => {
    const zsh = runBin(dir, ['completion', 'zsh']);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toContain('bashcompinit');
    const fish = runBin(dir, ['completion', 'fish']);
    expect(fish.stdout).toContain("complete -c infoview -n '__fish_use_subcommand' -a 'network'");
    expect(fish.stdout).toContain("-xa '(__infoview_slugs)'");
    for (const [shell, text] of [['zsh', zsh.stdout], ['fish', fish.stdout]] as const) {
      if (spawnSync('which', [shell]).status !== 0) continue; // the shell is not installed here
      // From a file: fish cannot read a script to check from a pipe.
      const file = join(tempDir(), `infoview.${shell}`);
      writeFileSync(file, text);
      expect(spawnSync(shell, ['-n', file]).status).toBe(0);
    }
    expect(runBin(dir, ['completion', 'tcsh']).code).toBe(2);
  });

  posixOnly('runs fish', 'fish')('fish completes slugs from the folder --dir names', () => {
    const file = join(tempDir(), 'infoview.fish');
    writeFileSync(file, runBin(dir, ['completion', 'fish']).stdout);
    const other = dataDir({ 'dana-ortiz': 'name: Dana Ortiz\n' });
    const env = { PATH: `${shimDir()}:${process.env.PATH ?? '/usr/bin:/bin'}`, INFOVIEW_DIR: dir, HOME: dir };
    const completeFish = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8', env }).stdout.split('\n').filter(Boolean);
    expect(completeFish('infoview show ma')).toEqual(['mark-lee', 'maya-chen']);
    expect(completeFish(`infoview --dir ${other} show `)).toEqual(['dana-ortiz']);
    mkdirSync(join(dir, 'far', 'contacts'), { recursive: true });
    writeFileSync(join(dir, 'far', 'contacts', 'kim-ito.yaml'), 'name: Kim Ito\n');
    expect(completeFish('infoview --dir ~/far show ')).toEqual(['kim-ito']);
  });

  it('__slugs lists slugs without parsing, and is hidden from help', () => {
    writeFileSync(join(dir, 'contacts', 'broken.yaml'), 'name: [unclosed\n');
    // Names no command line can use (a space, a control character) never reach the shell.
    writeFileSync(join(dir, 'contacts', 'Maya Chen\u001b[2J.yaml'), 'name: Maya Chen\n');
    expect(runBin(dir, ['__slugs']).stdout).toBe('broken\nmark-lee\nmaya-chen\nsam-rivera\n');
    expect(runBin(dir, ['--help']).stdout).not.toContain('__slugs');
  });
});
