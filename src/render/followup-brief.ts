/**
 * `followup --brief`: what is due, counted, in one line for a shell prompt or a status bar
 * (`2 thank-yous overdue · 1 nudge due`). Pure and light (no table code): it runs at every prompt.
 */
import { DUE_KINDS, type DueItem, type DueKind } from '../domain/due.js';

/** How the line names each kind: one, several, and whether "due"/"overdue" follows. */
const WORDS: Record<DueKind, { one: string; many: string; state: boolean }> = {
  'thank-you': { one: 'thank-you', many: 'thank-yous', state: true },
  debrief: { one: 'debrief', many: 'debriefs', state: true },
  // Listed only before the meeting starts: never overdue.
  prepare: { one: 'meeting to prepare', many: 'meetings to prepare', state: false },
  'try-another': { one: 'try-another', many: 'try-another', state: true },
  nudge: { one: 'nudge', many: 'nudges', state: true },
  close: { one: 'to archive or snooze', many: 'to archive or snooze', state: false },
  'keep-in-touch': { one: 'keep-in-touch', many: 'keep-in-touch', state: true },
};

interface Group {
  kind: DueKind;
  overdue: boolean;
  count: number;
}

/** The line without its newline; empty when nothing is due. Overdue groups first, each pass in DUE_KINDS order. */
export function followupBrief(items: readonly DueItem[]): string {
  const groups = new Map<string, Group>();
  for (const i of items) {
    const key = WORDS[i.kind].state ? `${i.kind} ${i.overdue}` : i.kind;
    const group = groups.get(key) ?? { kind: i.kind, overdue: false, count: 0 };
    group.overdue ||= i.overdue;
    group.count += 1;
    groups.set(key, group);
  }
  const rank = (g: Group) => (g.overdue ? 0 : DUE_KINDS.length) + DUE_KINDS.indexOf(g.kind);
  return [...groups.values()]
    .sort((a, b) => rank(a) - rank(b))
    .map((g) => {
      const words = WORDS[g.kind];
      const state = words.state ? (g.overdue ? ' overdue' : ' due') : '';
      return `${g.count} ${g.count === 1 ? words.one : words.many}${state}`;
    })
    .join(' · ');
}
