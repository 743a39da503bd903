/**
 * The derived index: every contact file's facts and fields (or its parse error), keyed by the
 * file's name, size, mtime, ctime and inode, in one file at `<dir>/.index/contacts.idx`. A warm
 * `readAll` stats the files and reads this one file, and never loads yaml or zod.
 *
 * Layout: a first line with the header's length in bytes; the header, one line of JSON (format,
 * app version, folder, and per file its key, facts, warnings or error, and where its fields are);
 * then the fields of every contact as UTF-8 JSON text, back to back. The header is written in
 * ASCII (`\u` escapes) so it decodes and parses fast. A command that needs only the facts
 * (`followup`, `list`) reads the header and not the fields, which are two thirds of the file; the
 * fields stay bytes until a command needs a contact in full (`list --json` copies them to its
 * output as they are; see render/contact-json.ts).
 *
 * The YAML files stay the only source of truth. The index is used only when its format, app
 * version and folder match; anything missing, stale, corrupt or foreign is ignored and rebuilt, so
 * deleting `.index/` is always safe. It lives in the data folder (not ~/.cache) so personal data
 * never outlives the folder it came from, shares the folder's 0700 mode, needs no per-path key for
 * `--dir`, and is already git-ignored.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactFacts } from '../domain/facts.js';
import type { Bytes } from '../render/contact-json.js';
import { VERSION } from '../version.js';
import { atomicWrite, sweepTemps } from './atomic.js';
import type { FileKey } from './file-cache.js';

/** Bump when the layout or what parsing produces changes. */
const FORMAT = 4;

/** A file that parsed and validated. */
export interface ContactEntry {
  key: FileKey;
  facts: ContactFacts;
  warnings: string[];
  /**
   * The contact's fields as UTF-8 JSON text without braces (render/contact-json.ts
   * `contactFieldsJson`); absent when the index was read for the facts only.
   */
  fields?: Bytes | undefined;
  /** The fields can be spliced into `list --json` (render/contact-json.ts). */
  spliceable: boolean;
}


/** A file that did not: the message after the file name, and the hint. */
export interface ErrorEntry {
  key: FileKey;
  error: { detail: string; hint?: string };
}

export type IndexEntry = ContactEntry | ErrorEntry;

/** How an entry is kept in the header: the fields become [offset, length] into the bytes after it. */
type HeaderEntry = [slug: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, facts: ContactFacts | null, warnings: string[] | ErrorEntry['error'], offset?: number, length?: number, spliceable?: 0 | 1];

interface Header {
  format: number;
  app: string;
  dir: string;
  entries: HeaderEntry[];
}

const indexDirOf = (dir: string) => join(dir, '.index');
const indexPathOf = (dir: string) => join(indexDirOf(dir), 'contacts.idx');
/** The first line: `infoview-index` and the header's length, padded to a fixed width. */
const PREFIX = 'infoview-index ';
const PREFIX_BYTES = PREFIX.length + 12 + 1;

function toEntry(h: HeaderEntry, bodyLength: number, body: Buffer | undefined): IndexEntry | undefined {
  const [, size, mtimeMs, ctimeMs, ino, facts, rest, offset, length, spliceable] = h;
  if (typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof ctimeMs !== 'number' || typeof ino !== 'number') return undefined;
  const key = { size, mtimeMs, ctimeMs, ino };
  if (facts) {
    if (typeof facts.name !== 'string' || !Array.isArray(facts.meetings) || !Array.isArray(facts.outreach) || !Array.isArray(rest)) return undefined;
    if (typeof offset !== 'number' || typeof length !== 'number' || offset < 0 || offset + length > bodyLength) return undefined;
    return { key, facts, warnings: rest, fields: body && { buffer: body, start: offset, end: offset + length }, spliceable: spliceable === 1 };
  }
  if (!rest || Array.isArray(rest) || typeof rest.detail !== 'string') return undefined;
  return { key, error: rest };
}

/**
 * The cached entries for `contactsDir` (slug → entry; the caller checks each key against the
 * file), or an empty map when there is no usable index.
 */
