/** `infoview list`: one line per contact with status and next step. */
import { Command, Option } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import { oneOf } from './shared/choices.js';
import type { Context } from '../context.js';
import type { Config } from '../domain/config.js';
import { STATUSES, type Status } from '../domain/enums.js';
import type { StoredContact } from '../domain/contact-fields.js';
import { dueItemsFor } from '../domain/followup.js';
import { deriveStatus } from '../domain/status.js';
import { fold } from '../domain/text.js';
import { nextStep } from '../render/next-step.js';

export const definition = () =>
  new Command('list')
    .description('the people, one line each, with status and next step')
    .addOption(new Option('--status <status>', 'only this status').choices(STATUSES).argParser(oneOf(STATUSES)))
    .option('--tag <tag>', 'only contacts with this tag')
    .option('--field <field>', 'only contacts in this field')
    .option('--all', 'include archived contacts (--status archived shows only them)')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['infoview list', 'infoview list --status contacted --tag design', 'infoview list --all', 'infoview list --json | jq ".[].slug"']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

/**
 * Name order without ICU's collator (whose start-up alone costs more than sorting 10,000 names):
 * the folded names (accents and case), then the names as written.
 */
function byName(a: StoredContact, b: StoredContact): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  const [x, y] = [a.facts.name, b.facts.name];
  return x < y ? -1 : x > y ? 1 : 0;
}

interface Row {
  stored: StoredContact;
  status: Status;
  nextStep: string;
  overdue: boolean | undefined;
}

/**
 * The rows `list` shows, in name order, each made when it is asked for. Everything here reads
 * the facts only. The contacts are sorted first, so `list --json`
 * writes each row as it is made and keeps none: on 10,000 contacts, short-lived objects cost the
 * garbage collector far less than ones kept to the end.
 */
function* rowsOf(contacts: readonly StoredContact[], ctx: Context, config: Config, options: Options): Generator<Row> {
  const { meetingMinutes } = config.defaults;
  const tag = options.tag === undefined ? undefined : fold(options.tag);
  const field = options.field === undefined ? undefined : fold(options.field);
  const itemsOf = dueItemsFor(contacts, ctx.now, config);
  for (const stored of [...contacts].sort(byName)) {
    const { slug, facts } = stored;
    const status = deriveStatus(facts, ctx.now, meetingMinutes);
    // Archived contacts only when asked for: --all, or --status archived.
    if (status === 'archived' && !options.all && options.status !== 'archived') continue;
    if (options.status && status !== options.status) continue;
    if (tag !== undefined && !(facts.tags ?? []).some((t) => fold(t) === tag)) continue;
    if (field !== undefined && !fold(facts.field ?? '').includes(field)) continue;
    const items = itemsOf({ slug, facts });
    // `overdue`, for the table's colour: whether the most urgent item listed now is overdue.
    yield { stored, status, nextStep: nextStep(facts, slug, status, items, ctx.now), overdue: items.find((i) => i.listed)?.overdue };
  }
}

export async function run(ctx: Context, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ writeListJson }, { table }, { warnProblems }] = await Promise.all([
    import('../render/contact-json.js'),
    import('../render/table.js'),
    import('./shared/common.js'),
  ]);
  const store = ctx.store();
  const { contacts, problems } = await store.readAll();
  const config = await ctx.config();
  warnProblems(ctx, problems);

  if (options.json) {
    writeListJson(rowsOf(contacts, ctx, config, options), (chunk) => ctx.io.stdout.write(chunk));
    return;
  }
  const rows = [...rowsOf(contacts, ctx, config, options)];
  if (!rows.length) {
    const filtered = options.status || options.tag || options.field;
    if (filtered) ctx.out('No contacts match those filters. Try `infoview list` without them.');
    else if (contacts.length) ctx.out('Everyone here is archived. See them with `infoview list --all`; `infoview unarchive <contact>` resumes one.');
    else ctx.out('No contacts yet. Add the first: infoview add contact "Full Name"');
    return;
  }
  const { paint } = ctx;
  ctx.out(
    table(
      [{ header: 'NAME', max: 28 }, { header: 'COMPANY', max: 24 }, { header: 'ROLE', max: 28 }, { header: 'STATUS' }, { header: 'NEXT STEP' }],
      rows.map(({ stored: { facts }, status, nextStep: next }) => [facts.name, facts.company ?? '', facts.role ?? '', status, next]),
      {
        width: ctx.io.stdout.columns,
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
