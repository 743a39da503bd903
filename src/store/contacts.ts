/**
 * The contact folder: one YAML file per person. Reads validate; writes are atomic and locked;
 * edits go through the yaml Document so a person's comments and key order survive.
 * The parser (yaml, zod) is imported only when a file actually has to be parsed.
 */
import { sep } from 'node:path';
import { lstatSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import type { Document } from 'yaml';
import type { Contact } from '../domain/schema.js';
import { bytesOf, contactFieldsJson, parseContactFields, type Bytes, type StoredContact } from '../domain/contact-fields.js';
import { isSlug } from '../domain/slug-shape.js';
import { DataFileError, UserError } from '../errors.js';
import { atomicCreate, atomicWrite, ensurePrivateDir, sweepTemps, type WriteSettings } from './atomic.js';
import { ChangeLog } from './change-log.js';
import { forgetContact, loadIndex, saveIndex, type ContactIndex, type IndexEntry } from './contact-index.js';
import { forgetCached, isRacy, keyOf, readCached, sameKey, survivesJson, sweepCached, writeCached } from './file-cache.js';
import { appendJournal, journalFull, loadJournal, resetJournal, shaOf, type JournalEntry } from './index-journal.js';
import { decodeText, inspect, readDataText, readEntry } from './data-file.js';
import { sweepScratch } from './edit-scratch.js';
import { IndexedContact, parsed } from './stored-contact.js';
import { withLock, withLockAsync } from './lock.js';
import { holdRepository } from './repository-lock.js';
import { refuseWhileSyncStopped } from './sync-stop.js';
import { keepYoungGenerationSmall } from './young-generation.js';
import { contactPathOf, contactsDirOf } from './paths.js';


export interface ReadAllResult {
  contacts: StoredContact[];
  /** Files that could not be read; every other contact stays usable. */
  problems: DataFileError[];
}

/** From this many contacts on, a read keeps V8's young generation small (young-generation.ts). */
const BIG_FOLDER = 1000;

const parser = () => import('./contact-file.js');
type ParseContact = Awaited<ReturnType<typeof parser>>['parseContact'];

function notFound(slug: string): UserError {
  return new UserError(`no contact "${slug}"`, 'See who is there with `infoview list`');
}

export class ContactStore {
  readonly dir: string;
  readonly contactsDir: string;
  /** Where this store's writes are noted for the git auto-commit: the command's (Context `changes`). */
  readonly changes: ChangeLog;

  constructor(dir: string, changes = new ChangeLog()) {
    this.dir = dir;
    this.changes = changes;
    this.contactsDir = contactsDirOf(dir);
  }

  pathOf(slug: string): string {
    return contactPathOf(this.dir, slug);
  }

  /** Anything at the name counts, even a FIFO or a dangling symlink: a new contact never takes it. */
  exists(slug: string): boolean {
    return lstatSync(this.pathOf(slug), { throwIfNoEntry: false }) !== undefined;
  }

  /** Every slug in the folder, sorted. A missing folder has none. */
  slugs(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.contactsDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((n) => n.endsWith('.yaml') && !n.startsWith('.'))
      .map((n) => n.slice(0, -'.yaml'.length))
      .sort();
  }

  /** The file's text; a missing contact is a UserError, anything but a UTF-8 file a DataFileError (data-file.ts). */
  readText(slug: string): string {
    const text = readDataText(this.pathOf(slug), this.dir);
    if (text === undefined) throw notFound(slug);
    return text;
  }

  /** One contact by its exact slug: just that file (or its cached parse while the file is unchanged). */
  async read(slug: string): Promise<StoredContact> {
    const file = this.pathOf(slug);
    const startedAt = Date.now();
    const name = `one/${slug}`;
    const gone = () => {
      forgetCached(this.dir, name); // deleted by hand or by a sync: no copy of it stays behind
      return notFound(slug);
    };
    const entry = inspect(file, this.dir);
    if (entry.kind === 'absent') throw gone();
    if (entry.kind === 'hostile') throw entry.error;
    const { stats } = entry;
    // Just written by the store: its journal line, while the file holds the bytes it was made from.
    const line = loadJournal(this.dir, this.contactsDir).entries.get(slug);
    if (line?.fields !== undefined && sameKey(line.key, stats)) {
      const bytes = readEntry(file, entry);
      if (!bytes) throw gone();
      if (shaOf(bytes) === line.sha) return parsed(slug, file, parseContactFields(line.fields), line.warnings ?? []);
    }
    const hit = readCached<{ contact: Contact; warnings: string[] }>(this.dir, name, file, stats);
    if (hit?.contact && Array.isArray(hit.warnings)) return parsed(slug, file, hit.contact, hit.warnings);
    const bytes = readEntry(file, entry);
    if (!bytes) throw gone();
    const { contact, warnings } = (await parser()).parseContact(file, decodeText(file, bytes));
    writeCached(this.dir, name, file, stats, startedAt, { contact, warnings });
    return parsed(slug, file, contact, warnings);
  }

  /**
   * Every contact, and the files that could not be read. Files unchanged since the last run come
   * from the derived index (contact-index.ts) without loading the parser; the rest are parsed.
   * `factsOnly` is for commands that read nothing but `facts` (`followup`, `list`; `list --json`
   * then gets the fields through `withFields`): it skips reading the index's fields, and `contact`
   * must not be used. A file the index cannot hold is parsed in place; when the index must be
   * rewritten (a changed or removed file), the read loads the index's fields and goes on in full.
   */
  async readAll({ factsOnly = false } = {}): Promise<ReadAllResult> {
    // A command that looks someone up and then lists everyone reads the folder once.
    if (this.all) return this.all;
    const result = await this.readFolder(factsOnly);
    if (!factsOnly) this.all = result;
    return result;
  }

  /** The last full read, until this store writes (`wrote`). */
  private all: ReadAllResult | undefined;

  /** The index the last read used when that read was for the facts only (see `withFields`). */
  private factsIndex: ContactIndex | undefined;

  /**
   * Run `write` with each contact's fields text at hand (what `list --json` prints) after a read
   * for the facts only: a contact from the index gets its text through one reused buffer
   * (fields-window.ts), valid until the next contact's is asked for. Returns false, without
   * calling `write`, when the index is no longer the file that was read or its fields are damaged:
   * read everyone in full then.
   */
  withFields(write: (fieldsOf: (stored: Pick<StoredContact, 'fields'>) => Bytes | undefined) => void): boolean {
    const index = this.factsIndex;
    if (!index) {
      write((stored) => stored.fields);
      return true;
    }
    const window = index.openFields();
    if (!window) return false;
    try {
      write((stored) => (stored instanceof IndexedContact && stored.index === index ? index.fieldsThrough(window, stored.at) : stored.fields));
    } finally {
      window.close();
    }
    return true;
  }

  /** After a write or removal the next read is fresh (the atomic writes log themselves for the git auto-commit). */
  private wrote(): void {
    this.all = undefined;
  }

  private async readFolder(factsOnlyAsked: boolean): Promise<ReadAllResult> {
    const startedAt = Date.now();
    const slugs = this.slugs();
    sweepCached(this.dir, 'one', slugs);
    let factsOnly = factsOnlyAsked;
    const index = loadIndex(this.dir, this.contactsDir, { withFields: !factsOnly });
    const journal = loadJournal(this.dir, this.contactsDir);
    /**
     * The index must be rewritten, which needs every kept entry's fields: a facts-only read loads
     * them now and goes on as a full read. False when the index file changed meanwhile: start over.
     */
    const readInFull = () => {
      if (factsOnly && index && !index.loadFields()) return false;
      factsOnly = false;
      return true;
    };
    // Only a warm read: a first run parses every file and does better with V8's defaults.
    if (index && slugs.length >= BIG_FOLDER) await keepYoungGenerationSmall();
    // The index to write back, in slug order: a position in `index` for an entry kept as it is.
    const fresh: (number | [string, IndexEntry])[] = [];
    // Index entries whose file is still there (current or not): fewer than the index holds means
    // files were removed, and the index is rewritten so no copy of their data stays behind.
    let seen = 0;
    // Likewise for the journal's lines: one for a file removed by hand makes the read fold it in.
    let seenInJournal = 0;
    // New entries to remember (a file that cannot be cached is not one): journaled, or folded in.
    const added: JournalEntry[] = [];
    // Journal entries still good but too recent to trust by their key alone: kept in the journal.
    const carried: JournalEntry[] = [];
    let parseContact: ParseContact | undefined;
    const contacts: StoredContact[] = [];
    const problems: DataFileError[] = [];
    let guess = 0;
    for (const slug of slugs) {
      // Plain concatenation: path.join per file is measurable at 10,000 contacts.
      const file = `${this.contactsDir}${sep}${slug}.yaml`;
      if (!isSlug(slug)) {
        // `Maya Chen.yaml` cannot be named on the command line: say so, and read everyone else.
        problems.push(new DataFileError(file, 'the file name is not a contact slug (lower-case letters, digits and dashes)', 'Rename the file, e.g. to maya-chen.yaml'));
        continue;
      }
      if (journal.entries.has(slug)) seenInJournal += 1;
      // A FIFO, socket, folder or symlink leaving the data folder is never opened (data-file.ts).
      const entry = inspect(file, this.dir);
      if (entry.kind === 'absent') continue; // removed meanwhile
      if (entry.kind === 'hostile') {
        problems.push(entry.error);
        continue;
      }
      const { stats } = entry;
      const at = index ? index.find(slug, guess) : -1;
      if (at >= 0) seen += 1;
      if (index && at >= 0 && index.current(at, stats)) {
        guess = at + 1;
        fresh.push(at);
        if (index.isError(at)) {
          const { detail, hint } = index.error(at);
          problems.push(new DataFileError(file, detail, hint ?? ''));
        } else contacts.push(new IndexedContact(slug, this.contactsDir, index, at));
        continue;
      }
      let bytes: Buffer | undefined;
      try {
        bytes = readEntry(file, entry);
      } catch (error) {
        // Replaced by something hostile since the look, or no read permission: skip it, read the rest.
        if (!(error instanceof DataFileError)) throw error;
        problems.push(error);
        continue;
      }
      if (!bytes) continue; // removed meanwhile
      // A file changed this recently may change again within one mtime tick: read, never cached.
      const cacheable = !isRacy(stats, startedAt);
      // Written by the store (or parsed by a read) since the index was saved: its journal line,
      // while the file still has the bytes the line was made from (index-journal.ts).
      const line = journal.entries.get(slug);
      const sha = line || (index && cacheable) ? shaOf(bytes) : '';
      if (line && sameKey(line.key, stats) && line.sha === sha) {
        const entry = this.fromJournal(line, file, contacts, problems);
        if (cacheable) fresh.push([slug, entry]);
        else carried.push(line);
        continue;
      }
      parseContact ??= (await parser()).parseContact;
      try {
        const { contact, warnings } = parseContact(file, decodeText(file, bytes));
        const { text: fieldsText, spliceable } = contactFieldsJson(contact);
        const fields = bytesOf(fieldsText);
        const stored = parsed(slug, file, contact, warnings, fields, spliceable);
        contacts.push(stored);
        // Cached only when the fields text gives back exactly this contact (no NaN, -0, odd keys).
        if (cacheable && survivesJson(contact)) {
          fresh.push([slug, { key: keyOf(stats), facts: stored.facts, warnings, fields, spliceable }]);
          added.push({ slug, key: keyOf(stats), sha, fields: fieldsText, spliceable, warnings });
        }
      } catch (error) {
        if (!(error instanceof DataFileError)) throw error;
        problems.push(error);
        if (cacheable) {
          const failure = { detail: error.detail, ...(error.hint ? { hint: error.hint } : {}) };
          fresh.push([slug, { key: keyOf(stats), error: failure }]);
          added.push({ slug, key: keyOf(stats), sha, error: failure });
        }
      }
    }
    const dropped = seen !== (index?.size ?? 0) || seenInJournal !== journal.entries.size;
    // A few new entries go to the journal; the index is saved whole when there is none yet, files
    // were removed, or the journal has grown (it is then folded in and emptied).
    const whole = dropped || (!index && fresh.length > 0) || journalFull({ ...journal, lines: journal.lines + added.length });
    if (whole) {
      if (!readInFull()) return this.readAll();
      saveIndex(this.dir, this.contactsDir, fresh.map((e) => (typeof e === 'number' ? [(index as ContactIndex).slugs[e] as string, (index as ContactIndex).entry(e)] : e)));
      if (journal.lines || carried.length) resetJournal(this.dir, this.contactsDir, carried);
    } else appendJournal(this.dir, this.contactsDir, added);
    this.factsIndex = factsOnly ? index : undefined;
    return { contacts, problems };
  }

  /** A contact from its journal line (a parse error goes to `problems`), as the index would take it. */
  private fromJournal(line: JournalEntry, file: string, contacts: StoredContact[], problems: DataFileError[]): IndexEntry {
    if (line.error) {
      problems.push(new DataFileError(file, line.error.detail, line.error.hint ?? ''));
      return { key: line.key, error: line.error };
    }
    const fields = bytesOf(line.fields ?? '');
    const stored = parsed(line.slug, file, parseContactFields(line.fields ?? ''), line.warnings ?? [], fields, line.spliceable);
    contacts.push(stored);
    return { key: line.key, facts: stored.facts, warnings: stored.warnings, fields, spliceable: stored.spliceable ?? false };
  }

  /**
   * Keep the index current after this store wrote `text` to `slug`'s file: its entry goes to the
   * journal (index-journal.ts), keyed by the file as it is now and the hash of `text`, so a hand
   * edit in between (even within one mtime tick) only makes the entry unused. Best effort.
   */
  private journal(slug: string, file: string, text: string, contact: Contact, warnings: string[]): void {
    forgetCached(this.dir, `one/${slug}`); // no copy of the old version stays behind
    if (!survivesJson(contact)) return;
    try {
      const { text: fields, spliceable } = contactFieldsJson(contact);
      appendJournal(this.dir, this.contactsDir, [{ slug, key: keyOf(statSync(file)), sha: shaOf(text), fields, spliceable, warnings }]);
    } catch {
      // The next read parses the file instead.
    }
  }

  private prepared = false;

  /** Make the folders exist, private, and clear out temps and edit scratch copies a crash left behind (once per store). */
  prepare(): void {
    holdRepository(this.dir);
    if (this.prepared) return;
    this.prepared = true;
    ensurePrivateDir(this.dir);
    ensurePrivateDir(this.contactsDir);
    sweepTemps(this.contactsDir);
    sweepScratch(this.contactsDir, Date.now());
  }

  /**
   * Run `fn` holding the lock on the whole contacts folder (`contacts/.folder.lock`), for work
   * that plans from everyone and then writes (an import): a second such run waits, then plans from
   * what the first one wrote. Writes of one contact still take that contact's own lock too.
   * A long run calls `keepAlive` now and then, or a waiter takes the lock for a dead one.
   */
  async withFolderLock<T>(fn: (keepAlive: () => void) => Promise<T>): Promise<T> {
    this.prepare();
    return withLockAsync(`${this.contactsDir}${sep}.folder`, (keepAlive) => {
      this.all = undefined; // read again under the lock
      return fn(keepAlive);
    });
  }

  /**
   * Write a new contact under a fresh slug from its name (`-2`, `-3`… when taken). Bulk imports
   * pass `{ fsync: false }` and sync the folder once at the end.
   */
  async create(fields: Record<string, unknown>, options: WriteSettings = {}): Promise<StoredContact> {
    const { text, contact } = (await parser()).renderNewContact(fields);
    // The transliteration table (any-ascii) loads only here, where a new slug is made.
    const { slugify, uniqueSlug } = await import('../domain/slug.js');
    this.prepare();
    const base = slugify(contact.name);
    for (;;) {
      const slug = uniqueSlug(base, (s) => this.exists(s));
      const file = this.pathOf(slug);
      if (atomicCreate(file, text, { ...options, log: this.changes })) {
        this.journal(slug, file, text, contact, []);
        this.wrote();
        return parsed(slug, file, contact, []);
      }
    }
  }

  /** Throw what `create` would refuse about these fields (UsageError), writing nothing. */
  async checkNew(fields: Record<string, unknown>): Promise<void> {
    (await parser()).renderNewContact(fields);
  }

  /**
   * Read-modify-write one contact under its lock. `edit` changes the yaml Document in place; the
   * result is validated before anything is written, and an invalid result writes nothing.
   */
  async update(slug: string, edit: (doc: Document, contact: Contact) => void): Promise<StoredContact> {
    const { applyEdit } = await parser();
    const file = this.pathOf(slug);
    this.prepare();
    // Parsing, editing and validating is most of a write's work, and on a busy machine a process
    // holding the lock can wait long for the CPU: so the edit is made before taking the lock, and
    // under it only checked against the file (and made again there if another writer got in first,
    // now with warm code). `edit` may therefore run more than once; the last run is what is saved.
    const before = this.readText(slug);
    let result = applyEdit(file, slug, before, edit);
    withLock(file, () => {
      const now = this.readText(slug);
      if (now !== before) result = applyEdit(file, slug, now, edit);
      atomicWrite(file, result.text, { log: this.changes });
      this.journal(slug, file, result.text, result.parsed.contact, result.parsed.warnings);
    });
    this.wrote();
    return parsed(slug, file, result.parsed.contact, result.parsed.warnings);
  }

  /**
   * Replace a contact's file with text a person wrote (the `edit` flow); validated first.
   * `original` is the text the edit started from: when the file no longer holds it (another
   * command wrote meanwhile), nothing is written. Checked under the lock, so no write slips in
   * between the check and the replace.
   */
  async replaceText(slug: string, text: string, original: string, options: WriteSettings = {}): Promise<StoredContact> {
    const file = this.pathOf(slug);
    holdRepository(this.dir);
    const { contact, warnings } = (await parser()).parseContact(file, text);
    withLock(file, () => {
      if (this.readText(slug) !== original) {
        throw new UserError(`${slug} changed on disk while you were editing; your edit was not saved`, `Run \`infoview edit ${slug}\` again`);
      }
      atomicWrite(file, text, { ...options, log: this.changes });
      this.journal(slug, file, text, contact, warnings);
    });
    this.wrote();
    return parsed(slug, file, contact, warnings);
  }

  remove(slug: string): void {
    const file = this.pathOf(slug);
    holdRepository(this.dir);
    withLock(file, () => {
      if (!this.exists(slug)) throw notFound(slug);
      refuseWhileSyncStopped(file); // a removal is a data write too
      unlinkSync(file);
    });
    this.changes.changed(file);
    try {
      forgetContact(this.dir, this.contactsDir, slug);
      const journal = loadJournal(this.dir, this.contactsDir);
      if (journal.entries.delete(slug)) resetJournal(this.dir, this.contactsDir, [...journal.entries.values()]);
    } catch {
      // The index only ever holds derived data; the next read drops the entry anyway.
    }
    this.wrote();
  }
}
