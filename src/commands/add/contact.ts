/** `infoview add contact`: add a person, asking on a terminal for what the flags did not give. */
import type { Context } from '../../context.js';
import { SOURCES, type Source } from '../../domain/enums.js';
import { fold } from '../../domain/text.js';
import { checkEmail, checkUrl, splitList } from '../../domain/validate.js';
import { UsageError } from '../../errors.js';
import type { Prompter } from '../../prompts.js';
import { findContact } from '../../store/lookup.js';

interface Options {
  role?: string;
  company?: string;
  field?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  source?: Source;
  introducedBy?: string;
  tag?: string[];
  notes?: string;
  hook?: string;
}

function checkFlag(flag: string, value: string | undefined, check: (v: string) => true | string): void {
  if (value === undefined) return;
  const ok = check(value);
  if (ok !== true) throw new UsageError(`${flag}: ${ok}`);
}

async function askMissing(ctx: Context, ask: Prompter, name: string | undefined, o: Options) {
  const optional = async (message: string, current: string | undefined, validate?: (v: string) => true | string) =>
    current ?? ((await ask.input({ message, validate: validate && ((v) => (v === '' ? true : validate(v))) })) || undefined);
  name = name ?? (await ask.input({ message: 'Name:', required: true, validate: (v) => (v.trim() ? true : 'A name is needed') }));
  o.role = await optional('Role (optional):', o.role);
  o.company = await optional('Company (optional):', o.company);
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
  o.linkedin = await optional('LinkedIn URL (optional):', o.linkedin, checkUrl);
  if (!o.tag?.length) o.tag = splitList(await ask.input({ message: 'Tags, comma-separated (optional):' }));
  return name;
}

export async function run(ctx: Context, nameArg: string | undefined, options: Options): Promise<void> {
  checkFlag('--email', options.email, checkEmail);
  checkFlag('--linkedin', options.linkedin, checkUrl);
  let name = nameArg?.trim() || undefined;
  if (!ctx.interactive && !name) {
    throw new UsageError('missing the contact\'s name', 'Give it as the argument: infoview add contact "Maya Chen"');
  }
  const store = ctx.store();
  let introducedBy = options.introducedBy ? (await findContact(store, options.introducedBy)).contact.slug : undefined;
  if (ctx.interactive) {
    const o = { ...options, introducedBy };
    name = (await askMissing(ctx, await ctx.prompter(), name, o)).trim();
    Object.assign(options, o);
    introducedBy = o.introducedBy;
  }
  const tags = (options.tag ?? []).flatMap(splitList);
  const source = options.source ?? (introducedBy ? 'referral' : undefined);
  const namesake = (await store.readAll()).contacts.find((c) => fold(c.contact.name) === fold(name ?? ''));
  const created = await store.create({
    name,
    role: options.role,
    company: options.company,
    field: options.field,
    email: options.email,
    phone: options.phone,
    linkedin: options.linkedin,
    source,
    introducedBy,
    tags,
    notes: options.notes,
    hook: options.hook?.trim() || undefined,
  });
  if (namesake) ctx.warn(ctx.paintErr.yellow(`note: ${namesake.contact.name} already exists as ${namesake.slug}; this one is ${created.slug}`));
  ctx.out(`Added ${ctx.paint.bold(created.contact.name)} as ${ctx.paint.cyan(created.slug)}`);
  ctx.out(`  ${created.file}`);
  ctx.out(`Next: write to them with ${ctx.paint.bold(`infoview draft ${created.slug}`)}`);
}
