/**
 * The plain-argument reader (src/cli/plain-args.ts, with the grammar the build records by
 * scripts/grammar-table.ts) against commander: whenever the reader accepts a command line, it must
 * name the same command with the same arguments and options commander would hand the action;
 * everything else it must leave to commander. The built dist/grammar.json must be the grammar of
 * this source tree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grammarOf } from '../../scripts/grammar-table.js';
import { buildProgram } from '../../src/cli.js';
import { parsePlain, type Grammar, type OptionRule, type PlainCommand } from '../../src/cli/plain-args.js';
import type { Io } from '../../src/context.js';
import { ROOT } from '../helpers/index.js';

const quietIo = (): Io => ({ stdout: { write: () => true }, stderr: { write: () => true }, stdinIsTTY: false, env: {} });
const grammar: Grammar = grammarOf(buildProgram(quietIo()).program);

/** What commander hands the action for `argv`, or 'error' when it refuses or shows help. */
async function commander(argv: string[]): Promise<PlainCommand | 'error'> {
  const { program } = buildProgram(quietIo());
  let ran: PlainCommand | undefined;
  const trap = (cmd: Command, path: string[]) => {
    for (const sub of cmd.commands) {
      const words = [...path, sub.name()];
      if (sub.commands.length) trap(sub, words);
      else {
        sub.action((...args: unknown[]) => {
          const command = args.at(-1) as Command;
          ran = { path: words.join(' ') as PlainCommand['path'], args: args.slice(0, -1), options: command.optsWithGlobals() };
        });
      }
    }
  };
  trap(program, []);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch {
    return 'error';
  }
  return ran ?? 'error';
}

describe('plain arguments without commander', () => {
  it('dist/grammar.json is the grammar of this source tree (npm test builds first)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'grammar.json'), 'utf8'))).toEqual(grammar);
  });

  it('covers the everyday commands, and leaves out the ones commander must read (git passes unknown flags on)', () => {
    for (const path of ['followup', 'list', 'show', 'status', 'add contact', 'add meeting', 'edit', 'prep', 'draft']) expect(Object.keys(grammar.commands)).toContain(path);
    expect(Object.keys(grammar.commands)).not.toContain('git');
  });

  const everyday = [
    ['followup'],
    ['followup', '--json'],
    ['--dir', '/tmp/x', 'list', '--json'],
    ['list', '--json', '--dir', '/tmp/x'],
    ['list', '--status', 'contacted', '--tag', 'design'],
    ['--no-color', 'status'],
    ['show', 'maya', '--json'],
    ['show', '--json', 'maya'],
    ['add', 'contact', 'Maya Chen', '--company', 'Northwind', '--tag', 'a', '--tag', 'b'],
    ['add', 'contact'],
    ['add', 'outreach', 'maya'],
    ['add', 'meeting', 'maya', '--at', 'tomorrow 3pm', '--minutes', '20', '--medium', 'coffee'],
    ['debrief', 'maya', '--takeaway', 'one', '--takeaway', 'two', '--add-referrals'],
    ['edit', 'maya', '--set', 'role=Lead', '--set', 'tags=a,b'],
    ['remove', 'maya', '-y'],
    ['draft', 'maya', '--kind', 'linkedin'],
    ['templates', 'show', 'email'],
    ['templates'],
    ['prep', 'maya', '--count', '8', '--shuffle'],
    ['show', 'help'],
    ['show', ''],
    ['add', '--dir', '/tmp/x', 'contact', 'Dana'],
  ];
  it.each(everyday.map((argv) => [argv.join(' '), argv]))('reads `%s` as commander does', async (_, argv) => {
    const plain = parsePlain(argv as string[], grammar);
    expect(plain).toBeDefined();
    expect(plain).toEqual(await commander(argv as string[]));
  });

  const others = [
    [],
    ['add'],
    ['import'],
    ['nosuch'],
    ['shw', 'maya'],
    ['--json', 'followup'],
    ['list', '--status', 'nope'],
    ['list', '--status=contacted'],
    ['list', '--tag', '-x'],
    ['list', '--tag'],
    ['show'],
    ['show', 'a', 'b'],
    ['show', '--', '-maya'],
    ['remove', 'maya', '-yx'],
    ['add', 'meeting', 'maya'],
    ['list', '--help'],
    ['-V'],
    ['git', 'log', '--oneline'],
    ['completion', 'bash'],
    ['--dir'],
    ['--dir', '-x', 'list'],
    ['constructor'],
    ['__proto__'],
    ['toString', '--json'],
    ['add contact', 'Dana'],
    ['add', 'contact extra'],
  ];
  it.each(others.map((argv) => [argv.join(' '), argv]))('leaves `%s` to commander', (_, argv) => {
    expect(parsePlain(argv as string[], grammar)).toBeUndefined();
  });

  it('on any command line it accepts, agrees with commander', async () => {
    const odd = fc.constantFrom('', '-', '--', '-x', '--nope', '--tag=x', '-yv', '--help', '--no-json', 'help', 'add', 'list', 'contact');
    const operand = fc.oneof(fc.constantFrom('maya', 'Dana Ortiz', 'list', 'show'), fc.string({ maxLength: 6 }));
    const segments = (options: OptionRule[]) =>
      fc.oneof(
        { weight: 4, arbitrary: operand.map((w) => [w]) },
        { weight: 1, arbitrary: odd.map((w) => [w]) },
        ...[...options, ...grammar.globals].map((o) => ({
          weight: 2,
          arbitrary: fc.tuple(fc.constantFrom(...o.flags), o.value ? fc.oneof(fc.constantFrom(...(o.choices ?? ['x', 'contacted'])), operand, odd) : fc.constant(undefined)).map(([flag, value]) => (value === undefined ? [flag] : [flag, value])),
        })),
      );
    const commandLine = fc
      .constantFrom(...Object.entries(grammar.commands))
      .chain(([path, rule]) => fc.tuple(fc.array(segments([]), { maxLength: 1 }), fc.constant(path.split(' ')), fc.array(segments(rule.options), { maxLength: 5 })))
      .map(([before, path, after]) => [...before.flat(), ...path, ...after.flat()]);
    // And lines of loose words, command words among them in any order.
    const looseWord = fc.oneof(
      fc.constantFrom(...new Set(Object.keys(grammar.commands).flatMap((p) => [p, ...p.split(' ')]))),
      fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'help', '-h', '-V', '--json', '--dir', '--no-color', 'maya'),
      operand,
      odd,
    );
    const anyLine = fc.oneof({ weight: 3, arbitrary: commandLine }, { weight: 1, arbitrary: fc.array(looseWord, { maxLength: 6 }) });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyLine, async (argv) => {
        const plain = parsePlain(argv, grammar);
        if (!plain) return;
        accepted++;
        expect(plain, JSON.stringify(argv)).toEqual(await commander(argv));
      }),
      { numRuns: 800 },
    );
    // The property is not empty: a good share of the generated lines were read.
    expect(accepted).toBeGreaterThan(60);
  });
});
