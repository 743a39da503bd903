/**
 * The contact folder: one YAML file per person. Reads validate; writes are atomic and locked;
 * edits go through the yaml Document so a person's comments and key order survive.
 * The parser (yaml, zod) is imported only when a file actually has to be parsed.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import type { Document } from 'yaml';
import type { Contact } from '../domain/schema.js';
import { slugify, uniqueSlug } from '../domain/slug.js';
import { DataFileError, UserError } from '../errors.js';
import { atomicCreate, atomicWrite, ensurePrivateDir, sweepTemps, type WriteOptions } from './atomic.js';
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

  async read(slug: string): Promise<StoredContact> {
    const text = this.readText(slug);
    const file = this.pathOf(slug);
    const { contact, warnings } = (await parser()).parseContact(file, text);
    return { slug, file, contact, warnings };
  }

  async readAll(): Promise<ReadAllResult> {
    const { parseContact } = await parser();
    const contacts: StoredContact[] = [];
    const problems: DataFileError[] = [];
    for (const slug of this.slugs()) {
      const file = this.pathOf(slug);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // removed meanwhile
        throw error;
      }
      try {
        const { contact, warnings } = parseContact(file, text);
        contacts.push({ slug, file, contact, warnings });
      } catch (error) {
        if (error instanceof DataFileError) problems.push(error);
        else throw error;
      }
    }
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
    this.changed.push(file);
  }
}
