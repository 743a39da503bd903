/**
 * The derived index on the built bundle: which chunks a warm run loads (no yaml, no zod), and
 * several processes building the index at once never corrupt it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cachedNames, cleanEnv, dataDir, MAYA, runBin, runBinAsync, tempDir } from '../helpers/index.js';
import { posixOnly } from '../helpers/platform.js';

/** Logs every module file the run loads to LOADED_LOG (the bundle is ESM: a loader hook sees each one). */
const PRELOAD = "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n";
const HOOKS =
  "import { appendFileSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\n" +
  "export async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, fileURLToPath(url) + '\\n');\n  return next(url, context);\n}\n";

/** The bundle files a run of the built binary loads. */
function loadedFiles(dir: string, args: string[]): string[] {
  const tools = tempDir();
  writeFileSync(join(tools, 'preload.mjs'), PRELOAD);
  writeFileSync(join(tools, 'hooks.mjs'), HOOKS);
  const log = join(tools, 'loaded.log');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', join(tools, 'preload.mjs'), BIN, ...args], { env: cleanEnv(dir, { LOADED_LOG: log }), encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter((f) => f && !f.startsWith(tools));
}

/** Marks of the parser libraries in a bundle chunk. */
const loadsParser = (files: string[]) => files.some((f) => /class ZodError|\$ZodError|LineCounter/.test(readFileSync(f, 'utf8')));
/** Marks of the prompt library and the template engine. */
const loadsPromptsOrLiquid = (files: string[]) => files.some((f) => /LiquidError = class|class LiquidError|createPrompt/.test(readFileSync(f, 'utf8')));

const DANA = 'name: Dana Ortiz\ncompany: Contoso\n';
let dir: string;

beforeAll(async () => {
  dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA }, 'defaults:\n  meetingMinutes: 45\n');
  // Files changed in the last two seconds are never cached (mtime granularity): let them age.
  await new Promise((done) => setTimeout(done, 2100));
});

