/**
 * The contact folder: one YAML file per person. Reads validate; writes are atomic and locked;
 * edits go through the yaml Document so a person's comments and key order survive.
 * The parser (yaml, zod) is imported only when a file actually has to be parsed: the cache
 * (contact-cache.ts) holds every file's parse, and every write appends to it.
 */
import { join, sep } from 'node:path';
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import type { Document } from 'yaml';
import type { Contact } from '../domain/schema.js';
import type { StoredContact } from '../domain/contact-fields.js';
import { UserError } from '../errors.js';
import { atomicCreate, atomicWrite, ensurePrivateDir, sweepTemps, type WriteSettings } from './atomic.js';
import { ChangeLog } from './change-log.js';
import { appendEntries, contactOf, crcOf, current, isRacy, keyOf, loadCache, lookup, rewriteCache } from './contact-cache.js';
import { survivesJson } from '../domain/survives-json.js';
import { decodeText, inspect, readEntry, type Entry } from './data-file.js';
import { fileOps, listedName } from './file-ops.js';
import { sweepScratch } from './edit-scratch.js';
import { parsed } from './stored-contact.js';
import { misnamed, readFolder, type ReadAllResult } from './read-folder.js';
import { withLock, withLockAsync } from './lock.js';
import { holdRepository } from './repository-lock.js';
import { refuseWhileSyncStopped } from './sync-stop.js';
import { contactPathOf, contactsDirOf } from './paths.js';

const parser = () => import('./contact-file.js');

function notFound(slug: string): UserError {
  return new UserError(`no contact "${slug}"`, 'See who is there with `infoview list`');
}

export class ContactStore {
  readonly contactsDir: string;

  /** `changes`: where this store's writes are noted for the git auto-commit, the command's (Context `changes`). */
  constructor(readonly dir: string, readonly changes = new ChangeLog()) {
    this.contactsDir = contactsDirOf(dir);
  }

  pathOf(slug: string): string {
    return contactPathOf(this.dir, slug);
  }

  /**
   * Anything at the name counts, even a FIFO, a dangling symlink or (where case is folded)
   * `Maya.yaml` for `maya`: a new contact never takes it.
   */
  exists(slug: string): boolean {
    return fileOps.lstat(this.pathOf(slug)) !== undefined;
  }

  /**
   * What is at `slug`'s file (data-file.ts), by the name its folder lists: `Maya.yaml`, which a
   * case-insensitive system opens as `maya.yaml`, is refused as `list` refuses it, never read or
   * written (a write would rename it).
   */
  private look(slug: string): Entry {
    const file = this.pathOf(slug);
    const listed = listedName(file);
    if (listed === undefined) return { kind: 'absent' };
    return listed === `${slug}.yaml` ? inspect(file, this.dir) : { kind: 'hostile', error: misnamed(join(this.contactsDir, listed)) };
  }

  /** Every slug in the folder, sorted. A missing folder has none. */
  slugs(): string[] {
    let names: string[] = [];
    try {
      names = readdirSync(this.contactsDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return names.filter((n) => n.endsWith('.yaml') && !n.startsWith('.')).map((n) => n.slice(0, -'.yaml'.length)).sort();
  }

  /** The file's text; a missing contact is a UserError, anything but a UTF-8 file a DataFileError (data-file.ts). */
  readText(slug: string): string {
    const [file, entry] = [this.pathOf(slug), this.look(slug)];
    if (entry.kind === 'hostile') throw entry.error;
    const bytes = entry.kind === 'file' ? readEntry(file, entry) : undefined;
    if (!bytes) throw notFound(slug);
    return decodeText(file, bytes);
  }

  /** One contact by its exact slug: its line in the cache while the file is unchanged, else the file parsed. */
  async read(slug: string): Promise<StoredContact> {
    const file = this.pathOf(slug);
    const startedAt = Date.now();
    const entry = this.look(slug);
    if (entry.kind === 'absent') {
      this.forget(slug); // deleted by hand or by a sync: no copy of it stays behind
      throw notFound(slug);
    }
    if (entry.kind === 'hostile') throw entry.error;
    let bytes: Buffer | undefined;
    const load = () => (bytes ??= readEntry(file, entry));
    const hit = lookup(this.dir, slug);
    const cached = hit && contactOf(hit);
    if (hit && cached && current(hit, entry.stats, load)) {
      // Its bytes checked two seconds after the file changed: renewed, later reads trust its key.
      if (bytes && !isRacy(entry.stats, startedAt)) appendEntries(this.dir, [[slug, { ...hit, at: startedAt }]]);
      return parsed(slug, file, cached, hit.warnings ?? [], hit.facts);
    }
    const read = load();
    if (!read) throw notFound(slug);
    const { contact, warnings } = (await parser()).parseContact(file, decodeText(file, read));
    // A file just changed (by the write this command is about to make, often) is not worth a line yet.
    if (!isRacy(entry.stats, startedAt) && survivesJson(contact)) appendEntries(this.dir, [[slug, { key: keyOf(entry.stats), crc: crcOf(read), at: startedAt, contact, warnings }]]);
    return parsed(slug, file, contact, warnings);
  }

  /**
   * Every contact, and the files that could not be read. Files unchanged since they were cached
   * come from the cache (contact-cache.ts) without loading the parser; the rest are parsed.
   */
  async readAll(): Promise<ReadAllResult> {
    // A command that looks someone up and then lists everyone reads the folder once.
    return (this.all ??= await readFolder(this.dir, this.contactsDir, this.slugs()));
  }

  /** The last read, until this store writes or removes: then the next read is fresh. */
  private all: ReadAllResult | undefined;

  /**
   * Keep the cache current after this store wrote `text` to `slug`'s file: the file's line is
   * appended, keyed by the file as it is now and the checksum of `text`. Its `at` is the file's
   * own change time, so reads check the bytes until one, two seconds later, renews the line: a hand
   * edit right after (even within one mtime tick) only makes the line unused.
   */
  private remember(slug: string, file: string, text: string, contact: Contact, warnings: string[]): void {
    if (!survivesJson(contact)) return;
    try {
      const stats = statSync(file);
      appendEntries(this.dir, [[slug, { key: keyOf(stats), crc: crcOf(text), at: Math.max(stats.mtimeMs, stats.ctimeMs), contact, warnings }]]);
    } catch {
      // The next read parses the file instead.
    }
  }

  /** No copy of a removed person stays behind in the cache: it is rewritten without them. */
  private forget(slug: string): void {
    const cache = loadCache(this.dir);
    if (cache.entries.delete(slug)) rewriteCache(this.dir, cache.entries);
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
        this.remember(slug, file, text, contact, []);
        this.all = undefined;
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
      this.remember(slug, file, result.text, result.parsed.contact, result.parsed.warnings);
    });
    this.all = undefined;
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
      this.remember(slug, file, text, contact, warnings);
    });
    this.all = undefined;
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
    this.forget(slug);
    this.all = undefined;
  }
}
