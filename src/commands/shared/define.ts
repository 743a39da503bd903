/**
 * What command definitions share: the examples block of `--help`, repeatable flags, the words
 * that describe a contact or a time, and the options type inferred from a definition. Light on
 * purpose: `--help` loads every definition, and with it this module.
 */
import type { Context } from '../../context.js';

/** The "Examples" block after a command's `--help`: `.addHelpText('after', examples([...]))`. */
export const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;

/** Collect a repeatable flag into an array. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `--no-input`, on every command that can prompt (as gh has it): nothing prompts, even on a
 * terminal; what is missing is then a usage error naming the flag that gives it.
 */
export const NO_INPUT = ['--no-input', 'never prompt, even on a terminal (for scripts)'] as const;

/** With `--no-input`, the command runs as it would off a terminal. */
export function applyNoInput(ctx: Context, options: { input?: boolean }): void {
  if (options.input === false) ctx.interactive = false;
}

export const CONTACT = 'slug, name, unique prefix or unique word of the name';
export const WHEN = 'when: ISO 8601 (2026-11-25T15:00) or a phrase with a time (tomorrow 3pm, yesterday 16:30)';

/** The options a command's `run` receives, as its definition declares them (@commander-js/extra-typings). */
export type OptionsOf<Definition extends () => { opts(): object }> = ReturnType<ReturnType<Definition>['opts']>;
