/**
 * Roles as a sentence can carry them: "a"/"an" by sound, LinkedIn headlines cut to the job title,
 * and role phrases that read naturally ("the owner of Vogel's Bakery", "CEO of Acme"). Pure; used
 * by the drafts and, later, by the question picker.
 */
import indefinite from 'indefinite';

/** `a UX researcher`, `an MD`, `an hour`: the article chosen by how the phrase is said. */
export function withArticle(phrase: string): string {
  return indefinite(phrase.trim(), { numbers: 'colloquial' });
}

// A headline's separators: "Engineer | Ex-Meta", "Engineer · Speaker", "Engineer — Mentor".
const HEADLINE_BREAK = /\s+[|·•—–]\s+|\s*\|\s*|\s+-\s+/;

/**
 * A LinkedIn headline cut to the job title: `Senior Software Engineer | Ex-Meta | Speaker` →
 * `Senior Software Engineer`; "at <company>" or "@ <company>" at the end goes too, since the
 * company is named on its own. Undefined when nothing is left.
 */
export function cleanRole(role: string | undefined, company?: string): string | undefined {
  if (!role) return undefined;
  let title = (role.split(HEADLINE_BREAK)[0] ?? '').replace(/\s+/g, ' ').trim();
  title = title.replace(/\s*@\s*\S.*$/, '').trim();
  if (company) {
    const at = new RegExp(`\\s+(at|with)\\s+${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    title = title.replace(at, '').trim();
  }
  return title.replace(/[,;:]+$/, '').trim() || undefined;
}

// Roles that one person holds at an organisation: "the owner of", never "an owner at".
const SOLE = /^(owner|co-?owner|founder|co-?founder|president|proprietor|principal|managing director|executive director|director general)$/i;
// Chief officers read without an article: "CEO of Acme".
const CHIEF = /^(c[a-z]?o|chief [a-z ]+ officer|chief executive)$/i;
// Heads of a team take "of": "Director, Product Marketing" → "Director of Product Marketing".
const LEADS = /\b(director|head|vp|vice president|manager|lead|chief)$/i;

/**
 * The noun phrase for someone's role at an organisation, ready after "as" or "is":
 * `an Engineering Manager at Stripe`, `the owner of Vogel's Bakery`, `CEO of Acme`,
 * `a Senior Researcher on Xbox at Microsoft`. Undefined when neither is known.
 */
export function rolePhrase(role: string | undefined, company: string | undefined): string | undefined {
  const title = cleanRole(role, company);
  if (!title) return undefined;
  const [head = title, team] = title.split(/\s*,\s*/, 2);
  if (SOLE.test(head) && !team) return company ? `the ${head.toLowerCase()} of ${company}` : withArticle(head.toLowerCase());
  if (CHIEF.test(head) && !team) return company ? `${head} of ${company}` : withArticle(head);
  const job = team ? `${head} ${LEADS.test(head) ? 'of' : 'on'} ${team}` : head;
  return company ? `${withArticle(job)} at ${company}` : withArticle(job);
}
