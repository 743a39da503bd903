/**
 * `infoview import linkedin <Connections.csv> [--dry-run]`: add LinkedIn connections as contacts,
 * update company/role that changed since the last export, skip what is already there.
 */
import { Command } from '@commander-js/extra-typings';
import { examples, type OptionsOf } from '../shared/define.js';
import { readFileSync } from 'node:fs';
import { excerpt } from '../../domain/excerpt.js';
import { UsageError, UserError } from '../../errors.js';
import type { Context } from '../../context.js';
import type { Connection, ImportPlan, RowProblem } from '../../domain/linkedin.js';

export const definition = () =>
  new Command('linkedin')
    .description('import LinkedIn\'s own connections export (Connections.csv); re-importing adds nothing twice')
    .argument('<file>', 'Connections.csv from LinkedIn: Settings → Data privacy → Get a copy of your data')
    .option('--dry-run', 'show what would be added, updated and skipped; write nothing')
    .addHelpText('after', examples(['infoview import linkedin ~/Downloads/Connections.csv --dry-run', 'infoview import linkedin ~/Downloads/Connections.csv']));

/** The options, as the definition above declares them. */
type Options = OptionsOf<typeof definition>;

const NOT_LINKEDIN_HINT =
  'Expected LinkedIn\'s Connections.csv (Settings → Data privacy → Get a copy of your data → Connections), with the header First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** Read and parse the file: connections and row problems. Throws before any write when it is not an export. */
async function readConnections(ctx: Context, file: string): Promise<{ connections: Connection[]; problems: RowProblem[] }> {
  const [{ connectionFromRow, decodeExport, findHeaderLine, headerMap }, { csvRows }] = await Promise.all([import('../../domain/linkedin.js'), import('../shared/csv-rows.js')]);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${code ?? String(error)}`}`, 'Give the path of the Connections.csv from your LinkedIn data export');
  }
  const { text, legacy } = decodeExport(bytes);
  if (legacy) ctx.warn(ctx.paintErr.yellow(`warning: ${file} is not UTF-8; read as Windows-1252, the way Excel on Windows saves a CSV. Check that accented names came out right.`));
  const lines = text.split(/\r?\n/);
  const headerIndex = findHeaderLine(lines);
  if (headerIndex < 0) throw new UserError(`${file} is not a LinkedIn connections export: no header line found`, NOT_LINKEDIN_HINT);
  const start = indexOfLine(text, headerIndex);
  const { rows: [head, ...rows], problems: unreadable } = await csvRows(text.slice(start), headerIndex);
  const problems: RowProblem[] = unreadable.map((p) => ({ ...p, skipped: true }));
  const header = headerMap(head?.record ?? []);
  const connections: Connection[] = [];
  for (const { record, line } of rows) {
    const { connection, problems: found } = connectionFromRow(record, header, line);
    problems.push(...found);
    if (connection) connections.push(connection);
  }
  return { connections, problems };
}

/** The character index where 0-based line `n` starts. */
function indexOfLine(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

export async function run(ctx: Context, file: string, options: Options): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ planImport }, { warnProblems }] = await Promise.all([import('../../domain/linkedin.js'), import('../shared/common.js')]);
  const { expandHome } = await import('../../store/paths.js');
  const { connections, problems } = await readConnections(ctx, expandHome(file));
  const store = ctx.store();
  const planFromFolder = async () => {
    const { contacts, problems: unreadable } = await store.readAll();
    warnProblems(ctx, unreadable);
    return planImport(contacts, connections);
  };
  // Plan and writes under one lock: two imports of one file at once would each plan to add every row.
  const plan = options.dryRun
    ? await planFromFolder()
    : await store.withFolderLock(async (keepAlive) => {
        const planned = await planFromFolder();
        await apply(ctx, planned, problems, keepAlive);
        return planned;
      });
  if (options.dryRun) await check(ctx, plan, problems);
  problems.sort((a, b) => a.line - b.line);
  for (const p of problems) ctx.warn(ctx.paintErr.yellow(`${file}:${p.line}: ${p.message}${p.skipped ? '; row skipped' : ''}`));
  report(ctx, plan, problems, Boolean(options.dryRun));
  if (!options.dryRun && (plan.add.length || plan.update.length)) ctx.record(undefined, `${plan.add.length} added, ${plan.update.length} updated`);
}

/**
 * Run `write` for each item of `items`; one the store refuses (a value too large for a file it
 * can read back) is dropped from `items` and reported as a skipped row. Anything else stops the import.
 */
async function eachRow<T extends { line: number }>(items: T[], problems: RowProblem[], write: (item: T) => Promise<unknown>): Promise<void> {
  const kept: T[] = [];
  for (const item of items) {
    try {
      await write(item);
      kept.push(item);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push({ line: item.line, message: error.message, skipped: true });
    }
  }
  items.splice(0, items.length, ...kept);
}

/** --dry-run: what the store would refuse, without writing. */
async function check(ctx: Context, plan: ImportPlan, problems: RowProblem[]): Promise<void> {
  const { newContactFields } = await import('../../domain/linkedin.js');
  const store = ctx.store();
  await eachRow(plan.add, problems, (connection) => store.checkNew(newContactFields(connection)));
}

async function apply(ctx: Context, plan: ImportPlan, problems: RowProblem[], keepAlive: () => void): Promise<void> {
  const [{ newContactFields }, { syncDir }] = await Promise.all([import('../../domain/linkedin.js'), import('../../store/atomic.js')]);
  const store = ctx.store();
  const progress = ctx.io.stderr.isTTY && plan.add.length >= 200;
  let done = 0;
  await eachRow(plan.add, problems, async (connection) => {
    // One fsync per file would make thousands of rows take minutes; the folder is synced once below.
    await store.create(newContactFields(connection), { fsync: false });
    done++;
    if (done % 100 === 0) keepAlive();
    if (progress && done % 100 === 0) ctx.io.stderr.write(`\rimporting ${done}/${plan.add.length}…`);
  });
  if (progress) ctx.io.stderr.write(`\rimporting ${done}/${plan.add.length}, done\n`);
  syncDir(store.contactsDir);
  await eachRow(plan.update, problems, (u) =>
    store.update(u.slug, (doc) => {
      for (const change of u.changes) doc.setIn([change.key], change.to);
    }),
  );
}

function report(ctx: Context, plan: ImportPlan, problems: RowProblem[], dryRun: boolean): void {
  const { paint } = ctx;
  const verb = dryRun ? 'would add' : 'added';
  const shown = plan.add.slice(0, 20);
  for (const c of shown) ctx.out(`${paint.green('+')} ${excerpt(c.name)}${c.company ? ` (${excerpt(c.company)})` : ''}`);
  if (plan.add.length > shown.length) ctx.out(paint.dim(`  … and ${plan.add.length - shown.length} more`));
  for (const u of plan.update) {
    const what = u.changes.map((c) => (c.from ? `${c.key} "${excerpt(c.from)}" → "${excerpt(c.to)}"` : `${c.key} ${excerpt(c.to)}`)).join(', ');
    ctx.out(`${paint.yellow('~')} ${excerpt(u.name)} (${u.slug}): ${what}`);
  }
  const skipped = problems.filter((p) => p.skipped).length;
  ctx.out(
    `${dryRun ? 'Dry run: ' : ''}${verb} ${plan.add.length}, ${dryRun ? 'would update' : 'updated'} ${plan.update.length}, ` +
      `${plan.unchanged} already there${skipped ? `, ${skipped} row${skipped === 1 ? '' : 's'} skipped (see above)` : ''}.` +
      (dryRun ? ' Nothing was written.' : ''),
  );
}
