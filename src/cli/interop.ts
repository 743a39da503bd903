/** Command-line definitions of the interop commands: network, export, import, calendar, git, sync, completion. */
import { Argument, Option, type Command } from 'commander';
import { examples, type ActionFactory } from './action.js';

export function registerInteropCommands(program: Command, _add: Command, act: ActionFactory): void {
  examples(
    program
      .command('network')
      .description('the referral tree: who introduced whom, each with their status')
      .argument('[contact]', 'show only this person\'s branch')
      .action(act('network')),
    ['infoview network', 'infoview network sam      # Sam and everyone Sam led you to'],
  );

  examples(
    program
      .command('export')
      .description('every contact to stdout, for other tools: JSON as stored (plus slug, status) or CSV')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
      .action(act('export')),
    ['infoview export > contacts.json', 'infoview export --format csv > contacts.csv'],
  );

  const importGroup = program.command('import').description('bring contacts in from another tool');
  importGroup.addHelpText('after', '\nExamples:\n  $ infoview import linkedin ~/Downloads/Connections.csv --dry-run');
  examples(
    importGroup
      .command('linkedin')
      .description('import LinkedIn\'s own connections export (Connections.csv); re-importing adds nothing twice')
      .argument('<file>', 'Connections.csv from LinkedIn: Settings → Data privacy → Get a copy of your data')
      .option('--dry-run', 'show what would be added, updated and skipped; write nothing')
      .action(act('import linkedin')),
    ['infoview import linkedin ~/Downloads/Connections.csv --dry-run', 'infoview import linkedin ~/Downloads/Connections.csv'],
  );

  examples(
    program
      .command('git')
      .description('run git in the data folder (its exit code is passed through); `--` before git\'s own --help')
      .argument('[args...]', 'arguments for git')
      .allowUnknownOption()
      .allowExcessArguments()
      .action(act('git')),
    ['infoview git log --oneline', 'infoview git remote add origin git@github.com:you/interviews.git'],
  );

  examples(
    program
      .command('sync')
      .description('pull (rebase) from and push to the branch\'s upstream (else origin); a conflict stops it: fix the file with `infoview edit <contact>`, then sync again')
      .action(act('sync')),
    ['infoview sync'],
  );

  examples(
    program
      .command('completion')
      .description('print a shell completion script (commands, flags, kinds and contact names)')
      .addArgument(new Argument('<shell>', 'your shell').choices(['bash', 'zsh', 'fish']))
      .action(act('completion')),
    [
      'infoview completion bash > ~/.local/share/bash-completion/completions/infoview',
      'echo \'source <(infoview completion zsh)\' >> ~/.zshrc',
      'infoview completion fish > ~/.config/fish/completions/infoview.fish',
    ],
  );

  // Contact slugs for the completion scripts; hidden from --help.
  program.command('__slugs', { hidden: true }).action(act('__slugs'));

  examples(
    program
      .command('calendar')
      .description('iCalendar (.ics) of meetings, thank-you reminders and no-reply reminders; stdout unless --out')
      .argument('[contact]', 'only this person\'s events')
      .option('--out <file>', 'write the calendar to this file (private, replaced atomically)')
      .action(act('calendar')),
    ['infoview calendar --out ~/Calendars/infoview.ics', 'infoview calendar maya > maya.ics'],
  );
}
