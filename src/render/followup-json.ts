/** `followup --json` and the due items in `show --json`. Pure: items in, JSON out. */
import type { DueItem } from '../domain/due.js';
import { localIso } from '../domain/iso.js';
import { writeJsonArray } from './byte-sink.js';

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
