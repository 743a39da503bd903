/**
 * `npm run bench`: times every figure of issue 6 side by side with hyperfine and prints medians
 * and ratios against `node -e ''` and `khard list` (the same people as vCards).
 *
 *   npm run build && npm run bench            # everything (about three minutes on 2 cores)
 *   BENCH_RUNS=3 npm run bench                 # fewer runs per figure
 *
 * Installs hyperfine, khard and GNU time from Debian when missing (needs root or sudo). Results:
 * bench/out/*.json (hyperfine exports) and bench/out/results.md (the table for BENCHMARKS.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'infoview.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NODE = process.execPath;

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function ensureTools() {
  const missing = [['hyperfine', 'hyperfine'], ['khard', 'khard'], ['/usr/bin/time', 'time']].filter(([cmd]) => !has(cmd));
  if (!missing.length) return;
  const packages = missing.map(([, pkg]) => pkg).join(' ');
  console.log(`Installing from Debian: ${packages}`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const r = spawnSync('sh', ['-c', `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq ${packages}`], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`could not install ${packages}; install them and run again`);
}

/** A temp HOME whose khard reads the vCard folder. */
function khardHome(work, vcardDir) {
  const home = join(work, 'home');
  mkdirSync(join(home, '.config', 'khard'), { recursive: true });
  writeFileSync(
    join(home, '.config', 'khard', 'khard.conf'),
    `[addressbooks]\n[[bench]]\npath = ${vcardDir}\n[general]\ndefault_action = list\n[contact table]\ndisplay = formatted_name\n`,
  );
  return home;
}

const env = (home) => ({ ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), NO_COLOR: '1', LC_ALL: 'C.UTF-8' });

/** Mean CPU seconds (user + system) per command: steadier than wall time on a shared machine. */
const cpu = {};

/**
 * One hyperfine run of several commands (side by side, same conditions). `commands` are
 * [name, argv, prepare?]; returns name → median seconds.
 */
function hyperfine(label, home, commands, { runs = RUNS, warmup = 1 } = {}) {
  const file = join(OUT, `${label}.json`);
  const args = ['-N', '--style', 'basic', '--warmup', String(warmup), '--runs', String(runs), '--export-json', file];
  const prepares = commands.map(([, , prepare]) => prepare ?? 'true');
  if (prepares.some((p) => p !== 'true')) for (const p of prepares) args.push('--prepare', p);
  for (const [name, argv] of commands) args.push('-n', name, argv.join(' '));
  console.log(`\n== ${label}`);
  const r = spawnSync('hyperfine', args, { stdio: 'inherit', env: env(home) });
  if (r.status !== 0) throw new Error(`hyperfine failed for ${label}`);
  const medians = {};
  for (const result of JSON.parse(readFileSync(file, 'utf8')).results) {
    medians[result.command] = result.median;
    cpu[result.command] = result.user + result.system;
  }
  return medians;
}

