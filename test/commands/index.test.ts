/**
 * The derived index (.index/): a warm read needs neither yaml nor zod, and the YAML files stay the
 * only source of truth — stale, corrupt, foreign or deleted indexes never change what is read.
 */
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactFacts } from '../../src/domain/facts.js';
import { contactFile, dataDir, MAYA, runCli } from '../helpers/index.js';

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

const indexFile = (dir: string) => join(dir, '.index', 'contacts.idx');
/** The slugs the index holds (its second line is the JSON header, which lists them). */
const indexedSlugs = (dir: string): string[] => {
  const { slugs } = JSON.parse(readFileSync(indexFile(dir), 'latin1').split('\n')[1] ?? '') as { slugs: string };
  return slugs ? slugs.split('\n').sort() : [];
};
/** The index with one byte changed, `back` bytes before its end. */
const flipByte = (dir: string, back: number) => {
  const bytes = readFileSync(indexFile(dir));
  const at = bytes.length - back;
  bytes[at] = (bytes[at] as number) ^ 0x01;
  writeFileSync(indexFile(dir), bytes);
};
/** Where the facts part of the index starts (after the length line and the header). */
const factsStart = (dir: string) => readFileSync(indexFile(dir), 'latin1').split('\n', 2).join('\n').length + 1;
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
    expect(statSync(indexFile(dir)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, '.index')).mode & 0o777).toBe(0o700);

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
    expect(await store.readAll({ factsOnly: true })).toBe(first);
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

  it('does not cache a file changed within the last two seconds', async () => {
    vi.useRealTimers();
    const dir = dataDir({ 'maya-chen': MAYA });
    await readAll(dir);
    // Nothing to remember: no index is written at all.
    expect(existsSync(indexFile(dir))).toBe(false);
  });

  const spoilers: [string, (dir: string) => void][] = [
    ['deleted', (dir) => rmSync(join(dir, '.index'), { recursive: true })],
    ['corrupt', (dir) => writeFileSync(indexFile(dir), '{"format": 2, "entr')],
    ['cut short', (dir) => writeFileSync(indexFile(dir), readFileSync(indexFile(dir)).subarray(0, -20))],
    ['from another version', (dir) => writeFileSync(indexFile(dir), readFileSync(indexFile(dir), 'utf8').replace(/"app":"[^"]*"/, '"app":"99.0.0"'))],
    ['damaged in its list of names (same length)', (dir) => writeFileSync(indexFile(dir), readFileSync(indexFile(dir), 'latin1').replace('maya chen', 'maya chex'), 'latin1')],
    // Moves the boundary between the numbers and the text: every size still adds up.
    ['damaged in the sizes of its parts', (dir) => writeFileSync(indexFile(dir), readFileSync(indexFile(dir), 'latin1').replace(/"numbers":(\d+),"text":(\d+)/, (_, n: string, t: string) => `"numbers":${Number(n) - 1},"text":${Number(t) + 8}`), 'latin1')],
    ['tampered in its header', (dir) => writeFileSync(indexFile(dir), readFileSync(indexFile(dir), 'utf8').replace(/"numbers":\d+/, '"numbers":"x"'))],
    // Past the two records (14 float64s each): one bit of the first meeting's time.
    ['damaged in its numbers (one bit of a time)', (dir) => flipByte(dir, statSync(indexFile(dir)).size - factsStart(dir) - 2 * 14 * 8 - 2)],
    ['damaged in its text', (dir) => flipByte(dir, readFileSync(indexFile(dir)).length - readFileSync(indexFile(dir)).indexOf('Northwind'))],
    ['damaged in its fields (the last byte)', (dir) => flipByte(dir, 1)],
    ['unreadable', (dir) => chmodSync(indexFile(dir), 0o000)],
  ];
  for (const [name, spoil] of spoilers) {
    it(`an index that is ${name} is ignored and rebuilt`, async () => {
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

  it('a facts-only read parses a file that cannot be cached once, without starting over', async () => {
    // An alias sends the file through yaml (counted); `.nan` keeps it out of the index.
    const dir = dataDir({ 'maya-chen': MAYA, odd: 'name: Odd Number\nextra: &n .nan\nagain: *n\n' });
    await readAll(dir);
    const before = parserLoads();
    const { contacts } = await (await freshStore(dir)).readAll({ factsOnly: true });
    expect(contacts.map((c) => [c.slug, c.facts.name])).toEqual([['maya-chen', 'Maya Chen'], ['odd', 'Odd Number']]);
    expect(parserLoads() - before).toBe(1);
    // Still a facts-only read: the index's fields were never loaded (a full read would have them).
    expect(contacts.find((c) => c.slug === 'maya-chen')?.fields).toBeUndefined();
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

  it('a damaged index met by a facts-only read (followup, list) is rebuilt, and the output is the same', async () => {
    const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-20T10:00:00-08:00\n`, 'dana-ortiz': DANA });
    const fresh = async (args: string[]) => {
      vi.resetModules();
      return (await import('../helpers/index.js')).runCli(dir, args);
    };
    const before = [await fresh(['followup', '--json']), await fresh(['list'])];
    // One bit of the first meeting's time, past the two records (byte 5 of the float64: ≈ 3 days).
    flipByte(dir, statSync(indexFile(dir)).size - factsStart(dir) - 2 * 14 * 8 - 5);
    const after = [await fresh(['followup', '--json']), await fresh(['list'])];
    expect(after).toEqual(before);
    expect(after.map((r) => r.stderr)).toEqual(['', '']);
    expect(indexedSlugs(dir)).toEqual(['dana-ortiz', 'maya-chen']);
  });

  it('lays the fields out in list order, so list --json reads them front to back', async () => {
    // Slug order (a-, b-, c-) is the reverse of name order.
    const dir = dataDir({ 'a-zoe': 'name: Zoë Walsh\n', 'b-mark': 'name: mark lee\n', 'c-amy': 'name: Amy Ng\nnotes: |\n  Long notes, 你好.\n' });
    const listed = JSON.parse((await runCli(dir, ['list', '--json'])).stdout) as { name: string }[];
    expect(listed.map((c) => c.name)).toEqual(['Amy Ng', 'mark lee', 'Zoë Walsh']);
    const bytes = readFileSync(indexFile(dir));
    const { fields } = JSON.parse(bytes.toString('latin1').split('\n')[1] ?? '') as { fields: number };
    const part = bytes.subarray(bytes.length - fields).toString('utf8');
    expect([...part.matchAll(/"name": "([^"]*)"/g)].map((m) => m[1])).toEqual(['Amy Ng', 'mark lee', 'Zoë Walsh']);
  });

  it('list --json after the fields part is damaged, or the index is replaced, since the facts were read: read in full, the same output', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    const cold = await runCli(dir, ['list', '--json']);
    // The store refuses the fields once the file is not the one it read…
    const store = await freshStore(dir);
    await store.readAll({ factsOnly: true });
    const write = vi.fn();
    flipByte(dir, 3); // inside the fields part, the last in the file
    expect(store.withFields(write)).toBe(false);
    const replaced = await freshStore(dir);
    await replaced.readAll({ factsOnly: true });
    writeFileSync(`${indexFile(dir)}.new`, readFileSync(indexFile(dir)));
    renameSync(`${indexFile(dir)}.new`, indexFile(dir));
    expect(replaced.withFields(write)).toBe(false);
    expect(write).not.toHaveBeenCalled();
    // …and list --json then reads everyone in full, which also rebuilds the index.
    vi.resetModules();
    const again = await (await import('../helpers/index.js')).runCli(dir, ['list', '--json']);
    expect([again.stdout, again.stderr, again.code]).toEqual([cold.stdout, '', 0]);
    const rebuilt = await freshStore(dir);
    await rebuilt.readAll({ factsOnly: true });
    expect(rebuilt.withFields(write)).toBe(true);
  });

  it('list --json of a contact whose fields are longer than the read buffer (256 KB): the same from the index', async () => {
    const long = Array.from({ length: 4000 }, (_, i) => `  Line ${i} of the notes, with "quotes" and ünïcode, long enough to add up.`).join('\n');
    const dir = dataDir({ 'maya-chen': MAYA, 'big-notes': `name: Big Notes\nnotes: |\n${long}\n`, 'zed-last': 'name: Zed Last\n' });
    const cold = await runCli(dir, ['list', '--json']);
    expect(cold.stdout.length).toBeGreaterThan(256 * 1024);
    vi.resetModules();
    const warm = await (await import('../helpers/index.js')).runCli(dir, ['list', '--json']);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('a facts-only read that must rewrite the index (a file removed) goes on in full without reading the folder again, unless the index changed', async () => {
    // A changed file alone goes to the journal (index-journal.ts); a removed one makes the read
    // rewrite the index, so no copy of its data stays behind.
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA, 'gone-one': 'name: Gone One\n', 'gone-two': 'name: Gone Two\n' });
    await readAll(dir); // writes the index
    writeFileSync(contactFile(dir, 'dana-ortiz'), `${DANA}role: Lead\n`);
    rmSync(contactFile(dir, 'gone-one'));
    const store = await freshStore(dir);
    const listed = vi.spyOn(store, 'slugs');
    const { contacts } = await store.readAll({ factsOnly: true });
    expect(listed).toHaveBeenCalledTimes(1);
    expect(contacts.map((c) => [c.slug, c.contact.role])).toEqual([['dana-ortiz', 'Lead'], ['gone-two', undefined], ['maya-chen', 'Senior UX Researcher']]);
    expect(await readAll(dir)).toEqual(await readAll(dir)); // the rewritten index reads back
    // The index's fields damaged: the read starts over in full, and rebuilds it.
    writeFileSync(contactFile(dir, 'dana-ortiz'), `${DANA}role: Head\n`);
    rmSync(contactFile(dir, 'gone-two'));
    flipByte(dir, 3);
    const again = await freshStore(dir);
    const listedAgain = vi.spyOn(again, 'slugs');
    expect((await again.readAll({ factsOnly: true })).contacts.map((c) => c.contact.role)).toEqual(['Head', 'Senior UX Researcher']);
    expect(listedAgain).toHaveBeenCalledTimes(2);
    expect((await readAll(dir)).contacts.map((c) => (c[1] as { role?: string }).role)).toEqual(['Head', 'Senior UX Researcher']);
  });

  it('an index made for another folder (the data folder was moved) is ignored and rebuilt', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    const first = await runCli(dir, ['list', '--json']);
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    const again = await runCli(moved, ['list', '--json']);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe('');
    expect(JSON.parse(readFileSync(indexFile(moved), 'latin1').split('\n')[1] ?? '')).toMatchObject({ dir: join(moved, 'contacts') });
  });

  it('followup and list read only the facts of a current index, and anything changed in full', async () => {
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
    // A changed file under a facts-only read: read in full, shown, and the index keeps everyone.
    writeFileSync(contactFile(dir, 'dana-ortiz'), `${DANA}outreach:\n  - at: 2026-11-13T09:00:00-08:00\n`);
    const followup = await fresh(['followup', '--json']);
    expect(JSON.parse(followup.stdout).map((i: { contact: string; kind: string }) => `${i.contact} ${i.kind}`)).toContain('dana-ortiz nudge');
    expect(indexedSlugs(dir)).toEqual(['dana-ortiz', 'maya-chen']);
    const list = JSON.parse((await fresh(['list', '--json'])).stdout) as { slug: string; outreach?: unknown[] }[];
    expect(list.find((c) => c.slug === 'dana-ortiz')?.outreach).toHaveLength(1);
    expect(list.find((c) => c.slug === 'maya-chen')).toEqual((JSON.parse(first.stdout) as { slug: string }[]).find((c) => c.slug === 'maya-chen'));
    // A removed file under a facts-only read: the index forgets it.
    rmSync(contactFile(dir, 'dana-ortiz'));
    expect((await fresh(['list'])).stdout).not.toContain('Dana');
    expect(indexedSlugs(dir)).toEqual(['maya-chen']);
  });

  it('remove leaves no copy of the person in .index/', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    await runCli(dir, ['list']);
    await runCli(dir, ['show', 'maya-chen']);
    expect(readFileSync(join(dir, '.index', 'one', 'maya-chen.json'), 'utf8')).toContain('Maya Chen');
    expect((await runCli(dir, ['remove', 'maya-chen', '--yes'])).code).toBe(0);
    const leftovers = ['contacts.idx', 'one/maya-chen.json'].map((f) => {
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
