/** `followup` as text and as JSON. Pure: items in, strings out. */
import type { Paint } from './paint.js';
import type { DueItem } from '../domain/due.js';
import { localIso } from '../domain/iso.js';
import { writeJsonArray } from './byte-sink.js';
import { table } from './table.js';
import { dueText } from './time.js';

const SOON_MS = 24 * 3_600_000;

/** The SPEC's JSON shape: contact, name, kind, due, overdue, plus what to do and the command. */
export function followupJson(items: readonly DueItem[]): Record<string, unknown>[] {
  return items.map((i) => ({
    contact: i.contact,
    name: i.name,
    kind: i.kind,
    due: localIso(new Date(i.dueMs)),
    overdue: i.overdue,
    what: i.what,
    command: i.command,
    ...(i.meetingAt ? { meetingAt: i.meetingAt } : {}),
    ...(i.outreachAt ? { outreachAt: i.outreachAt } : {}),
  }));
}

const str = (s: string) => JSON.stringify(s);

/**
 * `toJson(followupJson(items))`, written in chunks (byte-sink.ts) without building each item's
 * object or one string of the whole list: `followup --json` on 10,000 contacts prints megabytes.
 */
export function writeFollowupJson(items: readonly DueItem[], write: (chunk: Uint8Array) => void): void {
  writeJsonArray(items, write, (i, out) => {
    const about = `${i.meetingAt ? `,\n    "meetingAt": ${str(i.meetingAt)}` : ''}${i.outreachAt ? `,\n    "outreachAt": ${str(i.outreachAt)}` : ''}`;
    out.text(
      `  {\n    "contact": ${str(i.contact)},\n    "name": ${str(i.name)},\n    "kind": ${str(i.kind)},\n    "due": ${str(localIso(new Date(i.dueMs)))},\n    "overdue": ${i.overdue},\n    "what": ${str(i.what)},\n    "command": ${str(i.command)}${about}\n  }`,
    );
  });
}

/** Red when overdue, yellow when due within a day; plain otherwise (and always, off a terminal). */
export function paintDue(item: DueItem, now: Date, paint: Paint): (s: string) => string {
  if (item.overdue) return (s) => paint.red(s);
  return item.dueMs - now.getTime() <= SOON_MS ? (s) => paint.yellow(s) : (s) => s;
}

/** One row per item: who, what, when (relative), and the command that does it. */
export function followupText(items: readonly DueItem[], now: Date, paint: Paint): string {
  if (!items.length) return 'Nothing due: no thank-yous owed, no one waiting on you. A good day to reach out to someone new.';
  const rows = items.map((i) => [i.name, i.kind, dueText(i.dueMs, now), i.command]);
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