/** Peak resident memory (MB) of one run, from GNU time -v. */
function peakMb(home, argv, prepare) {
  if (prepare) spawnSync('sh', ['-c', prepare]);
  const r = spawnSync('/usr/bin/time', ['-v', ...argv], { env: env(home), encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}

const infoview = (dir, ...args) => [NODE, BIN, '--dir', dir, ...args];
const ms = (s) => (s === undefined ? 'not available' : `${(s * 1000).toFixed(0)} ms`);
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);


function main() {
  if (!existsSync(join(ROOT, 'dist', 'infoview.js'))) throw new Error('build first: npm run build');
  ensureTools();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const work = join(OUT, 'work');
  const help = spawnSync(NODE, [BIN, '--help'], { encoding: 'utf8' }).stdout;
  const hasCommand = (name) => new RegExp(`^ {2}${name}\\b`, 'm').test(help);
  const followup = hasCommand('followup');
  const importer = hasCommand('import');

  console.log('Generating 100 and 10,000 contacts (YAML and vCards)…');
  const small = generate(join(work, 's100'), 100);
  const large = generate(join(work, 's10k'), 10_000);
  const large5k = generate(join(work, 's5k'), 5_000);
  // Files changed in the last two seconds are never cached (mtime granularity): let them age.
  spawnSync('sleep', ['2.5']);
  const homeSmall = khardHome(join(work, 's100'), small.vcardDir);
  const homeLarge = khardHome(join(work, 's10k'), large.vcardDir);
  const slug = large.slugs[4321];
  const dropIndex = (data) => `rm -rf ${join(data, '.index')}`;

  const a = hyperfine('startup-100', homeSmall, [
    ["node -e ''", [NODE, '-e', "''"]],
    ['infoview --help', [NODE, BIN, '--help']],
    ['list --json (100)', infoview(small.dataDir, 'list', '--json')],
    ...(followup ? [['followup --json (100)', infoview(small.dataDir, 'followup', '--json')]] : []),
    // In this group (many runs, side by side with bare node) rather than among the 10,000-contact
    // runs, whose few runs and heavy neighbours make the bare-node baseline swing.
    ['show <exact-slug> (10k)', infoview(large.dataDir, 'show', slug)],
    ['khard list (100)', ['khard', 'list']],
  ], { runs: Math.max(RUNS * 2, 10), warmup: 2 });

  const b = hyperfine('contacts-10k', homeLarge, [
    ["node -e '' (10k run)", [NODE, '-e', "''"]],
    ['khard list (10k)', ['khard', 'list'], undefined],
    ['list --json (10k, warm)', infoview(large.dataDir, 'list', '--json')],
    ...(followup ? [['followup --json (10k, warm)', infoview(large.dataDir, 'followup', '--json')]] : []),
    // Not infoview: the least any run trusting the index must do (bench/floor.mjs), for reference.
    ['floor (10k)', [NODE, join(ROOT, 'bench', 'floor.mjs'), large.dataDir]],
    ['list --json (10k, cold)', infoview(large.dataDir, 'list', '--json'), dropIndex(large.dataDir)],
    ...(followup ? [['followup --json (10k, cold)', infoview(large.dataDir, 'followup', '--json'), dropIndex(large.dataDir)]] : []),
  ], { runs: Math.max(3, Math.ceil(RUNS / 2)), warmup: 1 });

  let imported;
  if (importer) {
    const target = join(work, 'import-target');
    imported = hyperfine('import-5k', homeLarge, [['import linkedin (5,000 rows)', infoview(target, 'import', 'linkedin', large5k.csv), `rm -rf ${target}`]], { runs: 3, warmup: 0 });
  }

  const memCommand = followup ? 'followup' : 'list';
  const memWarm = peakMb(homeLarge, infoview(large.dataDir, memCommand, '--json'));
  const memCold = peakMb(homeLarge, infoview(large.dataDir, memCommand, '--json'), dropIndex(large.dataDir));
  const memKhard = peakMb(homeLarge, ['khard', 'list']);

  const wall = { ...a, ...b, ...imported };
  /** Wall-clock ratio of medians, then the CPU-time ratio (user + system) in brackets. */
  const ratios = (x, y) => `${ratio(wall[x], wall[y])} (CPU ${ratio(cpu[x], cpu[y])})`;
  // The two groups ran apart: compare each figure with the node run of its own group.
  const base = (name) => (name in a ? "node -e ''" : "node -e '' (10k run)");
  const vsNode = (name) => [ms(wall[name]), name in wall ? ratios(name, base(name)) : '—'];
  const vsKhard = (name) => [ms(wall[name]), name in wall ? ratios(name, 'khard list (10k)') : '—'];
  const rows = [
    ['`infoview --help` vs `node -e \'\'`', ...vsNode('infoview --help'), '≤ 1.3×'],
    ['`followup --json`, 100 contacts, vs `node -e \'\'`', ...vsNode('followup --json (100)'), '≤ 1.5×'],
    ['`list --json`, 100 contacts, vs `node -e \'\'`', ...vsNode('list --json (100)'), '(≤ 1.5×, as followup)'],
    ['`list --json`, 10,000, warm, vs `khard list`', ...vsKhard('list --json (10k, warm)'), '≤ 0.08×'],
    ['`followup --json`, 10,000, warm, vs `khard list`', ...vsKhard('followup --json (10k, warm)'), '≤ 0.08×'],
    ['`list --json`, 10,000, first run (no index), vs `khard list`', ...vsKhard('list --json (10k, cold)'), '≤ 0.6×'],
    ['`followup --json`, 10,000, first run (no index), vs `khard list`', ...vsKhard('followup --json (10k, cold)'), '≤ 0.6×'],
    ['`show <exact-slug>`, 10,000, vs `node -e \'\'`', ...vsNode('show <exact-slug> (10k)'), '≤ 1.5×'],
    [`peak memory, \`${memCommand} --json\`, 10,000 (warm / first run)`, `${memWarm.toFixed(0)} MB / ${memCold.toFixed(0)} MB`, '—', '≤ 250 MB'],
    ['`import linkedin`, 5,000 rows', imported ? ms(imported['import linkedin (5,000 rows)']) : 'not available', '—', 'report'],
  ];
  const node = a["node -e ''"];
  const node10k = b["node -e '' (10k run)"];
  const khard = b['khard list (10k)'];
  const reference = [
    ["`node -e ''` (100-contact group / 10k group)", `${ms(node)} / ${ms(node10k)}`],
    ['`khard list`, 100 / 10,000', `${ms(a['khard list (100)'])} / ${ms(khard)}`],
    ['khard peak memory, 10,000', `${memKhard.toFixed(0)} MB`],
    ['floor of a warm run at 10,000 (`bench/floor.mjs`: list, stat every file, parse the index header)', `${ms(b['floor (10k)'])} (${(b['floor (10k)'] / khard).toFixed(3)}× khard)`],
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.versions.node}; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  const table = [
    `Measured ${new Date().toISOString()} on ${machine}, with \`npm run build && npm run bench\` (BENCH_RUNS=${RUNS}).`,
    '',
    '| figure | median | ratio (CPU-time ratio) | target |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    '| reference | median |',
    '| --- | --- |',
    ...reference.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  writeFileSync(join(OUT, 'results.md'), table);
  console.log(`\n${table}\nSaved to bench/out/results.md (hyperfine exports beside it).`);
  rmSync(work, { recursive: true, force: true });
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}
