/**
 * The derived index (.index/): a warm read needs neither yaml nor zod, and the YAML files stay the
 * only source of truth — stale, corrupt, foreign or deleted indexes never change what is read.
 */
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactFacts } from '../../src/domain/facts.js';
import { cacheFile, cachedNames, contactFile, dataDir, MAYA, runCli } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';

// Count every YAML parse. (That the warm path does not even load yaml or zod is checked on the
// built bundle in test/e2e/index.test.ts.)
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parses.count += 1;
      return yaml.parseDocument(...args);
    },
  };
});

const DANA = 'name: Dana Ortiz\ncompany: Contoso\ntags: [design]\n';
const BROKEN = 'name: [unclosed\n';

/** A fresh process's store (new module registry: nothing cached in memory). */
async function freshStore(dir: string) {
  vi.resetModules();
  const { ContactStore } = await import('../../src/store/contacts.js');
  return new ContactStore(dir);
}

/** Facts as plain data (from the index they are decoded lazily, behind getters). */
const plainFacts = ({ name, company, role, field, tags, keepInTouchDays, meetings, outreach }: ContactFacts) => ({
  name, company, role, field, tags, keepInTouchDays,
  meetings: meetings.map(({ at, atMs, minutes, thankedMs, debriefed }) => ({ at, atMs, minutes, thankedMs, debriefed })),
  outreach: outreach.map(({ at, atMs, repliedMs }) => ({ at, atMs, repliedMs })),
});

async function readAll(dir: string) {
  const { contacts, problems } = await (await freshStore(dir)).readAll();
  return { contacts: contacts.map((c) => [c.slug, c.contact, c.warnings, plainFacts(c.facts), c.nameKey, c.latestOutreachMs]), problems: problems.map((p) => p.message) };
}

const indexFile = cacheFile;
/** The slugs the cache holds a line for. */
const indexedSlugs = (dir: string): string[] => cachedNames(dir).filter((n) => n !== 'config.yaml');
/** The cache with one text changed to another of the same length. */
const tamper = (dir: string, from: string | RegExp, to: string) => writeFileSync(indexFile(dir), readFileSync(indexFile(dir), 'latin1').replace(from, to), 'latin1');
const parserLoads = () => parses.count;

beforeEach(() => {
  // Files written by the test are seconds "old" for the store, so they are not too fresh to cache.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
});
afterEach(() => vi.useRealTimers());

