/** The `--at WHEN` flag of the timeline commands, read against the context's clock. */
import type { Context } from '../../context.js';
import { DomainError } from '../../domain/domain-error.js';
import { parseWhen, toLocalIso } from '../../domain/when.js';
import { UsageError } from '../../errors.js';
import { localTime } from '../../render/time.js';

/** A minute of slack so "now" typed a moment ago never counts as the future. */
const SLACK_MS = 60_000;

/**
 * `--at` as ISO 8601 with the local offset; now when absent. `past` refuses a future time: an
 * outreach, a reply or a thank-you is recorded once it has happened.
 */
export async function readAt(ctx: Context, value: string | undefined, mode: 'any' | 'past'): Promise<string> {
  if (value === undefined) return toLocalIso(ctx.now);
  let at: string;
  try {
    at = await parseWhen(value, ctx.now);
  } catch (error) {
    // A time the domain cannot read is a usage error of the flag: exit 2, the same words.
    if (error instanceof DomainError) throw new UsageError(`--at: ${error.message}`, error.hint, { cause: error });
    throw error;
  }
  if (mode === 'past' && Date.parse(at) > ctx.now.getTime() + SLACK_MS) {
    throw new UsageError(`--at "${value}" is in the future (${localTime(at, ctx.now)})`, 'Record it once it has happened, or give a past time like "yesterday 16:30"');
  }
  return at;
}
