/**
 * The scratch copy `infoview edit` opens in the editor: `.<slug>.<pid>.edit.yaml` beside the
 * contact (private, inside the data folder, never read as a contact: it starts with a dot). A
 * killed `edit` cannot remove its own, so every write and every `edit` sweeps those of processes
 * that are gone, as `sweepTemps` (atomic.ts) does for temp files.
 */
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processIsGone } from './lock.js';

const SCRATCH = /^\..+\.(\d+)\.edit\.yaml$/;
/** A scratch file this young is left alone even when its pid looks gone: a process just starting. */
const YOUNG_MS = 60_000;

/** The scratch copy of `file` for the process `pid`. */
export const scratchPathOf = (file: string, pid: number): string => join(dirname(file), `.${basename(file, '.yaml')}.${pid}.edit.yaml`);

/** Remove the scratch copies in `contactsDir` left by `edit` processes that no longer run. Best effort. */
export function sweepScratch(contactsDir: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(contactsDir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(SCRATCH.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) continue;
    const path = join(contactsDir, name);
    try {
      if (now - statSync(path).mtimeMs > YOUNG_MS && processIsGone(pid)) unlinkSync(path);
    } catch {
      // Swept by another process first.
    }
  }
}
