/** The `--until WHEN` flag of `snooze`: a time, or a day alone (the start of it), in the future. */
import type { Context } from '../../context.js';
import { DomainError } from '../../domain/domain-error.js';
import { parseWhen } from '../../domain/when.js';
import { UsageError } from '../../errors.js';
import { localTime } from '../../render/time.js';

const EXAMPLES = 'Give a day, like 2027-01-05, "next monday" or "in 3 days" (from its start), or a time, like "2027-01-05 09:00"';
/** The domain's complaint about the words, with the forms --until takes (a day alone is one, unlike --at). */
const usage = (error: DomainError) => new UsageError(`--until: ${error.message}`, EXAMPLES, { cause: error });

/**
 * `--until` as ISO 8601 with the local offset. WHEN as everywhere (domain/when.ts); a day without
 * a time of day (2027-01-05, next monday, in 3 days) means 00:00 local that day. Not in the
 * future: a usage error.
 */
export async function readUntil(ctx: Context, value: string): Promise<string> {
  let until: string;
  try {
    until = await parseWhen(value, ctx.now);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // The same words with the start of the day; when that does not read either, the first complaint stands.
    until = await parseWhen(`${value.trim()} 00:00`, ctx.now).catch(() => {
      throw usage(error);
    });
  }
  if (Date.parse(until) <= ctx.now.getTime()) {
    throw new UsageError(`--until "${value}" is not in the future (${localTime(until, ctx.now)})`, 'Snooze until a later day, like "next monday" or 2027-01-05');
  }
  return until;
}