describe('derived index (built binary)', () => {
  it('concurrent first runs all succeed and leave a valid index', async () => {
    const runs = await Promise.all(Array.from({ length: 4 }, () => runBinAsync(dir, ['list', '--json'])));
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).map((c: { slug: string }) => c.slug)).toEqual(['dana-ortiz', 'maya-chen']);
    }
    expect(cachedNames(dir).filter((n) => n !== 'config.yaml')).toEqual(['dana-ortiz', 'maya-chen']);
  });

  it('a warm list --json, followup --json, status (no targets.yaml) and show <exact-slug> load no yaml, zod, prompt library or liquid', () => {
    runBin(dir, ['show', 'maya-chen']); // caches the single file
    for (const args of [['list', '--json'], ['show', 'maya-chen', '--json'], ['followup', '--json'], ['status']]) {
      if (args[0] === 'followup' && !/^ {2}followup/m.test(runBin(dir, ['--help']).stdout)) continue; // not on this branch yet
      const files = loadedFiles(dir, args);
      expect(files.some((f) => f.includes('dist'))).toBe(true);
      expect(loadsParser(files), args.join(' ')).toBe(false);
      expect(loadsPromptsOrLiquid(files), args.join(' ')).toBe(false);
    }
  });

  it('a warm followup --brief (run at every shell prompt) loads neither the parser nor the table code', () => {
    runBin(dir, ['followup', '--brief']); // warms the index
    const files = loadedFiles(dir, ['followup', '--brief']);
    expect(files.some((f) => f.includes('dist'))).toBe(true);
    expect(loadsParser(files)).toBe(false);
    expect(files.some((f) => /RGI_Emoji|Intl\.Segmenter/.test(readFileSync(f, 'utf8')))).toBe(false); // string-width
  });

  it('one `add outreach`, then followup --json and show: the read loads neither yaml nor zod and keeps the index file', () => {
    runBin(dir, ['list', '--json']); // the index is current
    const index = join(dir, '.index', 'contacts.ndjson');
    expect(runBin(dir, ['add', 'outreach', 'dana-ortiz', '--note', 'sent the deck']).code).toBe(0);
    // The write appended its line; the reads below neither parse nor rewrite the cache (one two
    // seconds after the write appends the line renewed, store/read-folder.ts).
    const before = readFileSync(index);
    const { ino } = statSync(index);
    for (const args of [['followup', '--json'], ['show', 'dana-ortiz', '--json'], ['list', '--json']]) {
      expect(loadsParser(loadedFiles(dir, args)), args.join(' ')).toBe(false);
    }
    expect(JSON.parse(runBin(dir, ['show', 'dana-ortiz', '--json']).stdout)).toMatchObject({ outreach: [{ note: 'sent the deck' }] });
    expect(statSync(index).ino).toBe(ino);
    expect(readFileSync(index).subarray(0, before.length).equals(before)).toBe(true);
  });

  it('archive and snooze keep the index current: the next reads see them without parsing', () => {
    runBin(dir, ['list', '--json']); // the index is current
    expect(runBin(dir, ['snooze', 'maya-chen', '--until', '2027-01-05']).code).toBe(0);
    expect(loadsParser(loadedFiles(dir, ['list', '--json']))).toBe(false);
    expect(JSON.parse(runBin(dir, ['list', '--json']).stdout)[1]).toMatchObject({ slug: 'maya-chen', nextStep: 'snoozed until Tue 5 Jan 2027 00:00' });
    expect(runBin(dir, ['archive', 'maya-chen']).code).toBe(0);
    expect(loadsParser(loadedFiles(dir, ['list', '--json']))).toBe(false);
    expect(JSON.parse(runBin(dir, ['list', '--json']).stdout).map((c: { slug: string }) => c.slug)).toEqual(['dana-ortiz']);
    expect(runBin(dir, ['unarchive', 'maya-chen']).code).toBe(0);
    expect(runBin(dir, ['edit', 'maya-chen', '--set', 'snoozedUntil=']).code).toBe(0); // as it was, for the tests below
  });

  it('a write without calendarFile loads nothing of it; with it, the calendar code (so the check can fail)', () => {
    const calendarCode = (files: string[]) => files.some((f) => /X-WR-CALNAME|calendar infoview wrote/.test(readFileSync(f, 'utf8')));
    expect(calendarCode(loadedFiles(dataDir({ 'dana-ortiz': DANA }), ['add', 'outreach', 'dana-ortiz']))).toBe(false);
    const withFile = dataDir({ 'dana-ortiz': DANA }, `defaults:\n  calendarFile: ${JSON.stringify(join(tempDir(), 'infoview.ics'))}\n`);
    expect(calendarCode(loadedFiles(withFile, ['add', 'outreach', 'dana-ortiz']))).toBe(true);
  });

  it('a cold run does load the parser (so the check above can fail)', () => {
    const fresh = dataDir({ 'maya-chen': MAYA });
    expect(loadsParser(loadedFiles(fresh, ['list', '--json']))).toBe(true);
    // …and a prep sheet loads the template engine (so that check can fail too).
    expect(loadsPromptsOrLiquid(loadedFiles(fresh, ['prep', 'maya-chen']))).toBe(true);
  });

  it('--help and --version load no parser, prompt, template engine or store; a command\'s --help loads that command\'s file, not every definition', () => {
    const store = (files: string[]) => files.some((f) => /\bContactStore = class\b/.test(readFileSync(f, 'utf8')));
    const defines = (files: string[], name: string) => files.some((f) => readFileSync(f, 'utf8').includes(`Command("${name}")`));
    for (const args of [['--help'], ['add', 'contact', '--help'], ['--version']]) {
      const files = loadedFiles(dir, args).filter((f) => f.includes('/dist/') && f.endsWith('.js'));
      expect(store(files), args.join(' ')).toBe(false);
      expect(loadsParser(files), args.join(' ')).toBe(false);
      expect(loadsPromptsOrLiquid(files), args.join(' ')).toBe(false);
      // The root help lists every command; one command's help needs its own definition only.
      expect(defines(files, 'outreach'), args.join(' ')).toBe(args[0] !== 'add');
      expect(defines(files, 'contact'), args.join(' ')).toBe(true);
    }
    // …while a command that runs loads the store with it (so the check above can fail).
    expect(store(loadedFiles(dir, ['list', '--json']).filter((f) => f.includes('/dist/')))).toBe(true);
  });

  it('the same command line spelled otherwise gives the same output', () => {
    const pairs = [
      [['list', '--status', 'contacted'], ['list', '--status=contacted']],
      [['show', 'maya-chen', '--json'], ['show', '--json', '--', 'maya-chen']],
      [['--dir', dir, 'list', '--json'], [`--dir=${dir}`, 'list', '--json']],
      [['show', 'nobody'], ['show', '--', 'nobody']],
      [['add', 'meeting', 'maya', '--at', 'someday'], ['add', 'meeting', 'maya', '--at=someday']],
    ];
    for (const [plain, other] of pairs) {
      const a = runBin(dir, plain ?? []);
      const b = runBin(dir, other ?? []);
      expect([b.stdout, b.stderr, b.code], (other ?? []).join(' ')).toEqual([a.stdout, a.stderr, a.code]);
    }
  });
});

describe('output to a closed pipe', () => {
  posixOnly('a pipe into head through sh')('`list | head -1` ends quietly, without a stack trace', () => {
    const many = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`person-${i}`, `name: Person ${i}\ncompany: Company ${i}\nrole: A role long enough to fill the pipe quickly ${i}\n`]));
    const data = dataDir(many);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --dir "${data}" list | head -1`], { env: cleanEnv(data), encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/^NAME/);
    expect(r.stderr).toBe('');
  });
});
