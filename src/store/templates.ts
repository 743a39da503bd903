/**
 * The templates: bundled with the package in `templates/`, overridable per data folder in
 * `<dir>/templates/`. A file there with the same name wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DRAFT_KINDS } from '../domain/enums.js';
import { UsageError, UserError } from '../errors.js';
import { atomicWrite, ensurePrivateDir } from './atomic.js';
import type { ChangeLog } from './change-log.js';
import { inspect, readDataText } from './data-file.js';
import { templatesDirOf } from './paths.js';

/** Every template name: the draft kinds, the prep sheet and the question bank. */
export const TEMPLATE_NAMES = [...DRAFT_KINDS, 'prep', 'questions'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface Template {
  name: TemplateName;
  /** The file in use. */
  path: string;
  /** True when the user's copy in `<dir>/templates/` is the one in use. */
  overridden: boolean;
  text: string;
}

/** `email.liquid`, …, `questions.yaml` */
export const fileNameOf = (name: TemplateName) => (name === 'questions' ? 'questions.yaml' : `${name}.liquid`);

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
  if (!TEMPLATE_NAMES.includes(name)) {
    throw new UsageError(`"${value}" is not a template name`, `Use one of: ${TEMPLATE_NAMES.join(', ')}`);
  }
  return name;
}

const bundledPathOf = (name: TemplateName) => join(bundledTemplatesDir(), fileNameOf(name));
const overridePathOf = (dir: string, name: TemplateName) => join(templatesDirOf(dir), fileNameOf(name));

/** Gets one line (no `warning:` prefix) about an override that is skipped. */
export type Warn = (line: string) => void;

/**
 * Where a template comes from, without reading it. An override that is a FIFO, a folder or a
 * symlink leaving the data folder (data-file.ts) is skipped with a warning, never opened.
 */
export function locateTemplate(dir: string, name: TemplateName, warn: Warn): Omit<Template, 'text'> {
  const override = overridePathOf(dir, name);
  const entry = inspect(override, dir);
  if (entry.kind === 'file') return { name, path: override, overridden: true };
  if (entry.kind === 'hostile') warn(`skipped ${entry.error.message}; using the bundled ${fileNameOf(name)}`);
  return { name, path: bundledPathOf(name), overridden: false };
}

/** The template in use: the user's override when there is one, else the bundled file. An override that is not UTF-8 is a DataFileError. */
export function loadTemplate(dir: string, name: TemplateName, warn: Warn): Template {
  const found = locateTemplate(dir, name, warn);
  const text = found.overridden ? readDataText(found.path, dir) : readFileSync(found.path, 'utf8');
  // Removed between the look and the read: the bundled one.
  if (text === undefined) return { name, path: bundledPathOf(name), overridden: false, text: bundledText(name) };
  return { ...found, text };
}

/** The bundled template's text (for `templates show --bundled` and tests). */
const bundledText = (name: TemplateName) => readFileSync(bundledPathOf(name), 'utf8');

/**
 * Copy the bundled template into `<dir>/templates/` (folder 0700, file 0600) so the user can
 * edit it. An existing copy is kept unless `force`.
 */
export function ejectTemplate(dir: string, changes: ChangeLog, name: TemplateName, force: boolean): string {
  const target = overridePathOf(dir, name);
  const entry = inspect(target, dir);
  if (entry.kind === 'hostile') throw new UserError(entry.error.message, 'Move it out of the templates folder, then eject again');
  if (entry.kind === 'file' && !force) {
    throw new UserError(`${target} already exists`, 'Edit it in place, or pass --force to replace it with the bundled one');
  }
  ensurePrivateDir(dir);
  ensurePrivateDir(templatesDirOf(dir));
  atomicWrite(target, bundledText(name), { log: changes });
  return target;
}

