/**
 * The one cache kept current by every write (store/contact-cache.ts): a write appends its line,
 * and a read after it parses nothing and does not rewrite the cache, while hand edits, damaged
 * lines and several writers at once never change what is read.
 */
import { cpSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contactFile, dataDir, MAYA, readContact, runBinAsync, tempDir } from '../helpers/index.js';

const parses = vi.hoisted(() => ({ count: 0 }));
const reads = vi.hoisted(() => ({ count: 0 }));
// Count every data file whose bytes are read.
vi.mock('../../src/store/data-file.js', async (original) => {
  const file = await original<typeof import('../../src/store/data-file.js')>();
  return {
    ...file,
    readEntry: (...args: Parameters<typeof file.readEntry>) => {
      reads.count += 1;
      return file.readEntry(...args);
    },
  };
});
// Count every contact file parsed (whichever YAML reader it takes).
vi.mock('../../src/store/contact-file.js', async (original) => {
  const file = await original<typeof import('../../src/store/contact-file.js')>();
  return {
    ...file,
    parseContact: (...args: Parameters<typeof file.parseContact>) => {
      parses.count += 1;
      return file.parseContact(...args);
    },
  };
});

const DANA = 'name: Dana Ortiz\ncompany: Contoso\ntags: [design]\n';

async function freshStore(dir: string) {
  vi.resetModules();
  const { ContactStore } = await import('../../src/store/contacts.js');
  return new ContactStore(dir);
}

/** What a read gives: each contact whole, and the problems. */
async function readAll(dir: string) {
  const { contacts, problems } = await (await freshStore(dir)).readAll();
  return { contacts: contacts.map((c) => [c.slug, c.contact, c.warnings, c.facts.outreach.map((o) => o.atMs)]), problems: problems.map((p) => p.message) };
}

/** The same read with no index at all: the truth from the files. */
async function fromFiles(dir: string) {
  rmSync(join(dir, '.index'), { recursive: true, force: true });
  return readAll(dir);
}

const indexFile = (dir: string) => join(dir, '.index', 'contacts.ndjson');
const journalFile = indexFile;
const lineCount = (dir: string) => readFileSync(indexFile(dir), 'utf8').split('\n').filter(Boolean).length;
const indexVersion = (dir: string) => {
  const { ino, mtimeMs } = statSync(indexFile(dir));
  return { ino, mtimeMs, bytes: readFileSync(indexFile(dir)).toString('base64') };
};

/** Parses made by `fn`. */
async function parsesIn(fn: () => Promise<unknown>): Promise<number> {
  const before = parses.count;
  await fn();
  return parses.count - before;
}

async function addRole(dir: string, slug: string, role: string) {
  await (await freshStore(dir)).update(slug, (doc) => doc.set('role', role));
}

beforeEach(() => {
  // Files written before the test are seconds "old" for the store, so they are not too fresh to cache.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
});
afterEach(() => vi.useRealTimers());

