/** `infoview list`: one line per contact with status and next step. */
import type { Context } from '../context.js';
import { dueItemsFor } from '../domain/due.js';
import type { Status } from '../domain/enums.js';
import type { StoredContact } from '../store/contacts.js';
import { nextStep } from '../render/next-step.js';
import { fold } from '../domain/text.js';
import { writeListJson } from '../render/contact-json.js';
import { table } from '../render/table.js';
import { deriveStatus } from '../domain/status.js';
import { warnProblems } from './common.js';

interface Options {
  status?: Status;
  tag?: string;
  field?: string;
  json?: boolean;
}

/**
 * Name order without ICU's collator (whose start-up alone costs more than sorting 10,000 names):
 * the folded names (accents and case), then the names as written.
 */
function byName(a: StoredContact, b: StoredContact): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  const [x, y] = [a.facts.name, b.facts.name];
  return x < y ? -1 : x > y ? 1 : 0;
}

export async function run(ctx: Context, options: Options): Promise<void> {
  const { contacts, problems } = await ctx.store().readAll({ factsOnly: !options.json });
  const config = await ctx.config();
  const { meetingMinutes } = config.defaults;
  warnProblems(ctx, problems);
  const tag = options.tag === undefined ? undefined : fold(options.tag);
  const field = options.field === undefined ? undefined : fold(options.field);
  const itemsOf = dueItemsFor(contacts, ctx.now, config);
  // Everything here reads the facts only: the full contact is never parsed (see store/contact-index.ts),
  // and no contact's due items are kept once its next step is written.
  const rows = contacts
    .map((stored) => ({ stored, status: deriveStatus(stored.facts, ctx.now, meetingMinutes), next: '', overdue: undefined as boolean | undefined }))
    .filter(({ stored: { facts }, status }) =>
      (!options.status || status === options.status) &&
      (tag === undefined || (facts.tags ?? []).some((t) => fold(t) === tag)) &&
      (field === undefined || fold(facts.field ?? '').includes(field)),
    )
    .sort((a, b) => byName(a.stored, b.stored));
  for (const r of rows) {
    const items = itemsOf(r.stored);
    r.next = nextStep(r.stored.facts, r.stored.slug, r.status, items, ctx.now);
    // For the table's colour: whether the most urgent item listed now is overdue.
    r.overdue = items.find((i) => i.listed)?.overdue;
  }

  if (options.json) {
    // The fields stay the bytes the index holds: never decoded, parsed or serialised.
    writeListJson(
      rows.map(({ stored, status, next }) => ({ slug: stored.slug, status, nextStep: next, fields: stored.spliceable ? stored.fields : undefined, contact: () => stored.contact })),
      (chunk) => ctx.io.stdout.write(chunk),
    );
    return;
  }
  if (!rows.length) {
    const filtered = options.status || options.tag || options.field;
    ctx.out(filtered ? 'No contacts match those filters. Try `infoview list` without them.' : 'No contacts yet. Add the first: infoview add contact "Full Name"');
    return;
  }
  const { paint } = ctx;
  ctx.out(
    table(
      [{ header: 'NAME', max: 28 }, { header: 'COMPANY', max: 24 }, { header: 'ROLE', max: 28 }, { header: 'STATUS' }, { header: 'NEXT STEP' }],
      rows.map(({ stored: { facts }, status, next }) => [facts.name, facts.company ?? '', facts.role ?? '', status, next]),
      {
        header: (s) => paint.dim(s),
        cell: (s, r, col) => {
          if (col === 0) return paint.bold(s);
          if (col === 3) return paint.cyan(s);
          const overdue = rows[r]?.overdue;
          if (col === 4 && overdue !== undefined) return overdue ? paint.red(s) : paint.yellow(s);
          return s;
        },
      },
    ),
  );
}
