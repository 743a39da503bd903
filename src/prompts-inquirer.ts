/** The Prompter on a real terminal, backed by @inquirer/prompts (imported only when a command asks). */
import { confirm, editor, input, search, select } from '@inquirer/prompts';
import { PromptCancelled, type Prompter } from './prompts.js';

async function cancellable<T>(ask: Promise<T>): Promise<T> {
  try {
    return await ask;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelled();
    throw error;
  }
}

export function inquirerPrompter(): Prompter {
  return {
    input: (o) => cancellable(input(o)),
    select: (o) => cancellable(select(o)),
    search: (o) => cancellable(search({ message: o.message, source: async (term) => o.source(term) })),
    confirm: (o) => cancellable(confirm(o)),
    editor: (o) => cancellable(editor({ message: o.message, default: o.default ?? '', waitForUserInput: false })),
  };
}
