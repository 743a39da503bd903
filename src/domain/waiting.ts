/**
 * Where a contact's unanswered outreach stands, from its facts: the clock of 3B7 running, the one
 * nudge waiting for a reply, or written again after it. What due.ts's rules and `add outreach`'s
 * promise both read, so the two never disagree.
 */
import type { ContactFacts, OutreachFacts } from './facts.js';

/**
 * The unanswered outreach whose clock is running: the latest one, when nothing answered it (no
 * reply and no meeting since) and it is the only one since the last reply: a second unanswered
 * outreach is the nudge itself, and infoview nudges once.
 */
export function waitingOutreach(facts: ContactFacts): OutreachFacts | undefined {
  const { outreach } = facts;
  const latest = outreach.at(-1);
  if (!latest || latest.repliedMs !== undefined) return undefined;
  const previous = outreach.at(-2);
  if (previous && previous.repliedMs === undefined) return undefined;
  if (facts.meetings.some((m) => m.atMs >= latest.atMs)) return undefined;
  return latest;
}

/**
 * The one nudge, while it is unanswered: the latest outreach and the one before it are both
 * unanswered (nothing replied, no meeting since the first), and that first one is the only
 * other since the last reply. A third unanswered outreach means you wrote again: no nudge then.
 */
export function unansweredNudge(facts: ContactFacts): OutreachFacts | undefined {
  const { outreach } = facts;
  const nudge = outreach.at(-1);
  const first = outreach.at(-2);
  if (!nudge || !first || nudge.repliedMs !== undefined || first.repliedMs !== undefined) return undefined;
  const before = outreach.at(-3);
  if (before && before.repliedMs === undefined) return undefined;
  if (facts.meetings.some((m) => m.atMs >= first.atMs)) return undefined;
  return nudge;
}

/** The latest outreach follows two unanswered ones (the first and the nudge), nothing met since: you wrote again after the nudge. */
export function wroteAfterNudge(facts: ContactFacts): boolean {
  const [first, nudge] = [facts.outreach.at(-3), facts.outreach.at(-2)];
  if (!first || !nudge || first.repliedMs !== undefined || nudge.repliedMs !== undefined) return false;
  return !facts.meetings.some((m) => m.atMs >= first.atMs);
}