describe('derived index', () => {
  it('a warm read parses no YAML and returns the same contacts and problems', async () => {
    // `odd` has keys `list --json` cannot splice (its own `status`, a number key): cached all the same.
    const twice = `${DANA}meetings:\n  - at: 2026-11-20T10:00:00-08:00\noutreach:\n  - at: 2026-11-12T09:00:00-08:00\n  - at: 2026-11-02T09:00:00-08:00\n`;
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': twice, broken: BROKEN, odd: 'name: Odd One\nstatus: warm lead\n2024: met at a fair\n' });
    const before = parserLoads();
    const cold = await readAll(dir);
    expect(parserLoads()).toBeGreaterThan(before);
    expect(cold.contacts.map((c) => c[0])).toEqual(['dana-ortiz', 'maya-chen', 'odd']);
    // The latest outreach (not the last written), as the due rules need it of everyone else.
    expect(cold.contacts.map((c) => c[5])).toEqual([Date.parse('2026-11-12T09:00:00-08:00'), -Infinity, -Infinity]);
    expect(cold.problems).toHaveLength(1);
    expectMode(indexFile(dir), 0o600);
    expectMode(join(dir, '.index'), 0o700);

    const afterCold = parserLoads();
    const warm = await readAll(dir);
    expect(parserLoads()).toBe(afterCold);
    expect(warm).toEqual(cold);
  });

  it('list --json and show <exact-slug> with a config.yaml parse no YAML once cached', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA }, 'defaults:\n  meetingMinutes: 45\n');
    const first = await runCli(dir, ['list', '--json']);
    const shown = await runCli(dir, ['show', 'maya-chen', '--json']);
    expect(first.code).toBe(0);
    vi.resetModules();
    const { main } = await import('../../src/cli.js');
    const out: string[] = [];
    // Decoded at once: a writer may reuse the bytes it hands over (src/context.ts Output).
    const keep = (s: string | Uint8Array) => out.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
    const io = { stdout: { write: keep }, stderr: { write: keep }, stdinIsTTY: false, env: { NO_COLOR: '1', INFOVIEW_DIR: dir, INFOVIEW_NOW: '2026-11-23T10:00:00-08:00' } };
    const before = parserLoads();
    expect(await main(['list', '--json'], io)).toBe(0);
    expect(await main(['show', 'maya-chen', '--json'], io)).toBe(0);
    expect(parserLoads()).toBe(before);
    expect(out.join('')).toBe(first.stdout + shown.stdout);
  });

  it('list --json prints the same from the files and from the index, odd keys included', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, odd: 'name: Zoë Odd\nstatus: warm lead\n2024: met at a fair\nnextStep: mine\n' });
    const cold = await runCli(dir, ['list', '--json']);
    vi.resetModules();
    const warm = await (await import('../helpers/index.js')).runCli(dir, ['list', '--json']);
    expect(warm.stdout).toBe(cold.stdout);
    const odd = (JSON.parse(cold.stdout) as Record<string, unknown>[]).find((c) => c.slug === 'odd');
    expect(Object.keys(odd ?? {})).toEqual(['2024', 'slug', 'status', 'name', 'nextStep']);
    // The file's own status and nextStep do not replace the derived ones (SPEC).
    expect(odd).toMatchObject({ slug: 'odd', status: 'new', nextStep: expect.not.stringMatching(/^mine$/) as unknown });
  });

  it('one store reads the folder once until it writes, then reads it afresh', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const store = await freshStore(dir);
    const first = await store.readAll();
    expect(await store.readAll()).toBe(first);
    await store.create({ name: 'Dana Ortiz' });
    expect((await store.readAll()).contacts.map((c) => c.slug)).toEqual(['dana-ortiz', 'maya-chen']);
    await store.update('dana-ortiz', (doc) => doc.set('role', 'Lead'));
    expect((await store.readAll()).contacts.find((c) => c.slug === 'dana-ortiz')?.contact.role).toBe('Lead');
    store.remove('dana-ortiz');
    expect((await store.readAll()).contacts.map((c) => c.slug)).toEqual(['maya-chen']);
  });

  it('notices a same-size rewrite in place even when the mtime is put back', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    await readAll(dir);
    const file = contactFile(dir, 'maya-chen');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, MAYA.replace('Maya Chen', 'Maya Chan'));
    utimesSync(file, atime, mtime);
    const { contacts } = await readAll(dir);
    expect(contacts[0]?.[1]).toMatchObject({ name: 'Maya Chan' });
  });

  it('a file changed within the last two seconds is cached, but re-read: a same-size rewrite with the key put back is noticed', async () => {
    vi.useRealTimers();
    const dir = dataDir({ 'maya-chen': MAYA });
    await readAll(dir);
    expect(existsSync(indexFile(dir))).toBe(true);
    const file = contactFile(dir, 'maya-chen');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, MAYA.replace('Maya Chen', 'Maya Chan'));
    utimesSync(file, atime, mtime);
    expect((await readAll(dir)).contacts[0]?.[1]).toMatchObject({ name: 'Maya Chan' });
  });

  const spoilers: [string, (dir: string) => void][] = [
    ['deleted', (dir) => rmSync(join(dir, '.index'), { recursive: true })],
    ['corrupt', (dir) => writeFileSync(indexFile(dir), '{"format": 2, "entr')],
    ['cut short', (dir) => writeFileSync(indexFile(dir), readFileSync(indexFile(dir)).subarray(0, -20))],
    ['from another version', (dir) => tamper(dir, /"app":"[^"]*"/, '"app":"99.0.0"')],
    ['of another format', (dir) => tamper(dir, '"format":1', '"format":7')],
    ['damaged in its text (same length, still JSON)', (dir) => tamper(dir, 'Northwind', 'Northwinx')],
    ['damaged in a time (same length, still JSON)', (dir) => tamper(dir, '2026-11-02T10', '2026-11-05T10')],
    ['damaged in a key', (dir) => tamper(dir, /"key":\[(\d)/, '"key":[9$1')],
    ['garbage on a line', (dir) => tamper(dir, /\nmaya-chen\t/, '\nmaya-chen\tx')],
    ['unreadable', (dir) => chmodSync(indexFile(dir), 0o000)],
  ];
  for (const [name, spoil] of spoilers) {
    it(`a cache that is ${name} is ignored and rebuilt`, async () => {
      const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-02T10:00:00-08:00\noutreach:\n  - at: 2026-10-20T09:00:00-08:00\n`, broken: BROKEN });
      const cold = await readAll(dir);
      spoil(dir);
      expect(await readAll(dir)).toEqual(cold);
      expect(indexedSlugs(dir)).toContain('maya-chen');
      expect(await readAll(dir)).toEqual(cold);
    });
  }

  it('a file that cannot be cached does not make every run rewrite the index', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, odd: 'name: Odd Number\nextra: .nan\n' });
    await readAll(dir);
    const first = statSync(indexFile(dir)).ino;
    const again = await readAll(dir);
    expect(again.contacts.map((c) => c[0])).toEqual(['maya-chen', 'odd']);
    expect(statSync(indexFile(dir)).ino).toBe(first);
    expect(indexedSlugs(dir)).toEqual(['maya-chen']);
  });

  it('follows added, removed and fixed files', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, broken: BROKEN });
    await readAll(dir);
    rmSync(contactFile(dir, 'maya-chen'));
    writeFileSync(contactFile(dir, 'dana-ortiz'), DANA);
    writeFileSync(contactFile(dir, 'broken'), 'name: Fixed Now\n');
    const { contacts, problems } = await readAll(dir);
    expect(contacts.map((c) => c[0])).toEqual(['broken', 'dana-ortiz']);
    expect(problems).toEqual([]);
    expect(indexedSlugs(dir)).toEqual(['broken', 'dana-ortiz']);
  });

  it('a damaged cache met by followup and list is rebuilt, and the output is the same', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-20T10:00:00-08:00\n`, 'dana-ortiz': DANA });
    const fresh = async (args: string[]) => {
      vi.resetModules();
      return (await import('../helpers/index.js')).runCli(dir, args);
    };
    const before = [await fresh(['followup', '--json']), await fresh(['list'])];
    // A meeting's time moved by three days, the line still JSON: its checksum tells.
    tamper(dir, '2026-11-20T10', '2026-11-23T10');
    const after = [await fresh(['followup', '--json']), await fresh(['list'])];
    expect(after).toEqual(before);
    expect(after.map((r) => r.stderr)).toEqual(['', '']);
    expect(indexedSlugs(dir)).toEqual(['dana-ortiz', 'maya-chen']);
  });

  it('list --json of a contact longer than the output buffer (256 KB): the same from the cache', async () => {
    const long = Array.from({ length: 4000 }, (_, i) => `  Line ${i} of the notes, with "quotes" and ünïcode, long enough to add up.`).join('\n');
    const dir = dataDir({ 'maya-chen': MAYA, 'big-notes': `name: Big Notes\nnotes: |\n${long}\n`, 'zed-last': 'name: Zed Last\n' });
    const cold = await runCli(dir, ['list', '--json']);
    expect(cold.stdout.length).toBeGreaterThan(256 * 1024);
    vi.resetModules();
    const warm = await (await import('../helpers/index.js')).runCli(dir, ['list', '--json']);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('a data folder moved (renamed) is the same folder: its index is reused, not rebuilt', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    const first = await runCli(dir, ['list', '--json']);
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    const { ino } = statSync(indexFile(moved));
    const again = await runCli(moved, ['list', '--json']);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe('');
    expect(statSync(indexFile(moved)).ino).toBe(ino);
  });

  it('followup and list parse nothing of a current cache, and just what changed', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    const fresh = async (args: string[]) => {
      vi.resetModules();
      return (await import('../helpers/index.js')).runCli(dir, args);
    };
    const first = await fresh(['list', '--json']);
    const before = parserLoads();
    expect((await fresh(['followup', '--json'])).code).toBe(0);
    expect((await fresh(['list'])).stdout).toContain('Dana Ortiz');
    expect(parserLoads()).toBe(before);
    // A changed file: parsed, shown, and the cache keeps everyone.
    writeFileSync(contactFile(dir, 'dana-ortiz'), `${DANA}outreach:\n  - at: 2026-11-13T09:00:00-08:00\n`);
    const followup = await fresh(['followup', '--json']);
    expect(JSON.parse(followup.stdout).map((i: { contact: string; kind: string }) => `${i.contact} ${i.kind}`)).toContain('dana-ortiz nudge');
    expect(indexedSlugs(dir)).toEqual(['dana-ortiz', 'maya-chen']);
    const list = JSON.parse((await fresh(['list', '--json'])).stdout) as { slug: string; outreach?: unknown[] }[];
    expect(list.find((c) => c.slug === 'dana-ortiz')?.outreach).toHaveLength(1);
    expect(list.find((c) => c.slug === 'maya-chen')).toEqual((JSON.parse(first.stdout) as { slug: string }[]).find((c) => c.slug === 'maya-chen'));
    // A removed file: the cache forgets it.
    rmSync(contactFile(dir, 'dana-ortiz'));
    expect((await fresh(['list'])).stdout).not.toContain('Dana');
    expect(indexedSlugs(dir)).toEqual(['maya-chen']);
  });

  it('remove leaves no copy of the person in .index/', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await runCli(dir, ['list']);
    await runCli(dir, ['show', 'maya-chen']);
    expect(readFileSync(indexFile(dir), 'utf8')).toContain('Maya Chen');
    expect((await runCli(dir, ['remove', 'maya-chen', '--yes'])).code).toBe(0);
    const leftovers = ['contacts.ndjson'].map((f) => {
      try {
        return readFileSync(join(dir, '.index', f), 'utf8');
      } catch {
        return '';
      }
    });
    expect(leftovers.join('')).not.toContain('Maya');
    expect(leftovers[0]).toContain('Dana Ortiz');
  });

  it('still warns about a broken file on a warm run, and never rewrites it', async () => {
    const dir = dataDir({ broken: BROKEN });
    const first = await runCli(dir, ['list']);
    const second = await runCli(dir, ['list']);
    expect(second.stderr).toBe(first.stderr);
    expect(second.stderr).toContain('broken.yaml');
    expect(readFileSync(contactFile(dir, 'broken'), 'utf8')).toBe(BROKEN);
  });
});
