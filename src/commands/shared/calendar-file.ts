/**
 * `defaults.calendarFile` (config.yaml): after a command changed the contacts or config.yaml, the
 * .ics of `calendar` is rewritten at that path, so a calendar app subscribed to the file (or a
 * synced folder) shows meetings and thank-you deadlines without running anything. config.yaml can
 * arrive by sync, so only a path ending in .ics is written, and only over a calendar infoview
 * wrote itself (its PRODID) or where no file is. Anything else is a warning naming the path: the
 * change that triggered it is saved already, so the command still succeeds.
 */
import { closeSync, existsSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import type { Context } from '../../context.js';
import { ensurePrivateDir } from '../../store/atomic.js';
import { ChangeLog } from '../../store/change-log.js';
import { expandHome, relativeInside } from '../../store/paths.js';

const FIX = 'Fix defaults.calendarFile in config.yaml (a .ics file in a folder you can write, e.g. ~/Calendars/infoview.ics), or remove it';

/** What `calendar` shows changes only with the contacts and config.yaml. */
function changesCalendar(dir: string, files: readonly string[]): boolean {
  return files.some((f) => {
    const rel = relativeInside(dir, f);
    return rel === 'config.yaml' || rel === 'contacts' || Boolean(rel?.startsWith(`contacts${sep}`));
  });
}

/** The first KiB of a file: enough for a calendar's header (VERSION, PRODID). */
function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Why infoview may not write `target` (`named`, the path configured, resolved through symlinks), or
 * undefined when it may: a missing file, or its own calendar.
 */
async function refusalOf(named: string, target: string): Promise<{ why: string; hint: string } | undefined> {
  if (![named, target].every((p) => extname(p).toLowerCase() === '.ics')) return { why: 'the path does not end in .ics', hint: FIX };
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) return undefined;
  // Never opened otherwise: a FIFO would wait forever.
  if (!stats.isFile()) return { why: 'it is not a regular file', hint: FIX };
  const { isOwnCalendar } = await import('../../render/ics.js');
  if (isOwnCalendar(headOf(target))) return undefined;
  return { why: 'the file there is not a calendar infoview wrote (no infoview PRODID), so it is left alone', hint: 'Point defaults.calendarFile in config.yaml at a new file, or delete that file if infoview may replace it' };
}

/**
 * Rewrite the calendar at `setting` (config.yaml's value: `~` expanded, a relative path taken from
 * the data folder) when `files`, this command's changes, touch what it shows. Never throws.
 */
export async function refreshCalendarFile(ctx: Context, setting: string, files: readonly string[]): Promise<void> {
  if (!changesCalendar(ctx.dir, files)) return;
  const named = resolve(ctx.dir, expandHome(setting));
  const warn = (why: string, hint: string) => {
    ctx.warn(ctx.paintErr.yellow(`warning: calendarFile ${named} not updated: ${why}`));
    ctx.warn(ctx.paintErr.dim(`  ${hint}`));
  };
  try {
    // Through a symlink to the file it points to: the link (into a synced folder, say) stays.
    // Through a symlink to the file it names (a dangling link: to where it points), so the link stays.
    const target = existsSync(named) ? realpathSync(named) : lstatSync(named, { throwIfNoEntry: false })?.isSymbolicLink() ? resolve(dirname(named), readlinkSync(named)) : named;
    const refused = await refusalOf(named, target);
    if (refused) return warn(refused.why, refused.hint);
    const [{ calendarEvents }, { renderIcs }, { writeOutFile }, { withLockAsync }] = await Promise.all([
      import('../../domain/calendar.js'),
      import('../../render/ics.js'),
      import('../../store/out-file.js'),
      import('../../store/lock.js'),
    ]);
    // Read and written under one lock, so of two commands writing at once, the later calendar has both changes.
    ensurePrivateDir(join(ctx.dir, '.index'));
    await withLockAsync(join(ctx.dir, '.index', 'calendar'), async () => {
      // Unreadable contact files were reported by the command; the calendar has everyone else, as `calendar` does.
      const { contacts } = await ctx.store().readAll();
      const text = await renderIcs(calendarEvents(contacts, ctx.now, await ctx.config()), ctx.now);
      // A derived file, like the cache: its own change log, so the git auto-commit never takes it.
      writeOutFile(ctx.dir, new ChangeLog(), target, text, 'Calendars/infoview.ics');
    });
  } catch (error) {
    // The disk said no (permissions, a missing folder, a file of the data folder): the change itself is saved.
    warn(error instanceof Error ? error.message : String(error), FIX);
  }
}
