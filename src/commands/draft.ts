/** `infoview draft <contact> [--kind K] [--channel C]`: a message ready to send, on stdout (or --out FILE). */
import { Command, Option } from '@commander-js/extra-typings';
import { examples, CONTACT, type OptionsOf } from './shared/define.js';
import { oneOf } from './shared/choices.js';
import { countChars, emailBodyWords } from '../domain/words.js';
import { UserError } from '../errors.js';
import type { Context } from '../context.js';
import { DRAFT_KINDS, KIND_ALIASES, MESSAGE_CHANNELS, type DraftKind } from '../domain/enums.js';
import type { TextModel } from '../render/text-model.js';
import type { StoredContact } from '../domain/contact-fields.js';
import type { Template } from '../store/templates.js';

export const definition = () =>
  new Command('draft')
    .description('a message ready to send, on stdout; length checks and notes go to stderr')
    .argument('<contact>', CONTACT)
    .addOption(new Option('--kind <kind>', 'which message').choices(DRAFT_KINDS).argParser(oneOf(DRAFT_KINDS, KIND_ALIASES)).default('email'))
    .addOption(new Option('--channel <channel>', 'where a follow-up goes (default: the channel of your latest outreach)').choices(MESSAGE_CHANNELS).argParser(oneOf(MESSAGE_CHANNELS)))
    .option('--out <file>', 'write the draft to a file (mode 0600)')
    .addHelpText('after', examples(['infoview draft maya', 'infoview draft maya --kind linkedin', 'infoview draft jose --kind thankyou | pbcopy', 'infoview draft dana --kind nudge --channel linkedin', 'infoview draft maya --kind confirm']));

/** DOMAIN.md: the first email stays under 100 words, better under 75. */
const EMAIL_WORD_LIMIT = 100;
const EMAIL_WORD_AIM = 75;
/** How many times a LinkedIn note may be shortened (`brief` 1, 2, 3) before refusing. */
const MAX_BRIEF = 3;

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

/** A value that ends in a full stop ("Fathom & Co.") before the sentence's own stop leaves one, not two. */
const oneStop = (text: string) => text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
const render = async (t: Template, model: TextModel) => {
  const { renderTemplate } = await import('../render/liquid.js');
  return `${oneStop((await renderTemplate(t.path, t.text, model)).trim())}\n`;
};

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

/** The word count of a first message, against DOMAIN.md's limit. */
function countWords(ctx: Context, text: string, template: Template, signature: string): void {
  const words = emailBodyWords(text, signature);
  ctx.warn(`${words} words in the body (aim for under ${EMAIL_WORD_AIM}, at most ${EMAIL_WORD_LIMIT})`);
  if (words >= EMAIL_WORD_LIMIT) {
    ctx.warn(ctx.paintErr.yellow(`warning: the body is ${words} words, over the ${EMAIL_WORD_LIMIT}-word limit${template.source === 'bundled' ? '' : ` (the template ${template.path})`}; cut it before sending`));
  }
}

export async function run(ctx: Context, query: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ findContact }, { templateInUse }, { modelFor }, { writeOutFile }, { startedMeeting }, { draftNotes }, { lintWarnings }] = await Promise.all([
    import('../store/lookup.js'),
    import('./shared/pack.js'),
    import('./shared/model-for.js'),
    import('../store/out-file.js'),
    import('./shared/common.js'),
    import('./shared/draft-checks.js'),
    import('../domain/text-lint.js'),
  ]);
  // Here, as it uses what is loaded just above: shared/common.ts (the store).
  /** The checks before drafting: a kind with nothing to act on is refused; the rest are notes. */
  function precheck(ctx: Context, kind: DraftKind, stored: StoredContact, model: TextModel): void {
    const { slug, contact } = stored;
    const name = contact.name;
    if (kind === 'intro' && !model.introducer) {
      throw new UserError(`nobody is recorded as introducing ${name}`, `Record who can introduce you: infoview edit ${slug} --set introducedBy=<their-slug>`);
    }
    if (kind === 'nudge' && !model.outreach.recorded) {
      throw new UserError(`no outreach to ${name} is recorded, so there is nothing to follow up`, `Draft the first message with \`infoview draft ${slug}\`, then record it with \`infoview add outreach ${slug}\``);
    }
    if (kind === 'thankyou') startedMeeting(contact, slug, ctx.now, 'thank them for');
    if (kind === 'update') startedMeeting(contact, slug, ctx.now, 'tell them about');
    if (kind === 'checkin') startedMeeting(contact, slug, ctx.now, 'keep in touch after');
    if (kind === 'confirm' && (!model.meeting || model.meeting.past)) {
      throw new UserError(`no meeting with ${name} is planned, so there is nothing to confirm`, `Record it first: infoview add meeting ${slug} --at WHEN --place "…"`);
    }
  }
  const { kind, channel } = options;
  const { contact: stored } = await findContact(ctx.store(), query);
  const config = await ctx.config();
  // First, so a pack folder that is not there is the one line printed.
  const template = await templateInUse(ctx, kind);
  const model = await modelFor(ctx, stored, { channel });
  precheck(ctx, kind, stored, model);
  const notes = draftNotes(kind, stored.slug, stored.contact, model, config, ctx.now);
  for (const note of notes) ctx.warn(ctx.paintErr.yellow(note));
  if (model.me.name === '[your name]') ctx.warn(ctx.paintErr.dim('note: no name in config.yaml; set it with `infoview init --name "Your Name"`'));
  let text: string;
  if (kind === 'linkedin' && !model.contact.connected) {
    text = await linkedinNote(ctx, stored, model, template, config.defaults.linkedinNoteLimit);
  } else {
    text = await render(template, model);
  }
  if (kind === 'email') countWords(ctx, text, template, model.me.signature);
  // A message to a first-degree connection has no note limit, but the same aim as an email.
  if (kind === 'linkedin' && model.contact.connected) countWords(ctx, text, template, model.me.firstName);
  // The text lint (issue 13): what a careers adviser would change before sending, one line each.
  // email and intro are always emails; the follow-up kinds go where `model.channel` says.
  const lintChannel = kind === 'email' || kind === 'intro' ? 'email' : kind === 'linkedin' ? 'linkedin' : kind === 'phone' ? 'phone' : model.channel;
  const blankAnnounced = notes.some((note) => note.includes('[BLANK]'));
  for (const line of lintWarnings({ kind, channel: lintChannel, text, contact: stored.contact, config, introducerName: model.introducer?.name, blankAnnounced })) ctx.warn(ctx.paintErr.yellow(line));
  if (options.out !== undefined) {
    ctx.warn(`Wrote the ${kind} draft for ${stored.contact.name} to ${writeOutFile(ctx.dir, ctx.changes, options.out, text)}`);
    return;
  }
  ctx.out(text);
}
