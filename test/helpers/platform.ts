/**
 * Tests that need what only POSIX systems have (tmux, mkfifo, an `sh` editor script, file modes,
 * symlinks without privileges, zsh or fish) skip themselves by platform, never by a CI flag:
 * on Windows always, on macOS when the tool they run is not installed. On Linux they always run
 * (.ci/run installs the tools), so a missing tool there fails instead of hiding.
 *
 *   posixOnly('mode 0600 is a POSIX permission')('writes the file private', () => …)
 *   posixSuite('drives tmux', 'tmux')('prompts in a real terminal', () => …)
 *
 * A test that checks much else besides a file's mode checks the mode with expectMode instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './index.js';

const installed = (tool: string) => !spawnSync(tool, [tool === 'tmux' ? '-V' : '--version'], { stdio: 'ignore' }).error;

/** Why this system cannot run a test that needs POSIX (and `tool`, when given); undefined when it can. */
export function posixSkip(reason: string, tool?: string): string | undefined {
  if (process.platform === 'win32') return `skipped on Windows: ${reason}`;
  if (tool !== undefined && process.platform === 'darwin' && !installed(tool)) return `skipped: ${tool} is not installed (${reason})`;
  return undefined;
}

/** The reason is printed once where the test is skipped, so a CI log says why. */
function skips(reason: string, tool?: string): boolean {
  const why = posixSkip(reason, tool);
  if (why !== undefined) console.info(why);
  return why !== undefined;
}

/** `it`, skipped where POSIX (or `tool`) is missing. */
export const posixOnly = (reason: string, tool?: string) => it.skipIf(skips(reason, tool));

/** `describe`, skipped where POSIX (or `tool`) is missing. */
export const posixSuite = (reason: string, tool?: string) => describe.skipIf(skips(reason, tool));

/**
 * `path` has the POSIX permission bits `mode`. Checked on POSIX only: Windows keeps no such bits
 * (only read-only), and infoview's data there is as private as the user's own folders.
 */
export function expectMode(path: string, mode: number): void {
  if (process.platform === 'win32') return;
  expect((statSync(path).mode & 0o777).toString(8), path).toBe(mode.toString(8));
}

/** Debian's Chromium, which the browser tests drive (playwright-core uses it, never a browser of its own). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * `describe` for a test that opens a page in Chromium: on Linux it always runs (.ci/run installs
 * `chromium`), so a missing browser fails there; elsewhere it is skipped without one, saying why.
 */
export function chromiumSuite(reason: string) {
  const why = process.platform !== 'linux' && !existsSync(CHROMIUM) ? `skipped: ${CHROMIUM} is not installed (${reason})` : undefined;
  if (why !== undefined) console.info(why);
  return describe.skipIf(why !== undefined);
}

/** Whether the temp folder's disk finds a file by a name in another case (macOS, Windows, the FUSE run). */
export function ignoresCase(): boolean {
  const probe = join(tempDir('infoview-case-'), 'probe');
  mkdirSync(probe);
  try {
    readdirSync(join(probe, '..', 'PROBE'));
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true });
  }
}
