/** `infoview init`: create the data folder and config.yaml. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Document, parseDocument } from 'yaml';
import type { Context } from '../context.js';
import { DEFAULTS } from '../domain/config.js';
import { atomicWrite, ensurePrivateDir } from '../store/atomic.js';
import { configPathOf, contactsDirOf, templatesDirOf } from '../store/paths.js';
import { withLock } from '../store/lock.js';
import { loadConfig } from '../store/config.js';
import { YAML_OPTIONS } from '../store/yaml-file.js';
import { checkEmail } from '../domain/validate.js';
import { UsageError } from '../errors.js';

interface Options {
  name?: string;
  pitch?: string;
  signature?: string;
  email?: string;
  git?: boolean;
}

const HEADER = ` infoview settings. Every key is optional; delete one to get the default back.
 me.pitch is the background summary used in prep sheets and messages.`;

export async function run(ctx: Context, options: Options): Promise<void> {
  if (options.email !== undefined && checkEmail(options.email) !== true) throw new UsageError(`--email: ${checkEmail(options.email)}`);
  const file = configPathOf(ctx.dir);
  const exists = existsSync(file);
  if (exists) await loadConfig(ctx.dir); // refuse to touch a config.yaml that does not read
  const me = { name: options.name, pitch: options.pitch, email: options.email, signature: options.signature };

  if (!exists && ctx.interactive) {
    const ask = await ctx.prompter();
    me.name ??= (await ask.input({ message: 'Your name (to sign messages):' })) || undefined;
    me.pitch ??= (await ask.input({ message: 'Your background in a sentence or two (your pitch):' })) || undefined;
    me.email ??= (await ask.input({ message: 'Your email (optional):' })) || undefined;
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
    atomicWrite(file, doc.toString(YAML_OPTIONS));
    ctx.out(`Created ${file}`);
  } else if (given.length) {
    // Under the lock, so two updates at once both land.
    withLock(file, () => {
      const doc = parseDocument(readFileSync(file, 'utf8'));
      for (const [key, value] of given) doc.setIn(['me', key], value);
      atomicWrite(file, doc.toString(YAML_OPTIONS));
    });
    ctx.out(`Updated ${given.map(([k]) => `me.${k}`).join(', ')} in ${file}`);
  } else if (!options.git) {
    ctx.out(`Already set up: ${file}`);
  }

  if (options.git) {
    const { initRepository } = await import('../store/git-init.js');
    ctx.out(initRepository(ctx.dir));
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
