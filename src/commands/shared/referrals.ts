/**
 * `debrief`'s last step: each referral becomes a contact introduced by the person met, unless it
 * is someone already there. A name that only partly matches contacts ("Sam" with Sam Rivera and
 * Sam Lee) is never guessed: on a terminal the person picks one or says it is someone new.
 */
import type { Context } from '../../context.js';
import type { StoredContact } from '../../domain/contact-fields.js';
import { matchContact } from '../../domain/match.js';
import type { Prompter } from '../../prompts.js';
import { labelOf, namesakeOf } from './namesake.js';

export interface Asking {
  /** The prompts, on a terminal: to choose between partial matches. */
  ask?: Prompter | undefined;
  /** Confirm each new contact first (not with --add-referrals). */
  confirm: boolean;
}

/** Contacts `name` could mean without being their full name: by a word or a prefix of the name. */
function partialMatches(name: string, contacts: readonly StoredContact[]): StoredContact[] {
  const found = matchContact(name, contacts.map((c) => ({ slug: c.slug, name: c.contact.name, c })));
  if (found.kind === 'found') return [found.contact.c];
  return found.kind === 'ambiguous' ? found.candidates.map((x) => x.c) : [];
}

// Never a slug: slugs are lower-case letters, digits and dashes.
const NEW = '+new';
const SKIP = '+skip';

/** Which contact `name` is, when it partly matches some: one of them, someone new, or skip. */
async function choose(ask: Prompter, name: string, from: StoredContact, matches: StoredContact[]) {
  const which = matches.length > 1 ? `matches ${matches.length} of your contacts` : `could be ${matches[0]?.contact.name}, already a contact`;
  return ask.select<string>({
    message: `"${name}" ${which}. Who did ${from.contact.name} suggest?`,
    choices: [
      ...matches.map((c) => ({ name: labelOf(c), value: c.slug })),
      { name: `someone new: add ${name} as a contact introduced by ${from.contact.name}`, value: NEW },
      { name: 'skip: add nobody', value: SKIP },
    ],
  });
}

export async function addReferrals(ctx: Context, from: StoredContact, referrals: string[], { ask, confirm }: Asking): Promise<void> {
  const store = ctx.store();
  const { contacts } = await store.readAll();
  for (const name of referrals) {
    const existing = namesakeOf(name, contacts);
    if (existing) {
      ctx.out(`${name} is already a contact (${existing.slug}); not added again.`);
      continue;
    }
    const matches = partialMatches(name, contacts.filter((c) => c.slug !== from.slug));
    if (matches.length && !ask) {
      ctx.warn(ctx.paintErr.yellow(`note: ${name} may be ${matches.map(labelOf).join(' or ')}; not added`));
      ctx.warn(ctx.paintErr.dim(`  If they are someone new: infoview add contact "${name}" --introduced-by ${from.slug}`));
      continue;
    }
    if (matches.length && ask) {
      const choice = await choose(ask, name, from, matches);
      if (choice === SKIP) continue;
      const chosen = matches.find((c) => c.slug === choice);
      if (chosen) {
        ctx.out(`${name} is ${chosen.contact.name} (${chosen.slug}), already a contact; not added again.`);
        continue;
      }
    } else if (ask && confirm && !(await ask.confirm({ message: `Add ${name} as a contact introduced by ${from.contact.name}?`, default: true }))) continue;
    const created = await store.create({ name, source: 'referral', introducedBy: from.slug });
    contacts.push(created);
    ctx.out(`Added ${ctx.paint.bold(name)} as ${ctx.paint.cyan(created.slug)} (introduced by ${from.slug}). Next: infoview draft ${created.slug} --kind intro`);
  }
}
