/**
 * The contact folder: one YAML file per person. Reads validate; writes are atomic and locked;
 * edits go through the yaml Document so a person's comments and key order survive.
 * The parser (yaml, zod) is imported only when a file actually has to be parsed.
 */
import { sep } from 'node:path';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, type Stats } from 'node:fs';
import type { Document } from 'yaml';
import type { Contact } from '../domain/schema.js';
import { isSlug } from '../domain/slug-shape.js';
import { DataFileError, UserError } from '../errors.js';
import { atomicCreate, atomicWrite, ensurePrivateDir, sweepTemps, type WriteOptions } from './atomic.js';
import { entryFor, forgetContact, isCurrent, loadIndex, saveIndex, type IndexEntry } from './contact-index.js';
import { readCached, writeCached } from './file-cache.js';
import { withLock } from './lock.js';
import { contactPathOf, contactsDirOf } from './paths.js';

/** A contact as read from disk. */
export interface StoredContact {
  slug: string;
  file: string;
  contact: Contact;
  /** Unknown keys that look like typos of known ones, as readable lines. */
  warnings: string[];
}

export interface ReadAllResult {
  contacts: StoredContact[];
  /** Files that could not be read; every other contact stays usable. */
  problems: DataFileError[];
}

const parser = () => import('./contact-file.js');
type ParseContact = Awaited<ReturnType<typeof parser>>['parseContact'];

function notFound(slug: string): UserError {
  return new UserError(`no contact "${slug}"`, 'See who is there with `infoview list`');
}

export class ContactStore {
  readonly dir: string;
  readonly contactsDir: string;
  /** Files this process wrote or removed, for the git auto-commit. */
  readonly changed: string[] = [];

  constructor(dir: string) {
    this.dir = dir;
    this.contactsDir = contactsDirOf(dir);
  }

  pathOf(slug: string): string {
    return contactPathOf(this.dir, slug);
  }

  exists(slug: string): boolean {
    return existsSync(this.pathOf(slug));
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

  /** The file's text; a missing contact is a UserError. */
  readText(slug: string): string {
    try {
      return readFileSync(this.pathOf(slug), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(slug);
      throw error;
    }
  }

  /** One contact by its exact slug: just that file (or its cached parse while the file is unchanged). */
  async read(slug: string): Promise<StoredContact> {
    const file = this.pathOf(slug);
    const startedAt = Date.now();
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) throw notFound(slug);
    const name = `one/${slug}`;
    const hit = readCached<{ contact: Contact; warnings: string[] }>(this.dir, name, file, stats);
    if (hit?.contact && Array.isArray(hit.warnings)) return { slug, file, contact: hit.contact, warnings: hit.warnings };
    const text = this.readText(slug);
    const { contact, warnings } = (await parser()).parseContact(file, text);
    writeCached(this.dir, name, file, stats, startedAt, { contact, warnings });
    return { slug, file, contact, warnings };
  }

  /**
   * Every contact, and the files that could not be read. Files unchanged since the last run come
   * from the derived index (contact-index.ts) without loading the parser; the rest are parsed.
   */
  async readAll(): Promise<ReadAllResult> {
    const startedAt = Date.now();
    const cached = loadIndex(this.dir, this.contactsDir);
    const fresh = new Map<string, unknown>();
    let dirty = false;
    let parseContact: ParseContact | undefined;
    const contacts: StoredContact[] = [];
    const problems: DataFileError[] = [];
    for (const slug of this.slugs()) {
      // Plain concatenation: path.join per file is measurable at 10,000 contacts.
      const file = isSlug(slug) ? `${this.contactsDir}${sep}${slug}.yaml` : this.pathOf(slug);
      let stats: Stats | undefined;
      let text: string;
      try {
        stats = statSync(file, { throwIfNoEntry: false });
        if (!stats) continue; // removed meanwhile
        const hit = cached.get(slug);
        if (hit && isCurrent(hit, stats)) {
          fresh.set(slug, hit);
          if (hit.contact) contacts.push({ slug, file, contact: hit.contact, warnings: hit.warnings ?? [] });
          else if (hit.error) problems.push(new DataFileError(file, hit.error.detail, hit.error.hint ?? ''));
          continue;
        }
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // removed meanwhile
        throw error;
      }
      dirty = true;
      parseContact ??= (await parser()).parseContact;
      let entry: IndexEntry | undefined;
      try {
        const { contact, warnings } = parseContact(file, text);
        contacts.push({ slug, file, contact, warnings });
        entry = entryFor(stats, startedAt, { contact, warnings });
      } catch (error) {
        if (!(error instanceof DataFileError)) throw error;
        problems.push(error);
        entry = entryFor(stats, startedAt, { error: { detail: error.message.slice(file.length + 2), ...(error.hint ? { hint: error.hint } : {}) } });
      }
      if (entry) fresh.set(slug, entry);
    }
    if (dirty || fresh.size !== cached.size) saveIndex(this.dir, this.contactsDir, fresh);
    return { contacts, problems };
  }

  private prepared = false;

  /** Make the folders exist, private, and clear out temps a crash left behind (once per store). */
  prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    ensurePrivateDir(this.dir);
    ensurePrivateDir(this.contactsDir);
    sweepTemps(this.contactsDir);
  }

  /**
   * Write a new contact under a fresh slug from its name (`-2`, `-3`… when taken). Bulk imports
   * pass `{ fsync: false }` and sync the folder once at the end.
   */
  async create(fields: Record<string, unknown>, options: WriteOptions = {}): Promise<StoredContact> {
    const { text, contact } = (await parser()).renderNewContact(fields);
    // The transliteration table (any-ascii) loads only here, where a new slug is made.
    const { slugify, uniqueSlug } = await import('../domain/slug.js');
    this.prepare();
    const base = slugify(contact.name);
    for (;;) {
      const slug = uniqueSlug(base, (s) => this.exists(s));
      const file = this.pathOf(slug);
      if (atomicCreate(file, text, options)) {
        this.changed.push(file);
        return { slug, file, contact, warnings: [] };
      }
    }
  }

  /**
   * Read-modify-write one contact under its lock. `edit` changes the yaml Document in place; the
   * result is validated before anything is written, and an invalid result writes nothing.
   */
  async update(slug: string, edit: (doc: Document, contact: Contact) => void): Promise<StoredContact> {
    const { applyEdit } = await parser();
    const file = this.pathOf(slug);
    this.prepare();
    return withLock(file, () => {
      const { text, parsed } = applyEdit(file, slug, this.readText(slug), edit);
      atomicWrite(file, text);
      this.changed.push(file);
      return { slug, file, contact: parsed.contact, warnings: parsed.warnings };
    });
  }

  /** Replace a contact's file with text a person wrote (the `edit` flow); validated first. */
  async replaceText(slug: string, text: string): Promise<StoredContact> {
    const file = this.pathOf(slug);
    const { contact, warnings } = (await parser()).parseContact(file, text);
    withLock(file, () => atomicWrite(file, text));
    this.changed.push(file);
    return { slug, file, contact, warnings };
  }

  remove(slug: string): void {
    const file = this.pathOf(slug);
    withLock(file, () => {
      if (!existsSync(file)) throw notFound(slug);
      unlinkSync(file);
    });
    try {
      forgetContact(this.dir, this.contactsDir, slug);
    } catch {
      // The index only ever holds derived data; the next read drops the entry anyway.
    }
    this.changed.push(file);
  }
}
