/** `show`: one contact as a readable card with its timeline. Pure: records in, text out. */
import type { Paint } from './paint.js';
import type { Status } from '../domain/enums.js';
import type { Contact } from '../domain/schema.js';
import { localTime, shortDay } from './time.js';

export interface CardInput {
  slug: string;
  contact: Contact;
  status: Status;
  /** The contact `introducedBy` points at (by slug, or by a name typed by hand), when it exists. */
  introducer?: { slug: string; name: string } | undefined;
  /** Lines about what is due for this person, already phrased. */
  due: string[];
  now: Date;
  defaultMinutes: number;
}

const indent = (text: string, by = '    ') => text.trimEnd().split('\n').map((l) => by + l).join('\n');

export function contactCard(input: CardInput, paint: Paint): string {
  const { contact: c, now } = input;
  const lines: string[] = [];
  lines.push(`${paint.bold(c.name)}  ${paint.dim(`(${input.slug})`)}  ${paint.cyan(input.status)}`);
  const job = [c.role, c.company].filter(Boolean).join(' at ');
  if (job) lines.push(job);
  const facts: [string, string | undefined][] = [
    ['Field', c.field],
    ['Source', c.source],
    ['Introduced by', c.introducedBy?.trim() && (input.introducer ? `${input.introducer.name} (${input.introducer.slug})` : `${c.introducedBy.trim()} (not in your contacts)`)],
    ['Email', c.email],
    ['Phone', c.phone],
    ['LinkedIn', [c.linkedin, c.connectedOn && `connected since ${shortDay(c.connectedOn)}`].filter(Boolean).join(', ')],
    ['Tags', c.tags?.length ? c.tags.join(', ') : undefined],
    ['Keep in touch', c.keepInTouchDays ? `every ${c.keepInTouchDays} days` : undefined],
    ['Archived', c.archivedAt && `${localTime(c.archivedAt, now)}${c.archiveReason ? ` (${c.archiveReason})` : ''}`],
    ['Snoozed until', c.snoozedUntil && Date.parse(c.snoozedUntil) > now.getTime() ? localTime(c.snoozedUntil, now) : undefined],
  ];
  for (const [label, value] of facts) if (value) lines.push(`${paint.dim(`${label}:`)} ${value}`);
  if (c.notes) lines.push(paint.dim('Notes:'), indent(c.notes));

  // Each entry names its path in the file (`meetings.1`), which `edit --set meetings.1=` takes.
  const events: { at: string; text: string }[] = [];
  const path = (key: string, i: number) => `  ${paint.dim(`(${key}.${i})`)}`;
  for (const [i, o] of (c.outreach ?? []).entries()) {
    const replied = o.repliedAt ? paint.green(` · replied ${localTime(o.repliedAt, now)}`) : paint.yellow(' · no reply yet');
    events.push({ at: o.at, text: `outreach by ${o.channel ?? 'message'}${o.note ? `: ${o.note}` : ''}${replied}${path('outreach', i)}` });
  }
  for (const [i, m] of (c.meetings ?? []).entries()) {
    const minutes = m.minutes ?? input.defaultMinutes;
    const ahead = Date.parse(m.at) > now.getTime();
    const head = `${ahead ? 'meeting (planned)' : 'meeting'}, ${minutes} min${m.medium ? `, ${m.medium}` : ''}${m.place ? ` at ${m.place}` : ''}${path('meetings', i)}`;
    const body: string[] = [];
    if (m.notes) body.push(indent(m.notes, '      '));
    for (const t of m.takeaways ?? []) body.push(`      ${paint.green('takeaway:')} ${t}`);
    for (const r of m.referrals ?? []) body.push(`      ${paint.magenta('referral:')} ${r}`);
    if (m.thankYouSentAt) body.push(`      ${paint.green('thank-you sent')} ${localTime(m.thankYouSentAt, now)}`);
    events.push({ at: m.at, text: [head, ...body].join('\n') });
  }
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  lines.push('', paint.bold('Timeline'));
  if (!events.length) lines.push(paint.dim('  nothing yet'));
  // Dates padded to one width, so the events line up.
  const width = Math.max(0, ...events.map((e) => localTime(e.at, now).length));
  for (const e of events) lines.push(`  ${paint.dim(localTime(e.at, now).padEnd(width))}  ${e.text}`);

  lines.push('', paint.bold('Next'));
  for (const d of input.due) lines.push(`  ${d}`);
  return lines.join('\n');
}
