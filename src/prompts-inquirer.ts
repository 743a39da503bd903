/** The Prompter on a real terminal, backed by @inquirer/prompts (imported only when a command asks). */
import { readFileSync, rmSync } from 'node:fs';
import { confirm, input, search, select } from '@inquirer/prompts';
import { openInEditor, returnedAtOnce } from './editor.js';
import { PromptCancelled, type Choice, type Prompter } from './prompts.js';
import { forTerminal } from './render/terminal-text.js';
import { atomicWrite } from './store/atomic.js';

async function cancellable<T>(ask: Promise<T>): Promise<T> {
  try {
    return await ask;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelled();
    throw error;
  }
}

// Prompts are talk with the person, not output: on stderr, so `add contact … > file` still shows them.
const TALK = { output: process.stderr };

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
        }, TALK),
      ),
    select: (o) => cancellable(select({ ...o, message: safe(o.message), choices: safeChoices(o.choices) }, TALK)),
    search: (o) => cancellable(search({ message: safe(o.message), source: async (term) => safeChoices(o.source(term)) }, TALK)),
    confirm: (o) => cancellable(confirm({ ...o, message: safe(o.message) }, TALK)),
    // The same launcher as `edit` (editor.ts); the text goes through the file, exact.
    editor: async (o) => {
      atomicWrite(o.file, o.default ?? '', { derived: true });
      try {
        process.stderr.write(`${safe(o.message)}\n`);
        const outcome = openInEditor(o.file, process.env);
        if (!outcome.ran) throw Object.assign(new Error(outcome.reason), { name: 'EditorFailed' });
        // An editor that handed the file to a window and returned: the person is still typing.
        if (returnedAtOnce(outcome) && readFileSync(o.file, 'utf8') === (o.default ?? '')) {
          await cancellable(input({ message: 'Press Enter once you have saved and closed the notes in your editor:' }, TALK));
        }
        return readFileSync(o.file, 'utf8');
      } finally {
        rmSync(o.file, { force: true });
      }
    },
  };
}
