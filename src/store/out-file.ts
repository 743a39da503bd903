/** Files the user names with `--out` (prep sheets, drafts, calendars). */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { atomicWrite } from './atomic.js';
import { contactsDirOf } from './paths.js';

/**
 * Write generated text to a file the user named: atomically, mode 0600. Refuses the data
 * folder's contacts/ (a stray .yaml there would be read as a contact).
 */
export function writeOutFile(ctx: Context, file: string, text: string, example = 'prep.md'): string {
  const target = resolve(file);
  const parent = dirname(target);
  if (!existsSync(parent)) throw new UserError(`cannot write ${target}: the folder ${parent} does not exist`, 'Create the folder first, or pick another path');
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new UserError(`cannot write ${target}: it is a folder`, `Name a file, e.g. --out ${join(target, example)}`);
  }
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const contacts = real(contactsDirOf(ctx.dir));
  const realParent = real(parent);
  if (realParent === contacts || realParent.startsWith(contacts + sep)) {
    throw new UserError(`refusing to write ${basename(target)} into ${contacts}`, 'That folder holds only contact files; write somewhere else, e.g. --out ~/' + example);
  }
  atomicWrite(target, text.endsWith('\n') ? text : `${text}\n`);
  return target;
}
