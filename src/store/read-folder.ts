/**
 * A read of the whole contacts folder through the one cache (contact-cache.ts): each file's line
 * while it is current, the file parsed otherwise; then the cache is brought up to date, by
 * appending the new lines or, when it must, rewriting it.
 */
import { basename, sep } from 'node:path';
import type { StoredContact } from '../domain/contact-fields.js';
import type { Contact } from '../domain/schema.js';
import { isSlug } from '../domain/slug-shape.js';
import { DataFileError } from '../errors.js';
import { appendEntries, CONFIG_NAME, contactOf, crcOf, current, isRacy, keyOf, loadCache, rewriteCache, TAIL_LIMIT, type Entry } from './contact-cache.js';
import { survivesJson } from '../domain/survives-json.js';
import { decodeText, inspect, readEntry } from './data-file.js';
import { parsed } from './stored-contact.js';

export interface ReadAllResult {
  contacts: StoredContact[];
  /** Files that could not be read; every other contact stays usable. */
  problems: DataFileError[];
}

const parser = () => import('./contact-file.js');

type ParseContact = Awaited<ReturnType<typeof parser>>['parseContact'];

const MISNAMED = 'the file name is not a contact slug (lower-case letters, digits and dashes)';

/** `Maya Chen.yaml` or `Maya.yaml` cannot be named on the command line: what `list` warns and `show maya` says. */
export function misnamed(file: string): DataFileError {
  const name = basename(file).replace(/\.yaml$/i, '');
  const slug = /^[\x20-\x7e]+$/.test(name) ? name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : '';
  return new DataFileError(file, MISNAMED, `Rename the file${isSlug(slug) ? ` to ${slug}.yaml` : ', e.g. to maya-chen.yaml'}`);
}
export const isMisnamed = (problem: DataFileError): boolean => problem.detail === MISNAMED;

/** Every contact among `slugs` (sorted), and the files that could not be read. */
export async function readFolder(dir: string, contactsDir: string, slugs: readonly string[]): Promise<ReadAllResult> {
  const startedAt = Date.now();
  const cache = loadCache(dir);
  // What the cache holds after this read, in slug order; `added` are its new lines.
  const kept: [string, Entry][] = [];
  const added: [string, Entry][] = [];
  // Cached names whose file is still there: fewer than the cache holds means files were
  // removed, and the cache is rewritten so no copy of their data stays behind.
  let seen = 0;
  let parseContact: ParseContact | undefined;
  const contacts: StoredContact[] = [];
  const problems: DataFileError[] = [];
  for (const slug of slugs) {
    // Plain concatenation: path.join per file is measurable at 10,000 contacts.
    const file = `${contactsDir}${sep}${slug}.yaml`;
    if (!isSlug(slug)) {
      problems.push(misnamed(file));
      continue;
    }
    // A FIFO, socket, folder or symlink leaving the data folder is never opened (data-file.ts).
    const entry = inspect(file, dir);
    if (entry.kind === 'absent') continue; // removed meanwhile
    if (entry.kind === 'hostile') {
      problems.push(entry.error);
      continue;
    }
    const old = cache.entries.get(slug);
    if (old) seen += 1;
    let bytes: Buffer | undefined;
    let read: Buffer | undefined;
    try {
      const load = () => (bytes ??= readEntry(file, entry));
      if (old && current(old, entry.stats, load)) {
        // Its bytes were checked just now: renewed, and appended once the file is two seconds old, the line's key alone will do.
        const line: [string, Entry] = [slug, bytes ? { ...old, at: startedAt } : old];
        kept.push(line);
        if (bytes && !isRacy(entry.stats, startedAt)) added.push(line);
        if (old.error) problems.push(new DataFileError(file, old.error.detail, old.error.hint ?? ''));
        else contacts.push(parsed(slug, file, old.contact ?? (() => contactOf(old) as Contact), old.warnings ?? [], old.facts));
        continue;
      }
      read = load();
      if (!read) continue; // removed meanwhile
    } catch (error) {
      // Replaced by something hostile since the look, or no read permission: skip it, read the rest.
      if (!(error instanceof DataFileError)) throw error;
      problems.push(error);
      continue;
    }
    const line = { key: keyOf(entry.stats), crc: crcOf(read), at: startedAt };
    parseContact ??= (await parser()).parseContact;
    let fresh: Entry | undefined;
    try {
      const { contact, warnings } = parseContact(file, decodeText(file, read));
      const stored = parsed(slug, file, contact, warnings);
      contacts.push(stored);
      // Cached only when JSON gives back exactly this contact (no NaN, -0, odd keys).
      if (survivesJson(contact)) fresh = { ...line, contact, facts: stored.facts, warnings };
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.push(error);
      fresh = { ...line, error: { detail: error.detail, ...(error.hint ? { hint: error.hint } : {}) } };
    }
    if (fresh) {
      kept.push([slug, fresh]);
      added.push([slug, fresh]);
    }
  }
  const config = cache.entries.get(CONFIG_NAME);
  if (config) kept.push([CONFIG_NAME, config]);
  const removed = seen + (config ? 1 : 0) < cache.entries.size;
  if (cache.tail < 0 ? kept.length > 0 : removed || cache.tail + added.length > TAIL_LIMIT) rewriteCache(dir, kept);
  else appendEntries(dir, added);
  return { contacts, problems };
}
