/**
 * The index's journal: `<dir>/.index/journal.ndjson`, one line per contact written since the
 * index (contact-index.ts) was last saved whole. Each write the store makes appends its contact's
 * entry here, so a write costs the same at 100 contacts as at 10,000, and the next read serves
 * that contact from here instead of rewriting the whole index. A read folds the journal into the
 * index only when it must rewrite the index anyway, or once the journal has grown (JOURNAL_LIMIT).
 *
 * A line is trusted only while the file's key (size, mtime, ctime, inode) matches and its bytes
 * still hash to the line's `sha`. The hash is what makes a line written within the racy window
 * (file-cache.ts `isRacy`) safe: a same-size rewrite within one mtime tick changes the bytes, so
 * the line is ignored and the file parsed. Lines carry their own checksum; a torn or damaged line
 * (two writers at once, a crash) is skipped, and that contact is simply parsed again. The last
 * good line for a slug wins. Derived and best effort, like every file in `.index/`.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../version.js';
import { atomicWrite } from './atomic.js';
import { checksum } from './checksum.js';
import type { FileKey } from './file-cache.js';

/** Bump when a line's shape changes. */
const FORMAT = 1;

/** Past this many lines (or JOURNAL_BYTES) a read folds the journal into the index. */
export const JOURNAL_LIMIT = 200;
const JOURNAL_BYTES = 4 * 1024 * 1024;

/** A contact file's entry: its fields text (render/contact-json.ts) or its parse error. */
export interface JournalEntry {
  slug: string;
  key: FileKey;
  /** sha-256 of the file's bytes, hex. */
  sha: string;
  fields?: string;
  spliceable?: boolean;
  warnings?: string[];
  error?: { detail: string; hint?: string };
}

interface Line extends JournalEntry {
  format: number;
  app: string;
  dir: string;
}

export interface Journal {
  /** The last good line for each slug. */
  entries: Map<string, JournalEntry>;
  /** Lines read, good or not: how far the journal has grown. */
  lines: number;
  bytes: number;
}

const journalPathOf = (dir: string) => join(dir, '.index', 'journal.ndjson');

export const shaOf = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The journal for `contactsDir`: empty when absent, unreadable or foreign. */
export function loadJournal(dir: string, contactsDir: string): Journal {
  const entries = new Map<string, JournalEntry>();
  let text: string;
  try {
    text = readFileSync(journalPathOf(dir), 'utf8');
  } catch {
    return { entries, lines: 0, bytes: 0 };
  }
  let lines = 0;
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    lines += 1;
    const space = raw.indexOf(' ');
    const json = raw.slice(space + 1);
    if (space < 1 || Number(raw.slice(0, space)) !== checksum(Buffer.from(json, 'utf8'))) continue;
    try {
      const line = JSON.parse(json) as Line;
      if (line?.format !== FORMAT || line.app !== VERSION || line.dir !== contactsDir || typeof line.slug !== 'string') continue;
      const { format: _f, app: _a, dir: _d, ...entry } = line;
      entries.set(line.slug, entry);
    } catch {
      // damaged: that contact is parsed again
    }
  }
  return { entries, lines, bytes: Buffer.byteLength(text) };
}

/** The journal has grown enough to be folded into the index. */
export const journalFull = (journal: Journal): boolean => journal.lines > JOURNAL_LIMIT || journal.bytes > JOURNAL_BYTES;

const lineOf = (contactsDir: string, entry: JournalEntry): string => {
  const json = JSON.stringify({ format: FORMAT, app: VERSION, dir: contactsDir, ...entry } satisfies Line);
  return `${checksum(Buffer.from(json, 'utf8'))} ${json}\n`;
};

/**
 * Append entries in one write (O_APPEND: concurrent writers do not overwrite each other). The
 * leading newline ends any line a crashed writer left torn, so only that line is lost. A journal
 * already past JOURNAL_BYTES (a big import with no read between) takes no more: the next read
 * folds it in and parses what it lacks. Best effort.
 */
export function appendJournal(dir: string, contactsDir: string, entries: readonly JournalEntry[]): void {
  if (!entries.length) return;
  let fd: number | undefined;
  try {
    mkdirSync(join(dir, '.index'), { recursive: true, mode: 0o700 });
    fd = openSync(journalPathOf(dir), 'a', 0o600);
    if (fstatSync(fd).size > JOURNAL_BYTES) return;
    writeSync(fd, `\n${entries.map((e) => lineOf(contactsDir, e)).join('')}`);
  } catch {
    // Not writable: the next read parses the file instead.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Replace the journal with just `entries` (atomic; none: an empty file), after the index was
 * saved whole or a contact was removed, so no removed person's data stays behind. Best effort.
 */
export function resetJournal(dir: string, contactsDir: string, entries: readonly JournalEntry[] = []): void {
  try {
    mkdirSync(join(dir, '.index'), { recursive: true, mode: 0o700 });
    atomicWrite(journalPathOf(dir), entries.map((e) => lineOf(contactsDir, e)).join(''), { fsync: false, derived: true });
  } catch {
    // Not writable: its lines are still checked against each file before use.
  }
}
