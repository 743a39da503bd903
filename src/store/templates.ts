/**
 * The templates, in three layers: bundled with the package in `templates/`; a careers office's
 * pack (config.yaml `pack:`: its `templates/*.liquid` and `questions.yaml`); the user's own in
 * `<dir>/templates/`. The first layer that has the file wins: yours, then the pack's, then bundled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileNameOf, TEMPLATE_NAMES, type TemplateName } from '../domain/enums.js';
import { UsageError, UserError } from '../errors.js';
import { atomicWrite, ensurePrivateDir } from './atomic.js';
import type { ChangeLog } from './change-log.js';
import { inspect, readDataText } from './data-file.js';
import { templatesDirOf } from './paths.js';

/** Where templates are looked for: the data folder, and the pack folder when config.yaml names one. */
export type Layers = { dir: string; pack?: string | undefined };

/** Which layer the template in use comes from. */
export type Source = 'yours' | 'pack' | 'bundled';

export interface Template {
  name: TemplateName;
  path: string; // the file in use
  source: Source;
  root?: string | undefined; // the folder the file must stay inside (data-file.ts); none for the bundled file
  text: string;
}
type Place = Omit<Template, 'text'>;

let bundled: string | undefined;

/**
 * The package's own `templates/` folder. This module runs from `dist/` once built and from
 * `src/store/` under the tests, so look one and two levels up.
 */
function bundledTemplatesDir(): string {
  if (bundled) return bundled;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'templates'), join(here, '..', '..', 'templates')]) {
    if (existsSync(join(candidate, 'questions.yaml'))) return (bundled = candidate);
  }
  throw new UserError('the bundled templates are missing from this installation', 'Reinstall infoview (npm install -g infoview)');
}

/** Check a name typed on the command line. */
export function templateName(value: string): TemplateName {
  const name = value.replace(/\.(liquid|ya?ml)$/, '') as TemplateName;
  if (!TEMPLATE_NAMES.includes(name)) throw new UsageError(`"${value}" is not a template name`, `Use one of: ${TEMPLATE_NAMES.join(', ')}`);
  return name;
}

/** Where a template may be, first choice first: yours, the pack's (its bank beside `templates/`), the bundled one. */
function placesOf(at: Layers, name: TemplateName): Place[] {
  const file = fileNameOf(name);
  const pack: Place[] = at.pack ? [{ name, source: 'pack', path: join(at.pack, ...(name === 'questions' ? [] : ['templates']), file), root: at.pack }] : [];
  return [{ name, source: 'yours', path: join(templatesDirOf(at.dir), file), root: at.dir }, ...pack, { name, source: 'bundled', path: join(bundledTemplatesDir(), file) }];
}

/** Gets one line (no `warning:` prefix) about a template file that is skipped. */
export type Warn = (line: string) => void;

const FROM: Record<Source, string> = { yours: 'your', pack: "the pack's", bundled: 'the bundled' };

/**
 * The first of `places` that is a file (the bundled one ends every list). One that is a FIFO, a
 * folder or a symlink leaving its layer's folder (data-file.ts) is skipped with a warning, never opened.
 */
function firstFile(places: Place[], warn: Warn): Place {
  const skipped: string[] = [];
  const found = places.find(({ path, root, source }) => {
    const entry = root ? inspect(path, root, source === 'pack' ? 'the pack folder' : undefined) : undefined;
    if (entry?.kind === 'hostile') skipped.push(entry.error.message);
    return !entry || entry.kind === 'file';
  }) as Place;
  for (const line of skipped) warn(`skipped ${line}; using ${FROM[found.source]} ${fileNameOf(found.name)}`);
  return found;
}

/** The text of the first file of `places`; one that is not UTF-8 is a DataFileError. */
function firstText(places: Place[], warn: Warn): Template {
  const found = firstFile(places, warn);
  const text = found.root ? readDataText(found.path, found.root) : readFileSync(found.path, 'utf8');
  // Removed between the look and the read: the next layer's.
  return text === undefined ? firstText(places, warn) : { ...found, text };
}

/** Where the template in use comes from, without reading it. */
export const locateTemplate = (at: Layers, name: TemplateName, warn: Warn): Place => firstFile(placesOf(at, name), warn);

/** The template in use: yours, else the pack's, else the bundled one. */
export const loadTemplate = (at: Layers, name: TemplateName, warn: Warn): Template => firstText(placesOf(at, name), warn);

/**
 * Copy the template below yours (the pack's, else the bundled one) into `<dir>/templates/`
 * (folder 0700, file 0600) so the user can edit it. An existing copy is kept unless `force`.
 */
export function ejectTemplate(at: Layers, changes: ChangeLog, name: TemplateName, force: boolean, warn: Warn): { path: string; from: Source } {
  const [yours, ...below] = placesOf(at, name) as [Place, ...Place[]];
  const entry = inspect(yours.path, at.dir);
  if (entry.kind === 'hostile') throw new UserError(entry.error.message, 'Move it out of the templates folder, then eject again');
  if (entry.kind === 'file' && !force) throw new UserError(`${yours.path} already exists`, 'Edit it in place, or pass --force to replace it with a fresh copy');
  const from = firstText(below, warn);
  ensurePrivateDir(templatesDirOf(at.dir)); // and the data folder, both 0700 when new
  atomicWrite(yours.path, from.text, { log: changes });
  return { path: yours.path, from: from.source };
}
