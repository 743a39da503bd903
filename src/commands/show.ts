/** `infoview show <contact>`: profile, timeline and what is due. */
import { Command } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from './shared/define.js';
import { dueText, localTime } from '../render/time.js';
import type { Context } from '../context.js';
import type { DueItem } from '../domain/due.js';
import type { ContactStore } from '../store/contacts.js';

export const definition = () =>
  new Command('show')
    .description('one person: profile, timeline, what is due')
    .argument('<contact>', 'slug, name, unique prefix or unique word of the name')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['infoview show maya', 'infoview show maya-chen --json']));

export async function run(ctx: Context, query: string, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ waitingOutreach }, { dueItemsFor }, { nextStepOf }, { contactCard }, { contactJson, toJson }, { followupJson }, { paintDue }, { findContact }, { statusOf, warnTypos }] = await Promise.all([
    import('../domain/waiting.js'),
    import('../domain/followup.js'),
    import('../render/next-step.js'),
    import('../render/contact-card.js'),
    import('../render/contact-json.js'),
    import('../render/followup-json.js'),
    import('../render/followup.js'),
    import('../store/lookup.js'),
    import('./shared/common.js'),
  ]);
  // Here, as it paints with render/followup.ts, loaded just above.
  // With nothing listed, the step leads and the later items follow, less the one it names.
  function dueLines(ctx: Context, items: DueItem[], step: { text: string; item?: DueItem }): string[] {
    const later = (i: DueItem) => ctx.paint.dim(`later: ${i.kind} ${dueText(i.dueMs, ctx.now)} (${localTime(new Date(i.dueMs), ctx.now)})`);
    if (!items.some((i) => i.listed)) return [step.text, ...items.filter((i) => !i.listed && i !== step.item).map(later)];
    return items.map((i) => (i.listed ? `${paintDue(i, ctx.now, ctx.paint)(`${i.kind} ${dueText(i.dueMs, ctx.now)}`)}: ${i.what}\n    ${ctx.paint.bold(i.command)}` : later(i)));
  }
  const store = ctx.store();
  const { contact: stored } = await findContact(store, query);
  const status = await statusOf(ctx, stored);
  const config = await ctx.config();
  // Other contacts matter only to settle a waiting outreach's try-another (as in followup);
  // otherwise this one file is enough, which keeps `show` fast in a big folder.
  const others = waitingOutreach(stored.facts) ? (await store.readAll()).contacts.filter((c) => c.slug !== stored.slug) : [];
  const items = dueItemsFor([stored, ...others], ctx.now, config)(stored);
  const step = nextStepOf(stored.facts, stored.slug, status, items, ctx.now);
  if (options.json) {
    ctx.io.stdout.write(toJson(contactJson(stored, status, { nextStep: step.text, due: followupJson(items.filter((i) => i.listed)), upcoming: followupJson(items.filter((i) => !i.listed)) })));
    return;
  }
  warnTypos(ctx, [stored]);
  ctx.out(
    contactCard(
      {
        slug: stored.slug,
        contact: stored.contact,
        status,
        introducer: await knownIntroducer(store, stored.contact.introducedBy),
        due: dueLines(ctx, items, step),
        now: ctx.now,
        defaultMinutes: config.defaults.meetingMinutes,
      },
      ctx.paint,
    ),
  );
}

/** The introducer when `introducedBy` points at a readable contact; else the card says so. */
async function knownIntroducer(store: ContactStore, introducedBy: string | undefined): Promise<{ slug: string; name: string } | undefined> {
  const { introducerOf } = await import('../store/introducer.js');
  const introducer = await introducerOf(store, introducedBy);
  return introducer?.known ? introducer : undefined;
}
