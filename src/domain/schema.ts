/**
 * The contact file and config.yaml formats. This module is the single definition: types are
 * derived from it, the store validates with it, and unknown keys pass through untouched.
 */
import { z } from 'zod';
import { CHANNELS, DATE_ORDERS, GREETINGS, MEDIUMS, SOURCES, STAGES } from './enums.js';
import { isIsoDay, readIsoTime } from './iso.js';
import { RANGES, type RangeName } from './limits.js';
import { hasLineBreak } from './text.js';

/** True for an ISO 8601 date-time that carries an offset (`Z` or `±hh:mm`) and names a real instant. */
export function isIsoWithOffset(value: string): boolean {
  return readIsoTime(value, 'required') !== undefined;
}

const opt = <T extends z.ZodType>(schema: T) => schema.optional();

/** A key no data file may use: assigning it would replace the object's prototype, not add a field. */
export class ReservedKeyError extends Error {
  constructor(readonly key: string) {
    super(`the key "${key}" is not allowed`);
  }
}

/**
 * A YAML key left empty (`role:`) reads as null; treat it as absent, at any depth of a mapping.
 * Throws ReservedKeyError for a `__proto__` key.
 */
export function dropNullKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNullKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '__proto__') throw new ReservedKeyError(key);
    if (v !== null) out[key] = dropNullKeys(v);
  }
  return out;
}

const timestamp = z.string().refine(isIsoWithOffset, {
  message: 'expected an ISO 8601 time with an offset, like 2026-11-25T15:00:00-08:00, on a day and at an hour that exist',
});
const day = z.string().refine(isIsoDay, { message: 'expected a real day as YYYY-MM-DD, like 2024-03-12' });
const text = z.string();
const textList = z.array(z.union([z.string(), z.number().transform(String)]));
/** A whole number in its range (domain/limits.ts). */
const wholeIn = (name: RangeName) => {
  const { min, max } = RANGES[name];
  const message = `expected a whole number from ${min} to ${max}`;
  return z.number({ message }).int({ message }).min(min, { message }).max(max, { message });
};
/** A name is one line: a line break in it would split every table and message it is printed in. */
const oneLine = (value: string) => !hasLineBreak(value);

export const OutreachSchema = z.looseObject({
  at: timestamp,
  channel: opt(z.enum(CHANNELS)),
  note: opt(text),
  repliedAt: opt(timestamp),
});

export const MeetingSchema = z.looseObject({
  at: timestamp,
  minutes: opt(wholeIn('minutes')),
  medium: opt(z.enum(MEDIUMS)),
  place: opt(text),
  notes: opt(text),
  takeaways: opt(textList),
  referrals: opt(textList),
  thankYouSentAt: opt(timestamp),
});

export const ContactSchema = z.looseObject({
  name: z.string().trim().min(1, { message: 'a contact needs a name' }).refine(oneLine, { message: 'a name must be one line' }),
  role: opt(text),
  company: opt(text),
  field: opt(text),
  email: opt(z.email({ message: 'expected an email address, like maya@example.com' })),
  phone: opt(z.union([z.string(), z.number().transform(String)])),
  linkedin: opt(z.url({ protocol: /^https?$/, message: 'expected a web address starting with https://' })),
  source: opt(z.enum(SOURCES)),
  introducedBy: opt(text),
  /** The specific connection (a talk they gave, a shared contact): it opens first messages. */
  hook: opt(text),
  /** The day you connected on LinkedIn (YYYY-MM-DD), kept by `import linkedin`. */
  connectedOn: opt(day),
  tags: opt(textList),
  keepInTouchDays: opt(wholeIn('keepInTouchDays')),
  notes: opt(text),
  outreach: opt(z.array(OutreachSchema)),
  meetings: opt(z.array(MeetingSchema)),
  /** When you stopped pursuing this person (`archive`); absent while you are. */
  archivedAt: opt(timestamp),
  archiveReason: opt(text),
  /** Until when `followup` leaves this person's items out (`snooze`). */
  snoozedUntil: opt(timestamp),
});

export type Meeting = z.output<typeof MeetingSchema>;
export type Contact = z.output<typeof ContactSchema>;

/** Keys the format knows; used to flag a probable typo among the unknown keys a file may carry. */
export const KNOWN_KEYS = {
  contact: Object.keys(ContactSchema.shape),
  outreach: Object.keys(OutreachSchema.shape),
  meeting: Object.keys(MeetingSchema.shape),
} as const;

export const ConfigSchema = z.looseObject({
  me: opt(
    z.looseObject({
      name: opt(text),
      stage: opt(z.enum(STAGES)),
      studies: opt(text),
      school: opt(text),
      graduation: opt(wholeIn('graduation')),
      field: opt(text),
      pitch: opt(text),
      pitches: opt(z.record(z.string(), text)),
      email: opt(z.email({ message: 'expected an email address' })),
      phone: opt(z.union([z.string(), z.number().transform(String)])),
      signature: opt(text),
    }),
  ),
  /** A careers office's pack: a folder with its own templates/ and questions.yaml. */
  pack: opt(z.string().trim().min(1, { message: 'expected the path of a folder (with templates/ and questions.yaml)' })),
  defaults: opt(
    z.looseObject({
      meetingMinutes: opt(wholeIn('minutes')),
      thankYouHours: opt(
        z
          .number()
          .positive({ message: `expected a number of hours above 0, at most ${RANGES.thankYouHours.max}` })
          .max(RANGES.thankYouHours.max, { message: `expected a number of hours above 0, at most ${RANGES.thankYouHours.max}` }),
      ),
      keepInTouchDays: opt(wholeIn('keepInTouchDays')),
      questionCount: opt(wholeIn('questionCount')),
      linkedinNoteLimit: opt(wholeIn('linkedinNoteLimit')),
      greeting: opt(z.enum(GREETINGS)),
      dateOrder: opt(z.enum(DATE_ORDERS, { message: 'expected none, mdy (5/1 is 1 May) or dmy (5/1 is 5 January)' })),
      // Only its type here: a wrong extension or folder is a warning when it is written, never a failed command.
      calendarFile: opt(z.string({ message: 'expected the path of a .ics file, e.g. ~/Calendars/infoview.ics' }).min(1, { message: 'expected the path of a .ics file, e.g. ~/Calendars/infoview.ics' })),
    }),
  ),
});

