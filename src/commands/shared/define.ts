/**
 * What command definitions share: the examples block of `--help`, repeatable flags, the words
 * that describe a contact or a time, and the options type inferred from a definition. Light on
 * purpose: `--help` loads every definition, and with it this module.
 */

/** The "Examples" block after a command's `--help`: `.addHelpText('after', examples([...]))`. */
export const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;

/** Collect a repeatable flag into an array. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

export const CONTACT = 'slug, name, unique prefix or unique word of the name';
export const WHEN = 'when: ISO 8601 (2026-11-25T15:00) or a phrase with a time (tomorrow 3pm, yesterday 16:30)';

/** The options a command's `run` receives, as its definition declares them (@commander-js/extra-typings). */
export type OptionsOf<Definition extends () => { opts(): object }> = ReturnType<ReturnType<Definition>['opts']>;
