/** Tools for the reliability suite: git in a data folder, whole-folder checks, crashes on purpose. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { BIN, cleanEnv, windowsEnv } from '../helpers/index.js';

/** A git identity of its own: the suite must pass on a machine where git knows nobody. */
export const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Person',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test Person',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** Plain git in `cwd` (not through infoview), for setting up and for looking at the result. */
export function sh(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...windowsEnv(), PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...IDENTITY } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** One commit as `git log -p` shows it: its message, the files it touched, the lines it added. */
export interface CommitSeen {
  subject: string;
  files: string[];
  added: string[];
}

/** The commits after `since`, newest first, each with its files and added lines. */
export function commitsSince(dir: string, since: string): CommitSeen[] {
  const text = sh(dir, ['log', '-p', '--no-renames', '--format=%x01%s', `${since}..HEAD`]);
  return text
    .split('\x01')
    .slice(1)
    .map((chunk) => {
      const [subject = '', ...lines] = chunk.split('\n');
      const files = lines.flatMap((l) => /^diff --git a\/(\S+) b\//.exec(l)?.[1] ?? []);
      const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1));
      return { subject, files, added };
    });
}

/** Every file under `dir` whose name passes `wanted`, not inside `.git`. */
function filesUnder(dir: string, wanted: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '.git') found.push(...filesUnder(path, wanted));
    else if (entry.isFile() && wanted(entry.name)) found.push(path);
  }
  return found;
}

/** The locks left in the data folder (a contact's `<slug>.yaml.lock`, or any other). */
export const lockFiles = (dir: string): string[] => filesUnder(dir, (name) => name.endsWith('.lock'));

/**
 * The YAML files in the folder that do not parse with the `yaml` package, or are empty, or end
 * mid-line (a half-written file). `checked` remembers texts already found whole, so a round over
 * thousands of unchanged files costs reads, not parses.
 */
export function brokenYamlFiles(dir: string, checked: Map<string, string> = new Map()): string[] {
  const broken: string[] = [];
  // Scratch copies (`.<slug>.<pid>.edit.yaml`) included: they must be whole too.
  for (const file of filesUnder(dir, (name) => name.endsWith('.yaml'))) {
    const text = readFileSync(file, 'utf8');
    if (checked.get(file) === text) continue;
    const doc = parseDocument(text);
    if (!text || !text.endsWith('\n') || doc.errors.length) broken.push(`${file}: ${doc.errors[0]?.message ?? 'empty or cut short'}`);
    else checked.set(file, text);
  }
  return broken;
}

/** A small seeded generator (the question picker's), so a failing round can be run again exactly. */
export { seededRandom as seeded } from '../../src/domain/question-picker.js';

/**
 * Start the built binary and SIGKILL it after `delayMs`. Resolves once it is gone (reaped, so
 * its pid no longer exists), with whether it had finished on its own first.
 */
export function killAfter(dir: string, args: string[], delayMs: number): Promise<{ finished: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(dir), stdio: 'ignore' });
    let finished = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (_code, signal) => {
      finished = signal === null;
      clearTimeout(timer);
    });
    child.on('close', () => done({ finished }));
  });
}

/** How long `fn` takes, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}
