/**
 * Hostile entries in the data folder (SPEC "Hostile data"): a FIFO, a socket, a folder and a
 * symlink that leaves the folder, named like contacts or templates. Every command family runs
 * against them on a first run (no .index/) and on a warm, indexed run, each spawned with a
 * timeout: a command that waits on a FIFO fails the test instead of stalling the suite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, cleanEnv, dataDir, MAYA, tempDir } from '../helpers/index.js';
import { posixSkip, posixSuite } from '../helpers/platform.js';

/** mkfifo is POSIX's; a symlink on Windows needs Developer Mode or an administrator. */
const FIFOS_AND_LINKS = 'FIFOs (mkfifo) and symlinks';

const SECRET = 'SECRET-TOKEN-1234';
/** Each test spawns a dozen or more commands on a machine that may be busy. */
const SLOW = 120_000;
const MET = `${MAYA}meetings:\n  - at: 2026-11-30T15:00:00-08:00\n    minutes: 30\n    medium: coffee\n`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** The built binary with a short timeout: a hang shows up as `timedOut`, not as a stuck suite. */
function run(dir: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv(dir, env), input: '', encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.signal === 'SIGKILL' };
}

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

async function listenOn(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((done) => server.listen(path, done));
}

/** A data folder with Maya and one of each hostile thing beside her; the secret lives outside it. */
async function hostileFolder(): Promise<{ dir: string; secretFile: string }> {
  const dir = dataDir({ 'maya-chen': MET });
  const contacts = join(dir, 'contacts');
  const outside = tempDir();
  const secretFile = join(outside, 'ci.yml');
  writeFileSync(secretFile, `name: ${SECRET}\n`);
  execFileSync('mkfifo', [join(contacts, 'pipe.yaml')]);
  await listenOn(join(contacts, 'sock.yaml'));
  mkdirSync(join(contacts, 'folder.yaml'));
  symlinkSync(secretFile, join(contacts, 'ci.yaml'));
  symlinkSync(join(outside, 'nothing-here.yml'), join(contacts, 'gone.yaml'));
  return { dir, secretFile };
}

const SKIPPED = [
  /warning: skipped .*pipe\.yaml: is a named pipe \(FIFO\), not a regular file/,
  /warning: skipped .*sock\.yaml: is a socket, not a regular file/,
  /warning: skipped .*folder\.yaml: is a folder, not a regular file/,
  /warning: skipped .*ci\.yaml: is a symbolic link that leaves the data folder/,
  /warning: skipped .*gone\.yaml: is a symbolic link to nothing/,
];

/** Commands that read the whole folder: they work, and name each hostile entry once. */
const FOLDER_COMMANDS = [['list'], ['list', '--json'], ['followup'], ['followup', '--json'], ['export'], ['export', '--format', 'csv'], ['calendar'], ['status'], ['network']];
/** Commands that search the folder for a name: they find Maya past every hostile entry. */
const LOOKUPS = [['show', 'chen'], ['draft', 'chen'], ['prep', 'chen'], ['network', 'chen']];
/** Commands that name a hostile entry by its slug: refused (exit 1), naming it. */
const BY_SLUG: [string[], RegExp][] = [
  [['show', 'pipe'], /pipe\.yaml: is a named pipe \(FIFO\)/],
  [['show', 'sock', '--json'], /sock\.yaml: is a socket/],
  [['show', 'folder'], /folder\.yaml: is a folder/],
  [['show', 'ci'], /ci\.yaml: is a symbolic link that leaves the data folder/],
  [['edit', 'pipe', '--set', 'role=Lead'], /pipe\.yaml: is a named pipe/],
  [['edit', 'ci', '--set', 'role=Lead'], /ci\.yaml: is a symbolic link that leaves/],
  [['edit', 'folder', '--set', 'role=Lead'], /folder\.yaml: is a folder/],
  [['edit', 'pipe'], /pipe\.yaml: is a named pipe/],
  [['remove', 'pipe', '--yes'], /pipe\.yaml: is a named pipe/],
  [['remove', 'ci', '--yes'], /ci\.yaml: is a symbolic link that leaves/],
  [['draft', 'pipe'], /pipe\.yaml: is a named pipe/],
  [['prep', 'sock'], /sock\.yaml: is a socket/],
  [['add', 'outreach', 'pipe', '--channel', 'email'], /pipe\.yaml: is a named pipe/],
  [['add', 'meeting', 'ci', '--at', '2026-12-01T10:00'], /ci\.yaml: is a symbolic link/],
  [['calendar', 'pipe'], /pipe\.yaml: is a named pipe/],
  [['network', 'pipe'], /pipe\.yaml: is a named pipe/],
];

