/** Find the one contact a person named on the command line (SPEC "Naming a contact"). */
import { matchContact, type Candidate } from '../domain/match.js';
import { basename } from 'node:path';
import { isSlug } from '../domain/slug-shape.js';
import { UserError, type DataFileError } from '../errors.js';
import { isMisnamed } from './read-folder.js';
import { isConflictProblem } from './sync-stop.js';
import type { StoredContact } from '../domain/contact-fields.js';
import type { ContactStore } from './contacts.js';

const describe = (c: Candidate) => [c.slug, c.company, c.role].filter(Boolean).join(' · ');

export interface Lookup {
  contact: StoredContact;
  /** Files that could not be read while searching (empty on the exact-slug fast path). */
  problems: DataFileError[];
}

/**
 * An exact slug reads just that file; anything else reads the folder and matches names.
 * Unknown or ambiguous is a UserError listing the closest names or every candidate.
 */
export async function findContact(store: ContactStore, query: string): Promise<Lookup> {
  if (isSlug(query) && store.exists(query)) return { contact: await store.read(query), problems: [] };
  const { contacts, problems } = await store.readAll();
  // `Maya.yaml` is not maya's file: said here as `store.read` says it where case is folded (macOS, Windows).
  const misnamed = isSlug(query) && problems.find((p) => isMisnamed(p) && basename(p.file).toLowerCase() === `${query}.yaml`);
  if (misnamed) throw misnamed;
  const candidates = contacts.map((c) => ({ slug: c.slug, name: c.contact.name, company: c.contact.company, role: c.contact.role, stored: c }));
  const result = matchContact(query, candidates);
  if (result.kind === 'found') return { contact: result.contact.stored, problems };
  if (result.kind === 'ambiguous') {
    const list = result.candidates.map((c) => `    ${c.name} (${describe(c)})`).join('\n');
    throw new UserError(`"${query}" matches ${result.candidates.length} contacts`, `Name one by its slug:\n${list}`);
  }
  const hint = result.suggestions.length
    ? `Did you mean: ${result.suggestions.map((c) => `${c.name} (${c.slug})`).join(', ')}?`
    : contacts.length
      ? 'See who is there with `infoview list`'
      : 'There are no contacts yet: add one with `infoview add contact "Full Name"`';
  // The person may be in a file that does not read: say so rather than pretend they do not exist.
  const unreadable = problems.filter((p) => !isMisnamed(p)).map((p) => basename(p.file, '.yaml'));
  const renames = problems.filter(isMisnamed).map((p) => `\n  Not searched: ${basename(p.file)}. ${p.hint}`);
  const fix = `\`infoview edit ${unreadable.length === 1 ? unreadable[0] : '<slug>'}\``;
  const why = problems.some(isConflictProblem) ? `a merge conflict between two machines: resolve it with ${fix}, then \`infoview sync\`` : `fix with ${fix}`;
  const also = unreadable.length ? `\n  Not searched, because they do not read: ${unreadable.join(', ')} (${why})` : '';
  throw new UserError(`no contact matches "${query}"`, hint + also + renames.join(''));
}
