/** `infoview list`: one line per contact with status and next step. */
import type { Context } from '../context.js';
import { dueByContact } from '../domain/due.js';
import type { Status } from '../domain/enums.js';
import { nextStep } from '../render/next-step.js';
import { fold } from '../domain/text.js';
import { listJson } from '../render/contact-json.js';
import { table } from '../render/table.js';
import { deriveStatus } from '../domain/status.js';
import { warnProblems } from './common.js';

interface Options {
  status?: Status;
  tag?: string;
  field?: string;
  json?: boolean;
}

/** Name order without ICU's collator (whose start-up alone costs more than sorting 10,000 names): accents and case folded, then as written. */
function byName(a: { key: string; name: string }, b: { key: string; name: string }): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export async function run(ctx: Context, options: Options): Promise<void> {
  const { contacts, problems } = await ctx.store().readAll({ factsOnly: !options.json });
  const config = await ctx.config();
  const { meetingMinutes } = config.defaults;
  warnProblems(ctx, problems);
  const tag = options.tag === undefined ? undefined : fold(options.tag);
  const field = options.field === undefined ? undefined : fold(options.field);
  const due = dueByContact(contacts, ctx.now, config);
  // Everything here reads the facts only: the full contact is never parsed (see store/contact-index.ts).
  const rows = contacts
    .map((stored) => {
      const { facts } = stored;
      const status = deriveStatus(facts, ctx.now, meetingMinutes);
      const items = due.get(stored.slug) ?? [];
      return { stored, facts, status, key: fold(facts.name), name: facts.name, items, next: '', urgent: items.find((i) => i.listed) };
    })
    .filter(({ facts, status }) =>
      (!options.status || status === options.status) &&
      (tag === undefined || (facts.tags ?? []).some((t) => fold(t) === tag)) &&
      (field === undefined || fold(facts.field ?? '').includes(field)),
    )
    .sort(byName);
  for (const r of rows) r.next = nextStep(r.facts, r.stored.slug, r.status, r.items, ctx.now);

  if (options.json) {
    // The fields stay the bytes the index holds: never decoded, parsed, serialised or even joined.
    const pieces = listJson(rows.map(({ stored, status, next }) => ({ slug: stored.slug, status, nextStep: next, fields: stored.spliceable ? stored.fields : undefined, contact: () => stored.contact })));
    const { stdout } = ctx.io;
    if (stdout.writev) stdout.writev(pieces);
    else stdout.write(Buffer.concat(pieces));
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
      rows.map(({ facts, status, next }) => [facts.name, facts.company ?? '', facts.role ?? '', status, next]),
      {
        header: (s) => paint.dim(s),
        cell: (s, r, col) => {
          if (col === 0) return paint.bold(s);
          if (col === 3) return paint.cyan(s);
          const urgent = rows[r]?.urgent;
          if (col === 4 && urgent) return urgent.overdue ? paint.red(s) : paint.yellow(s);
          return s;
        },
      },
    ),
  );
}
