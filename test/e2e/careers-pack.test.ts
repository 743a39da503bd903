/**
 * The built binary with a careers office's pack (config.yaml `pack:`): the example pack in
 * examples/pack used by draft, questions and prep; `~` and relative paths; yours beats the
 * pack's; a missing folder; and the same sandbox as your templates (symlinks out, FIFOs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, runBin, tempDir } from '../helpers/index.js';
import { posixSuite } from '../helpers/platform.js';
import { examplePack, packWorkspace } from '../helpers/workspace.js';

const SECRET = 'SECRET-TOKEN-5678';

describe('e2e: a careers-office pack', () => {
  it('draft, questions and prep use the pack; templates list names each source; your copy wins', () => {
    const pack = examplePack();
    const dir = packWorkspace(pack);
    const draft = runBin(dir, ['draft', 'sam']);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toContain("I'm a 2025 psychology graduate of Lakeside University, finding out what a career in UX research is really like.");
    expect(draft.stderr).toMatch(/^\d+ words in the body/m);
    const questions = runBin(dir, ['questions', '--json', '--seed', '5']);
    expect(questions.code).toBe(0);
    const bank = readFileSync(join(pack, 'questions.yaml'), 'utf8');
    for (const q of JSON.parse(questions.stdout) as { text: string }[]) expect(bank).toContain(q.text.replace('UX research', '{{ field }}'));
    const prep = runBin(dir, ['prep', 'maya']);
    expect(prep.code).toBe(0);
    expect(prep.stdout).toContain('1. Who else, perhaps another Lakeside graduate, would you suggest I talk to next?');
    const list = runBin(dir, ['templates']);
    expect(list.stdout).toContain(`email      pack     ${join(pack, 'templates', 'email.liquid')}\n`);
    expect(list.stdout).toMatch(/^prep\s+bundled\s/m);
    const eject = runBin(dir, ['templates', 'eject', 'email']);
    expect(eject.code).toBe(0);
    writeFileSync(join(dir, 'templates', 'email.liquid'), readFileSync(join(dir, 'templates', 'email.liquid'), 'utf8').replace('With thanks,', 'Warmly,'));
    expect(runBin(dir, ['draft', 'sam']).stdout).toContain('Warmly,\n\nAlex Doe');
    expect(runBin(dir, ['templates']).stdout).toMatch(/^email\s+yours\s/m);
  });

  it('pack: ~/… is in your home folder, and a relative path is read from the data folder', () => {
    const dir = packWorkspace('~/careers/pack');
    // cleanEnv sets HOME to the folder that holds the data folder.
    mkdirSync(join(dirname(dir), 'careers'));
    renameSync(examplePack(), join(dirname(dir), 'careers', 'pack'));
    const home = runBin(dir, ['templates', 'show', 'email']);
    expect(home.code, home.stderr).toBe(0);
    expect(home.stderr).toBe(`pack: ${join(dirname(dir), 'careers', 'pack', 'templates', 'email.liquid')}\n`);
    const relative = packWorkspace('../careers');
    renameSync(examplePack(), join(dirname(relative), 'careers'));
    expect(runBin(relative, ['draft', 'maya']).stdout).toContain('With thanks,');
  });

  it('a pack folder that does not exist: exit 1, one line naming pack: and the path, nothing written; list carries on', () => {
    const dir = packWorkspace('~/gone');
    for (const args of [['draft', 'maya', '--out', join(dir, 'x.txt')], ['prep', 'maya'], ['questions'], ['templates', 'eject', 'email']]) {
      const r = runBin(dir, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`infoview: the pack folder ${join(dirname(dir), 'gone')} (pack: in ${join(dir, 'config.yaml')}) does not exist`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // The cache (.index/) may be written by a read; no data is.
    expect(readdirSync(dir).filter((f) => f !== '.index').sort()).toEqual(['config.yaml', 'contacts']);
    const list = runBin(dir, ['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Maya Chen');
  });

  it('an unknown variable in a pack template: exit 1 naming the pack file and its line', () => {
    const pack = examplePack();
    const file = join(pack, 'templates', 'email.liquid');
    writeFileSync(file, readFileSync(file, 'utf8').replace('With thanks,', 'With thanks, {{ me.nickname }}'));
    const r = runBin(packWorkspace(pack), ['draft', 'maya']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^infoview: .* \(line 1[0-9]\): unknown variable "me\.nickname"$/m);
    expect(r.stderr).toContain(`infoview: ${file} (line `);
  });
});

/** The binary with a short timeout, so a FIFO that is waited on fails the test instead of stalling it. */
function run(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv(dir), input: '', encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.signal === 'SIGKILL' };
}

