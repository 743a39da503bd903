/**
 * A contact file named otherwise than its slug (`Maya.yaml`): the name the folder lists is what
 * counts (file-ops.ts `listedName`), so `list`, `show maya` and `edit maya` say the same on a
 * case-sensitive system (this one) and on a case-insensitive one (macOS, Windows: emulated by
 * giving file-ops an lstat that folds case), and no write renames the file.
 */
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactStore } from '../../src/store/contacts.js';
import { fileOps, listedName } from '../../src/store/file-ops.js';
import { findContact } from '../../src/store/lookup.js';
import { dataDir, runCli, tempDir } from '../helpers/index.js';
import { ignoresCase } from '../helpers/platform.js';

const real = { ...fileOps };
/** Folders listed by file-ops (the case-sensitive path never needs one). */
const listings: string[] = [];
beforeEach(() => {
  listings.length = 0;
  fileOps.readdir = (path) => (listings.push(path), readdirSync(path));
});
afterEach(() => Object.assign(fileOps, real));

/** lstat as a case-insensitive file system answers: a name opens the file listed in any case. */
function foldCase(): void {
  fileOps.lstat = (path) => {
    const wanted = basename(path).toLowerCase();
    const name = readdirSync(dirname(path)).find((n) => n.toLowerCase() === wanted);
    return name === undefined ? undefined : lstatSync(join(dirname(path), name));
  };
}

function folder(names: string[]): string {
  const dir = tempDir();
  for (const name of names) writeFileSync(join(dir, name), 'name: Maya Chen\n');
  return dir;
}

describe('listedName: the name the folder lists', () => {
  const cases: { name: string; files: string[]; folded: boolean; listed: string | undefined; lists: boolean }[] = [
    { name: 'case-sensitive: the name itself, without listing the folder', files: ['maya.yaml'], folded: false, listed: 'maya.yaml', lists: false },
    { name: 'case-sensitive: another spelling is another name', files: ['Maya.yaml'], folded: false, listed: undefined, lists: false },
    { name: 'case-sensitive: both spellings, the exact one', files: ['Maya.yaml', 'maya.yaml'], folded: false, listed: 'maya.yaml', lists: false },
    { name: 'case-insensitive: the name itself, found in the listing', files: ['maya.yaml'], folded: true, listed: 'maya.yaml', lists: true },
    { name: 'case-insensitive: the spelling on disk, not the one asked for', files: ['Maya.yaml'], folded: true, listed: 'Maya.yaml', lists: true },
    { name: 'case-insensitive: nothing there', files: ['dana.yaml'], folded: true, listed: undefined, lists: false },
  ];
  // The case-sensitive answers need a disk that tells case apart (not macOS's, Windows' or the FUSE run's).
  const sensitive = !ignoresCase();
  for (const c of cases) {
    it.runIf(c.folded || sensitive)(c.name, () => {
      const dir = folder(c.files);
      if (c.folded) foldCase();
      expect(listedName(join(dir, 'maya.yaml'))).toBe(c.listed);
      expect(listings.length > 0).toBe(c.lists);
    });
  }
});

describe('a contact file named Maya.yaml', () => {
  const MAYA = '# from the panel\r\nname: Maya Chen\r\n';
  const setUp = () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'contacts', 'Maya.yaml'), MAYA);
    return dir;
  };
  /** What looking up `maya` throws: its message and hint. */
  const refusal = (dir: string) => findContact(new ContactStore(dir), 'maya').then(
    () => 'found',
    (error: { message: string; hint?: string }) => [error.message, error.hint],
  );

  it('show maya says what list says, where case is folded and where it is not; nothing reads or writes it as maya', async () => {
    const dir = setUp();
    const expected = [`${join(dir, 'contacts', 'Maya.yaml')}: the file name is not a contact slug (lower-case letters, digits and dashes)`, 'Rename the file to maya.yaml'];
    expect(await refusal(dir)).toEqual(expected);
    foldCase();
    expect(new ContactStore(dir).exists('maya')).toBe(true); // the system would open it…
    expect(await refusal(dir)).toEqual(expected); // …but the listing decides
    const store = new ContactStore(dir);
    expect(() => store.readText('maya')).toThrow(expected[0]);
    await expect(store.update('maya', (doc) => doc.set('role', 'Lead'))).rejects.toThrow(expected[0]);
    // A new Maya takes a name the folded system leaves free.
    expect((await store.create({ name: 'Maya' })).slug).toBe('maya-2');
    expect(readdirSync(join(dir, 'contacts')).filter((n) => !n.startsWith('.')).sort()).toEqual(['Maya.yaml', 'maya-2.yaml']);
    expect(readFileSync(join(dir, 'contacts', 'Maya.yaml'), 'utf8')).toBe(MAYA);
  });

  it('where case is folded, MAYA.YAML answers for maya too, with the same rename', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'contacts', 'MAYA.YAML'), MAYA);
    foldCase();
    expect(await refusal(dir)).toEqual([`${join(dir, 'contacts', 'MAYA.YAML')}: the file name is not a contact slug (lower-case letters, digits and dashes)`, 'Rename the file to maya.yaml']);
  });

  it('list warns naming the file and its new name; show and edit --set refuse with the same words, changing nothing', async () => {
    const dir = setUp();
    writeFileSync(join(dir, 'contacts', 'Jo Kim.yaml'), 'name: Jo Kim\n');
    const list = await runCli(dir, ['list']);
    expect(list.code).toBe(0);
    expect(list.stderr).toContain(`warning: skipped ${join(dir, 'contacts', 'Maya.yaml')}: the file name is not a contact slug`);
    expect(list.stderr).toContain('  Rename the file to maya.yaml\n');
    expect(list.stderr).toContain('  Rename the file to jo-kim.yaml\n');
    expect(list.stderr).not.toContain('infoview edit <slug>');
    for (const args of [['show', 'maya'], ['edit', 'maya', '--set', 'role=Lead'], ['add', 'outreach', 'maya']]) {
      const r = await runCli(dir, args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([1, `infoview: ${join(dir, 'contacts', 'Maya.yaml')}: the file name is not a contact slug (lower-case letters, digits and dashes)\n  Rename the file to maya.yaml\n`]);
    }
    // A name search that cannot find them says which files it could not search, and why.
    expect((await runCli(dir, ['show', 'Maya Chen'])).stderr).toContain('Not searched: Maya.yaml. Rename the file to maya.yaml');
    expect(readdirSync(join(dir, 'contacts')).sort()).toEqual(['Jo Kim.yaml', 'Maya.yaml']);
    expect(readFileSync(join(dir, 'contacts', 'Maya.yaml'), 'utf8')).toBe(MAYA);
  });
});
