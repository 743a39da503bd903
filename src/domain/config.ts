/** Settings after defaults are applied: what the rest of the program reads. No zod here (start-up cost). */

export const DEFAULTS = {
  meetingMinutes: 30,
  thankYouHours: 24,
  keepInTouchDays: 90,
  questionCount: 5,
  linkedinNoteLimit: 200,
} as const;

/** config.yaml as read (every key optional). */
export interface RawConfig {
  me?: { name?: string | undefined; pitch?: string | undefined; email?: string | undefined; signature?: string | undefined } | undefined;
  defaults?: { [K in keyof typeof DEFAULTS]?: number | undefined } | undefined;
}

export interface Config {
  me: { name?: string | undefined; pitch?: string | undefined; email?: string | undefined; signature?: string | undefined };
  defaults: { [K in keyof typeof DEFAULTS]: number };
}

export function resolveConfig(raw: RawConfig | undefined): Config {
  const me = raw?.me ?? {};
  const d = raw?.defaults ?? {};
  return {
    me: { name: me.name, pitch: me.pitch, email: me.email, signature: me.signature },
    defaults: {
      meetingMinutes: d.meetingMinutes ?? DEFAULTS.meetingMinutes,
      thankYouHours: d.thankYouHours ?? DEFAULTS.thankYouHours,
      keepInTouchDays: d.keepInTouchDays ?? DEFAULTS.keepInTouchDays,
      questionCount: d.questionCount ?? DEFAULTS.questionCount,
      linkedinNoteLimit: d.linkedinNoteLimit ?? DEFAULTS.linkedinNoteLimit,
    },
  };
}
