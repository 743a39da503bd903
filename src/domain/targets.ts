/**
 * The LAMP list (DOMAIN.md, Dalton): target employers scored by Advocacy, Motivation and Posting,
 * ranked by motivation, then posting, then advocacy, each with the people you know there and the
 * next step. Pure: the command passes the contacts with their status.
 */
import { closestCompanies, companyKey, sameCompany } from './company.js';
import type { StoredContact } from './contact-fields.js';
import type { Status } from './enums.js';
import { deriveStatus } from './status.js';

/** One employer of targets.yaml, as validated (target-schema.ts). */
export interface Target {
  employer: string;
  /** How much you want to work there, 1–5; absent until scored. */
  motivation?: number | undefined;
  /** How relevant their current openings are, 1–3; absent until scored. */
  posting?: number | undefined;
  /** Set by hand; absent: yes when you know someone there. */
  advocacy?: boolean | undefined;
}

export const MOTIVATION = { min: 1, max: 5 } as const;
export const POSTING = { min: 1, max: 3 } as const;

/** A contact as the LAMP list sees them. */
export interface Person {
  slug: string;
  name: string;
  company?: string | undefined;
  source?: string | undefined;
  status: Status;
}

export interface TargetRow {
  employer: string;
  motivation: number | null;
  posting: number | null;
  /** As set, else whether you know someone there (not archived). */
  advocacy: boolean;
  contacts: { slug: string; name: string; status: Status }[];
  /** The next step: "find an alum at X", "write to Maya Chen", "wait / try another"… */
  next: string;
}

/** What to do with whom, most pressing first, for someone at the employer in that status. */
const STEPS: [Status, (name: string) => string][] = [
  ['met', (n) => `thank ${n}`],
  ['replied', (n) => `schedule with ${n}`],
  ['scheduled', (n) => `prepare for ${n}`],
  ['new', (n) => `write to ${n}`],
  ['contacted', () => 'wait / try another'],
  ['thanked', (n) => `stay in touch with ${n}`],
];

function nextStep(employer: string, people: readonly Person[]): string {
  for (const [status, step] of STEPS) {
    const at = people.filter((p) => p.status === status);
    // Alumni first, as Dalton has it: the warmest way in.
    const who = at.find((p) => p.source === 'alumni') ?? at[0];
    if (who) return step(who.name);
  }
  return `find an alum at ${employer}`;
}

/** Everyone, as the LAMP list sees them: facts only, `source` read just for people at a target. */
export function peopleFrom(contacts: readonly StoredContact[], now: Date, meetingMinutes: number, targets: readonly Target[] = []): Person[] {
  return contacts.map((stored) => {
    const { slug, facts } = stored;
    // The full contact (a parse on a warm run) only for the few at a target.
    const atTarget = targets.some((t) => sameCompany(facts.company, t.employer));
    return { slug, name: facts.name, company: facts.company, status: deriveStatus(facts, now, meetingMinutes), ...(atTarget ? { source: stored.contact.source } : {}) };
  });
}

/** The people whose `company` names this employer, in name order. */
export function peopleAt<P extends { company?: string | undefined; name: string }>(employer: string, people: readonly P[]): P[] {
  return people.filter((p) => sameCompany(p.company, employer)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Rank order: motivation, then posting, then advocacy, highest first; unscored last; ties keep the file's order. */
export function byRank(a: Pick<TargetRow, 'motivation' | 'posting' | 'advocacy'>, b: Pick<TargetRow, 'motivation' | 'posting' | 'advocacy'>): number {
  return (b.motivation ?? 0) - (a.motivation ?? 0) || (b.posting ?? 0) - (a.posting ?? 0) || Number(b.advocacy) - Number(a.advocacy);
}

/** The LAMP list as shown: every target with its people and next step, in rank order. */
export function targetRows(targets: readonly Target[], people: readonly Person[]): TargetRow[] {
  return targets
    .map((t) => {
      const there = peopleAt(t.employer, people);
      const active = there.filter((p) => p.status !== 'archived');
      return {
        employer: t.employer,
        motivation: t.motivation ?? null,
        posting: t.posting ?? null,
        advocacy: t.advocacy ?? active.length > 0,
        contacts: there.map(({ slug, name, status }) => ({ slug, name, status })),
        next: nextStep(t.employer, active),
      };
    })
    .sort(byRank);
}

/** "motivation 5, posting 2, advocacy yes": a target's scores in words (prep, status). */
export function scoresText(row: Pick<TargetRow, 'motivation' | 'posting' | 'advocacy'>): string {
  const score = (n: number | null) => (n === null ? 'not scored' : String(n));
  return `motivation ${score(row.motivation)}, posting ${score(row.posting)}, advocacy ${row.advocacy ? 'yes' : 'no'}`;
}

/** What the report needs of a contact: their company and the times of their meetings. */
export interface CoveredContact {
  facts: { company?: string | undefined; meetings: readonly { atMs: number }[] };
}

/**
 * How far each target is covered, in targets.yaml's order: how many contacts you have there and
 * how many of them you have met (a meeting that has started by `now`).
 */
export function targetCoverage(targets: readonly Target[], contacts: readonly CoveredContact[], now: Date): { employer: string; contacts: number; met: number }[] {
  return targets.map((t) => {
    const there = contacts.filter((c) => sameCompany(c.facts.company, t.employer));
    const met = there.filter((c) => c.facts.meetings.some((m) => m.atMs <= now.getTime()));
    return { employer: t.employer, contacts: there.length, met: met.length };
  });
}

/** Where `employer` is in the list (by companyKey), else -1. */
export function indexOfTarget(targets: readonly Target[], employer: string): number {
  const key = companyKey(employer);
  return targets.findIndex((t) => companyKey(t.employer) === key);
}

/** The listed employers that look like a typo of `employer`. */
export function similarTargets(targets: readonly Target[], employer: string): string[] {
  return closestCompanies(employer, targets.map((t) => t.employer));
}

/**
 * The companies of your contacts that are not targets yet, most people first (then by name), each
 * with how many people you know there. Spellings that fold alike count as one, named as most write it.
 */
export function suggestTargets(targets: readonly Target[], people: readonly Person[]): { employer: string; people: number }[] {
  const groups = new Map<string, string[]>();
  for (const p of people) {
    const company = p.company?.trim();
    if (!company || indexOfTarget(targets, company) >= 0) continue;
    const key = companyKey(company);
    groups.set(key, [...(groups.get(key) ?? []), company]);
  }
  const commonest = (names: string[]) => [...new Set(names)].sort((a, b) => names.filter((n) => n === b).length - names.filter((n) => n === a).length)[0] ?? '';
  return [...groups.values()]
    .map((names) => ({ employer: commonest(names), people: names.length }))
    .sort((a, b) => b.people - a.people || (a.employer < b.employer ? -1 : a.employer > b.employer ? 1 : 0));
}
