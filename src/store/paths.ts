/** Where the data lives (SPEC "Where data lives"). */
import envPaths from 'env-paths';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { isSlug } from '../domain/slug-shape.js';

/** `--dir` > `INFOVIEW_DIR` > the platform's per-user data folder. */
export function resolveDataDir(flag: string | undefined, env: Record<string, string | undefined>): string {
  const chosen = flag || env.INFOVIEW_DIR;
  if (chosen) return resolve(chosen);
  return envPaths('infoview', { suffix: '' }).data;
}

export const contactsDirOf = (dir: string) => join(dir, 'contacts');
export const configPathOf = (dir: string) => join(dir, 'config.yaml');
export const templatesDirOf = (dir: string) => join(dir, 'templates');

/** The file of a contact. Refuses anything that is not a slug, so no input can name a path outside. */
export function contactPathOf(dir: string, slug: string): string {
  if (!isSlug(slug)) throw new UserError(`"${slug}" is not a valid contact slug`, 'Slugs are lower-case letters, digits and dashes');
  return join(contactsDirOf(dir), `${slug}.yaml`);
}
