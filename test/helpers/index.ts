/** Shared test tools: temp data folders, the built binary, in-process runs, scripted prompts. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../../src/cli.js';
import type { Choice, Prompter } from '../../src/prompts.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/infoview.js');
export const NOW = '2026-11-23T10:00:00-08:00';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder, removed after the test file. */
export function tempDir(prefix = 'infoview-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A data folder with these contact files (slug → YAML text) and an optional config.yaml. */
export function dataDir(contacts: Record<string, string> = {}, config?: string): string {
  const dir = join(tempDir(), 'data');
  mkdirSync(join(dir, 'contacts'), { recursive: true, mode: 0o700 });
  for (const [slug, text] of Object.entries(contacts)) writeFileSync(join(dir, 'contacts', `${slug}.yaml`), text, { mode: 0o600 });
  if (config !== undefined) writeFileSync(join(dir, 'config.yaml'), config, { mode: 0o600 });
  return dir;
}

/** The one cache (store/contact-cache.ts). */
export const cacheFile = (dir: string) => join(dir, '.index', 'contacts.ndjson');
/** The names (slugs, config.yaml) the cache has a line for, sorted. */
export const cachedNames = (dir: string): string[] =>
  [...new Set(readFileSync(cacheFile(dir), 'latin1').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0] as string))].sort();

export const contactFile = (dir: string, slug: string) => join(dir, 'contacts', `${slug}.yaml`);
export const readContact = (dir: string, slug: string) => readFileSync(contactFile(dir, slug), 'utf8');

/** What Windows itself needs to run node, npm, cmd.exe and git (none of it is the developer's data). */
export const windowsEnv = (): Record<string, string> =>
  Object.fromEntries(['SystemRoot', 'WINDIR', 'ComSpec', 'PATHEXT', 'TEMP', 'TMP'].flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name] as string]])));

/** The environment every spawned infoview gets: nothing from the developer's own shell. */
export function cleanEnv(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...windowsEnv(),
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dirname(dir),
    USERPROFILE: dirname(dir), // the home folder on Windows (os.homedir)
    TZ: 'America/Los_Angeles',
    NO_COLOR: '1',
    INFOVIEW_DIR: dir,
    INFOVIEW_NOW: NOW,
    ...extra,
  };
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawn the built binary (`npm test` builds first) with a fixed clock and data folder. */
export function runBin(dir: string, args: string[], options: { env?: Record<string, string>; input?: string } = {}): Result {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    env: cleanEnv(dir, options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: for concurrency tests. */
export function runBinAsync(dir: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(dir, env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** A Prompter that answers from a script, in order, and fails loudly on a question it did not expect. */
export function scriptedPrompter(answers: unknown[]): Prompter & { asked: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (!queue.length) throw new Error(`unexpected prompt: ${message}`);
    return queue.shift();
  };
  return {
    asked,
    input: async (o) => String(next(o.message) ?? ''),
    select: async <T>(o: { message: string; choices: Choice<T>[] }) => next(o.message) as T,
    search: async <T>(o: { message: string; source: (t: string | undefined) => Choice<T>[] }) => {
      o.source(undefined);
      return next(o.message) as T;
    },
    confirm: async (o) => Boolean(next(o.message)),
    editor: async (o) => String(next(o.message) ?? ''),
  };
}

/** Run infoview in-process (the command layer), capturing output. */
export async function runCli(
  dir: string,
  args: string[],
  options: { prompter?: Prompter; interactive?: boolean; env?: Record<string, string> } = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    // A person at a terminal: stdin and stderr (where prompts go) both are one.
    stderr: { write: (s: string) => (stderr += s), isTTY: options.interactive ?? Boolean(options.prompter) },
    stdinIsTTY: options.interactive ?? Boolean(options.prompter),
    env: { ...cleanEnv(dir), ...options.env },
    ...(options.prompter ? { prompter: async () => options.prompter as Prompter } : {}),
  });
  return { code, stdout, stderr };
}

export const MAYA = `# Met at the alumni panel in October
name: Maya Chen
role: Senior UX Researcher
company: Northwind Health # hiring freeze, don't ask about jobs
field: UX research
email: maya@example.com
source: alumni
tags: [design, seattle]
notes: |
  Runs the research guild.
`;
