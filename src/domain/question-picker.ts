/**
 * Question selection, pure: a bank of open-ended questions in, a short balanced list out.
 * The same inputs and seed always give the same list, so a contact's prep sheet is stable.
 */
import type { Stage } from './enums.js';
import {
  fillSlots, fits, isKnown, SLOTS, slotsOf, THEMES, type BankQuestion, type Question, type Slot, type Tailoring, type Theme,
} from './questions.js';

/** What a list is picked for: how many, the seed, the contact's details, the asker's stage. */
export interface PickOptions {
  count: number;
  seed: number;
  tailoring: Tailoring;
  stage?: Stage | undefined;
}

/** From this many questions up, every given field, role and company appears in the list. */
const TAILOR_FROM = 4;

/** A small seeded generator (mulberry32): deterministic, good enough to shuffle a list. */
export function seededRandom(seed: number): () => number {
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

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The questions of the bank that fit these details and this asker. */
export function eligibleQuestions(bank: readonly BankQuestion[], tailoring: Tailoring, stage?: Stage): BankQuestion[] {
  return bank.filter((q) => fits(q, tailoring, stage));
}

/** The longest list the bank can give: every eligible question, but only one referral. */
export function availableCount(bank: readonly BankQuestion[], tailoring: Tailoring, stage?: Stage): number {
  const eligible = eligibleQuestions(bank, tailoring, stage);
  const others = eligible.filter((q) => !q.referral).length;
  return others + (eligible.length > others ? 1 : 0);
}

const uses = (q: BankQuestion, slot: Slot) => slotsOf(q.text).includes(slot);

/**
 * Make the list use every given detail at least once: for each one it lacks, swap in an unused
 * question that names it, in place of a question of the same theme (or of a theme that has more
 * questions in the list, so the balance holds) whose removal leaves no other detail unused.
 * The referral question is never swapped out.
 */
function tailor(picked: BankQuestion[], eligible: readonly BankQuestion[], tailoring: Tailoring, random: () => number): void {
  const given = SLOTS.filter((s) => isKnown(tailoring, s));
  const perTheme = (theme: Theme) => picked.filter((q) => q.theme === theme).length;
  const coverage = (slot: Slot) => picked.filter((q) => uses(q, slot)).length;
  for (const slot of shuffle(given, random)) {
    if (coverage(slot) > 0) continue;
    const candidates = shuffle(eligible.filter((q) => !q.referral && !picked.includes(q) && uses(q, slot)), random);
    for (const c of candidates) {
      const keepsOthers = (p: BankQuestion) => given.every((u) => !uses(p, u) || uses(c, u) || coverage(u) > 1);
      const victims = picked.filter((p) => !p.referral && keepsOthers(p));
      const victim = victims.find((p) => p.theme === c.theme) ?? victims.find((p) => perTheme(c.theme) < perTheme(p.theme));
      if (victim) {
        picked[picked.indexOf(victim)] = c;
        break;
      }
    }
  }
}

/**
 * Pick `count` questions balanced across the themes. The one referral question is the people
 * theme's share of the first round; then each theme gives one question per round, in a seeded
 * order, so no theme gets another before every theme with questions left has had one. Every
 * eligible question has the same chance within its theme. From four questions up, every given
 * detail is used at least once (below that, the referral question takes precedence). The list
 * comes back in conversation order, the referral question last.
 */
export function selectQuestions(bank: readonly BankQuestion[], options: PickOptions): Question[] {
  const { count, tailoring } = options;
  if (count <= 0) return [];
  const random = seededRandom(options.seed);
  const eligible = eligibleQuestions(bank, tailoring, options.stage);
  const referral = shuffle(eligible.filter((q) => q.referral), random)[0];
  const pools = new Map(THEMES.map((theme) => [theme, shuffle(eligible.filter((q) => q.theme === theme && !q.referral), random)]));
  const picked: BankQuestion[] = referral ? [referral] : [];
  const taken = new Map<Theme, number>(referral ? [[referral.theme, 1]] : []);
  const order = shuffle(THEMES, random);
  for (let round = 1; picked.length < count; round++) {
    let took = false;
    for (const theme of order) {
      if (picked.length >= count) break;
      if ((taken.get(theme) ?? 0) >= round) continue;
      const next = pools.get(theme)?.shift();
      if (!next) continue;
      picked.push(next);
      taken.set(theme, round);
      took = true;
    }
    if (!took && round > 1) break;
  }
  if (count >= TAILOR_FROM) tailor(picked, eligible, tailoring, random);
  const rank = (q: BankQuestion) => (q.referral ? THEMES.length : THEMES.indexOf(q.theme));
  return picked
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
    .map(({ q }) => ({ text: fillSlots(q.text, tailoring), theme: q.theme, referral: Boolean(q.referral) }));
}
