/**
 * Plain arguments without commander. Loading commander and building the command tree costs
 * ≈ 15 ms, a tenth of a run; most command lines are plain: a command, its arguments, and
 * `--flag` or `--flag value` options that it knows. The build (scripts/grammar-table.ts) asks the
 * real command tree what every command accepts and records it in dist/grammar.json; here a
 * command line is read with that record when every word of it is plainly one thing. Anything else
 * (`--flag=value`, `-abc`, `--`, a value that starts with `-`, an unknown flag, a missing
 * argument, a value outside its choices, help) returns undefined and goes to commander, which
 * gives the same answer or the error. test/commands/plain-args.test.ts checks both agree.
 */
import { readFileSync } from 'node:fs';
import type { CommandPath } from './command-modules.js';

export interface OptionRule {
  /** `--json`, `--no-color`, `-y`: every spelling of the flag. */
  flags: string[];
  /** The key in the options object (`introducedBy`). */
  key: string;
  /** Takes a value (`--tag <tag>`). */
  value: boolean;
  /** `--no-…`: sets the key to false. */
  negate: boolean;
  /** Repeatable (`collect`): the values are gathered into an array. */
  repeat: boolean;
  /** The command fails without it (commander's requiredOption). */
  mandatory: boolean;
  choices?: string[];
}

export interface CommandRule {
  options: OptionRule[];
  /** Declared positional arguments, in order: true for a required one. */
  args: boolean[];
  /** What commander starts the options object with (defaults). */
  defaults: Record<string, unknown>;
}

export interface Grammar {
  globals: OptionRule[];
  globalDefaults: Record<string, unknown>;
  /** By command path (`add meeting`); only commands whose every flag is simple are here. */
  commands: Record<string, CommandRule>;
}

export interface PlainCommand {
  path: CommandPath;
  /** The positional arguments (undefined for a missing optional one), then the command's options. */
  args: unknown[];
  /** The command's and the global options together (commander's optsWithGlobals: the global ones win). */
  options: Record<string, unknown>;
}

/** dist/grammar.json, or undefined when not built (running from source). */
export function readGrammar(): Grammar | undefined {
  try {
    return JSON.parse(readFileSync(new URL('./grammar.json', import.meta.url), 'utf8')) as Grammar;
  } catch {
    return undefined;
  }
}

const isDashed = (word: string) => word.startsWith('-');

/** The command `argv` plainly asks for, or undefined when commander must read it. */
export function parsePlain(argv: readonly string[], grammar: Grammar): PlainCommand | undefined {
  const globals: Record<string, unknown> = { ...grammar.globalDefaults };
  let path: string | undefined;
  let rule: CommandRule | undefined;
  let local: Record<string, unknown> = {};
  const operands: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (isDashed(word)) {
      // commander takes the program's own flags anywhere on the line, the command's after it.
      const global = grammar.globals.find((o) => o.flags.includes(word));
      const option = global ?? rule?.options.find((o) => o.flags.includes(word));
      if (!option) return undefined;
      const into = global ? globals : local;
      if (!option.value) {
        into[option.key] = !option.negate;
        continue;
      }
      const value = argv[++i];
      if (value === undefined || isDashed(value) || (option.choices && !option.choices.includes(value))) return undefined;
      into[option.key] = option.repeat ? [...((into[option.key] as string[] | undefined) ?? []), value] : value;
    } else if (rule) {
      operands.push(word);
    } else {
      // A command word is one word: `'add contact'` as one argument names no command.
      if (word.includes(' ')) return undefined;
      words.push(word);
      path = words.join(' ');
      rule = Object.hasOwn(grammar.commands, path) ? grammar.commands[path] : undefined;
      if (rule) local = { ...rule.defaults };
    }
  }
  if (!rule || !path || operands.length > rule.args.length) return undefined;
  if (rule.args.some((required, at) => required && operands[at] === undefined)) return undefined;
  if (rule.options.some((o) => o.mandatory && local[o.key] === undefined)) return undefined;
  const args = rule.args.map((_, at) => operands[at]);
  return { path: path as CommandPath, args: [...args, local], options: { ...local, ...globals } };
}
