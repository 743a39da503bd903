/** Small pieces several commands share. */
import type { Context } from '../../context.js';
import type { Contact, Meeting } from '../../domain/schema.js';
import { deriveStatus, latestStarted } from '../../domain/status.js';
import type { Status } from '../../domain/enums.js';
import { UserError, type DataFileError } from '../../errors.js';
import type { StoredContact } from '../../domain/contact-fields.js';
import { isMisnamed } from '../../store/read-folder.js';
import { isConflictProblem } from '../../store/sync-stop.js';

/** Tell the person which files were skipped, one line each, on stderr. */
export function warnProblems(ctx: Context, problems: readonly DataFileError[]): void {
  // A sync conflict (edit that slug, then sync) and a file name that is no slug (rename it) have their own way out, not the generic fix.
  const own = (p: DataFileError) => isConflictProblem(p) || isMisnamed(p);
  for (const p of problems) {
    ctx.warn(ctx.paintErr.yellow(`warning: skipped ${p.message}`));
    if (own(p) && p.hint) ctx.warn(ctx.paintErr.dim(`  ${p.hint}`));
  }
  if (problems.some((p) => !own(p))) ctx.warn(ctx.paintErr.dim('  Fix the file by hand or with `infoview edit <slug>`; nothing in it was changed.'));
}

/** Warnings about likely typos in a file's keys. */
export function warnTypos(ctx: Context, contacts: readonly StoredContact[]): void {
  for (const c of contacts) for (const w of c.warnings) ctx.warn(ctx.paintErr.yellow(`warning: ${w}`));
}

export async function statusOf(ctx: Context, stored: StoredContact): Promise<Status> {
  return deriveStatus(stored.facts, ctx.now, (await ctx.config()).defaults.meetingMinutes);
}

/**
 * The meeting `thanked`, `debrief` and a thank-you draft act on: the latest one that has started
 * by `now`. Without one, a UserError that says what to do instead.
 */
export function startedMeeting(contact: Contact, slug: string, now: Date, purpose: string): Meeting {
  const meeting = latestStarted(contact, now);
  if (meeting) return meeting;
  const planned = (contact.meetings ?? []).length > 0;
  throw new UserError(
    `no meeting with ${contact.name} has started yet, so there is nothing to ${purpose}`,
    planned ? `The meeting is still ahead; prepare for it with \`infoview prep ${slug}\`` : `Record the meeting first: infoview add meeting ${slug} --at WHEN`,
  );
}
