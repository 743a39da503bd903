/** Command-line definitions of the contact commands: init, demo, add contact, list, show, edit, remove. */
import { Option, type Command } from 'commander';
import { SOURCES, STAGES, STATUSES } from '../domain/enums.js';
import { collect, examples, type ActionFactory } from './action.js';

export function registerContactCommands(program: Command, add: Command, act: ActionFactory): void {
  examples(
    program
      .command('init')
      .description('create the data folder and config.yaml (asks for what is missing on a terminal)')
      .option('--name <name>', 'your name, used to sign messages')
      .option('--pitch <text>', 'your background in a sentence or two (the elevator pitch)')
      .option('--signature <text>', 'the sign-off under your messages')
      .option('--email <address>', 'your email address')
      .addOption(new Option('--stage <stage>', 'where you stand, for the one clause that says who you are').choices(STAGES))
      .option('--studies <subject>', 'your subject, or your current work ("psychology")')
      .option('--school <name>', 'your school or university (named to alumni)')
      .option('--graduation <year>', 'the year you graduate or graduated')
      .option('--field <field>', 'the field you are exploring (the default for drafts, questions and prep)')
      .option('--phone <number>', 'your phone number, for voicemail in phone scripts')
      .option('--git', 'make the data folder a git repository; every change is then committed')
      .action(act('init')),
    [
      'infoview init --name "Alex Doe" --pitch "Psychology graduate moving into UX research"',
      'infoview init --stage graduate --studies psychology --school "Lakeside University" --graduation 2025 --field "UX research"',
      'infoview --dir ~/interviews init --git',
    ],
  );

  examples(
    program
      .command('demo')
      .description('write a demo workspace dated from today into the --dir folder (never your real data)')
      .action(act('demo')),
    ['infoview demo --dir infoview-demo && infoview --dir infoview-demo followup'],
  );

  examples(
    add
      .command('contact')
      .description('add a person; asks for what is missing on a terminal; prints the slug and file')
      .argument('[name]', 'their full name')
      .option('--role <role>', 'their job title')
      .option('--company <company>', 'where they work')
      .option('--field <field>', 'the field you want to learn about from them')
      .option('--email <address>', 'their email address')
      .option('--phone <number>', 'their phone number')
      .option('--linkedin <url>', 'their LinkedIn profile address')
      .addOption(new Option('--source <source>', 'how you found them').choices(SOURCES))
      .option('--introduced-by <contact>', 'the contact who introduced you')
      .option('--tag <tag>', 'a tag (repeat for more)', collect)
      .option('--notes <text>', 'free notes (private: never used in a message)')
      .option('--hook <text>', 'the specific connection that opens a first message ("I enjoyed your talk at the October meetup")')
      .action(act('add contact')),
    [
      'infoview add contact "Maya Chen" --role "Senior UX Researcher" --company "Northwind Health" --source alumni --tag design',
      'infoview add contact            # asks for each detail',
    ],
  );

  examples(
    program
      .command('list')
      .description('the people, one line each, with status and next step')
      .addOption(new Option('--status <status>', 'only this status').choices(STATUSES))
      .option('--tag <tag>', 'only contacts with this tag')
      .option('--field <field>', 'only contacts in this field')
      .option('--json', 'print JSON')
      .action(act('list')),
    ['infoview list', 'infoview list --status contacted --tag design', 'infoview list --json | jq ".[].slug"'],
  );

  examples(
    program
      .command('show')
      .description('one person: profile, timeline, what is due')
      .argument('<contact>', 'slug, name, unique prefix or unique word of the name')
      .option('--json', 'print JSON')
      .action(act('show')),
    ['infoview show maya', 'infoview show maya-chen --json'],
  );

  examples(
    program
      .command('edit')
      .description('open the contact file in $VISUAL/$EDITOR (validated on save), or change keys with --set')
      .argument('<contact>', 'slug, name, unique prefix or unique word of the name')
      .option('--set <key=value>', 'set a key; lists take comma-separated values; an empty value removes the key (repeatable)', collect)
      .action(act('edit')),
    ['infoview edit maya', 'infoview edit maya --set role="Research Lead" --set tags=design,seattle'],
  );

  examples(
    program
      .command('remove')
      .description('delete a contact, after confirmation on a terminal (--yes otherwise)')
      .argument('<contact>', 'slug, name, unique prefix or unique word of the name')
      .option('-y, --yes', 'do not ask for confirmation')
      .action(act('remove')),
    ['infoview remove maya-chen', 'infoview remove maya-chen --yes'],
  );
}
