/** Files the user names with `--out` (prep sheets, drafts, calendars). */
import { existsSync, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { atomicWrite } from './atomic.js';
import type { ChangeLog } from './change-log.js';
import { configPathOf, contactsDirOf, expandHome, targetsPathOf, templatesDirOf } from './paths.js';

/** The files and folders of the data folder that infoview itself reads and writes. */
const managedOf = (dir: string) => ({
  files: [configPathOf(dir), targetsPathOf(dir)],
  folders: [contactsDirOf(dir), templatesDirOf(dir), join(dir, '.index'), join(dir, '.git')],
});

const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
const sameFile = (a: Stats | undefined, b: Stats | undefined) => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

/** `folder` and every folder above it, to the root. */
function ancestors(folder: string): string[] {
  const chain = [folder];
  for (let up = dirname(folder); up !== chain.at(-1); up = dirname(up)) chain.push(up);
  return chain;
}

/**
 * The refusal when the real path `target` is one of infoview's own files or inside its folders.
 * Compared by device and inode (a file, and each folder above the target), so neither a symlink
 * nor a case-insensitive file system (`Contacts/` for `contacts/` on macOS and Windows) slips past.
 */
function refusal(dir: string, target: string, example: string): UserError | undefined {
  const { files, folders } = managedOf(dir);
  const targetStats = statSync(target, { throwIfNoEntry: false });
  const hint = `infoview keeps its own data there; write somewhere else, e.g. --out ~/${example}`;
  for (const file of files) {
    if (real(file) === target || sameFile(statSync(file, { throwIfNoEntry: false }), targetStats)) return new UserError(`refusing to write over ${file}`, hint);
  }
  const above = ancestors(dirname(target)).map((f) => statSync(f, { throwIfNoEntry: false }));
  const folder = folders.find((f) => {
    const stats = statSync(f, { throwIfNoEntry: false });
    return stats !== undefined && above.some((a) => sameFile(a, stats));
  });
  return folder === undefined ? undefined : new UserError(`refusing to write ${basename(target)} into ${real(folder)}`, hint);
}

/**
 * Write generated text to a file the user named: atomically, mode 0600. Refuses every file and
 * folder infoview manages in the data folder (config.yaml, targets.yaml, contacts/, templates/,
 * .index/, .git/): a prep sheet over config.yaml, or a stray .yaml read as a contact, loses data.
 * `dir` is the data folder; the write is noted in `changes`, like every other.
 */
export function writeOutFile(dir: string, changes: ChangeLog, file: string, text: string, example = 'prep.md'): string {
  if (!file.trim()) throw new UsageError('--out needs a file name', 'For example: --out ~/' + example);
  const target = resolve(expandHome(file));
  const parent = dirname(target);
  if (!existsSync(parent)) throw new UserError(`cannot write ${target}: the folder ${parent} does not exist`, 'Create the folder first, or pick another path');
  const found = lstatSync(target, { throwIfNoEntry: false });
  if (found?.isDirectory()) throw new UserError(`cannot write ${target}: it is a folder`, `Name a file, e.g. --out ${join(target, example)}`);
  const refused = refusal(dir, existsSync(target) ? realpathSync(target) : join(realpathSync(parent), basename(target)), example);
  if (refused) throw refused;
  // Replaced whole (temp + rename), a symlink, a device or a pipe would be replaced too.
  if (found && !found.isFile()) throw new UserError(`cannot write ${target}: it is not a regular file (a symlink, a device or a pipe)`, 'Name a plain file; to send the text to another program, leave out --out and use a pipe');
  atomicWrite(target, text.endsWith('\n') ? text : `${text}\n`, { log: changes });
  return target;
}
