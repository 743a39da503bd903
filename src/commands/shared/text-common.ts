/** Pieces the text commands (questions, prep, draft) share: whole-number options and the question bank. */
import type { Context } from '../../context.js';
import { RANGES } from '../../domain/limits.js';
import { seedFrom, selectQuestions, type PickOptions } from '../../domain/question-picker.js';
import type { Question } from '../../domain/questions.js';
import { UsageError } from '../../errors.js';
import { parseQuestionBank } from '../../store/question-bank.js';
import { templateInUse, templateWarn } from './pack.js';

/** `--count N` / `--seed N`: a whole number (at most `max`), or a usage error quoting the input. */
export function wholeNumber(flag: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : min > 0 ? ` of at least ${min}` : '';
    throw new UsageError(`${flag} "${value}" is not a whole number${range}`, `For example: ${flag} ${Math.min(Math.max(5, min), max)}`);
  }
  return n;
}

/** `--count N`: how many questions, in the range config.yaml's questionCount has. */
export const questionCountFlag = (value: string | undefined) => wholeNumber('--count', value, RANGES.questionCount.min, RANGES.questionCount.max);

/**
 * Pick questions from the bank in use, warning (stderr) about yes/no questions in yours or a pack's,
 * and saying so when the bank has fewer that fit than were asked for. `spare` is how many of the
 * count the caller sets aside (prep asks the referral question apart from the prepared ones), so
 * the note counts what the person asked for.
 */
export async function pickQuestions(ctx: Context, options: PickOptions, spare = 0): Promise<Question[]> {
  const template = await templateInUse(ctx, 'questions');
  const bank = parseQuestionBank(template.path, template.text);
  if (template.source !== 'bundled') bank.warnings.forEach(templateWarn(ctx));
  const questions = selectQuestions(bank.questions, options);
  const asked = options.count - spare;
  const fit = questions.length - (questions.some((q) => q.referral) ? spare : 0);
  if (fit < asked) {
    ctx.warn(ctx.paintErr.yellow(`warning: asked for ${asked} questions, but only ${fit} fit these details (one "who else" question per list); giving ${fit}`));
  }
  return questions;
}

/** The seed for a contact's questions: stable per contact unless --seed or --shuffle. */
export function contactSeed(slug: string, options: { seed?: string; shuffle?: boolean }): number {
  const seed = wholeNumber('--seed', options.seed, 0);
  if (seed !== undefined) return seed;
  if (options.shuffle) return Math.floor(Math.random() * 2 ** 32);
  return seedFrom(slug);
}
