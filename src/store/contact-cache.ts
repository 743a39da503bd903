/**
 * The one cache: `<dir>/.index/contacts.ndjson`, ASCII text a person can read (other characters
 * as `\u` escapes), one `<name>\t<checksum>\t<JSON>[\t<contact JSON>]` a line, the checksum
 * covering all that follows it (docs/ARCHITECTURE.md, "The cache"):
 * - the first line, `#`, says the format, the app version, the data folder (its device and inode:
 *   the same folder however its path is spelled, never a copy of it), and how many lines followed
 *   it at the last rewrite (what is appended since is the tail);
 * - then one line per data file, a contact (by its slug) or config.yaml: the file's key, the crc of
 *   its bytes, when those were known to be the file's (`at`), and what a read needs (the facts and
 *   warnings, the validated contact apart and parsed only when needed; the config; or the error).
 * A later line for a name overrides an earlier one; a damaged line is skipped (that file is parsed
 * again), a foreign or old-format cache rebuilt, so deleting `.index/` is always safe. Writes
 * append; a read appends what it parsed or renewed, and rewrites the file only when it must (a file
 * removed, no usable cache, a tail past TAIL_LIMIT). The racy rule is `isRacy`'s. It lives in the
 * data folder (not ~/.cache), so personal data never outlives the folder it came from.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { RawConfig } from '../domain/config.js';
import { factsOf, type ContactFacts } from '../domain/facts.js';
import type { Contact } from '../domain/schema.js';
import { VERSION } from '../version.js';
import { atomicWrite, sweepTemps } from './atomic.js';

/** Bump when a line's shape or what parsing produces changes. */
const FORMAT = 3;
/** Past this many appended lines a read rewrites the file. */
export const TAIL_LIMIT = 500;
/** Two seconds covers the coarsest mtime granularity (FAT). */
const RACY_MS = 2000;

/** size, mtimeMs, ctimeMs, inode: what identifies a file's version without reading it. */
export type FileKey = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** What the cache remembers of one data file. */
export interface Entry {
  key: FileKey;
  /** crc32 of the file's bytes. */
  crc: number;
  /** Wall-clock ms at which the file was known to hold those bytes. */
  at: number;
  /** The validated contact, when this run has it as an object… */
  contact?: Contact;
  /** …or its JSON text from the line, until it is needed. */
  contactText?: string;
  /** The contact's facts (factsOf), in every contact's line. */
  facts?: ContactFacts;
  warnings?: string[];
  config?: RawConfig;
  error?: { detail: string; hint?: string };
}

export interface Cache {
  /** The last good line for each name. */
  entries: Map<string, Entry>;
  /** Lines appended since the file was last rewritten; -1 when there is no usable cache. */
  tail: number;
}

const HEADER = '#';
/** config.yaml's name in the cache: never a slug, which has no dot. */
export const CONFIG_NAME = 'config.yaml';
const OLD_FILES = ['contacts.idx', 'contacts.json', 'journal.ndjson', 'config.json', 'one'];
const cacheDirOf = (dir: string) => join(dir, '.index');
const cachePathOf = (dir: string) => join(cacheDirOf(dir), 'contacts.ndjson');

