/** Enums defined once; the schema, the help texts and the prompts all read these lists. */
export const SOURCES = [
  'linkedin', 'alumni', 'friend', 'family', 'coworker', 'professor', 'event', 'referral', 'cold', 'other',
] as const;
export type Source = (typeof SOURCES)[number];
/** A source as words, after "how you found them" or "through": `coworker` → `work (a co-worker)`. */
export const HOW_FOUND: Record<Source, string> = {
  linkedin: 'LinkedIn',
  alumni: 'the alumni network',
  friend: 'a friend',
  family: 'family',
  coworker: 'work (a co-worker)',
  professor: 'a professor',
  event: 'an event',
  referral: 'a referral',
  cold: 'your own research (cold outreach)',
  other: 'other',
};

export const CHANNELS = ['email', 'linkedin', 'phone', 'in-person', 'intro', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MEDIUMS = ['coffee', 'call', 'video', 'in-person', 'other'] as const;
export type Medium = (typeof MEDIUMS)[number];

/**
 * The pipeline, in order, then `archived` (set by `archive`, whatever stage the timeline shows).
 * Status is derived from the file, never stored.
 */
export const STATUSES = ['new', 'contacted', 'replied', 'scheduled', 'met', 'thanked', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

export const DRAFT_KINDS = ['email', 'linkedin', 'intro', 'phone', 'nudge', 'thankyou', 'update', 'confirm', 'checkin'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** Where the sender stands (config.yaml `me.stage`): picks question variants and the identity clause. */
export const STAGES = ['student', 'graduate', 'career-changer', 'professional'] as const;
export type Stage = (typeof STAGES)[number];

/** How drafts greet (config.yaml `defaults.greeting`). */
export const GREETINGS = ['Hi', 'Hello', 'Dear'] as const;
export type Greeting = (typeof GREETINGS)[number];

/** How to read a slash date like 5/1 (config.yaml `defaults.dateOrder`); `none` refuses it. */
export const DATE_ORDERS = ['none', 'mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Other spellings of a draft kind, accepted wherever one is given: `thank-you` as followup spells it. */
export const KIND_ALIASES: Readonly<Record<string, DraftKind>> = { 'thank-you': 'thankyou' };

/** The channels a written draft can take (`draft --channel`). */
export const MESSAGE_CHANNELS = ['email', 'linkedin'] as const;

/** Every template name: the draft kinds, the prep sheet and the question bank. */
export const TEMPLATE_NAMES = [...DRAFT_KINDS, 'prep', 'questions'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** `email.liquid`, …, `questions.yaml` */
export const fileNameOf = (name: TemplateName) => (name === 'questions' ? 'questions.yaml' : `${name}.liquid`);
