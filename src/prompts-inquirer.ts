/** The Prompter on a real terminal, backed by @inquirer/prompts (imported only when a command asks). */
import { confirm, editor, input, search, select } from '@inquirer/prompts';
import { PromptCancelled, type Choice, type Prompter } from './prompts.js';
import { forTerminal } from './render/terminal-text.js';

async function cancellable<T>(ask: Promise<T>): Promise<T> {
  try {
    return await ask;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelled();
    throw error;
  }
}

// A prompt shows names and values from data on the terminal, like any output: escaped.
const safe = forTerminal;
const safeChoices = <T>(choices: Choice<T>[]): Choice<T>[] =>
  choices.map((c) => ({ ...c, name: safe(c.name), ...(c.description === undefined ? {} : { description: safe(c.description) }) }));

export function inquirerPrompter(): Prompter {
  return {
    input: (o) =>
      cancellable(
        input({
          ...o,
          message: safe(o.message),
          ...(o.default === undefined ? {} : { default: safe(o.default) }),
          ...(o.validate ? { validate: (v: string) => { const r = o.validate?.(v) ?? true; return r === true ? r : safe(r); } } : {}),
        }),
      ),
    select: (o) => cancellable(select({ ...o, message: safe(o.message), choices: safeChoices(o.choices) })),
    search: (o) => cancellable(search({ message: safe(o.message), source: async (term) => safeChoices(o.source(term)) })),
    confirm: (o) => cancellable(confirm({ ...o, message: safe(o.message) })),
    // The editor's text goes to a file, not the terminal: exact.
    editor: (o) => cancellable(editor({ message: safe(o.message), default: o.default ?? '', waitForUserInput: false })),
  };
}