export const keyOf = (stats: Stats): FileKey => [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
const sameKey = (key: FileKey, stats: Stats) => key[0] === stats.size && key[1] === stats.mtimeMs && key[2] === stats.ctimeMs && key[3] === stats.ino;
export const crcOf = (bytes: Uint8Array | string): number => crc32(bytes);

/** The file changed within RACY_MS before `at`: it may have changed again since, its key unchanged. */
export const isRacy = (stats: Stats, at: number): boolean => Math.max(stats.mtimeMs, stats.ctimeMs) > at - RACY_MS;

/**
 * The entry still describes the file (its current `stats`): the key matches, and, when the file
 * changed too close to the line's `at` to be sure of the key, its bytes (`bytes()`) still match.
 */
export function current(entry: Entry, stats: Stats, bytes: () => Buffer | undefined): boolean {
  if (!sameKey(entry.key, stats)) return false;
  if (!isRacy(stats, entry.at)) return true;
  const now = bytes();
  return now !== undefined && crc32(now) === entry.crc;
}

/** The data folder's device and inode (`dev:ino`); a copy has others, so a cache copied with it is not trusted. */
const folderOf = (dir: string) => {
  const stats = statSync(dir, { throwIfNoEntry: false });
  return stats && `${stats.dev}:${stats.ino}`;
};
const headerOf = (dir: string, lines: number) => ({ format: FORMAT, app: VERSION, folder: folderOf(dir), lines });
/** JSON with every character outside ASCII written as a `\u` escape (the same value, parsed), so a read decodes it as latin1, which is faster than UTF-8. */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** A line: the entry without its contact, and the contact's JSON (JSON never holds a raw tab) apart. */
const lineOf = (name: string, value: Entry | object) => {
  const { contact, contactText, ...rest } = value as Entry;
  const body = contact
    ? `${asciiJson({ ...rest, facts: rest.facts ?? factsOf(contact) })}\t${asciiJson(contact)}`
    : `${asciiJson(rest)}${contactText === undefined ? '' : `\t${contactText}`}`;
  return `${name}\t${crc32(body)}\t${body}\n`;
};

/** One line's name and value (with its contact's JSON text apart), or undefined when the line is damaged. */
function parseLine(line: string): [string, unknown] | undefined {
  const a = line.indexOf('\t');
  const b = line.indexOf('\t', a + 1);
  if (a < 1 || b < 0) return undefined;
  const body = line.slice(b + 1);
  if (Number(line.slice(a + 1, b)) !== crc32(body)) return undefined;
  const c = body.indexOf('\t');
  try {
    const value = JSON.parse(c < 0 ? body : body.slice(0, c)) as unknown;
    if (c >= 0 && typeof value === 'object' && value !== null) (value as Entry).contactText = body.slice(c + 1);
    return [line.slice(0, a), value];
  } catch {
    return undefined;
  }
}

/** The entry's contact: its object, or its JSON text parsed (undefined for a config or an error line). */
export function contactOf(entry: Entry): Contact | undefined {
  if (entry.contact === undefined && entry.contactText !== undefined) entry.contact = JSON.parse(entry.contactText) as Contact;
  return entry.contact;
}

const isEntry = (e: Partial<Entry> | null): e is Entry =>
  typeof e === 'object' && e !== null && Array.isArray(e.key) && typeof e.crc === 'number' && typeof e.at === 'number' && (e.contactText === undefined || typeof e.facts === 'object');

/** The header says this cache is for this app version and folder. */
function ours(line: string | undefined, dir: string): number | undefined {
  const parsed = line === undefined ? undefined : parseLine(line);
  const h = parsed?.[1] as ReturnType<typeof headerOf> | undefined;
  if (parsed?.[0] !== HEADER || h?.format !== FORMAT || h.app !== VERSION || !h.folder || h.folder !== folderOf(dir) || typeof h.lines !== 'number') return undefined;
  return h.lines;
}

/** The whole cache; empty (tail -1) when absent, unreadable, foreign or of another format. */
export function loadCache(dir: string): Cache {
  const entries = new Map<string, Entry>();
  let text: string;
  try {
    text = readFileSync(cachePathOf(dir), 'latin1');
  } catch {
    return { entries, tail: -1 };
  }
  const lines = text.split('\n');
  const written = ours(lines[0], dir);
  if (written === undefined) return { entries, tail: -1 };
  let count = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue; // the newline that ends a torn line
    count += 1;
    const parsed = parseLine(line);
    if (parsed && isEntry(parsed[1] as Entry)) entries.set(parsed[0], parsed[1] as Entry);
  }
  return { entries, tail: Math.max(0, count - written) };
}

/**
 * The last line for one `name`, found without parsing the others (what `show <slug>` and the
 * config need); undefined when there is none or the cache is not usable.
 */
export function lookup(dir: string, name: string): Entry | undefined {
  try {
    const bytes = readFileSync(cachePathOf(dir));
    const firstEnd = bytes.indexOf(10);
    if (ours(bytes.toString('latin1', 0, firstEnd < 0 ? bytes.length : firstEnd), dir) === undefined) return undefined;
    const at = bytes.lastIndexOf(`\n${name}\t`);
    if (at < 0) return undefined;
    const end = bytes.indexOf(10, at + 1);
    const parsed = parseLine(bytes.toString('latin1', at + 1, end < 0 ? bytes.length : end));
    return parsed && isEntry(parsed[1] as Entry) ? (parsed[1] as Entry) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Append these lines in one write (O_APPEND: concurrent writers do not overwrite each other). The
 * leading newline ends any line a crashed writer left torn. A missing file starts with its header.
 * Best effort: the next read parses what is missing.
 */
export function appendEntries(dir: string, entries: readonly [string, Entry][]): void {
  if (!entries.length) return;
  let fd: number | undefined;
  try {
    mkdirSync(cacheDirOf(dir), { recursive: true, mode: 0o700 });
    fd = openSync(cachePathOf(dir), 'a', 0o600);
    const head = fstatSync(fd).size === 0 ? lineOf(HEADER, headerOf(dir, 0)) : '\n';
    writeSync(fd, head + entries.map(([name, e]) => lineOf(name, e)).join(''));
  } catch {
    // Not writable (read-only folder, full disk): every run simply reads the files.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Rewrite the cache with just these entries (atomic, 0600, temp + rename; concurrent writers: the
 * last one wins, none corrupts it). Best effort, like every write to `.index/`.
 */
export function rewriteCache(dir: string, entries: Iterable<[string, Entry]>): void {
  const lines: string[] = [];
  for (const [name, e] of entries) lines.push(lineOf(name, e));
  try {
    mkdirSync(cacheDirOf(dir), { recursive: true, mode: 0o700 });
    sweepTemps(cacheDirOf(dir));
    // Earlier versions' caches: no copy of anyone's data should stay behind in an unused file.
    for (const old of OLD_FILES) rmSync(join(cacheDirOf(dir), old), { recursive: true, force: true });
    // No fsync: the cache is derived; after a crash it is at worst stale or unreadable, and rebuilt.
    atomicWrite(cachePathOf(dir), lineOf(HEADER, headerOf(dir, lines.length)) + lines.join(''), { fsync: false, derived: true });
  } catch {
    // Not writable: every run simply reads the files.
  }
}
