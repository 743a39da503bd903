/**
 * `infoview debrief <contact>`: notes, takeaways and referrals for the latest meeting that has
 * started. On a terminal it asks for what the flags did not give (notes in $VISUAL/$EDITOR, like
 * `git commit`), then offers to add each referral as a contact introduced by this one.
 */
import { Command } from '@commander-js/extra-typings';
import { applyNoInput, collect, examples, CONTACT, NO_INPUT, type OptionsOf } from './shared/define.js';
import { latestStarted, meetingIndex } from '../domain/status.js';
import { fold } from '../domain/text.js';
import { UsageError, UserError } from '../errors.js';
import type { Context } from '../context.js';
import type { Meeting } from '../domain/schema.js';
import type { Prompter } from '../prompts.js';
import type { StoredContact } from '../domain/contact-fields.js';

export const definition = () =>
  new Command('debrief')
    .description('after the meeting (the latest that has started): notes, takeaways, referrals')
    .argument('<contact>', CONTACT)
    .option('--notes <text>', 'what was said (on a terminal, your editor opens when this is missing)')
    .option('--takeaway <text>', 'something you learned (repeatable)', collect)
    .option('--referral <name>', 'someone they suggested you talk to (repeatable)', collect)
    .option('--add-referrals', 'add each referral as a contact introduced by this one without asking (alone: the meeting\'s referrals recorded before)')
    .option(...NO_INPUT)
    .addHelpText('after', examples([
      'infoview debrief maya            # asks on a terminal',
      'infoview debrief maya --takeaway "Portfolio beats degree" --referral "Dana Ortiz" --add-referrals',
      'infoview debrief maya --add-referrals   # the referrals you recorded, as contacts',
    ]));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

interface Debrief {
  notes?: string | undefined;
  takeaways: string[];
  referrals: string[];
}

const clean = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter(Boolean);

/** Ask for items one at a time until an empty answer. */
async function askList(ask: Prompter, message: string): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const answer = (await ask.input({ message: out.length ? `${message} (another, or Enter to finish):` : `${message} (Enter to skip):` })).trim();
    if (!answer) return out;
    out.push(answer);
  }
}

/** Notes in the editor, like `git commit`; a one-line answer when no editor can be started. */
async function askNotes(ask: Prompter, meeting: Meeting, file: string): Promise<string> {
  try {
    return await ask.editor({ message: 'Notes from the meeting (your editor opens; save and close it):', default: meeting.notes ?? '', file });
  } catch (error) {
    if (error instanceof Error && error.name === 'PromptCancelled') throw error;
    return ask.input({ message: 'Notes from the meeting (no editor could be started; one line, Enter to skip):', default: meeting.notes?.trim() ?? '' });
  }
}

