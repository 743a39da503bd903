/** The WHEN flags (`--at`), read against the context's clock and config.yaml's `defaults.dateOrder`. */
import type { Context } from '../../context.js';
import { DomainError } from '../../domain/domain-error.js';
import { hasSlashDate, parseWhen, toLocalIso, type WhenOptions } from '../../domain/when.js';
import { UsageError } from '../../errors.js';
import { localTime } from '../../render/time.js';

/** A minute of slack so "now" typed a moment ago never counts as the future. */
const SLACK_MS = 60_000;

/**
 * One WHEN flag's value as ISO 8601 with the local offset, by the one parser (domain/when.ts).
 * config.yaml is read only for a slash date (`5/1`), which needs `defaults.dateOrder`. A value
 * that cannot be read is a usage error of `flag`: exit 2, the parser's words.
 */
export async function readWhen(ctx: Context, flag: string, value: string, options: Omit<WhenOptions, 'dateOrder'> = {}): Promise<string> {
  try {
    const dateOrder = hasSlashDate(value) ? (await ctx.config()).defaults.dateOrder : 'none';
    return await parseWhen(value, ctx.now, { ...options, dateOrder });
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(`${flag}: ${error.message}`, error.hint, { cause: error });
    throw error;
  }
}

/**
 * `--at` as ISO 8601 with the local offset; now when absent. `past` refuses a future time: an
 * outreach, a reply or a thank-you is recorded once it has happened, so a bare weekday or time
 * there means the latest one (`--at 9:40` at 09:45 is this morning).
 */
export async function readAt(ctx: Context, value: string | undefined, mode: 'any' | 'past'): Promise<string> {
  if (value === undefined) return toLocalIso(ctx.now);
  const at = await readWhen(ctx, '--at', value, { direction: mode });
  if (mode === 'past' && Date.parse(at) > ctx.now.getTime() + SLACK_MS) {
    throw new UsageError(`--at "${value}" is in the future (${localTime(at, ctx.now)})`, 'Record it once it has happened, or give a past time like "yesterday 16:30"');
  }
  return at;
}

/**
 * A day flag (`snooze --until`, `report --since`): WHEN as for `--at`, and a day alone means its
 * start (00:00 local). Words that do not read: the parser's complaint with `forms`, the shapes the
 * flag takes (a day alone is one, unlike `--at`).
 */
export async function readDay(ctx: Context, flag: string, value: string, direction: 'past' | 'future', forms: string): Promise<string> {
  return readWhen(ctx, flag, value, { direction, dateAlone: 'start-of-day' }).catch((error: unknown) => {
    throw error instanceof UsageError ? new UsageError(error.message, forms, { cause: error }) : error;
  });
}
