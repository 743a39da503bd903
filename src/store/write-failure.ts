/**
 * What a failed write of the user's data says: that the data was not saved, and why. Without
 * this, an ENOSPC from a write has no path and reads like a failure to print the output.
 */
import { UserError } from '../errors.js';
import { heldOpen } from './file-ops.js';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'the disk reported an input/output error',
};

/**
 * The error to throw when writing `target` failed (at `step`, when not the write itself): a
 * UserError naming the file and the reason for a refusal by the disk, the original error (a bug)
 * otherwise. Keeps the original as cause.
 */
export function notSaved(target: string, error: unknown, step?: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (heldOpen(error)) {
    const why = `another program has the file open (${code})${step ? `, ${step}` : ''}`;
    return new UserError(`${target} was not saved: ${why}`, 'Nothing was changed; close the program that has it open (an editor, a sync client such as OneDrive, a virus scan) and run the command again', { cause: error });
  }
  const reason = code ? REASONS[code] : undefined;
  if (!reason) return error;
  const hint = code === 'ENOSPC' || code === 'EDQUOT' ? 'Nothing was changed; free some space and run the command again' : 'Nothing was changed; check the folder\'s permissions and disk, then run the command again';
  return new UserError(`${target} was not saved: ${reason} (${code})${step ? `, ${step}` : ''}`, hint, { cause: error });
}