posixSuite('FIFOs (mkfifo) and symlinks')('e2e: a pack is data, in the sandbox of your templates', () => {
  it('a symlink out of the pack or a FIFO is skipped with a warning, never read; one inside the pack is used', () => {
    const pack = examplePack();
    const secret = join(tempDir(), 'secret.liquid');
    writeFileSync(secret, SECRET);
    symlinkSync(secret, join(pack, 'templates', 'phone.liquid'));
    execFileSync('mkfifo', [join(pack, 'templates', 'prep.liquid')]);
    symlinkSync(join(pack, 'templates', 'email.liquid'), join(pack, 'templates', 'intro.liquid'));
    const dir = packWorkspace(pack);
    const phone = run(dir, ['draft', 'maya', '--kind', 'phone']);
    expect(phone.code, phone.stderr).toBe(0);
    expect(phone.stdout).not.toContain(SECRET);
    expect(phone.stderr).toContain(`warning: skipped ${join(pack, 'templates', 'phone.liquid')}: is a symbolic link that leaves the pack folder; using the bundled phone.liquid`);
    const prep = run(dir, ['prep', 'maya']);
    expect(prep.timedOut).toBe(false);
    expect(prep.code, prep.stderr).toBe(0);
    expect(prep.stderr).toContain(`warning: skipped ${join(pack, 'templates', 'prep.liquid')}: is a named pipe (FIFO), not a regular file; using the bundled prep.liquid`);
    const intro = run(dir, ['draft', 'priya', '--kind', 'intro']);
    expect(intro.code, intro.stderr).toBe(0);
    expect(intro.stdout).toContain('With thanks,');
    const eject = run(dir, ['templates', 'eject', 'phone']);
    expect(eject.code).toBe(0);
    expect(readFileSync(join(dir, 'templates', 'phone.liquid'), 'utf8')).not.toContain(SECRET);
  });

  it('a pack whose templates/ is a symlink out of it is refused (exit 1), nothing read; one inside the pack is used', () => {
    const outside = join(tempDir(), 'elsewhere');
    mkdirSync(outside);
    writeFileSync(join(outside, 'email.liquid'), SECRET);
    const pack = examplePack();
    renameSync(join(pack, 'templates'), join(pack, 'inside'));
    symlinkSync(outside, join(pack, 'templates'));
    const dir = packWorkspace(pack);
    const r = run(dir, ['draft', 'maya']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`infoview: ${join(pack, 'templates')}: is a symbolic link that leaves the pack folder\n`);
    expect(r.stderr).not.toContain(SECRET);
    rmSync(join(pack, 'templates'));
    symlinkSync('inside', join(pack, 'templates'));
    const ok = run(dir, ['draft', 'sam']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('With thanks,');
  });

  it("a symlink in your templates/ into the pack leaves your data folder: skipped, and the pack's is used", () => {
    const pack = examplePack();
    const dir = packWorkspace(pack);
    mkdirSync(join(dir, 'templates'));
    symlinkSync(join(pack, 'templates', 'email.liquid'), join(dir, 'templates', 'email.liquid'));
    const r = run(dir, ['draft', 'sam']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("leaves the data folder; using the pack's email.liquid");
    expect(r.stdout).toContain('With thanks,');
  });
});