function expectUntouched(dir: string, secretFile: string): void {
  const contacts = join(dir, 'contacts');
  expect(lstatSync(join(contacts, 'pipe.yaml')).isFIFO()).toBe(true);
  expect(lstatSync(join(contacts, 'sock.yaml')).isSocket()).toBe(true);
  expect(lstatSync(join(contacts, 'folder.yaml')).isDirectory()).toBe(true);
  expect(lstatSync(join(contacts, 'ci.yaml')).isSymbolicLink()).toBe(true);
  expect(lstatSync(join(contacts, 'gone.yaml')).isSymbolicLink()).toBe(true);
  expect(readFileSync(secretFile, 'utf8')).toBe(`name: ${SECRET}\n`);
  expect(readFileSync(join(contacts, 'maya-chen.yaml'), 'utf8')).toBe(MET);
}

let folder: { dir: string; secretFile: string };
beforeAll(async () => {
  if (posixSkip(FIFOS_AND_LINKS)) return; // the suites below are skipped: no FIFO to make
  folder = await hostileFolder();
  // Files changed in the last two seconds are never indexed (mtime granularity): let them age.
  await new Promise((done) => setTimeout(done, 2100));
});

for (const state of ['first run', 'warm run'] as const) {
  posixSuite(FIFOS_AND_LINKS)(`hostile entries in contacts/ (${state})`, () => {
    const prepare = () => {
      const { dir } = folder;
      rmSync(join(dir, '.index'), { recursive: true, force: true });
      if (state === 'warm run') {
        expect(run(dir, ['list']).code).toBe(0);
        expect(lstatSync(join(dir, '.index', 'contacts.ndjson')).isFile()).toBe(true);
      }
      return dir;
    };
    /** On a first run every command starts without .index/; on a warm one each finds it. */
    const runIn = (dir: string, args: string[], env: Record<string, string> = {}) => {
      if (state === 'first run') rmSync(join(dir, '.index'), { recursive: true, force: true });
      else expect(lstatSync(join(dir, '.index', 'contacts.ndjson')).isFile()).toBe(true);
      return run(dir, args, env);
    };

    it('every folder-reading command skips each one with a warning naming it, and never prints what a symlink points to', () => {
      const dir = prepare();
      for (const args of FOLDER_COMMANDS) {
        const r = runIn(dir, args);
        const what = args.join(' ');
        expect(r.timedOut, what).toBe(false);
        expect(r.code, `${what}: ${r.stderr}`).toBe(0);
        for (const warning of SKIPPED) expect(r.stderr, what).toMatch(warning);
        expect(r.stdout + r.stderr, what).not.toContain(SECRET);
        expect(r.stderr, what).not.toMatch(/unexpected error|EISDIR|ENXIO/);
        if (args.includes('--json')) expect(() => JSON.parse(r.stdout), what).not.toThrow();
      }
      for (const args of LOOKUPS) {
        const r = runIn(dir, args);
        const what = args.join(' ');
        expect(r.timedOut, what).toBe(false);
        expect(r.code, `${what}: ${r.stderr}`).toBe(0);
        expect(r.stdout, what).toContain('Maya');
        expect(r.stdout + r.stderr, what).not.toContain(SECRET);
      }
      expectUntouched(dir, folder.secretFile);
    }, SLOW);

    it('a command naming one by its slug is refused (exit 1) with its name, and nothing is written through it', () => {
      const dir = prepare();
      for (const [args, message] of BY_SLUG) {
        const r = runIn(dir, args, { EDITOR: 'true' });
        const what = args.join(' ');
        expect(r.timedOut, what).toBe(false);
        expect(r.stderr, what).toMatch(message);
        expect(r.stdout + r.stderr, what).not.toContain(SECRET);
        expect(r.stderr, what).not.toMatch(/unexpected error|\n\s+at /);
        expect(r.code, `${what}: ${r.stderr}`).toBe(1);
      }
      expectUntouched(dir, folder.secretFile);
    }, SLOW);

    it('add contact under a taken name takes the next slug, even beside a symlink to nothing', () => {
      const dir = prepare();
      for (const [name, slug] of [['Pipe', 'pipe-2'], ['Gone', 'gone-2'], ['Folder', 'folder-2']]) {
        const r = runIn(dir, ['add', 'contact', name as string]);
        expect(r.timedOut, name).toBe(false);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain(`as ${slug}`);
        rmSync(join(dir, 'contacts', `${slug}.yaml`));
      }
      expectUntouched(dir, folder.secretFile);
    }, SLOW);
  });
}

