/**
 * Question selection, pure: a bank of open-ended questions in, a short balanced list out.
 * The same inputs and seed always give the same list, so a contact's prep sheet is stable.
 */

/** The nine themes of DOMAIN.md, in the order a conversation usually flows (people last). */
export const THEMES = [
  'path', 'day', 'likes-and-challenges', 'skills-and-fit', 'trends', 'culture', 'advice', 'resources', 'people',
] as const;
export type Theme = (typeof THEMES)[number];

/** The details a question may have a slot for: `{{ role }}`, `{{ company }}`, `{{ field }}`. */
export const SLOTS = ['role', 'company', 'field'] as const;
export type Slot = (typeof SLOTS)[number];
export type Tailoring = Partial<Record<Slot, string | undefined>>;

/** One entry of the bank (templates/questions.yaml). */
export interface BankQuestion {
  theme: Theme;
  text: string;
  /** Only when these details are known. */
  when?: Slot[] | undefined;
  /** Only when these details are not known. */
  unless?: Slot[] | undefined;
  /** 1-based line in the bank file, for messages. */
  line?: number | undefined;
}

/** A question ready to ask. */
export interface Question {
  text: string;
  theme: Theme;
}

const SLOT_PATTERN = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g;

/** Words that open a question someone can answer with a plain yes or no. */
const YES_NO_OPENERS = new Set([
  'am', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'shall', 'should',
  'have', 'has', 'had', 'may', 'might', 'must', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt',
  'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt',
]);

/** False when the question opens with a yes/no word (`Do you…`, `Is it…`, `Would you…`). */
export function isOpenQuestion(text: string): boolean {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return !YES_NO_OPENERS.has(first.toLowerCase().replace(/[^a-z]/g, ''));
}

/** The slot names a text uses, in order of appearance (unknown names included, for checking). */
function slotsOf(text: string): string[] {
  return [...text.matchAll(SLOT_PATTERN)].map((m) => m[1] as string);
}

/** Slot names in a text that are not role, company or field. */
export function unknownSlots(text: string): string[] {
  return slotsOf(text).filter((s) => !(SLOTS as readonly string[]).includes(s));
}

const known = (t: Tailoring, slot: Slot) => Boolean(t[slot]?.trim());

/** True when every slot the question uses, and every `when`, has a value, and no `unless` does. */
export function fits(q: BankQuestion, t: Tailoring): boolean {
  const needs = [...slotsOf(q.text), ...(q.when ?? [])] as Slot[];
  return needs.every((s) => known(t, s)) && !(q.unless ?? []).some((s) => known(t, s));
}

/**
 * Put the values into the slots in one pass: a value is inserted as text and never expanded
 * again, so a company called `{{ role }}` prints exactly that.
 */
export function fillSlots(text: string, t: Tailoring): string {
  return text.replace(SLOT_PATTERN, (whole, name: string) => {
    const value = (SLOTS as readonly string[]).includes(name) ? t[name as Slot]?.trim() : undefined;
    return value ?? whole;
  });
}

/** A small seeded generator (mulberry32): deterministic, good enough to shuffle a list. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number from a string (FNV-1a), e.g. a contact's slug. */
export function seedFrom(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Pick `count` questions balanced across the themes: one "people" question always, then one
 * from each other theme in a seeded order, round after round, so no theme gets a second
 * question before every theme with questions left has its first. About half the themes lead
 * with a question tailored to the given details. The list comes back in conversation order.
 */
export function selectQuestions(bank: readonly BankQuestion[], options: { count: number; seed: number; tailoring: Tailoring }): Question[] {
  const { count, tailoring } = options;
  if (count <= 0) return [];
  const random = seededRandom(options.seed);
  const pools = new Map<Theme, BankQuestion[]>();
  const tailored = (q: BankQuestion) => Number(slotsOf(q.text).length > 0);
  THEMES.forEach((theme, i) => {
    const eligible = shuffle(bank.filter((q) => q.theme === theme && fits(q, tailoring)), random);
    // Every other theme leads with a tailored question, the rest with a general one: a list
    // that names the company in every line reads like a form letter. The sort is stable, so
    // the shuffle still decides within each group.
    const sign = i % 2 === 0 || theme === 'people' ? 1 : -1;
    pools.set(theme, eligible.sort((a, b) => sign * (tailored(b) - tailored(a))));
  });
  const picked: BankQuestion[] = [];
  const people = pools.get('people')?.shift();
  if (people) picked.push(people);
  const order: Theme[] = shuffle(THEMES.filter((t) => t !== 'people'), random);
  order.push('people');
  while (picked.length < count) {
    let took = false;
    for (const theme of order) {
      if (picked.length >= count) break;
      const next = pools.get(theme)?.shift();
      if (next) {
        picked.push(next);
        took = true;
      }
    }
    if (!took) break;
  }
  const rank = (q: BankQuestion) => THEMES.indexOf(q.theme);
  return picked
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
    .map(({ q }) => ({ text: fillSlots(q.text, tailoring), theme: q.theme }));
}
