/** `infoview list`: one line per contact with status and next step. */
import type { Context } from '../context.js';
import { dueByContact } from '../domain/due.js';
import type { Status } from '../domain/enums.js';
import { nextStep } from '../render/next-step.js';
import { fold } from '../domain/text.js';
import { contactJson, toJson } from '../render/contact-json.js';
import { table } from '../render/table.js';
import { deriveStatus } from '../domain/status.js';
import { warnProblems } from './common.js';

interface Options {
  status?: Status;
  tag?: string;
  field?: string;
  json?: boolean;
}

export async function run(ctx: Context, options: Options): Promise<void> {
  const { contacts, problems } = await ctx.store().readAll();
  const config = await ctx.config();
  const { meetingMinutes } = config.defaults;
  warnProblems(ctx, problems);
  const due = dueByContact(contacts, ctx.now, config);
  const rows = contacts
    .map((stored) => {
      const status = deriveStatus(stored.contact, ctx.now, meetingMinutes);
      const items = due.get(stored.slug) ?? [];
      return { stored, status, next: nextStep(stored.contact, stored.slug, status, items, ctx.now), urgent: items.find((i) => i.listed) };
    })
    .filter(({ stored: { contact }, status }) =>
      (!options.status || status === options.status) &&
      (!options.tag || (contact.tags ?? []).some((t) => fold(t) === fold(options.tag ?? ''))) &&
      (!options.field || fold(contact.field ?? '').includes(fold(options.field))),
    )
    .sort((a, b) => a.stored.contact.name.localeCompare(b.stored.contact.name));

  if (options.json) {
    ctx.io.stdout.write(toJson(rows.map((r) => contactJson(r.stored, r.status, { nextStep: r.next }))));
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
      rows.map(({ stored: { contact }, status, next }) => [contact.name, contact.company ?? '', contact.role ?? '', status, next]),
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
