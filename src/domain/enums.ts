/** Enums defined once; the schema, the help texts and the prompts all read these lists. */
export const SOURCES = [
  'linkedin', 'alumni', 'friend', 'family', 'coworker', 'professor', 'event', 'referral', 'cold', 'other',
] as const;
export type Source = (typeof SOURCES)[number];

export const CHANNELS = ['email', 'linkedin', 'phone', 'in-person', 'intro', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MEDIUMS = ['coffee', 'call', 'video', 'in-person', 'other'] as const;
export type Medium = (typeof MEDIUMS)[number];

/** The pipeline, in order. Status is derived from the timeline, never stored. */
export const STATUSES = ['new', 'contacted', 'replied', 'scheduled', 'met', 'thanked'] as const;
export type Status = (typeof STATUSES)[number];

export const DRAFT_KINDS = ['email', 'linkedin', 'intro', 'phone', 'nudge', 'thankyou'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
