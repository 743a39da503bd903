/** `followup` as text (its JSON is render/followup-json.ts, which loads no table code). Pure: items in, strings out. */
import type { Paint } from './paint.js';
import type { DueItem } from '../domain/due.js';
import { table } from './table.js';
import { dueText } from './time.js';

const SOON_MS = 24 * 3_600_000;

/** Red when overdue, yellow when due within a day; plain otherwise (and always, off a terminal). */
export function paintDue(item: DueItem, now: Date, paint: Paint): (s: string) => string {
  if (item.overdue) return (s) => paint.red(s);
  return item.dueMs - now.getTime() <= SOON_MS ? (s) => paint.yellow(s) : (s) => s;
}

/** One row per item: who, what, when (relative), and the command that does it. */
export function followupText(items: readonly DueItem[], now: Date, paint: Paint): string {
  if (!items.length) return 'Nothing due: no thank-yous owed, no one waiting on you. A good day to reach out to someone new.';
  const rows = items.map((i) => [i.name, i.kind === 'try-another' ? 'write to someone else too' : i.kind, dueText(i.dueMs, now), i.command]);
  return table([{ header: 'WHO', max: 24 }, { header: 'WHAT' }, { header: 'WHEN' }, { header: 'DO' }], rows, {
    header: (s) => paint.dim(s),
    cell: (s, r, col) => {
      const item = items[r] as DueItem;
      if (col === 0) return paint.bold(s);
      if (col === 2) return paintDue(item, now, paint)(s);
      return s;
    },
  });
}
