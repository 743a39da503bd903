/**
 * The derived index: every contact file's parsed, validated content (or its parse error), keyed by
 * the file's name, size, mtime, ctime and inode, in one JSON file at `<dir>/.index/contacts.json`.
 * A warm `readAll` stats the files and reads this one file, and never loads yaml or zod.
 *
 * The YAML files stay the only source of truth. The index is used only when its format, app
 * version and folder match; anything missing, stale, corrupt or foreign is ignored and rebuilt, so
 * deleting `.index/` is always safe. It lives in the data folder (not ~/.cache) so personal data
 * never outlives the folder it came from, shares the folder's 0700 mode, needs no per-path key for
 * `--dir`, and is already git-ignored.
 */
import { mkdirSync, readFileSync, rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Contact } from '../domain/schema.js';
import { VERSION } from '../version.js';
import { atomicWrite, sweepTemps } from './atomic.js';
import { isRacy, keyOf, sameKey, survivesJson, type FileKey } from './file-cache.js';

/** Bump when the entry layout or what parsing produces changes. */
const FORMAT = 1;

/** One file as it was when it was read. */
export interface IndexEntry extends FileKey {
  /** Set when the file parsed and validated. */
  contact?: Contact;
  warnings?: string[];
  /** Set when it did not: the message after the file name, and the hint. */
  error?: { detail: string; hint?: string };
}

interface IndexFile {
  format: number;
  app: string;
  dir: string;
  entries: Record<string, unknown>;
}

const indexPathOf = (dir: string) => join(dir, '.index', 'contacts.json');

function isEntry(value: unknown): value is IndexEntry {
  const e = value as IndexEntry | null;
  if (!e || typeof e !== 'object') return false;
  if (![e.size, e.mtimeMs, e.ctimeMs, e.ino].every((n) => typeof n === 'number')) return false;
  if (e.contact) return typeof e.contact.name === 'string' && Array.isArray(e.warnings);
  return typeof e.error?.detail === 'string';
}

/**
 * The cached entries for `contactsDir` (slug → entry, each checked by `isCurrent` before use), or
 * an empty map when there is no usable index.
 */
export function loadIndex(dir: string, contactsDir: string): Map<string, unknown> {
  let data: IndexFile;
  try {
    data = JSON.parse(readFileSync(indexPathOf(dir), 'utf8')) as IndexFile;
  } catch {
    return new Map(); // absent, unreadable or corrupt: rebuilt by the caller
  }
  if (!data || data.format !== FORMAT || data.app !== VERSION || data.dir !== contactsDir || typeof data.entries !== 'object' || !data.entries) {
    return new Map();
  }
  return new Map(Object.entries(data.entries));
}

/** True when the cached entry is well-formed and describes the file as it is now. */
export function isCurrent(entry: unknown, stats: Stats): entry is IndexEntry {
  return isEntry(entry) && sameKey(entry, stats);
}

/**
 * The entry to remember for a file just read, or undefined when it must not be cached: it changed
 * too recently (see file-cache.ts RACY_MS; `startedAt` is the wall clock before any file was read) or its content
 * would not survive JSON unchanged (NaN, -0, odd keys in unknown fields).
 */
export function entryFor(stats: Stats, startedAt: number, result: { contact: Contact; warnings: string[] } | { error: { detail: string; hint?: string } }): IndexEntry | undefined {
  if (isRacy(stats, startedAt) || ('contact' in result && !survivesJson(result.contact))) return undefined;
  return { ...keyOf(stats), ...result };
}

/**
 * Replace the index atomically (0600, temp + rename; concurrent writers: the last one wins, none
 * corrupts it). Best effort: a read-only folder just goes without an index.
 */
export function saveIndex(dir: string, contactsDir: string, entries: Map<string, unknown>): void {
  const file = indexPathOf(dir);
  const data: IndexFile = { format: FORMAT, app: VERSION, dir: contactsDir, entries: Object.fromEntries(entries) };
  try {
    mkdirSync(join(dir, '.index'), { recursive: true, mode: 0o700 });
    sweepTemps(join(dir, '.index'));
    // No fsync: the index is derived; after a crash it is at worst stale or unreadable, and rebuilt.
    atomicWrite(file, JSON.stringify(data), { fsync: false, derived: true });
  } catch {
    // Not writable (read-only folder, full disk): every run simply reads the files.
  }
}

/**
 * Drop one contact from the index and its single-file cache (after `remove`), so no copy of a
 * removed person's data stays behind in `.index/`. Best effort, like every index write.
 */
export function forgetContact(dir: string, contactsDir: string, slug: string): void {
  rmSync(join(dir, '.index', 'one', `${slug}.json`), { force: true });
  const entries = loadIndex(dir, contactsDir);
  if (entries.delete(slug)) saveIndex(dir, contactsDir, entries);
}
