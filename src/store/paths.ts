/** Where the data lives (SPEC "Where data lives"). */
import { homedir } from 'node:os';
import path, { join, resolve, type PlatformPath } from 'node:path';
import { UserError } from '../errors.js';
import { isSlug } from '../domain/slug-shape.js';

/**
 * A leading `~` (alone, or before `/`, or `\` on Windows) as the home folder: PowerShell, cmd, a
 * quoted argument and an environment variable all pass it through, and `<cwd>/~/infoview` is
 * never what was meant. `~user` is left as it is.
 */
export function expandHome(path: string, home = homedir(), platform: NodeJS.Platform = process.platform): string {
  const homePrefix = platform === 'win32' ? /^~(?=$|[\\/])/ : /^~(?=$|\/)/;
  return homePrefix.test(path) ? home + path.slice(1) : path;
}

/**
 * `file` relative to `folder`, or undefined when it lies outside: above it, or on another drive
 * on Windows (where `relative` gives back an absolute path). `paths` is `path.win32` in tests.
 */
export function relativeInside(folder: string, file: string, paths: PlatformPath = path): string | undefined {
  const rel = paths.relative(folder, file);
  const outside = !rel || rel === '..' || rel.startsWith(`..${paths.sep}`) || paths.isAbsolute(rel);
  return outside ? undefined : rel;
}

type Env = Record<string, string | undefined>;

/**
 * The per-user data folder each platform's guidelines name (what env-paths gave, written here so
 * tests can ask for any platform): `%LOCALAPPDATA%\infoview\Data` on Windows,
 * `~/Library/Application Support/infoview` on macOS, `$XDG_DATA_HOME/infoview` (by default
 * `~/.local/share/infoview`) elsewhere.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: Env = process.env, home = homedir()): string {
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local'), 'infoview', 'Data');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'infoview');
  return path.posix.join(env.XDG_DATA_HOME || path.posix.join(home, '.local', 'share'), 'infoview');
}

/**
 * Why a data folder is a risky home for personal notes, or undefined: inside a OneDrive folder
 * (synced to the cloud, and a sync client holds files open), on the Desktop (often synced too),
 * or on a removable drive (lost with the stick, and often without hard links or fsync).
 */
export function riskyPlace(dir: string, platform: NodeJS.Platform = process.platform, env: Env = process.env, home = homedir()): string | undefined {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const fold = (p: string) => (platform === 'win32' || platform === 'darwin' ? p.toLowerCase() : p);
  const inside = (folder: string | undefined) =>
    folder !== undefined && folder !== '' && (fold(folder) === fold(dir) || relativeInside(fold(folder), fold(dir), paths) !== undefined);
  const oneDrive = [env.OneDrive, env.OneDriveConsumer, env.OneDriveCommercial].find(inside);
  if (oneDrive || /[\\/]onedrive( - [^\\/]+)?[\\/]/i.test(`${dir}${paths.sep}`)) return 'it is inside OneDrive, which copies it to the cloud and holds files open while it syncs';
  if (inside(paths.join(home, 'Desktop'))) return 'it is on the Desktop, which is often synced to the cloud';
  const removable = platform === 'darwin' ? /^\/Volumes\//i : platform === 'win32' ? undefined : /^\/(media|run\/media|mnt)\//;
  if (removable?.test(dir)) return 'it is on a removable or mounted drive, which can be lost or may not support safe saves';
  return undefined;
}

/** `--dir` > `INFOVIEW_DIR` > the platform's per-user data folder. */
export function resolveDataDir(flag: string | undefined, env: Env): string {
  const chosen = flag || env.INFOVIEW_DIR;
  if (chosen) return resolve(expandHome(chosen));
  return defaultDataDir(process.platform, env);
}

export const contactsDirOf = (dir: string) => join(dir, 'contacts');
export const configPathOf = (dir: string) => join(dir, 'config.yaml');
export const targetsPathOf = (dir: string) => join(dir, 'targets.yaml');
export const templatesDirOf = (dir: string) => join(dir, 'templates');

/** The file of a contact. Refuses anything that is not a slug, so no input can name a path outside. */
export function contactPathOf(dir: string, slug: string): string {
  if (!isSlug(slug)) throw new UserError(`"${slug}" is not a valid contact slug`, 'Slugs are lower-case letters, digits and dashes');
  return join(contactsDirOf(dir), `${slug}.yaml`);
}
