/** What `infoview edit` does: `--set key=value` on the YAML Document, or the file in an editor, validated on save. */
import { readFileSync, unlinkSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { Context } from '../../context.js';
import { excerpt } from '../../domain/excerpt.js';
import { KNOWN_KEYS } from '../../domain/schema.js';
import { likelyTypo } from '../../domain/text.js';
import { linkedinUrl, splitList } from '../../domain/validate.js';
import { DataFileError, UsageError, UserError } from '../../errors.js';
import { atomicWrite } from '../../store/atomic.js';
import { parseContact } from '../../store/contact-file.js';
import { decodeText } from '../../store/data-file.js';
import { scratchPathOf, sweepScratch } from '../../store/edit-scratch.js';
import { refuseWhileSyncStopped } from '../../store/sync-stop.js';
import { openInEditor, returnedAtOnce } from '../../editor.js';

const LIST_KEYS = new Set(['tags', 'takeaways', 'referrals']);
const NUMBER_KEYS = new Set(['keepInTouchDays', 'minutes']);
/** Deeper than any key a contact has (`meetings.0.takeaways.0` is 4); yaml's setIn recurses per level. */
const MAX_PATH_DEPTH = 16;

interface Assignment {
  path: (string | number)[];
  value: unknown;
}

/** `meetings.0.place=Blue Bottle` → path and typed value; an empty value means "remove". */
export function parseAssignment(text: string): Assignment {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set "${excerpt(text)}" is not key=value`, 'Example: --set role="Research Lead"');
  const keys = text.slice(0, eq).trim().split('.');
  if (keys.length > MAX_PATH_DEPTH) {
    throw new UsageError(`--set "${keys.slice(0, 3).join('.')}.…" is ${keys.length} keys deep, more than the ${MAX_PATH_DEPTH} allowed`, 'Set one key of the contact, e.g. --set meetings.0.place="Blue Bottle"');
  }
  const path = keys.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const raw = text.slice(eq + 1).trim();
  const top = String(path[0]);
  if (!KNOWN_KEYS.contact.includes(top)) {
    const guess = likelyTypo(top, KNOWN_KEYS.contact);
    if (guess) throw new UsageError(`unknown key "${top}"`, `Did you mean "${guess}"?`);
  }
  const last = String(path.at(-1));
  if (raw === '') return { path, value: undefined };
  if (path.length === 1 && top === 'linkedin') {
    const { url, problem } = linkedinUrl(raw);
    if (problem !== undefined) throw new UsageError(`--set linkedin: ${problem}`);
    return { path, value: url };
  }
  if (LIST_KEYS.has(last)) return { path, value: splitList(raw) };
  if (NUMBER_KEYS.has(last) && /^-?\d+(\.\d+)?$/.test(raw)) return { path, value: Number(raw) };
  return { path, value: raw };
}

export function apply(doc: Document, { path, value }: Assignment): void {
  try {
    if (value === undefined) {
      doc.deleteIn(path);
      return;
    }
    const existing = doc.getIn(path, true);
    if (isScalar(existing) && !Array.isArray(value)) {
      existing.value = value; // the same node: a comment on its line stays with it
      return;
    }
    const node = doc.createNode(value);
    if (isSeq(node)) node.flow = isSeq(existing) ? Boolean(existing.flow) : true;
    if (existing === undefined && path.length === 1 && insertInOrder(doc, String(path[0]), node)) return;
    doc.setIn(path, node);
  } catch (error) {
    // yaml refuses paths through a scalar (`--set name.first=x`): say which key, keep the file.
    throw new UsageError(`cannot set "${path.join('.')}": ${path.length > 1 ? 'a key on the way is not a mapping or list' : 'not a key of the contact'}`, 'Nothing was saved; check the key path (e.g. meetings.0.place)', { cause: error });
  }
}

/**
 * A new top-level key goes among the profile fields in the schema's order (an unknown key just
 * before the timeline), not after `outreach` and `meetings`. False when it simply goes last.
 */
function insertInOrder(doc: Document, key: string, node: unknown): boolean {
  const map = doc.contents;
  if (!isMap(map)) return false;
  const rank = (k: string) => {
    const i = KNOWN_KEYS.contact.indexOf(k);
    return i >= 0 ? i : KNOWN_KEYS.contact.indexOf('outreach') - 0.5;
  };
  const at = map.items.findIndex((pair) => isScalar(pair.key) && KNOWN_KEYS.contact.includes(String(pair.key.value)) && rank(String(pair.key.value)) > rank(key));
  if (at < 0) return false;
  map.items.splice(at, 0, doc.createPair(key, node));
  return true;
}

export async function editInEditor(ctx: Context, slug: string, file: string): Promise<void> {
  // With no terminal, only an editor the person chose ($VISUAL/$EDITOR, e.g. a script) may run.
  if (!ctx.interactive && !ctx.env.VISUAL && !ctx.env.EDITOR) {
    throw new UsageError('no terminal to open an editor in, and no $VISUAL or $EDITOR set', `Change keys with --set, e.g. \`infoview edit ${slug} --set role="UX Lead"\``);
  }
  // While a sync is stopped, only a file in conflict may be edited: that is how it is resolved.
  refuseWhileSyncStopped(file, true);
  // Through the store: a FIFO, a symlink out of the folder or a file that is not UTF-8 is refused, not opened.
  const original = ctx.store().readText(slug);
  sweepScratch(dirname(file), Date.now());
  // The scratch copy stays inside the data folder (private, never in /tmp) and is never a contact
  const scratch = scratchPathOf(file, process.pid);
  atomicWrite(scratch, original, { derived: true }); // never data to commit
  try {
    for (;;) {
      if (ctx.interactive) ctx.warn(ctx.paintErr.dim('Waiting for your editor to close the file…'));
      const outcome = openInEditor(scratch, ctx.env);
      if (!outcome.ran) throw new UserError(`${outcome.reason}; nothing was saved`, 'Set $VISUAL or $EDITOR to an editor that works here (VS Code: code --wait)');
      let bytes = readFileSync(scratch);
      if (bytes.equals(Buffer.from(original)) && returnedAtOnce(outcome) && ctx.interactive) {
        // An editor that handed the file to a window and returned at once: the person is still typing.
        await (await ctx.prompter()).input({ message: `Press Enter once you have saved and closed ${basename(scratch)} in your editor:` });
        bytes = readFileSync(scratch);
      }
      if (bytes.equals(Buffer.from(original))) {
        ctx.out('No changes.');
        return;
      }
      let edited: string;
      try {
        // An editor that saved in another encoding: refused like any invalid edit, never decoded lossily.
        edited = decodeText(file, bytes);
        parseContact(file, edited);
      } catch (error) {
        if (!(error instanceof DataFileError)) throw error;
        ctx.warn(ctx.paintErr.red(`infoview: ${error.message}`));
        const again = ctx.interactive && (await (await ctx.prompter()).confirm({ message: 'Re-open the editor to fix it?', default: true }));
        if (again) continue;
        throw new UserError(`${slug} was not saved because the edit is invalid`, `Your file is unchanged; run \`infoview edit ${slug}\` to try again`);
      }
      await ctx.store().replaceText(slug, edited, original, { resolvesConflict: true });
      ctx.out(`Saved ${file}`);
      return;
    }
  } finally {
    try {
      unlinkSync(scratch);
    } catch {
      // already gone
    }
  }
}

