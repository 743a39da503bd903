/** Small pieces several commands share. */
import type { Context } from '../context.js';
import { deriveStatus } from '../domain/status.js';
import type { Status } from '../domain/enums.js';
import type { DataFileError } from '../errors.js';
import type { StoredContact } from '../store/contacts.js';

/** Tell the person which files were skipped, one line each, on stderr. */
export function warnProblems(ctx: Context, problems: readonly DataFileError[]): void {
  for (const p of problems) ctx.warn(ctx.paintErr.yellow(`warning: skipped ${p.message}`));
  if (problems.length) ctx.warn(ctx.paintErr.dim('  Fix the file by hand or with `infoview edit <slug>`; nothing in it was changed.'));
}

/** Warnings about likely typos in a file's keys. */
export function warnTypos(ctx: Context, contacts: readonly StoredContact[]): void {
  for (const c of contacts) for (const w of c.warnings) ctx.warn(ctx.paintErr.yellow(`warning: ${w}`));
}

export async function statusOf(ctx: Context, stored: StoredContact): Promise<Status> {
  return deriveStatus(stored.facts, ctx.now, (await ctx.config()).defaults.meetingMinutes);
}
