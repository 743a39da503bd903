/**
 * `<dir>/targets.yaml`, the LAMP list, through the store's own machinery: read like every data
 * file (data-file.ts: regular files only, UTF-8 only), parsed and validated with line and column
 * (yaml-file.ts), edited through yaml's Document so comments and order survive, written atomically
 * (0600) under its lock and noted in the command's ChangeLog for the git auto-commit.
 */
import type { Document } from 'yaml';
import type { Context } from '../../context.js';
import type { Target } from '../../domain/targets.js';
import { inLineEndingOf } from '../../domain/text.js';
import { atomicWrite, ensurePrivateDir } from '../../store/atomic.js';
import { readDataText } from '../../store/data-file.js';
import { UserError } from '../../errors.js';
import { withLock } from '../../store/lock.js';
import { targetsPathOf } from '../../store/paths.js';
import { holdRepository } from '../../store/repository-lock.js';

const HINT = 'Fix targets.yaml by hand: each entry needs `employer:`; motivation is 1 to 5, posting 1 to 3, advocacy yes or no';

/** What a new targets.yaml starts with: the scores explained where a person edits them. */
const NEW_FILE = `# Your LAMP list (Dalton, The 2-Hour Job Search): target employers, best first by
# motivation (1-5: how much you want to work there), then posting (1-3: how relevant their
# openings are), then advocacy (yes/no: you know someone there; left out, infoview works it out
# from your contacts' companies). Edit by hand or with \`infoview targets add|set|remove\`.
targets: []
`;

async function parser() {
  const [{ parseYamlFile, YAML_OPTIONS }, { TargetsFileSchema }] = await Promise.all([import('../../store/yaml-file.js'), import('../../domain/target-schema.js')]);
  const parse = (file: string, text: string) => {
    const { doc, data } = parseYamlFile(file, text, TargetsFileSchema, HINT);
    return { doc, targets: (data.targets ?? []) as Target[] };
  };
  return { parse, YAML_OPTIONS };
}

/** The targets in the file's order; none without a file. A file that does not read throws its DataFileError. */
export async function readTargets(dir: string): Promise<Target[]> {
  const file = targetsPathOf(dir);
  const text = readDataText(file, dir);
  if (text === undefined) return [];
  return (await parser()).parse(file, text).targets;
}

/** The targets, or none with a warning when targets.yaml does not read: for commands that only mention them. */
export async function targetsOrWarn(ctx: Context): Promise<Target[]> {
  try {
    return await readTargets(ctx.dir);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ctx.warn(ctx.paintErr.yellow(`warning: skipped ${error.message}`));
    return [];
  }
}

/**
 * Read-modify-write targets.yaml under its lock (created when missing). `edit` changes the
 * Document in place and may refuse by throwing; the result is validated before anything is
 * written. As in ContactStore.update, the edit is made before the lock and made again under it
 * when another writer got in first, so `edit` may run twice. Returns the targets as saved.
 */
export async function editTargets(ctx: Context, edit: (doc: Document, targets: readonly Target[]) => void): Promise<Target[]> {
  const { parse, YAML_OPTIONS } = await parser();
  const file = targetsPathOf(ctx.dir);
  const apply = (before: string | undefined) => {
    const { doc, targets } = parse(file, before ?? NEW_FILE);
    edit(doc, targets);
    const text = inLineEndingOf(before ?? '', doc.toString(YAML_OPTIONS));
    return { text, targets: parse(file, text).targets };
  };
  const before = readDataText(file, ctx.dir);
  let result = apply(before);
  holdRepository(ctx.dir);
  ensurePrivateDir(ctx.dir);
  withLock(file, () => {
    const now = readDataText(file, ctx.dir);
    if (now !== before) result = apply(now);
    atomicWrite(file, result.text, { log: ctx.changes });
  });
  return result.targets;
}
