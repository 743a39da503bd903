/** Command-line definitions of the timeline: add outreach, add meeting, debrief, replied, thanked, followup, status. */
import { Option, type Command } from 'commander';
import { CHANNELS, MEDIUMS } from '../domain/enums.js';
import { collect, examples, type ActionFactory } from './action.js';

const CONTACT = 'slug, name, unique prefix or unique word of the name';
const WHEN = 'when: ISO 8601 (2026-11-25T15:00) or a phrase with a time (tomorrow 3pm, yesterday 16:30)';

export function registerTimelineCommands(program: Command, add: Command, act: ActionFactory): void {
  examples(
    add
      .command('outreach')
      .description('record that you reached out (starts the follow-up clock)')
      .argument('<contact>', CONTACT)
      .addOption(new Option('--channel <channel>', 'how you reached out').choices(CHANNELS).default('email'))
      .option('--at <when>', `${WHEN}; default now`)
      .option('--note <text>', 'a word on what you sent')
      .action(act('add outreach')),
    ['infoview add outreach maya --note "Mentioned the alumni panel"', 'infoview add outreach dana --channel linkedin --at "yesterday 16:30"'],
  );

  examples(
    add
      .command('meeting')
      .description('record a planned or past meeting (warns when it overlaps another)')
      .argument('<contact>', CONTACT)
      .requiredOption('--at <when>', WHEN)
      .option('--minutes <n>', 'how long, in minutes (default: meetingMinutes in config.yaml, 30)')
      .addOption(new Option('--medium <medium>', 'how you meet').choices(MEDIUMS))
      .option('--place <place>', 'where, or the call link')
      .action(act('add meeting')),
    ['infoview add meeting maya --at "next tuesday 10:00" --medium coffee --place "Blue Bottle, 5th Ave"', 'infoview add meeting jose --at 2026-11-25T15:00 --minutes 20 --medium call'],
  );

  examples(
    program
      .command('debrief')
      .description('after the meeting (the latest that has started): notes, takeaways, referrals')
      .argument('<contact>', CONTACT)
      .option('--notes <text>', 'what was said (on a terminal, your editor opens when this is missing)')
      .option('--takeaway <text>', 'something you learned (repeatable)', collect)
      .option('--referral <name>', 'someone they suggested you talk to (repeatable)', collect)
      .option('--add-referrals', 'add each referral as a contact introduced by this one, without asking')
      .action(act('debrief')),
    [
      'infoview debrief maya            # asks on a terminal',
      'infoview debrief maya --takeaway "Portfolio beats degree" --referral "Dana Ortiz" --add-referrals',
    ],
  );

  examples(
    program
      .command('replied')
      .description('mark the latest outreach as answered (stops the follow-up clock)')
      .argument('<contact>', CONTACT)
      .option('--at <when>', `${WHEN}; default now`)
      .action(act('replied')),
    ['infoview replied maya', 'infoview replied maya --at "yesterday 16:30"'],
  );

  examples(
    program
      .command('thanked')
      .description('mark the thank-you for the latest meeting that has started as sent')
      .argument('<contact>', CONTACT)
      .option('--at <when>', `${WHEN}; default now`)
      .action(act('thanked')),
    ['infoview thanked maya', 'infoview thanked jose --at "today 9:15"'],
  );

  examples(
    program
      .command('followup')
      .description('what is due or overdue: overdue thank-yous, then due ones, then the rest by due time')
      .option('--json', 'print JSON')
      .action(act('followup')),
    ['infoview followup', 'infoview followup --json | jq -r ".[].command"'],
  );

  examples(
    program
      .command('status')
      .description('counts by status (the pipeline), the next meetings, what is overdue')
      .action(act('status')),
    ['infoview status'],
  );
}
