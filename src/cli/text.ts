/** Command-line definitions of the text commands: questions, prep, draft, templates. */
import { Option, type Command } from 'commander';
import { DRAFT_KIND_WORDS, DRAFT_KINDS, MESSAGE_CHANNELS } from '../domain/enums.js';
import { examples, type ActionFactory } from './action.js';

const CONTACT = 'slug, name, unique prefix or unique word of the name';

export function registerTextCommands(program: Command, act: ActionFactory): void {
  examples(
    program
      .command('questions')
      .description('an open-ended question list, balanced across themes, always with one "who else" question')
      .option('--field <field>', 'tailor the questions to this field (default: me.field in config.yaml)')
      .option('--role <role>', 'tailor the questions to this role')
      .option('--company <company>', 'tailor the questions to this organisation')
      .option('--count <n>', 'how many (default: defaults.questionCount in config.yaml, 5)')
      .option('--seed <n>', 'the same seed gives the same list (default: a new list each run)')
      .option('--json', 'print JSON: [{ text, theme, referral }]')
      .action(act('questions')),
    ['infoview questions --field "UX research" --company "Northwind Health"', 'infoview questions --count 10 --json'],
  );

  examples(
    program
      .command('prep')
      .description('the prep sheet (Markdown) for the next meeting: who, when, research, pitch, questions, etiquette')
      .argument('<contact>', CONTACT)
      .option('--count <n>', 'how many prepared questions, besides the closing "who else" one (default: defaults.questionCount)')
      .option('--out <file>', 'write the sheet to a file (plain Markdown, mode 0600)')
      .option('--shuffle', 'pick a new set of questions (the set is otherwise the same every run)')
      .option('--seed <n>', 'pick the questions with this seed')
      .action(act('prep')),
    ['infoview prep maya', 'infoview prep maya --count 8 --out ~/maya-prep.md', 'infoview prep maya --shuffle'],
  );

  examples(
    program
      .command('draft')
      .description('a message ready to send, on stdout; length checks and notes go to stderr')
      .argument('<contact>', CONTACT)
      .addOption(new Option('--kind <kind>', 'which message').choices(DRAFT_KIND_WORDS).default('email'))
      .addOption(new Option('--channel <channel>', 'where a follow-up goes (default: the channel of your latest outreach)').choices(MESSAGE_CHANNELS))
      .option('--out <file>', 'write the draft to a file (mode 0600)')
      .action(act('draft')),
    ['infoview draft maya', 'infoview draft maya --kind linkedin', 'infoview draft jose --kind thankyou | pbcopy', 'infoview draft dana --kind nudge --channel linkedin', 'infoview draft maya --kind confirm'],
  );

  examples(
    program
      .command('templates')
      .description(`see the bundled templates, or copy one into <dir>/templates/ to customise it`)
      .argument('[action]', 'list (default), show or eject')
      .argument('[name]', `template name: ${[...DRAFT_KINDS, 'prep', 'questions'].join(', ')}`)
      .option('--force', 'eject: replace your existing copy')
      .action(act('templates')),
    ['infoview templates', 'infoview templates show email', 'infoview templates eject thankyou'],
  );
}
