/** The one next thing to do with a contact, as a short phrase for `list` and `show`. */
import { dueText, localTime, meetingWhen } from './time.js';
import type { DueItem } from '../domain/due.js';
import type { Status } from '../domain/enums.js';
import type { ContactFacts } from '../domain/facts.js';

/** The step a status suggests when nothing is due: the fallback of `nextStep`. */
function nextStepFor(status: Status, slug: string): string {
  switch (status) {
    case 'new':
      return `reach out: infoview draft ${slug}`;
    case 'contacted':
      return 'wait for a reply (see infoview followup)';
    case 'replied':
      return `schedule: infoview add meeting ${slug} --at …`;
    case 'scheduled':
      return `prepare: infoview prep ${slug}`;
    case 'met':
      return `thank them: infoview draft ${slug} --kind thankyou`;
    case 'thanked':
      return 'stay in touch';
    case 'archived':
      return `archived: infoview unarchive ${slug} to resume`;
  }
}

/**
 * The next step from the real due items (`contactDueItems`, sorted): the most urgent listed item
 * with its relative time and command; otherwise the status's step with the next date that matters.
 */
export function nextStep(facts: ContactFacts, slug: string, status: Status, items: readonly DueItem[], now: Date): string {
  return nextStepOf(facts, slug, status, items, now).text;
}

/** The same, with the due item the step names (so `show` does not name it twice). */
export function nextStepOf(facts: ContactFacts, slug: string, status: Status, items: readonly DueItem[], now: Date): { text: string; item?: DueItem } {
  const first = items.find((i) => i.listed);
  if (first) return { text: `${first.kind} ${dueText(first.dueMs, now)}: ${first.command}`, item: first };
  if (facts.snoozedUntilMs !== undefined && facts.snoozedUntilMs > now.getTime() && status !== 'archived') {
    return { text: `snoozed until ${localTime(new Date(facts.snoozedUntilMs), now)}` };
  }
  const upcoming = (kind: DueItem['kind']) => items.find((i) => i.kind === kind);
  switch (status) {
    case 'contacted': {
      const next = upcoming('try-another') ?? upcoming('nudge');
      if (next) return { text: `wait for a reply (${next.kind} ${dueText(next.dueMs, now)})`, item: next };
      const close = upcoming('close');
      return close ? { text: `wait for a reply to the nudge (archive or snooze ${dueText(close.dueMs, now)})`, item: close } : { text: 'wait for a reply (already followed up once)' };
    }
    case 'scheduled': {
      const meeting = facts.meetings.find((m) => m.atMs > now.getTime())?.at; // oldest first
      return { text: meeting ? `prepare: infoview prep ${slug} (meeting ${meetingWhen(meeting, now)})` : nextStepFor(status, slug) };
    }
    case 'met':
    case 'thanked': {
      const keep = upcoming('keep-in-touch');
      return keep ? { text: `stay in touch (${dueText(keep.dueMs, now)})`, item: keep } : { text: nextStepFor(status, slug) };
    }
    default:
      return { text: nextStepFor(status, slug) };
  }
}
