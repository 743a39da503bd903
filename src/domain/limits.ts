/**
 * The range of every number a contact file, config.yaml or a flag may hold. A value past these
 * once validated and then broke date arithmetic far from the file ("Invalid time value" in
 * calendar, for every contact), so the schema and the flags refuse it where it enters.
 * No zod here: the flags read these without loading the schema.
 */
export const RANGES = {
  /** A meeting's length: up to a day. */
  minutes: { min: 1, max: 24 * 60 },
  /** How long until a keep-in-touch reminder: up to ten years. */
  keepInTouchDays: { min: 1, max: 3660 },
  /** The thank-you window: up to four weeks (fractions allowed). */
  thankYouHours: { min: 0, max: 4 * 7 * 24 },
  /** Questions in one list. */
  questionCount: { min: 1, max: 200 },
  /** Characters of a LinkedIn note (200 free, 300 Premium; a message can be longer). */
  linkedinNoteLimit: { min: 1, max: 10_000 },
  /** The year of `me.graduation`. */
  graduation: { min: 1900, max: 2200 },
} as const;

export type RangeName = keyof typeof RANGES;