describe('the cache kept current by every write', () => {
  it('a write appends one line; a read after it: nothing parsed, the cache not rewritten, the new data read', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await readAll(dir); // writes the cache
    const { ino } = statSync(indexFile(dir));
    const lines = lineCount(dir);
    await addRole(dir, 'dana-ortiz', 'Lead');
    expect(statSync(indexFile(dir)).ino).toBe(ino);
    expect(lineCount(dir)).toBe(lines + 1);
    const index = indexVersion(dir);
    // Within the racy window, and past it (the daily flow: a read seconds after the write).
    for (const later of [100, 5_000]) {
      vi.setSystemTime(statSync(contactFile(dir, 'dana-ortiz')).mtimeMs + later);
      let read: Awaited<ReturnType<typeof readAll>> | undefined;
      expect(await parsesIn(async () => (read = await readAll(dir)))).toBe(0);
      expect(read?.contacts.map((c) => (c[1] as { role?: string }).role)).toEqual(['Lead', 'Senior UX Researcher']);
      // Past the racy window the read renews the line (the test below); within it nothing is written.
      if (later < 2000) expect(indexVersion(dir)).toEqual(index);
      // `show <slug>` (one file) is served from the cache too.
      let role: string | undefined;
      expect(await parsesIn(async () => (role = (await (await freshStore(dir)).read('dana-ortiz')).contact.role))).toBe(0);
      expect(role).toBe('Lead');
    }
    expect(await readAll(dir)).toEqual(await fromFiles(dir));
  });

  it("a written file's line is checked by its bytes until a read two seconds later renews it; later reads trust its key alone", async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await readAll(dir);
    await addRole(dir, 'dana-ortiz', 'Lead');
    await addRole(dir, 'maya-chen', 'Chief');
    const changed = (file: string) => statSync(file).mtimeMs;
    /** Data files read and cache lines added by `fn`, run `later` ms after `file` changed. */
    const run = async (file: string, later: number, fn: () => Promise<unknown>) => {
      vi.setSystemTime(changed(file) + later);
      const [before, lines] = [reads.count, lineCount(dir)];
      expect(await parsesIn(fn)).toBe(0);
      return [reads.count - before, lineCount(dir) - lines];
    };
    const dana = contactFile(dir, 'dana-ortiz');
    // Within the racy window: each file's bytes checked, nothing renewed.
    expect(await run(dana, 500, () => readAll(dir))).toEqual([2, 0]);
    // Two seconds on: checked once more and renewed, one line each…
    expect(await run(dana, 3000, () => readAll(dir))).toEqual([2, 2]);
    // …and from then on trusted by their key: no file read, no line added.
    expect(await run(dana, 4000, () => readAll(dir))).toEqual([0, 0]);
    // `show <slug>` renews its one line the same way.
    await addRole(dir, 'dana-ortiz', 'Head');
    const show = async () => expect((await (await freshStore(dir)).read('dana-ortiz')).contact.role).toBe('Head');
    expect(await run(dana, 500, show)).toEqual([1, 0]);
    expect(await run(dana, 3000, show)).toEqual([1, 1]);
    expect(await run(dana, 4000, show)).toEqual([0, 0]);
    // So does config.yaml, whose line a read made right after it changed.
    const { loadConfig } = await import('../../src/store/config.js');
    const configFile = join(dir, 'config.yaml');
    writeFileSync(configFile, 'defaults:\n  meetingMinutes: 50\n');
    const config = async () => expect((await loadConfig(dir)).defaults.meetingMinutes).toBe(50);
    expect(await run(configFile, 100, config)).toEqual([1, 1]);
    expect(await run(configFile, 500, config)).toEqual([1, 0]);
    expect(await run(configFile, 3000, config)).toEqual([1, 1]);
    expect(await run(configFile, 4000, config)).toEqual([0, 0]);
    expect(await readAll(dir)).toEqual(await fromFiles(dir));
  });

  it('the same folder named otherwise (a symlink, as `C:\\data` and `c:\\data`) reuses the cache; a copy of the folder does not trust it', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await readAll(dir);
    const { ino } = statSync(indexFile(dir));
    const other = join(tempDir(), 'Data');
    symlinkSync(dir, other);
    let read: Awaited<ReturnType<typeof readAll>> | undefined;
    expect(await parsesIn(async () => (read = await readAll(other)))).toBe(0);
    expect(read?.contacts.map((c) => c[0])).toEqual(['dana-ortiz', 'maya-chen']);
    expect(statSync(indexFile(dir)).ino).toBe(ino); // not rewritten
    const copy = join(tempDir(), 'data');
    cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
    const copied = readFileSync(indexFile(copy), 'utf8');
    expect(await parsesIn(() => readAll(copy))).toBe(2);
    expect(readFileSync(indexFile(copy), 'utf8').split('\n')[0]).not.toBe(copied.split('\n')[0]); // a header of its own
    expect(await readAll(copy)).toEqual(await fromFiles(copy));
  });

  it('create and replaceText append their lines too; a read serves them', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    await readAll(dir);
    const store = await freshStore(dir);
    await store.create({ name: 'Sam Rivera', company: 'Globex' });
    await store.replaceText('maya-chen', MAYA.replace('Senior UX Researcher', 'Lead'), readContact(dir, 'maya-chen'));
    const reader = await freshStore(dir);
    let contacts: Awaited<ReturnType<typeof reader.readAll>>['contacts'] = [];
    expect(await parsesIn(async () => ({ contacts } = await reader.readAll()))).toBe(0);
    expect(contacts.map((c) => [c.slug, c.contact.role, c.contact.company])).toEqual([['maya-chen', 'Lead', 'Northwind Health'], ['sam-rivera', undefined, 'Globex']]);
    expect(await readAll(dir)).toEqual(await fromFiles(dir));
  });

  it('a hand edit right after a write is noticed, even one that keeps the size and the key', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await readAll(dir);
    await addRole(dir, 'dana-ortiz', 'Lead');
    writeFileSync(contactFile(dir, 'dana-ortiz'), readContact(dir, 'dana-ortiz').replace('Lead', 'Head'));
    expect((await readAll(dir)).contacts[0]?.[1]).toMatchObject({ role: 'Head' });
    // A coarse clock can leave the key as it was: the line then matches the key but not the bytes.
    await addRole(dir, 'dana-ortiz', 'Boss');
    const { appendEntries, loadCache } = await import('../../src/store/contact-cache.js');
    const line = loadCache(dir).entries.get('dana-ortiz');
    writeFileSync(contactFile(dir, 'dana-ortiz'), readContact(dir, 'dana-ortiz').replace('Boss', 'Dean'));
    const { size, mtimeMs, ctimeMs, ino } = statSync(contactFile(dir, 'dana-ortiz'));
    appendEntries(dir, [['dana-ortiz', { ...line!, key: [size, mtimeMs, ctimeMs, ino] }]]);
    expect(await parsesIn(async () => expect((await readAll(dir)).contacts[0]?.[1]).toMatchObject({ role: 'Dean' }))).toBe(1);
    expect(await readAll(dir)).toEqual(await fromFiles(dir));
  });

  it('a damaged or torn line is ignored, and what it lost is parsed again', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await readAll(dir);
    await addRole(dir, 'dana-ortiz', 'Lead');
    await addRole(dir, 'maya-chen', 'Chief');
    const text = readFileSync(journalFile(dir), 'utf8');
    // One byte changed inside dana's line, and maya's line cut short as by a crash.
    const dana = text.indexOf('Lead');
    writeFileSync(journalFile(dir), `${text.slice(0, dana)}Leaf${text.slice(dana + 4, text.lastIndexOf('Chief'))}`);
    let read: Awaited<ReturnType<typeof readAll>> | undefined;
    expect(await parsesIn(async () => (read = await readAll(dir)))).toBe(2);
    expect(read).toEqual(await fromFiles(dir));
    // A torn line at the end does not swallow the next writer's line.
    writeFileSync(journalFile(dir), `${readFileSync(journalFile(dir), 'utf8')}not a line at`);
    await addRole(dir, 'dana-ortiz', 'Head');
    expect(await parsesIn(() => readAll(dir))).toBe(0);
    expect(await readAll(dir)).toEqual(await fromFiles(dir));
  });

  it('a tail grown past the limit is compacted by the next read; a removal leaves no copy of the person behind', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await readAll(dir);
    const { TAIL_LIMIT } = await import('../../src/store/contact-cache.js');
    const store = await freshStore(dir);
    for (let i = 0; i <= TAIL_LIMIT; i++) await store.update('maya-chen', (doc) => doc.set('role', `Role ${i}`));
    expect(lineCount(dir)).toBe(3 + TAIL_LIMIT + 1);
    expect((await readAll(dir)).contacts[1]?.[1]).toMatchObject({ role: `Role ${TAIL_LIMIT}` });
    expect(lineCount(dir)).toBe(3);
    expect(readFileSync(indexFile(dir), 'utf8')).not.toContain('Role 0"');
    expect(await parsesIn(() => readAll(dir))).toBe(0);
    await addRole(dir, 'dana-ortiz', 'Unforgettable Lead');
    (await freshStore(dir)).remove('dana-ortiz');
    expect(readFileSync(indexFile(dir), 'utf8')).not.toContain('Unforgettable');
    expect(readFileSync(indexFile(dir), 'utf8')).not.toContain('Dana');
    expect(await readAll(dir)).toEqual(await fromFiles(dir));
  });

  it('a later line for a name overrides an earlier one, for a read of everyone and of one', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    await readAll(dir);
    await addRole(dir, 'maya-chen', 'First');
    await addRole(dir, 'maya-chen', 'Second');
    expect(readFileSync(indexFile(dir), 'utf8')).toContain('First');
    const one = await freshStore(dir);
    expect(await parsesIn(async () => expect((await one.read('maya-chen')).contact.role).toBe('Second'))).toBe(0);
    expect(await parsesIn(async () => expect((await readAll(dir)).contacts[0]?.[1]).toMatchObject({ role: 'Second' }))).toBe(0);
  });

  it('a contact written by the store and then deleted by hand leaves no copy behind after the next read', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    await readAll(dir);
    await (await freshStore(dir)).create({ name: 'Sam Rivera', company: 'Secretive Corp' });
    expect(readFileSync(journalFile(dir), 'utf8')).toContain('Secretive Corp');
    rmSync(contactFile(dir, 'sam-rivera'));
    expect((await readAll(dir)).contacts.map((c) => c[0])).toEqual(['maya-chen']);
    expect(readFileSync(journalFile(dir), 'utf8')).not.toContain('Secretive');
    expect(readFileSync(indexFile(dir), 'utf8')).not.toContain('Secretive');
  });

  it('several processes writing at once leave an index and journal that read exactly as the files', async () => {
    vi.useRealTimers();
    const slugs = ['maya-chen', 'dana-ortiz', 'sam-rivera', 'jo-kim'];
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA, 'sam-rivera': 'name: Sam Rivera\n', 'jo-kim': 'name: Jo Kim\n' });
    expect((await runBinAsync(dir, ['list', '--json'])).code).toBe(0);
    const runs = await Promise.all(slugs.flatMap((slug) => [1, 2].map((n) => runBinAsync(dir, ['add', 'outreach', slug, '--at', `2026-11-20T09:3${n}`, '--note', `try ${n}`]))));
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, '']));
    const listed = await runBinAsync(dir, ['list', '--json']);
    const outreach = (JSON.parse(listed.stdout) as { outreach?: unknown[] }[]).map((c) => c.outreach?.length);
    expect(outreach).toEqual([2, 2, 2, 2]);
    const warm = await runBinAsync(dir, ['list', '--json']);
    rmSync(join(dir, '.index'), { recursive: true, force: true });
    expect(warm.stdout).toBe((await runBinAsync(dir, ['list', '--json'])).stdout);
  });
});
