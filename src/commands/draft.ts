/** `infoview draft <contact> [--kind K]`: a message ready to send, on stdout (or --out FILE). */
import type { Context } from '../context.js';
import { DRAFT_KINDS, type DraftKind } from '../domain/enums.js';
import { countChars, emailBodyWords } from '../domain/words.js';
import { UsageError, UserError } from '../errors.js';
import { renderTemplate } from '../render/liquid.js';
import type { TextModel } from '../render/text-model.js';
import type { StoredContact } from '../store/contacts.js';
import { findContact } from '../store/lookup.js';
import { loadTemplate, type Template } from '../store/templates.js';
import { modelFor } from './model-for.js';
import { writeOutFile } from '../store/out-file.js';
import { startedMeeting } from './common.js';

/** DOMAIN.md: the first email stays under 100 words, better under 75. */
const EMAIL_WORD_LIMIT = 100;
const EMAIL_WORD_AIM = 75;
/** How many times a LinkedIn note may be shortened (`brief` 1, 2, 3) before refusing. */
const MAX_BRIEF = 3;

interface Options {
  kind?: string;
  out?: string;
}

const render = async (t: Template, model: TextModel) => `${(await renderTemplate(t.path, t.text, model)).trim()}\n`;

/** The checks before drafting: a kind that needs data the file lacks is refused or flagged. */
function precheck(ctx: Context, kind: DraftKind, stored: StoredContact, model: TextModel): void {
  const { slug, name } = { slug: stored.slug, name: stored.contact.name };
  if (kind === 'intro' && !model.introducer) {
    throw new UserError(`nobody is recorded as introducing ${name}`, `Record who can introduce you: infoview edit ${slug} --set introducedBy=<their-slug>`);
  }
  if (kind === 'nudge' && !model.outreach.recorded) {
    throw new UserError(`no outreach to ${name} is recorded, so there is nothing to follow up`, `Draft the first message with \`infoview draft ${slug}\`, then record it with \`infoview add outreach ${slug}\``);
  }
  if (kind === 'nudge' && model.outreach.replied) ctx.warn(ctx.paintErr.yellow(`note: ${name} already replied to your latest message; a nudge may not be needed`));
  if (kind === 'thankyou') startedMeeting(stored.contact, slug, ctx.now, 'thank them for');
  if (kind === 'thankyou' && !model.debrief.recorded) {
    ctx.warn(ctx.paintErr.yellow(`note: no debrief is recorded for ${name}, so the draft has a [placeholder] for what you learned`));
    ctx.warn(ctx.paintErr.dim(`  Record takeaways with \`infoview debrief ${slug} --takeaway "…"\` and draft again`));
  }
  if (model.me.name === '[your name]') ctx.warn(ctx.paintErr.dim('note: no name in config.yaml; set it with `infoview init --name "Your Name"`'));
}

/** A LinkedIn note within the limit: the full note, or a shorter rendering, or a clear refusal. */
async function linkedinNote(ctx: Context, stored: StoredContact, model: TextModel, template: Template, limit: number): Promise<string> {
  let length = 0;
  for (let brief = 0; brief <= MAX_BRIEF; brief++) {
    // `brief` only tells the template how much to leave out: the rest of the model stays as built.
    const note = await render(template, { ...model, brief });
    length = countChars(note.trim());
    if (length <= limit) {
      ctx.warn(`${length}/${limit} characters${brief ? ' (shortened to fit: optional parts left out)' : ''}`);
      return note;
    }
  }
  throw new UserError(
    `the LinkedIn note for ${stored.contact.name} is ${length} characters even at its shortest, over the limit of ${limit}`,
    'Write a shorter note by hand, shorten your linkedin template (`infoview templates eject linkedin`), or raise defaults.linkedinNoteLimit if you have Premium (300)',
  );
}

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  const kind = (options.kind ?? 'email') as DraftKind;
  if (!DRAFT_KINDS.includes(kind)) throw new UsageError(`--kind "${options.kind}" is not a draft kind`, `Use one of: ${DRAFT_KINDS.join(', ')}`);
  const { contact: stored } = await findContact(ctx.store(), query);
  const config = await ctx.config();
  const model = await modelFor(ctx, stored);
  precheck(ctx, kind, stored, model);
  const template = loadTemplate(ctx.dir, kind);
  let text: string;
  if (kind === 'linkedin') {
    text = await linkedinNote(ctx, stored, model, template, config.defaults.linkedinNoteLimit);
  } else {
    text = await render(template, model);
  }
  if (kind === 'email') {
    const words = emailBodyWords(text, model.me.signature);
    ctx.warn(`${words} words in the body (aim for under ${EMAIL_WORD_AIM}, at most ${EMAIL_WORD_LIMIT})`);
    if (words >= EMAIL_WORD_LIMIT) {
      ctx.warn(ctx.paintErr.yellow(`warning: the body is ${words} words, over the ${EMAIL_WORD_LIMIT}-word limit${template.overridden ? ` (your template ${template.path})` : ''}; cut it before sending`));
    }
  }
  if (options.out) {
    ctx.warn(`Wrote the ${kind} draft for ${stored.contact.name} to ${writeOutFile(ctx, options.out, text)}`);
    return;
  }
  ctx.out(text);
}
