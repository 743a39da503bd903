/** What the targets commands share: the LAMP rows from targets.yaml and the contacts, flags, lookup. */
import type { Context } from '../../context.js';
import { sameCompany } from '../../domain/company.js';
import { indexOfTarget, MOTIVATION, POSTING, peopleFrom, scoresText, similarTargets, targetRows, type Person, type Target, type TargetRow } from '../../domain/targets.js';
import { UserError } from '../../errors.js';
import { warnProblems } from './common.js';
import { targetsOrWarn } from './targets-file.js';
import { wholeNumber } from './text-common.js';

/** peopleFrom over the whole folder, warning about files that do not read. */
export async function peopleOf(ctx: Context, targets: readonly Target[] = []): Promise<Person[]> {
  const { contacts, problems } = await ctx.store().readAll();
  warnProblems(ctx, problems);
  return peopleFrom(contacts, ctx.now, (await ctx.config()).defaults.meetingMinutes, targets);
}

/** The LAMP list in rank order, with who you know at each employer. */
export async function lampRows(ctx: Context, targets: readonly Target[]): Promise<TargetRow[]> {
  return targetRows(targets, await peopleOf(ctx, targets));
}

/** `--motivation`, `--posting`: a whole number in the score's range, else a usage error (exit 2). */
export function scoreFlags(options: { motivation?: string; posting?: string }): { motivation?: number; posting?: number } {
  const motivation = wholeNumber('--motivation', options.motivation, MOTIVATION.min, MOTIVATION.max);
  const posting = wholeNumber('--posting', options.posting, POSTING.min, POSTING.max);
  return { ...(motivation === undefined ? {} : { motivation }), ...(posting === undefined ? {} : { posting }) };
}

/** The index of the listed employer `query` names; not listed is a UserError with the closest names. */
export function targetIndex(targets: readonly Target[], query: string): number {
  const i = indexOfTarget(targets, query);
  if (i >= 0) return i;
  const close = similarTargets(targets, query);
  const hint = close.length
    ? `Did you mean: ${close.map((e) => `"${e}"`).join(', ')}?`
    : targets.length
      ? 'See your list with `infoview targets`'
      : `There are no targets yet: add one with \`infoview targets add "${query}"\``;
  throw new UserError(`"${query}" is not on your targets list`, hint);
}

/** The row of `employer` among `rows`, and its rank (1-based). */
export function rankOf(rows: readonly TargetRow[], employer: string): { row: TargetRow; rank: number } | undefined {
  const i = rows.findIndex((r) => r.employer === employer);
  const row = rows[i];
  return row && { row, rank: i + 1 };
}

/**
 * The LAMP row of `company`, when it is a target, with its rank: for `prep`. A targets.yaml that
 * does not read is a warning here (the sheet still prints), never the command's failure.
 */
export async function targetOf(ctx: Context, company: string | undefined): Promise<{ employer: string; scores: string; rank: number; of: number } | undefined> {
  if (!company?.trim()) return undefined;
  const targets = await targetsOrWarn(ctx);
  if (indexOfTarget(targets, company) < 0) return undefined;
  const rows = await lampRows(ctx, targets);
  const rank = rows.findIndex((r) => sameCompany(r.employer, company));
  const row = rows[rank];
  return row && { employer: row.employer, scores: scoresText(row), rank: rank + 1, of: rows.length };
}
