/** The `--until WHEN` flag of `snooze`: a time, or a day alone (the start of it), in the future. */
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { localTime } from '../../render/time.js';
import { readWhen } from './at.js';

const EXAMPLES = 'Give a day, like 2027-01-05, "next monday" or "in 3 days" (from its start), or a time, like "2027-01-05 09:00"';

/**
 * `--until` as ISO 8601 with the local offset. WHEN as everywhere (domain/when.ts); a day without
 * a time of day (2027-01-05, next monday, in 3 days) means 00:00 local that day. Not in the
 * future: a usage error.
 */
export async function readUntil(ctx: Context, value: string): Promise<string> {
  const until = await readWhen(ctx, '--until', value, { direction: 'future', dateAlone: 'start-of-day' }).catch((error: unknown) => {
    // The parser's words, with the forms --until takes (a day alone is one, unlike --at).
    throw error instanceof UsageError ? new UsageError(error.message, EXAMPLES, { cause: error }) : error;
  });
  if (Date.parse(until) <= ctx.now.getTime()) {
    throw new UsageError(`--until "${value}" is not in the future (${localTime(until, ctx.now)})`, 'Snooze until a later day, like "next monday" or 2027-01-05');
  }
  return until;
}