posixSuite(FIFOS_AND_LINKS)('symlinks that stay inside the data folder', () => {
  it('a data folder that is itself a symlink (a synced folder) and a contact linked within it keep working', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    symlinkSync('maya-chen.yaml', join(dir, 'contacts', 'alias.yaml'));
    const linked = join(tempDir(), 'Dropbox-infoview');
    symlinkSync(dir, linked);
    const list = run(linked, ['list', '--json']);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout).map((c: { slug: string }) => c.slug).sort()).toEqual(['alias', 'maya-chen']);
    const show = run(linked, ['show', 'alias']);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('Maya Chen');
    expect(run(linked, ['edit', 'maya-chen', '--set', 'role=Lead']).code).toBe(0);
    expect(readFileSync(join(dir, 'contacts', 'maya-chen.yaml'), 'utf8')).toContain('role: Lead');
  }, SLOW);
});

posixSuite(FIFOS_AND_LINKS)('hostile entries in templates/ and config.yaml', () => {
  it('a FIFO or a symlink out of the folder as a template is skipped with a warning; the bundled one is used', async () => {
    const dir = dataDir({ 'maya-chen': MET });
    const templates = join(dir, 'templates');
    mkdirSync(templates);
    execFileSync('mkfifo', [join(templates, 'prep.liquid')]);
    const secret = join(tempDir(), 'secret.liquid');
    writeFileSync(secret, SECRET);
    symlinkSync(secret, join(templates, 'email.liquid'));
    mkdirSync(join(templates, 'questions.yaml'));
    await listenOn(join(templates, 'nudge.liquid'));
    for (const [args, name] of [[['prep', 'maya'], 'prep.liquid'], [['draft', 'maya'], 'email.liquid'], [['questions'], 'questions.yaml'], [['templates', 'show', 'nudge'], 'nudge.liquid']] as const) {
      const r = run(dir, [...args]);
      const what = args.join(' ');
      expect(r.timedOut, what).toBe(false);
      expect(r.code, `${what}: ${r.stderr}`).toBe(0);
      expect(r.stderr, what).toMatch(new RegExp(`warning: skipped .*${name.replace('.', '\\.')}: is .*; using the bundled ${name.replace('.', '\\.')}`));
      expect(r.stdout, what).not.toContain(SECRET);
    }
    const list = run(dir, ['templates', 'list']);
    expect(list.timedOut).toBe(false);
    expect(list.stdout).toMatch(/prep\s+bundled/);
    const eject = run(dir, ['templates', 'eject', 'email', '--force']);
    expect(eject.code).toBe(1);
    expect(eject.stderr).toMatch(/email\.liquid: is a symbolic link that leaves the data folder/);
    expect(lstatSync(join(templates, 'email.liquid')).isSymbolicLink()).toBe(true);
    expect(readFileSync(secret, 'utf8')).toBe(SECRET);
  }, SLOW);

  it('a FIFO as config.yaml is refused at once by every command, never waited on', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    execFileSync('mkfifo', [join(dir, 'config.yaml')]);
    for (const args of [['list'], ['followup'], ['show', 'maya'], ['draft', 'maya']]) {
      const r = run(dir, args);
      expect(r.timedOut, args.join(' ')).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/config\.yaml: is a named pipe \(FIFO\), not a regular file/);
    }
  }, SLOW);
});
