/** `infoview add contact`: add a person, asking on a terminal for what the flags did not give. */
import { Command, Option } from '@commander-js/extra-typings';
import { applyNoInput, collect, examples, NO_INPUT, type OptionsOf } from '../shared/define.js';
import { oneOf } from '../shared/choices.js';
import { fold } from '../../domain/text.js';
import { UsageError } from '../../errors.js';
import type { Context } from '../../context.js';
import { SOURCES, type Source } from '../../domain/enums.js';
import type { Prompter } from '../../prompts.js';

export const definition = () =>
  new Command('contact')
    .description('add a person; on a terminal asks for each detail (with a name given: only the role and company the flags left out); prints the slug and file')
    .argument('[name]', 'their full name')
    .option('--role <role>', 'their job title')
    .option('--company <company>', 'where they work')
    .option('--field <field>', 'the field you want to learn about from them')
    .option('--email <address>', 'their email address')
    .option('--phone <number>', 'their phone number')
    .option('--linkedin <url>', 'their LinkedIn profile address (as LinkedIn shows it: linkedin.com/in/…)')
    .addOption(new Option('--source <source>', 'how you found them').choices(SOURCES).argParser(oneOf(SOURCES)))
    .option('--introduced-by <contact>', 'the contact who introduced you')
    .option('--tag <tag>', 'a tag (repeat for more)', collect)
    .option('--notes <text>', 'free notes (private: never used in a message)')
    .option('--hook <text>', 'the specific connection that opens a first message ("I enjoyed your talk at the October meetup")')
    .option(...NO_INPUT)
    .addHelpText('after', examples([
      'infoview add contact "Maya Chen" --role "Senior UX Researcher" --company "Northwind Health" --source alumni --tag design',
      'infoview add contact            # asks for each detail',
      'infoview add contact "Lee Park" --no-input   # asks nothing, even on a terminal',
    ]));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

function checkFlag(flag: string, value: string | undefined, check: (v: string) => true | string): void {
  if (value === undefined) return;
  const ok = check(value);
  if (ok !== true) throw new UsageError(`${flag}: ${ok}`);
}

const optionalOf = (ask: Prompter) => async (message: string, current: string | undefined, validate?: (v: string) => true | string) =>
  current ?? ((await ask.input({ message, validate: validate && ((v) => (v === '' ? true : validate(v))) })) || undefined);

/**
 * With a name given, the person is adding someone quickly: ask only for what makes a first message
 * and the prep sheet specific, the role and company, when the flags left them out.
 */
async function askRoleAndCompany(ask: Prompter, o: Options): Promise<void> {
  const optional = optionalOf(ask);
  o.role = await optional('Role (optional):', o.role);
  o.company = await optional('Company (optional):', o.company);
}

/** With no name given: the whole interview, each detail the flags did not give. */
async function askMissing(ctx: Context, ask: Prompter, o: Options): Promise<string> {
  const { checkEmail, linkedinUrl, splitList } = await import('../../domain/validate.js');
  const optional = optionalOf(ask);
  const name = await ask.input({ message: 'Name:', required: true, validate: (v) => (v.trim() ? true : 'A name is needed') });
  await askRoleAndCompany(ask, o);
  o.field = await optional('Field (optional):', o.field);
  o.source ??= await ask.select<Source | undefined>({
    message: 'How did you find them?',
    choices: [{ name: '(skip)', value: undefined }, ...SOURCES.map((s) => ({ name: s, value: s }))],
  });
  if (o.introducedBy === undefined) {
    const people = (await ctx.store().readAll()).contacts;
    if (people.length) {
      const slug = await ask.search<string | undefined>({
        message: 'Introduced by (type to search, Enter on "nobody" to skip):',
        source: (term) => [
          { name: 'nobody', value: undefined },
          ...people
            .filter((p) => !term || fold(p.contact.name).includes(fold(term)) || p.slug.includes(term))
            .map((p) => ({ name: p.contact.name, value: p.slug, description: [p.contact.company, p.contact.role].filter(Boolean).join(' · ') })),
        ],
      });
      o.introducedBy = slug;
    }
  }
  o.hook = await optional('What connects you, for the first line of a message (a talk of theirs, a shared group; optional):', o.hook);
  o.email = await optional('Email (optional):', o.email, checkEmail);
  o.linkedin = await optional('LinkedIn profile (optional, as LinkedIn shows it: linkedin.com/in/…):', o.linkedin, (v) => linkedinUrl(v).problem ?? true);
  if (!o.tag?.length) o.tag = splitList(await ask.input({ message: 'Tags, comma-separated (optional):' }));
  return name;
}

export async function run(ctx: Context, nameArg: string | undefined, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ checkEmail, linkedinUrl, splitList }, { findContact }, { namesakeOf, noteNamesake }] = await Promise.all([
    import('../../domain/validate.js'),
    import('../../store/lookup.js'),
    import('../shared/namesake.js'),
  ]);
  checkFlag('--email', options.email, checkEmail);
  checkFlag('--linkedin', options.linkedin, (v) => linkedinUrl(v).problem ?? true);
  applyNoInput(ctx, options);
  let name = nameArg?.trim() || undefined;
  if (!ctx.interactive && !name) {
    throw new UsageError('missing the contact\'s name', 'Give it as the argument: infoview add contact "Maya Chen"');
  }
  const store = ctx.store();
  let introducedBy = options.introducedBy ? (await findContact(store, options.introducedBy)).contact.slug : undefined;
  if (ctx.interactive) {
    const o = { ...options, introducedBy };
    if (name) await askRoleAndCompany(await ctx.prompter(), o);
    else name = (await askMissing(ctx, await ctx.prompter(), o)).trim();
    Object.assign(options, o);
    introducedBy = o.introducedBy;
  }
  const tags = (options.tag ?? []).flatMap(splitList);
  const source = options.source ?? (introducedBy ? 'referral' : undefined);
  const namesake = namesakeOf(name ?? '', (await store.readAll()).contacts);
  const created = await store.create({
    name,
    role: options.role,
    company: options.company,
    field: options.field,
    email: options.email,
    phone: options.phone,
    // As LinkedIn shows it (linkedin.com/in/…), stored as the full address.
    linkedin: options.linkedin === undefined ? undefined : linkedinUrl(options.linkedin).url,
    source,
    introducedBy,
    tags,
    notes: options.notes,
    hook: options.hook?.trim() || undefined,
  });
  noteNamesake(ctx, namesake, created);
  ctx.out(`Added ${ctx.paint.bold(created.contact.name)} as ${ctx.paint.cyan(created.slug)}`);
  ctx.out(`  ${created.file}`);
  ctx.out(`Next: write to them with ${ctx.paint.bold(`infoview draft ${created.slug}`)}`);
}
