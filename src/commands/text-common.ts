/** Pieces the text commands (questions, prep, draft) share: options, the bank, the model, --out. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Context } from '../context.js';
import { seedFrom, selectQuestions, type Question, type Tailoring } from '../domain/questions.js';
import { UsageError, UserError } from '../errors.js';
import { textModel, type TextModel } from '../render/text-model.js';
import { atomicWrite } from '../store/atomic.js';
import type { StoredContact } from '../store/contacts.js';
import { contactsDirOf } from '../store/paths.js';
import { parseQuestionBank } from '../store/question-bank.js';
import { loadTemplate } from '../store/templates.js';

/** `--count N` / `--seed N`: a whole number, or a usage error quoting the input. */
export function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`${flag} "${value}" is not a whole number${min > 0 ? ` of at least ${min}` : ''}`, `For example: ${flag} 5`);
  }
  return n;
}

/** Pick questions from the bank in use, warning (stderr) about yes/no questions in an override. */
export function pickQuestions(ctx: Context, options: { count: number; seed: number; tailoring: Tailoring }): Question[] {
  const template = loadTemplate(ctx.dir, 'questions');
  const bank = parseQuestionBank(template.path, template.text);
  if (template.overridden) for (const w of bank.warnings) ctx.warn(ctx.paintErr.yellow(`warning: ${w}`));
  return selectQuestions(bank.questions, options);
}

/** The seed for a contact's questions: stable per contact unless --seed or --shuffle. */
export function contactSeed(slug: string, options: { seed?: string; shuffle?: boolean }): number {
  const seed = wholeNumber('--seed', options.seed, 0);
  if (seed !== undefined) return seed;
  if (options.shuffle) return Math.floor(Math.random() * 2 ** 32);
  return seedFrom(slug);
}

/** The template variables for one contact (reads the introducer's file for their name). */
export async function modelFor(ctx: Context, stored: StoredContact, extra: { questions?: Question[]; brief?: number } = {}): Promise<TextModel> {
  const config = await ctx.config();
  const by = stored.contact.introducedBy;
  let introducer: { slug: string; name: string } | undefined;
  if (by) {
    // A slug with no file behind it still reads as a name: `sam-rivera` → `Sam Rivera`.
    let name = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(by) ? by.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') : by;
    try {
      if (ctx.store().exists(by)) name = (await ctx.store().read(by)).contact.name;
    } catch {
      // The introducer's file is broken or `introducedBy` is not a slug: use what is written.
    }
    introducer = { slug: by, name };
  }
  return textModel({ slug: stored.slug, contact: stored.contact, introducer, config, now: ctx.now, ...extra });
}

/**
 * Write generated text to a file the user named: atomically, mode 0600. Refuses the data
 * folder's contacts/ (a stray .yaml there would be read as a contact).
 */
export function writeOutFile(ctx: Context, file: string, text: string): string {
  const target = resolve(file);
  const parent = dirname(target);
  if (!existsSync(parent)) throw new UserError(`cannot write ${target}: the folder ${parent} does not exist`, 'Create the folder first, or pick another path');
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new UserError(`cannot write ${target}: it is a folder`, `Name a file, e.g. --out ${join(target, 'prep.md')}`);
  }
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const contacts = real(contactsDirOf(ctx.dir));
  const realParent = real(parent);
  if (realParent === contacts || realParent.startsWith(contacts + sep)) {
    throw new UserError(`refusing to write ${basename(target)} into ${contacts}`, 'That folder holds only contact files; write somewhere else, e.g. --out ~/prep.md');
  }
  atomicWrite(target, text.endsWith('\n') ? text : `${text}\n`);
  return target;
}
