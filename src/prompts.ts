/**
 * What commands may ask a person. The real implementation (@inquirer/prompts) is loaded lazily
 * and only on a terminal; tests pass a scripted one.
 */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(options: { message: string; default?: string; required?: boolean; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  search<T>(options: { message: string; source: (term: string | undefined) => Choice<T>[] }): Promise<T>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** Text from the person's editor, through `file` (a private scratch path the caller chooses); throws when no editor could run. */
  editor(options: { message: string; default?: string; file: string }): Promise<string>;
}

/** Thrown by a Prompter when the person cancels (Ctrl-C); nothing is saved. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}
