/** `infoview completion bash|zsh|fish|powershell`: print a completion script for the shell. */
import { Argument, Command } from '@commander-js/extra-typings';
import { examples } from './shared/define.js';
import { oneOf } from './shared/choices.js';
import type { Command as Tree, Option } from 'commander';
import type { Context } from '../context.js';
import { CHANNELS, DRAFT_KINDS, MEDIUMS, SOURCES, STATUSES } from '../domain/enums.js';
import type { CommandSpec, FlagSpec, ValueKind } from '../render/completion.js';

const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

export const definition = () =>
  new Command('completion')
    .description('print a shell completion script (commands, flags, kinds and contact names)')
    .addArgument(new Argument('<shell>', 'your shell').choices(SHELLS).argParser(oneOf(SHELLS)))
    .addHelpText('after', examples([
      'infoview completion bash > ~/.local/share/bash-completion/completions/infoview',
      'echo \'source <(infoview completion zsh)\' >> ~/.zshrc',
      'infoview completion fish > ~/.config/fish/completions/infoview.fish',
      'infoview completion powershell | Out-String | Invoke-Expression   # in your PowerShell $PROFILE',
    ]));

/** Values for flags that are not declared with `.choices()` but still have a closed list. */
const KNOWN_VALUES: Record<string, ValueKind> = {
  kind: { words: [...DRAFT_KINDS] },
  channel: { words: [...CHANNELS] },
  medium: { words: [...MEDIUMS] },
  source: { words: [...SOURCES] },
  status: { words: [...STATUSES] },
  format: { words: ['json', 'csv'] },
  'introduced-by': 'contact',
  dir: 'dir',
  out: 'file',
};

function flagSpec(option: Option): FlagSpec {
  const names = [option.long, option.short].filter((n): n is string => Boolean(n));
  const spec: FlagSpec = { names, description: option.description };
  if (option.required || option.optional) {
    const key = option.attributeName().replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    spec.value = option.argChoices ? { words: option.argChoices } : (KNOWN_VALUES[key] ?? 'none');
  }
  return spec;
}

function argKind(name: string, choices: string[] | undefined): ValueKind {
  if (choices) return { words: choices };
  if (name === 'contact') return 'contact';
  if (name === 'shell') return { words: [...SHELLS] };
  if (/file|csv|path/i.test(name)) return 'file';
  return 'none';
}

/** The command tree as plain data for the script generators. Hidden `__` commands are left out. */
function commandSpecs(program: Tree): CommandSpec[] {
  const globals = program.options.filter((o) => o.long !== '--version').map(flagSpec);
  const help: FlagSpec = { names: ['--help', '-h'], description: 'show help' };
  const specs: CommandSpec[] = [];
  const walk = (cmd: Tree, path: string) => {
    const subs = cmd.commands.filter((c) => !c.name().startsWith('__'));
    specs.push({
      path,
      description: cmd.description(),
      flags: [...cmd.options.map(flagSpec), ...(cmd === program ? [] : globals), help],
      args: cmd.registeredArguments.map((a) => argKind(a.name(), a.argChoices)),
      subcommands: subs.map((c) => c.name()),
    });
    for (const sub of subs) walk(sub, path ? `${path} ${sub.name()}` : sub.name());
  };
  walk(program, '');
  return specs;
}

export async function run(ctx: Context, shell: (typeof SHELLS)[number]): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const scripts = await import('../render/completion.js');
  // The entry's own tree (Io `commandTree`), so the generated script always matches this version.
  if (!ctx.io.commandTree) throw new Error('completion needs the command tree: run it through the entry (bin.ts or cli.ts main)');
  const specs = commandSpecs(await ctx.io.commandTree());
  const script = { bash: scripts.bashScript, zsh: scripts.zshScript, fish: scripts.fishScript, powershell: scripts.powershellScript }[shell](specs);
  ctx.io.stdout.write(script);
}
