/**
 * Build step (tsup's onSuccess): records what every command accepts, read from the real command
 * tree, into dist/grammar.json, which src/cli/plain-args.ts uses to run plain command lines
 * without loading commander. A command with anything commander does that the plain reader does
 * not (unknown flags let through, variadic or defaulted arguments, optional or variadic values,
 * custom value parsers other than `collect`, environment variables, conflicts, implied values) is
 * left out, and always goes to commander.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, Option } from 'commander';
import type { CommandRule, Grammar, OptionRule } from '../src/cli/plain-args.js';
import { HELP_WORDS } from '../src/cli/served-help.js';
import { capture, type BuiltCli } from './help-table.js';

/** Commander's settings that the typings keep private. */
interface OptionInternals {
  conflictsWith: string[];
  implied: unknown;
}

interface CommandInternals {
  _allowUnknownOption: boolean;
  _allowExcessArguments: boolean;
  _passThroughOptions: boolean;
  _enablePositionalOptions: boolean;
}

/** The rule for one option, or undefined when the plain reader cannot follow it. */
function optionRule(option: Option): OptionRule | undefined {
  const repeat = Boolean((option.parseArg as { repeatable?: boolean } | undefined)?.repeatable);
  const internals = option as unknown as OptionInternals;
  if (option.optional || option.variadic || option.envVar || internals.conflictsWith.length || internals.implied || option.presetArg !== undefined) return undefined;
  // `.choices()` checks the value with a parser of its own, which the plain reader does too.
  if (option.parseArg && !repeat && !option.argChoices) return undefined;
  return {
    flags: [option.long, option.short].filter((f): f is string => Boolean(f)),
    key: option.attributeName(),
    value: option.required,
    negate: option.negate,
    repeat,
    mandatory: option.mandatory,
    ...(option.argChoices ? { choices: option.argChoices } : {}),
  };
}

function commandRule(command: Command, globals: OptionRule[]): CommandRule | undefined {
  const internals = command as unknown as CommandInternals;
  if (internals._allowUnknownOption || internals._allowExcessArguments || internals._passThroughOptions) return undefined;
  if (command.registeredArguments.some((a) => a.variadic || a.defaultValue !== undefined || a.parseArg || a.argChoices)) return undefined;
  const options = command.options.map(optionRule);
  if (options.some((o) => !o)) return undefined;
  const rules = options as OptionRule[];
  // A command flag that is also a global one would be taken by the program: leave it to commander.
  if (rules.some((o) => o.flags.some((f) => globals.some((g) => g.flags.includes(f))))) return undefined;
  return { options: rules, args: command.registeredArguments.map((a) => a.required), defaults: { ...command.opts() } };
}

/** What `program` (freshly built, nothing parsed) accepts, command by command. */
export function grammarOf(program: Command): Grammar {
  const internals = program as unknown as CommandInternals;
  if (internals._enablePositionalOptions || internals._passThroughOptions) throw new Error('grammar: positional options are not supported by cli/plain-args.ts');
  // The version flag and the help words are served from help.json or by commander.
  const globals = program.options.filter((o) => !HELP_WORDS.has(o.long ?? '') && !HELP_WORDS.has(o.short ?? '')).map(optionRule);
  if (globals.some((o) => !o)) throw new Error('grammar: a global option cli/plain-args.ts cannot read');
  const grammar: Grammar = { globals: globals as OptionRule[], globalDefaults: { ...program.opts() }, commands: {} };
  const walk = (command: Command, path: string[]) => {
    for (const sub of command.commands) {
      const words = [...path, sub.name()];
      if (!sub.commands.length) {
        const rule = commandRule(sub, grammar.globals);
        if (rule) grammar.commands[words.join(' ')] = rule;
      } else if (!sub.options.length) {
        // A group with flags of its own (none has any) is left to commander.
        walk(sub, words);
      }
    }
  };
  walk(program, []);
  return grammar;
}

/** Write `<dist>/grammar.json` from the built program; returns how many commands it holds. */
export function writeGrammar(dist: string, { buildProgram }: BuiltCli): number {
  const grammar = grammarOf(buildProgram(capture().io).program);
  writeFileSync(join(dist, 'grammar.json'), `${JSON.stringify(grammar)}\n`);
  return Object.keys(grammar.commands).length;
}
