/**
 * The one way infoview opens a file of the data folder (contacts, templates, config): it never
 * trusts what sits at the name. A sync or a stray command can leave there a FIFO (opening it
 * waits forever), a socket, a folder, or a symlink to a file elsewhere (reading it would print,
 * and a later write would copy, someone's secret into the folder). Only a regular file, or a
 * symlink to one that stays inside the data folder, is ever read; anything else is a
 * DataFileError naming it, which every caller already reports as "skipped" or refuses on.
 * Bytes that are not UTF-8 are refused too: decoding them would turn them into U+FFFD, and the
 * next write would save that damage.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { DataFileError } from '../errors.js';

/** Flags absent on a platform (Windows) are 0: there the checks before and after the open still hold. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

const MOVE_HINT = 'infoview never opens it; move it out of the data folder';

/** What is at a path of the data folder. */
export type Entry =
  /** A regular file; `path` is where to open it (a symlink's real target), `stats` its own. */
  | { kind: 'file'; path: string; stats: Stats }
  | { kind: 'absent' }
  /** Never read, never followed, never written through: `error` says what it is. */
  | { kind: 'hostile'; error: DataFileError };

function describe(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'an unknown kind of file';
}

/** `detail` after "is": `a named pipe (FIFO), not a regular file`. */
const hostileError = (file: string, detail: string) => new DataFileError(file, `is ${detail}`, MOVE_HINT);
const hostile = (file: string, detail: string): Entry => ({ kind: 'hostile', error: hostileError(file, detail) });
const notRegular = (what: string) => `${what}, not a regular file`;

const inside = (real: string, root: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * What is at `file`, without opening it: one lstat for a regular file; a symlink is resolved and
 * must end inside the data folder `dir` (itself possibly a symlink, e.g. a synced folder), or the `folder` named.
 */
export function inspect(file: string, dir: string, folder = 'the data folder'): Entry {
  const own = lstatSync(file, { throwIfNoEntry: false });
  if (!own) return { kind: 'absent' };
  if (own.isFile()) return { kind: 'file', path: file, stats: own };
  if (!own.isSymbolicLink()) return hostile(file, notRegular(describe(own)));
  let real: string;
  let root: string;
  try {
    real = realpathSync(file);
    root = realpathSync(dir);
  } catch {
    return hostile(file, 'a symbolic link to nothing');
  }
  if (!inside(real, root)) return hostile(file, `a symbolic link that leaves ${folder}`);
  const target = statSync(real, { throwIfNoEntry: false });
  if (!target) return hostile(file, 'a symbolic link to nothing');
  if (!target.isFile()) return hostile(file, notRegular(`a symbolic link to ${describe(target)}`));
  return { kind: 'file', path: real, stats: target };
}

/**
 * The bytes of the regular file `entry` names. Opened without following a symlink and without
 * blocking, then checked again on the open file: whatever replaced it meanwhile (a FIFO, a new
 * symlink) is refused rather than waited on or followed. Undefined when it is gone.
 */
export function readEntry(file: string, entry: Extract<Entry, { kind: 'file' }>): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(entry.path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw hostileError(file, 'a symbolic link now; infoview does not follow it');
    throw new DataFileError(file, `cannot be read (${code ?? String(error)})`, 'Check its permissions, or move it out of the data folder', { cause: error });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw hostileError(file, notRegular(describe(stats)));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The text of `bytes`; not UTF-8 is a DataFileError, so nothing decoded lossily is ever written back. */
export function decodeText(file: string, bytes: Buffer): string {
  if (!isUtf8(bytes)) {
    throw new DataFileError(file, 'is not UTF-8 text; infoview reads and rewrites only UTF-8', 'Convert it, e.g. `iconv -f latin1 -t utf-8`, then try again; the file was left as it is');
  }
  return bytes.toString('utf8');
}

/** The text of the data file `file` (see `inspect`); undefined when there is none. Throws DataFileError for anything else. */
export function readDataText(file: string, dir: string): string | undefined {
  const entry = inspect(file, dir);
  if (entry.kind === 'absent') return undefined;
  if (entry.kind === 'hostile') throw entry.error;
  const bytes = readEntry(file, entry);
  return bytes && decodeText(file, bytes);
}
