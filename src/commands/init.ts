/** `infoview init`: create the data folder and config.yaml. */
import { Command, Option } from '@commander-js/extra-typings';
import { applyNoInput, examples, NO_INPUT, type OptionsOf } from './shared/define.js';
import { oneOf } from './shared/choices.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Context } from '../context.js';
import { STAGES, type Stage } from '../domain/enums.js';

export const definition = () =>
  new Command('init')
    .description('create the data folder and config.yaml (asks for what is missing on a terminal)')
    .option('--name <name>', 'your name, used to sign messages')
    .option('--pitch <text>', 'your background in a sentence or two (the elevator pitch)')
    .option('--signature <text>', 'the sign-off under your messages')
    .option('--email <address>', 'your email address')
    .addOption(new Option('--stage <stage>', 'where you stand, for the one clause that says who you are').choices(STAGES).argParser(oneOf(STAGES)))
    .option('--studies <subject>', 'your subject, or your current work ("psychology")')
    .option('--school <name>', 'your school or university (named to alumni)')
    .option('--graduation <year>', 'the year you graduate or graduated')
    .option('--field <field>', 'the field you are exploring (the default for drafts, questions and prep)')
    .option('--phone <number>', 'your phone number, for voicemail in phone scripts')
    .option('--git', 'make the data folder a git repository; every change is then committed')
    .option(...NO_INPUT)
    .addHelpText('after', examples([
      'infoview init --name "Alex Doe" --pitch "Psychology graduate moving into UX research"',
      'infoview init --stage graduate --studies psychology --school "Lakeside University" --graduation 2025 --field "UX research"',
      'infoview --dir ~/interviews init --git',
    ]));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

/** `--stage`: one of STAGES, as config.yaml's schema reads it. */
function stageOf(value: string | undefined): Stage | undefined {
  if (value === undefined) return undefined;
  if (!STAGES.includes(value as Stage)) throw new UsageError(`--stage "${value}" is not a stage`, `Use one of: ${STAGES.join(', ')}`);
  return value as Stage;
}

/** `--graduation`: a year, as config.yaml's schema reads it (a number, 1900–2200). */
function yearOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const year = Number(value);
  if (!/^\s*\d{4}\s*$/.test(value) || year < 1900 || year > 2200) throw new UsageError(`--graduation "${value}" is not a year`, 'For example: --graduation 2025');
  return year;
}

const text = (value: string | undefined) => value?.trim() || undefined;

const HEADER = ` infoview settings. Every key is optional; delete one to get the default back.
 me.pitch is the background summary used in prep sheets and messages.`;

export async function run(ctx: Context, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ Document, parseDocument }, { DEFAULTS }, { atomicWrite, ensurePrivateDir }, { configPathOf, contactsDirOf, templatesDirOf }, { withLock }, { loadConfig }, { YAML_OPTIONS }, { checkEmail }, { inLineEndingOf }] = await Promise.all([
    import('./shared/yaml-document.js'),
    import('../domain/config.js'),
    import('../store/atomic.js'),
    import('../store/paths.js'),
    import('../store/lock.js'),
    import('../store/config.js'),
    import('../store/yaml-file.js'),
    import('../domain/validate.js'),
    import('../domain/text.js'),
  ]);
  applyNoInput(ctx, options);
  if (options.email !== undefined && checkEmail(options.email) !== true) throw new UsageError(`--email: ${checkEmail(options.email)}`);
  const file = configPathOf(ctx.dir);
  const exists = existsSync(file);
  if (exists) await loadConfig(ctx.dir); // refuse to touch a config.yaml that does not read
  const me = {
    name: options.name,
    stage: stageOf(options.stage),
    studies: text(options.studies),
    school: text(options.school),
    graduation: yearOf(options.graduation),
    field: text(options.field),
    pitch: options.pitch,
    email: options.email,
    phone: text(options.phone),
    signature: options.signature,
  };

  if (!exists && ctx.interactive) {
    const ask = await ctx.prompter();
    me.name ??= (await ask.input({ message: 'Your name (to sign messages):' })) || undefined;
    me.pitch ??= (await ask.input({ message: 'Your background in a sentence or two (your pitch):' })) || undefined;
    me.email ??= (await ask.input({ message: 'Your email (optional):' })) || undefined;
    // What the one clause "I'm a 2025 psychology graduate of Lakeside University" is made of.
    me.stage ??= await ask.select<Stage | undefined>({
      message: 'Where do you stand?',
      choices: [{ name: '(skip)', value: undefined }, ...STAGES.map((s) => ({ name: s, value: s }))],
    });
    me.studies ??= text(await ask.input({ message: 'What you study, or your current work (optional):' }));
    me.school ??= text(await ask.input({ message: 'Your school or university (optional):' }));
    me.graduation ??= yearOf(await ask.input({ message: 'Your graduation year (optional):', validate: (v) => (v.trim() === '' || /^\d{4}$/.test(v.trim()) ? true : 'A year, like 2025') }));
    me.field ??= text(await ask.input({ message: 'The field you are exploring (optional):' }));
    me.phone ??= text(await ask.input({ message: 'Your phone number, for voicemail (optional):' }));
  }
  if (me.name && !me.signature && !exists) me.signature = [me.name, me.email].filter(Boolean).join(' · ');

  ensurePrivateDir(ctx.dir);
  ensurePrivateDir(contactsDirOf(ctx.dir));
  const given = Object.entries(me).filter(([, v]) => v !== undefined);
  if (!exists) {
    const doc = new Document({
      me: Object.fromEntries(given),
      defaults: { ...DEFAULTS },
    });
    doc.commentBefore = HEADER;
    atomicWrite(file, doc.toString(YAML_OPTIONS), { log: ctx.changes });
    ctx.out(`Created ${file}`);
    const { riskyPlace } = await import('../store/paths.js');
    const risk = riskyPlace(ctx.dir, process.platform, ctx.env);
    if (risk) ctx.warn(ctx.paintErr.yellow(`warning: ${ctx.dir}: ${risk}. Personal notes are safer in a folder only you have; choose one with --dir or INFOVIEW_DIR.`));
  } else if (given.length) {
    // Under the lock, so two updates at once both land.
    withLock(file, () => {
      const before = readFileSync(file, 'utf8');
      const doc = parseDocument(before);
      for (const [key, value] of given) doc.setIn(['me', key], value);
      atomicWrite(file, inLineEndingOf(before, doc.toString(YAML_OPTIONS)), { log: ctx.changes });
    });
    ctx.out(`Updated ${given.map(([k]) => `me.${k}`).join(', ')} in ${file}`);
  } else if (!options.git) {
    ctx.out(`Already set up: ${file}`);
  }

  if (options.git) {
    const { initRepository } = await import('../store/git-init.js');
    ctx.out(initRepository(ctx.dir, ctx.changes));
    // Whatever was there before the repository existed goes into its first commit, so that
    // `sync` shares every contact, not only the ones changed later.
    const earlier = [contactsDirOf(ctx.dir), templatesDirOf(ctx.dir)].filter((d) => existsSync(d) && readdirSync(d).length > 0);
    if (earlier.length) {
      for (const path of [file, ...earlier]) ctx.record(path);
      ctx.record(undefined, 'the data folder so far');
    }
  }
  if (!exists && !ctx.store().slugs().length) ctx.out(`Next: add someone to talk to with ${ctx.paint.bold('infoview add contact "Full Name"')}`);
}
