/**
 * What a draft should know about the situation before it is sent: each a one-line note for
 * stderr (the draft still prints), or a refusal when the kind has nothing to act on. Pure: the
 * contact, the model and the clock come in, lines come out.
 */
import type { Config } from '../../domain/config.js';
import type { DraftKind } from '../../domain/enums.js';
import { thankYouDue } from '../../domain/due.js';
import type { Contact } from '../../domain/schema.js';
import { latestStarted, meetingEnd } from '../../domain/status.js';
import type { TextModel } from '../../render/text-model.js';
import { span } from '../../render/time.js';

/** The notes for this draft, in the order they matter. */
export function draftNotes(kind: DraftKind, slug: string, contact: Contact, model: TextModel, config: Config, now: Date): string[] {
  const notes: string[] = [];
  const name = contact.name;
  const met = latestStarted(contact, now);
  const written = kind === 'nudge' || kind === 'thankyou' || kind === 'update' || kind === 'confirm' || kind === 'checkin';
  if (kind === 'email' && !contact.email) notes.push(`note: no email address is recorded for ${name}; add one with \`infoview edit ${slug} --set email=…\``);
  else if (written && model.channel === 'email' && !contact.email) notes.push(`note: no email address is recorded for ${name}; add one, or draft for LinkedIn with --channel linkedin`);
  if (kind === 'phone' && !contact.phone) notes.push(`note: no phone number is recorded for ${name}; add one with \`infoview edit ${slug} --set phone=…\``);
  if (kind === 'phone' && !model.me.phone) notes.push('note: your own number is not in config.yaml, for voicemail; set it with `infoview init --phone "…"`');
  const answered = (contact.outreach ?? []).some((o) => o.repliedAt);
  if ((kind === 'email' || kind === 'linkedin' || kind === 'phone') && (answered || contact.meetings?.length)) {
    notes.push(`note: ${name} already ${contact.meetings?.length ? 'has a meeting with you' : 'replied'}; a first message may not be what you want (try --kind ${contact.meetings?.length ? 'confirm or thankyou' : 'confirm'})`);
  }
  if (kind === 'intro' && (contact.outreach ?? []).some((o) => o.channel !== 'intro')) {
    notes.push(`note: you have already written to ${name} yourself; asking ${model.introducer?.name ?? 'the introducer'} for an introduction now may read oddly`);
  }
  if (kind === 'nudge' && model.outreach.replied) notes.push(`note: ${name} already replied to your latest message; a nudge may not be needed`);
  if (kind === 'thankyou' && met) {
    if (met.thankYouSentAt) notes.push(`note: a thank-you to ${name} for this meeting is already recorded as sent`);
    else {
      const late = now.getTime() - thankYouDue(met, config.defaults).getTime();
      if (late > 0) {
        const after = span(now.getTime() - meetingEnd(met, config.defaults.meetingMinutes).getTime());
        notes.push(`note: this thank-you is late (${after} after the meeting, the window is ${config.defaults.thankYouHours} h); it is still worth sending, perhaps with a word of apology`);
      }
    }
  }
  if (kind === 'thankyou' && !model.debrief.takeaway) {
    const what = model.debrief.recorded ? 'no takeaway' : 'no debrief';
    notes.push(`note: ${what} is recorded for ${name}, so the draft has a [BLANK] for what you learned: fill it in, or record one with \`infoview debrief ${slug} --takeaway "…"\``);
  }
  if (kind === 'update' || kind === 'checkin') notes.push('note: fill in the [BLANK] before sending');
  if (kind === 'confirm' && model.meeting && !model.meeting.past && model.meeting.day !== 'tomorrow' && model.meeting.day !== 'today') {
    notes.push(`note: the meeting is ${model.meeting.day}, more than a day away; a confirmation usually goes the day before`);
  }
  return notes;
}
