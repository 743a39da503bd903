/**
 * Every command's module, by the words that name it on the command line. A module loads only
 * when its command runs (commander's action, cli/action.ts).
 */
import type { Context } from '../context.js';

/** A command module's entry: the context, the positional arguments, then the parsed options. */
export type Run = (ctx: Context, ...args: never[]) => unknown;

export const COMMAND_MODULES = {
  init: () => import('../commands/init.js'),
  demo: () => import('../commands/demo.js'),
  'add contact': () => import('../commands/add/contact.js'),
  'add outreach': () => import('../commands/add/outreach.js'),
  'add meeting': () => import('../commands/add/meeting.js'),
  list: () => import('../commands/list.js'),
  show: () => import('../commands/show.js'),
  edit: () => import('../commands/edit.js'),
  remove: () => import('../commands/remove.js'),
  debrief: () => import('../commands/debrief.js'),
  replied: () => import('../commands/replied.js'),
  thanked: () => import('../commands/thanked.js'),
  followup: () => import('../commands/followup.js'),
  status: () => import('../commands/status.js'),
  questions: () => import('../commands/questions.js'),
  prep: () => import('../commands/prep.js'),
  draft: () => import('../commands/draft.js'),
  templates: () => import('../commands/templates.js'),
  network: () => import('../commands/network.js'),
  export: () => import('../commands/export.js'),
  'import linkedin': () => import('../commands/import/linkedin.js'),
  calendar: () => import('../commands/calendar.js'),
  git: () => import('../commands/git.js'),
  sync: () => import('../commands/sync.js'),
  completion: () => import('../commands/completion.js'),
  __slugs: () => import('../commands/__slugs.js'),
} satisfies Record<string, () => Promise<{ run: Run }>>;

/** `add meeting`, `followup`, …: the words that name a command, joined by one space. */
export type CommandPath = keyof typeof COMMAND_MODULES;
