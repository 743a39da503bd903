/** Settings after defaults are applied: what the rest of the program reads. No zod here (start-up cost). */
import type { DateOrder, Greeting, Stage } from './enums.js';

export const DEFAULTS = {
  meetingMinutes: 30,
  thankYouHours: 24,
  keepInTouchDays: 90,
  questionCount: 5,
  linkedinNoteLimit: 200,
} as const;

/** Who the sender is (config.yaml `me`). */
export interface Me {
  name?: string | undefined;
  stage?: Stage | undefined;
  /** Your subject, or your current work. */
  studies?: string | undefined;
  school?: string | undefined;
  graduation?: number | undefined;
  /** The field you are exploring: the default for drafts, questions and prep. */
  field?: string | undefined;
  pitch?: string | undefined;
  /** A pitch per field, used when the contact's (or your) field matches. */
  pitches?: Record<string, string> | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  signature?: string | undefined;
}

type NumericDefaults = { [K in keyof typeof DEFAULTS]: number };

/** config.yaml as read (every key optional). */
export interface RawConfig {
  me?: Me | undefined;
  pack?: string | undefined;
  defaults?: ({ [K in keyof typeof DEFAULTS]?: number | undefined } & { greeting?: Greeting | undefined; dateOrder?: DateOrder | undefined; calendarFile?: string | undefined }) | undefined;
}

export interface Config {
  me: Me;
  /** A careers office's pack folder, as written in config.yaml (commands/shared/pack.ts resolves it). */
  pack?: string | undefined;
  defaults: NumericDefaults & {
    greeting: Greeting;
    dateOrder: DateOrder;
    /** Where to keep the `calendar` .ics current after every write (as written: `~` not expanded); unset: nowhere. */
    calendarFile?: string | undefined;
  };
}

export function resolveConfig(raw: RawConfig | undefined): Config {
  const me = raw?.me ?? {};
  const d = raw?.defaults ?? {};
  return {
    me: {
      name: me.name,
      stage: me.stage,
      studies: me.studies,
      school: me.school,
      graduation: me.graduation,
      field: me.field,
      pitch: me.pitch,
      pitches: me.pitches,
      email: me.email,
      phone: me.phone,
      signature: me.signature,
    },
    pack: raw?.pack,
    defaults: {
      meetingMinutes: d.meetingMinutes ?? DEFAULTS.meetingMinutes,
      thankYouHours: d.thankYouHours ?? DEFAULTS.thankYouHours,
      keepInTouchDays: d.keepInTouchDays ?? DEFAULTS.keepInTouchDays,
      questionCount: d.questionCount ?? DEFAULTS.questionCount,
      linkedinNoteLimit: d.linkedinNoteLimit ?? DEFAULTS.linkedinNoteLimit,
      greeting: d.greeting ?? 'Hi',
      dateOrder: d.dateOrder ?? 'none',
      calendarFile: d.calendarFile,
    },
  };
}
