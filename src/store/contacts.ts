/**
 * The contact folder: one YAML file per person. Reads validate; writes are atomic and locked;
 * edits go through the yaml Document so a person's comments and key order survive.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { Document, isMap, YAMLMap } from 'yaml';
import { ContactSchema, KNOWN_KEYS, type Contact } from '../domain/schema.js';
import { slugify, uniqueSlug } from '../domain/slug.js';
import { likelyTypo } from '../domain/text.js';
import { DataFileError, UsageError, UserError } from '../errors.js';
import { atomicCreate, atomicWrite, ensurePrivateDir, sweepTemps } from './atomic.js';
import { withLock } from './lock.js';
import { contactPathOf, contactsDirOf } from './paths.js';
import { fieldPath, parseYamlFile } from './yaml-file.js';

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

const FIX_HINT = 'Fix it by hand (infoview leaves it untouched), or open it with `infoview edit`';
const YAML_OPTIONS = { lineWidth: 0 } as const;

function typoWarnings(file: string, contact: Contact): string[] {
  const out: string[] = [];
  const check = (obj: Record<string, unknown>, known: readonly string[], at: (string | number)[]) => {
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const guess = likelyTypo(key, known);
      if (guess) out.push(`${file}: unknown key "${fieldPath([...at, key])}", did you mean "${guess}"?`);
    }
  };
  check(contact, KNOWN_KEYS.contact, []);
  contact.outreach?.forEach((o, i) => check(o, KNOWN_KEYS.outreach, ['outreach', i]));
  contact.meetings?.forEach((m, i) => check(m, KNOWN_KEYS.meeting, ['meetings', i]));
  return out;
}

/** Parse a contact file's text. Throws DataFileError naming the line or field. */
export function parseContact(file: string, text: string): { doc: Document; contact: Contact; warnings: string[] } {
  const { doc, data } = parseYamlFile(file, text, ContactSchema, FIX_HINT);
  return { doc, contact: data, warnings: typoWarnings(file, data) };
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

  read(slug: string): StoredContact {
    const file = this.pathOf(slug);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UserError(`no contact "${slug}"`, 'See who is there with `infoview list`');
      }
      throw error;
    }
    const { contact, warnings } = parseContact(file, text);
    return { slug, file, contact, warnings };
  }

  readAll(): ReadAllResult {
    const contacts: StoredContact[] = [];
    const problems: DataFileError[] = [];
    for (const slug of this.slugs()) {
      try {
        contacts.push(this.read(slug));
      } catch (error) {
        if (error instanceof DataFileError) problems.push(error);
        else if (error instanceof UserError) continue; // removed between readdir and read
        else throw error;
      }
    }
    return { contacts, problems };
  }

  /** Make the folders exist, private, and clear out temps a crash left behind. */
  prepare(): void {
    ensurePrivateDir(this.dir);
    ensurePrivateDir(this.contactsDir);
    sweepTemps(this.contactsDir);
  }

  /**
   * Write a new contact under a fresh slug from its name (`-2`, `-3`… when taken). Key order is the
   * order of `fields`; list values named in `flowLists` are written inline (`tags: [a, b]`).
   */
  create(fields: Record<string, unknown>, flowLists: readonly string[] = ['tags']): StoredContact {
    const name = String(fields.name ?? '');
    const validated = ContactSchema.safeParse(fields);
    if (!validated.success) {
      const issue = validated.error.issues[0];
      throw new UserError(`${fieldPath((issue?.path ?? []) as PropertyKey[]) || 'contact'}: ${issue?.message ?? 'invalid'}`, 'Check the value and try again');
    }
    this.prepare();
    const text = this.render(fields, flowLists);
    const base = slugify(name);
    for (;;) {
      const slug = uniqueSlug(base, (s) => this.exists(s));
      const file = this.pathOf(slug);
      if (atomicCreate(file, text)) {
        this.changed.push(file);
        return { slug, file, contact: validated.data, warnings: [] };
      }
    }
  }

  private render(fields: Record<string, unknown>, flowLists: readonly string[]): string {
    const doc = new Document();
    const map = new YAMLMap();
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      const node = doc.createNode(value);
      if (flowLists.includes(key) && 'flow' in node) (node as { flow: boolean }).flow = true;
      map.set(key, node);
    }
    doc.contents = map;
    return doc.toString(YAML_OPTIONS);
  }

  /**
   * Read-modify-write one contact under its lock. `edit` changes the Document in place; the result
   * is validated before anything is written, and an invalid result writes nothing.
   */
  update(slug: string, edit: (doc: Document, contact: Contact) => void): StoredContact {
    const file = this.pathOf(slug);
    this.prepare();
    return withLock(file, () => {
      const current = this.readRaw(slug);
      const { doc, contact } = parseContact(file, current);
      if (!isMap(doc.contents)) throw new DataFileError(file, 'is not a mapping', FIX_HINT);
      edit(doc, contact);
      const text = doc.toString(YAML_OPTIONS);
      let next: ReturnType<typeof parseContact>;
      try {
        next = parseContact(file, text);
      } catch (error) {
        const detail = error instanceof DataFileError ? error.message.slice(file.length + 2) : String(error);
        throw new UsageError(`that change would make ${slug} invalid: ${detail}`, 'Nothing was saved; check the value and try again', { cause: error });
      }
      atomicWrite(file, text);
      this.changed.push(file);
      return { slug, file, contact: next.contact, warnings: next.warnings };
    });
  }

  /** Replace a contact's file with text a person wrote (the `edit` flow); validated first. */
  replaceText(slug: string, text: string): StoredContact {
    const file = this.pathOf(slug);
    const { contact, warnings } = parseContact(file, text);
    withLock(file, () => atomicWrite(file, text));
    this.changed.push(file);
    return { slug, file, contact, warnings };
  }

  readRaw(slug: string): string {
    try {
      return readFileSync(this.pathOf(slug), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UserError(`no contact "${slug}"`, 'See who is there with `infoview list`');
      }
      throw error;
    }
  }

  remove(slug: string): void {
    const file = this.pathOf(slug);
    withLock(file, () => unlinkSync(file));
    this.changed.push(file);
  }
}
