/**
 * Every command, by the words that name it, and the file that defines and runs it
 * (src/commands/<words>.ts). A file loads only when its command is named, or when the whole tree
 * is needed (root `--help`, a "did you mean", `completion`). Adding a command: one file, one line.
 */
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Context } from '../context.js';

/** A command file: its definition (a fresh commander command each call) and its run. */
export interface CommandModule {
  definition: () => CommandUnknownOpts;
  /** The context, the positional arguments, then the command's parsed options. */
  run: (ctx: Context, ...args: never[]) => unknown;
}

// In the order `--help` lists them (a group where its first command is).
export const COMMANDS = {
  'add contact': () => import('../commands/add/contact.js'),
  'add outreach': () => import('../commands/add/outreach.js'),
  'add meeting': () => import('../commands/add/meeting.js'),
  init: () => import('../commands/init.js'),
  demo: () => import('../commands/demo.js'),
  list: () => import('../commands/list.js'),
  show: () => import('../commands/show.js'),
  edit: () => import('../commands/edit.js'),
  archive: () => import('../commands/archive.js'),
  unarchive: () => import('../commands/unarchive.js'),
  snooze: () => import('../commands/snooze.js'),
  remove: () => import('../commands/remove.js'),
  network: () => import('../commands/network.js'),
  export: () => import('../commands/export.js'),
  'import linkedin': () => import('../commands/import/linkedin.js'),
  git: () => import('../commands/git.js'),
  sync: () => import('../commands/sync.js'),
  completion: () => import('../commands/completion.js'),
  // Contact slugs for the completion scripts; hidden from --help (a `__` name).
  __slugs: () => import('../commands/__slugs.js'),
  calendar: () => import('../commands/calendar.js'),
  questions: () => import('../commands/questions.js'),
  prep: () => import('../commands/prep.js'),
  draft: () => import('../commands/draft.js'),
  templates: () => import('../commands/templates.js'),
  debrief: () => import('../commands/debrief.js'),
  replied: () => import('../commands/replied.js'),
  thanked: () => import('../commands/thanked.js'),
  followup: () => import('../commands/followup.js'),
  status: () => import('../commands/status.js'),
  report: () => import('../commands/report.js'),
  // `targets` alone lists; its words below are its subcommands (cli.ts).
  targets: () => import('../commands/targets.js'),
  'targets add': () => import('../commands/targets/add.js'),
  'targets set': () => import('../commands/targets/set.js'),
  'targets remove': () => import('../commands/targets/remove.js'),
  'targets suggest': () => import('../commands/targets/suggest.js'),
  where: () => import('../commands/where.js'),
} satisfies Record<string, () => Promise<CommandModule>>;

/** `add meeting`, `followup`, …: the words that name a command, joined by one space. */
export type CommandPath = keyof typeof COMMANDS;

/** The groups of commands: their description and the examples of their `--help`. */
export const GROUPS: Record<string, { description: string; examples: string[] }> = {
  add: { description: 'record a contact, an outreach or a meeting', examples: ['infoview add contact "Maya Chen" --role "UX Researcher"', 'infoview add outreach maya --channel email'] },
  import: { description: 'bring contacts in from another tool', examples: ['infoview import linkedin ~/Downloads/Connections.csv --dry-run'] },
};
