/**
 * The LAMP list (DOMAIN.md, Dalton): target employers scored by Advocacy, Motivation and Posting,
 * ranked by motivation, then posting, then advocacy, each with the people you know there and the
 * next step. Pure: the command passes the contacts and the clock.
 */
import { closestCompanies, companyKey } from './company.js';
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

/** A company's key, none for a missing or blank one (a blank company matches no employer). */
const keyOf = (company: string | undefined) => (company?.trim() ? companyKey(company) : undefined);

/** The items by their company's key, each key once: one fold per contact, not one per contact and target. */
function byCompany<T>(items: readonly T[], company: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(company(item));
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Everyone, as the LAMP list sees them: facts only, `source` read just for people at a target. */
export function peopleFrom(contacts: readonly StoredContact[], now: Date, meetingMinutes: number, targets: readonly Target[] = []): Person[] {
  const listed = new Set(targets.map((t) => companyKey(t.employer)));
  return contacts.map((stored) => {
    const { slug, facts } = stored;
    // The full contact (a parse on a warm run) only for the few at a target.
    const key = keyOf(facts.company);
    const atTarget = key !== undefined && listed.has(key);
    return { slug, name: facts.name, company: facts.company, status: deriveStatus(facts, now, meetingMinutes), ...(atTarget ? { source: stored.contact.source } : {}) };
  });
}

const byName = (a: Person, b: Person) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Rank order: motivation, then posting, then advocacy, highest first; unscored last; ties keep the file's order. */
function byRank(a: Pick<TargetRow, 'motivation' | 'posting' | 'advocacy'>, b: Pick<TargetRow, 'motivation' | 'posting' | 'advocacy'>): number {
  return (b.motivation ?? 0) - (a.motivation ?? 0) || (b.posting ?? 0) - (a.posting ?? 0) || Number(b.advocacy) - Number(a.advocacy);
}

/** The LAMP list as shown: every target with its people and next step, in rank order. */
export function targetRows(targets: readonly Target[], people: readonly Person[]): TargetRow[] {
  const groups = byCompany(people, (p) => p.company);
  return targets
    .map((t) => {
      const there = [...(groups.get(companyKey(t.employer)) ?? [])].sort(byName);
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
  facts: { company?: string | undefined; archivedMs?: number | undefined; meetings: readonly { atMs: number }[] };
}

/**
 * How far each target is covered, in targets.yaml's order: how many contacts you have there and
 * how many of them you have met (a meeting that has started by `now`).
 */
/** One target employer as the report counts it: the people you know there, and how many you met. */
export interface TargetCoverage {
  employer: string;
  contacts: number;
  met: number;
}

export function targetCoverage(targets: readonly Target[], contacts: readonly CoveredContact[], now: Date): TargetCoverage[] {
  const groups = byCompany(contacts, (c) => c.facts.company);
  return targets.map((t) => {
    // Archived contacts count neither here nor for advocacy (targetRows).
    const there = (groups.get(companyKey(t.employer)) ?? []).filter((c) => c.facts.archivedMs === undefined);
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
  const listed = new Set(targets.map((t) => companyKey(t.employer)));
  const groups = new Map<string, string[]>();
  for (const [key, there] of byCompany(people, (p) => p.company)) {
    if (!listed.has(key)) groups.set(key, there.map((p) => (p.company ?? '').trim()));
  }
  const commonest = (names: string[]) => {
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  };
  return [...groups.values()]
    .map((names) => ({ employer: commonest(names), people: names.length }))
    .sort((a, b) => b.people - a.people || (a.employer < b.employer ? -1 : a.employer > b.employer ? 1 : 0));
}