async function askMissing(ask: Prompter, meeting: Meeting, given: Debrief, options: Options, scratch: string): Promise<Debrief> {
  const notes = options.notes ?? (await askNotes(ask, meeting, scratch));
  const takeaways = options.takeaway?.length ? given.takeaways : await askList(ask, 'A takeaway, one line');
  const referrals = options.referral?.length ? given.referrals : await askList(ask, 'Someone they suggested you talk to (full name)');
  return { notes, takeaways, referrals };
}

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ startedMeeting }, { addReferrals }, { appendItem }, { localTime }, { findContact }] = await Promise.all([
    import('./shared/common.js'),
    import('./shared/referrals.js'),
    import('../store/doc-edit.js'),
    import('../render/time.js'),
    import('../store/lookup.js'),
  ]);
  // Here, as it uses what is loaded just above: store/doc-edit.ts (yaml).
  function save(meeting: Meeting, now: Date, d: Debrief) {
    return (doc: import('yaml').Document, contact: StoredContact['contact']) => {
      // The file is read again under the lock: find the same meeting in this fresh copy.
      const current = latestStarted(contact, now);
      if (!current || current.at !== meeting.at) throw new UserError('the meeting changed on disk while you were writing', 'Run the debrief again');
      const index = meetingIndex(contact, current);
      const notes = d.notes?.trim();
      if (notes !== undefined && notes !== (current.notes ?? '').trim()) {
        if (notes) doc.setIn(['meetings', index, 'notes'], `${notes}\n`);
        else doc.deleteIn(['meetings', index, 'notes']);
      }
      const known = (list: (string | number)[] | undefined) => new Set((list ?? []).map((x) => fold(String(x))));
      const addAll = (key: 'takeaways' | 'referrals', items: string[]) => {
        const seen = known(current[key]);
        for (const item of items) {
          if (seen.has(fold(item))) continue;
          seen.add(fold(item));
          appendItem(doc, ['meetings', index, key], item);
        }
      };
      addAll('takeaways', d.takeaways);
      addAll('referrals', d.referrals);
    };
  }
  applyNoInput(ctx, options);
  const store = ctx.store();
  const { contact: stored } = await findContact(store, query);
  const meeting = startedMeeting(stored.contact, stored.slug, ctx.now, 'debrief');
  let debrief: Debrief = { notes: options.notes, takeaways: clean(options.takeaway), referrals: clean(options.referral) };
  const nothingGiven = debrief.notes === undefined && !debrief.takeaways.length && !debrief.referrals.length;
  const ask = ctx.interactive ? await ctx.prompter() : undefined;
  const thankYouNext = () => {
    if (!meeting.thankYouSentAt) ctx.out(`Next: ${ctx.paint.bold(`infoview draft ${stored.slug} --kind thankyou`)}, then ${ctx.paint.bold(`infoview thanked ${stored.slug}`)}`);
  };
  if (nothingGiven && options.addReferrals) {
    // The hint below: the referrals this meeting already has, as contacts; nothing else asked.
    const recorded = clean(meeting.referrals?.map(String));
    if (!recorded.length) {
      throw new UserError(`the meeting with ${stored.contact.name} (${localTime(meeting.at, ctx.now)}) has no referrals to add`, `Give them with --referral: infoview debrief ${stored.slug} --referral "Full Name" --add-referrals`);
    }
    await addReferrals(ctx, stored, recorded, { ask, confirm: false });
    thankYouNext();
    return;
  }
  // The notes' scratch copy sits beside the contact (private, swept after a crash), never in /tmp.
  if (ask) debrief = await askMissing(ask, meeting, debrief, options, (await import('../store/edit-scratch.js')).scratchPathOf(stored.file, process.pid));
  else if (nothingGiven) {
    throw new UsageError('nothing to record', `Give --notes, --takeaway or --referral: infoview debrief ${stored.slug} --takeaway "…"`);
  }
  debrief.takeaways = clean(debrief.takeaways);
  debrief.referrals = clean(debrief.referrals);
  await store.update(stored.slug, save(meeting, ctx.now, debrief));
  const parts = [
    debrief.notes?.trim() ? 'notes' : '',
    debrief.takeaways.length ? `${debrief.takeaways.length} takeaway${debrief.takeaways.length > 1 ? 's' : ''}` : '',
    debrief.referrals.length ? `${debrief.referrals.length} referral${debrief.referrals.length > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  ctx.out(`Saved the debrief of your meeting with ${ctx.paint.bold(stored.contact.name)} (${localTime(meeting.at, ctx.now)}): ${parts.join(', ') || 'nothing new'}.`);
  if (debrief.referrals.length && (ask || options.addReferrals)) {
    await addReferrals(ctx, stored, debrief.referrals, { ask, confirm: !options.addReferrals });
  } else if (debrief.referrals.length) {
    ctx.out(`To add the referrals as contacts: ${ctx.paint.bold(`infoview debrief ${stored.slug} --add-referrals`)} (or one by one: infoview add contact "Name" --introduced-by ${stored.slug})`);
  }
  thankYouNext();
}
