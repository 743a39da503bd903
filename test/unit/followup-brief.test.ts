import { describe, expect, it } from 'vitest';
import type { DueItem, DueKind } from '../../src/domain/due.js';
import { followupBrief } from '../../src/render/followup-brief.js';

const item = (kind: DueKind, overdue = false): DueItem =>
  ({ contact: 'x', name: 'X', kind, dueMs: 0, overdue, fromMs: 0, listed: true, what: '', command: '' }) as DueItem;

describe('followupBrief', () => {
  const cases: { name: string; items: DueItem[]; line: string }[] = [
    { name: 'nothing due: nothing at all', items: [], line: '' },
    { name: 'the example of the SPEC', items: [item('nudge'), item('thank-you', true), item('thank-you', true)], line: '2 thank-yous overdue · 1 nudge due' },
    { name: 'one and several', items: [item('debrief'), item('debrief'), item('keep-in-touch', true)], line: '1 keep-in-touch overdue · 2 debriefs due' },
    { name: 'overdue first, each pass in the order of the kinds', items: [item('close', true), item('nudge', true), item('thank-you'), item('try-another')], line: '1 nudge overdue · 1 to archive or snooze · 1 thank-you due · 1 try-another due' },
    { name: 'prepare says no due', items: [item('prepare'), item('prepare')], line: '2 meetings to prepare' },
    { name: 'a close, due or overdue, is one group', items: [item('close'), item('close', true)], line: '2 to archive or snooze' },
  ];
  for (const c of cases) it(c.name, () => expect(followupBrief(c.items)).toBe(c.line));
});
