/** `infoview snooze <contact> --until WHEN`: hide someone's followup items until then. */
import { Command } from '@commander-js/extra-typings';
import { examples, CONTACT, type OptionsOf } from './shared/define.js';
import type { Context } from '../context.js';

export const definition = () =>
  new Command('snooze')
    .description("hide the reminders to chase this contact until WHEN (a meeting's prep, thank-you and debrief still come)")
    .argument('<contact>', CONTACT)
    .requiredOption('--until <when>', 'a day (from its start, local time) or a time, in the future: 2027-01-05, "next monday", "in 3 days", "2027-01-05 09:00"')
    .addHelpText('after', examples(['infoview snooze chris --until 2027-01-05', 'infoview snooze chris --until "next monday"']));

const UNTIL_FORMS = 'Give a day, like 2027-01-05, "next monday" or "in 3 days" (from its start), or a time, like "2027-01-05 09:00"';

export async function run(ctx: Context, query: string, options: OptionsOf<typeof definition>): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ UsageError, UserError }, { localTime }, { findContact }, { readDay }] = await Promise.all([
    import('../errors.js'),
    import('../render/time.js'),
    import('../store/lookup.js'),
    import('./shared/at.js'),
  ]);
  const store = ctx.store();
  // The flag first: a bad value is a usage error (exit 2) whoever the contact is.
  const until = await readDay(ctx, '--until', options.until, 'future', UNTIL_FORMS);
  if (Date.parse(until) <= ctx.now.getTime()) {
    throw new UsageError(`--until "${options.until}" is not in the future (${localTime(until, ctx.now)})`, 'Snooze until a later day, like "next monday" or 2027-01-05');
  }
  const { contact: stored } = await findContact(store, query);
  const { slug, contact } = stored;
  let before: string | undefined;
  await store.update(slug, (doc, current) => {
    // Checked on the file as it is under the lock: an archived contact has nothing to hide.
    if (current.archivedAt) throw new UserError(`${current.name} is archived, so there is nothing to snooze`, `To pursue them again, unarchive first: infoview unarchive ${slug}`);
    before = current.snoozedUntil;
    doc.set('snoozedUntil', until);
  });
  const when = localTime(until, ctx.now);
  ctx.record(undefined, `${contact.name}, until ${when}`); // the git commit message
  const was = before && Date.parse(before) > ctx.now.getTime() ? ` (was until ${localTime(before, ctx.now)})` : '';
  ctx.out(`Snoozed ${ctx.paint.bold(contact.name)} until ${when}${was}: followup leaves them out until then.`);
}