export function loadIndex(dir: string, contactsDir: string, { withFields = true } = {}): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  let header: Header;
  let body: Buffer | undefined;
  let bodyLength: number;
  let fd: number | undefined;
  try {
    fd = openSync(indexPathOf(dir), 'r');
    const size = fstatSync(fd).size;
    const first = readExactly(fd, 0, PREFIX_BYTES).toString('latin1');
    const headerBytes = Number(first.slice(PREFIX.length, -1));
    if (!first.startsWith(PREFIX) || !Number.isSafeInteger(headerBytes) || PREFIX_BYTES + headerBytes > size) return entries;
    // The header is ASCII, so latin1 decodes it exactly and faster than UTF-8.
    header = JSON.parse(readExactly(fd, PREFIX_BYTES, headerBytes).toString('latin1')) as Header;
    bodyLength = size - PREFIX_BYTES - headerBytes;
    // One open file for both reads: a concurrent rewrite (temp + rename) cannot mix two versions.
    if (withFields) body = readExactly(fd, PREFIX_BYTES + headerBytes, bodyLength);
  } catch {
    return entries; // absent, unreadable, cut short or corrupt: rebuilt by the caller
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (header?.format !== FORMAT || header.app !== VERSION || header.dir !== contactsDir || !Array.isArray(header.entries)) return entries;
  for (const h of header.entries) {
    const entry = Array.isArray(h) && typeof h[0] === 'string' ? toEntry(h, bodyLength, body) : undefined;
    if (entry) entries.set(h[0], entry);
  }
  return entries;
}

/** `length` bytes from `position`; throws when the file is shorter. */
function readExactly(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error('index cut short');
    done += n;
  }
  return buffer;
}

/** JSON with every character outside ASCII written as a `\u` escape (the same value, parsed). */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Replace the index atomically (0600, temp + rename; concurrent writers: the last one wins, none
 * corrupts it). Best effort: a read-only folder just goes without an index.
 */
export function saveIndex(dir: string, contactsDir: string, entries: Map<string, IndexEntry>): void {
  const bodies: Buffer[] = [];
  let offset = 0;
  const header: Header = { format: FORMAT, app: VERSION, dir: contactsDir, entries: [] };
  for (const [slug, e] of entries) {
    const { size, mtimeMs, ctimeMs, ino } = e.key;
    if ('error' in e) {
      header.entries.push([slug, size, mtimeMs, ctimeMs, ino, null, e.error]);
      continue;
    }
    if (!e.fields) continue; // read for the facts only: such a map is never saved (see readAll)
    const { buffer, start, end } = e.fields;
    header.entries.push([slug, size, mtimeMs, ctimeMs, ino, e.facts, e.warnings, offset, end - start, e.spliceable ? 1 : 0]);
    bodies.push(buffer.subarray(start, end));
    offset += end - start;
  }
  try {
    mkdirSync(indexDirOf(dir), { recursive: true, mode: 0o700 });
    sweepTemps(indexDirOf(dir));
    // Format 1's file: no copy of anyone's data should stay behind in an unused file.
    rmSync(join(indexDirOf(dir), 'contacts.json'), { force: true });
    // No fsync: the index is derived; after a crash it is at worst stale or unreadable, and rebuilt.
    const head = Buffer.from(`${asciiJson(header)}\n`, 'latin1');
    const prefix = Buffer.from(`${PREFIX}${String(head.length).padStart(PREFIX_BYTES - PREFIX.length - 1, '0')}\n`, 'latin1');
    atomicWrite(indexPathOf(dir), Buffer.concat([prefix, head, ...bodies]), { fsync: false, derived: true });
  } catch {
    // Not writable (read-only folder, full disk): every run simply reads the files.
  }
}

/**
 * Drop one contact from the index and its single-file cache (after `remove`), so no copy of a
 * removed person's data stays behind in `.index/`. Best effort, like every index write.
 */
export function forgetContact(dir: string, contactsDir: string, slug: string): void {
  rmSync(join(indexDirOf(dir), 'one', `${slug}.json`), { force: true });
  const entries = loadIndex(dir, contactsDir);
  if (entries.delete(slug)) saveIndex(dir, contactsDir, entries);
}
