/**
 * `npm run bench`: times every figure of issues 6 and 14 side by side with hyperfine and prints
 * medians and ratios against `node -e ''` of the same binary and `khard list` (the same people as
 * vCards), once on the Node running it and once on the Node 24 that `.ci/run` tests.
 *
 *   npm run build && npm run bench            # everything (about ten minutes on 2 cores)
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

// NODE_EXTRA_CA_CERTS (set on some machines for the registry) makes every Node start read a
// certificate bundle, ≈85 ms on Node 20: no user of infoview pays that, so no figure includes it.
const { NODE_EXTRA_CA_CERTS: _certs, ...baseEnv } = process.env;
const env = (home) => ({ ...baseEnv, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), NO_COLOR: '1', LC_ALL: 'C.UTF-8' });

/** Node version → command → mean CPU seconds (user + system): steadier than wall time on a shared machine. */
const cpu = {};

/**
 * One hyperfine run of several commands (side by side, same conditions). `commands` are
 * [name, argv, prepare?]; returns name → median seconds, and keeps CPU seconds under `node`.
 */
function hyperfine(label, home, commands, { runs = RUNS, warmup = 1, node = '' } = {}) {
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
    (cpu[node] ??= {})[result.command] = result.user + result.system;
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

const infoview = (node, dir, ...args) => [node, BIN, '--dir', dir, ...args];
const ms = (s) => (s === undefined ? 'not available' : `${(s * 1000).toFixed(0)} ms`);
// Three places below 0.1×, where the targets against khard sit.
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`);
const sh = (...argv) => `sh -c "${argv.join(' ')}"`;

/** The Node 24 that `.ci/run` tests (its NODES line), fetched into .ci/node-cache/ by .ci/fetch-node. */
function node24() {
  const version = /^NODES=\(.*\b(24\.\d+\.\d+)\b/m.exec(readFileSync(join(ROOT, '.ci', 'run'), 'utf8'))?.[1];
  if (!version) throw new Error('.ci/run names no Node 24 in NODES');
  const r = spawnSync(join(ROOT, '.ci', 'fetch-node'), [version], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`could not fetch Node ${version} (.ci/fetch-node)`);
  return join(r.stdout.trim(), 'node');
}

/** Every figure on one Node binary: its groups run side by side with bare `node -e ''` of that binary and with khard. */
function measure(node, data, features) {
  const { small, large, large5k, homeSmall, homeLarge, work } = data;
  const { followup, importer, status } = features;
  const v = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const tag = (label) => `${label}-node${v.slice(1).split('.')[0]}`;
  const slug = large.slugs[4321];
  const dropIndex = (dir) => `rm -rf ${join(dir, '.index')}`;
  // The floor copies one index layout (bench/floor.mjs): leave it out rather than fail on another.
  spawnSync(node, infoview(node, large.dataDir, 'list', '--json').slice(1), { stdio: 'ignore' });
  const floor = spawnSync(node, [join(ROOT, 'bench', 'floor.mjs'), large.dataDir]).status === 0;
  const a = hyperfine(tag('startup-100'), homeSmall, [
    ["node -e ''", [node, '-e', "''"]],
    ['infoview --help', [node, BIN, '--help']],
    ['list --json (100)', infoview(node, small.dataDir, 'list', '--json')],
    ...(followup ? [['followup --json (100)', infoview(node, small.dataDir, 'followup', '--json')]] : []),
    // In this group (many runs, side by side with bare node) rather than among the 10,000-contact
    // runs, whose few runs and heavy neighbours make the bare-node baseline swing.
    ['show <exact-slug> (10k)', infoview(node, large.dataDir, 'show', slug)],
    ['khard list (100)', ['khard', 'list']],
  ], { runs: Math.max(RUNS * 2, 10), warmup: 2, node: v });

  const b = hyperfine(tag('contacts-10k'), homeLarge, [
    ["node -e '' (10k run)", [node, '-e', "''"]],
    ['khard list (10k)', ['khard', 'list'], undefined],
    ['list --json (10k, warm)', infoview(node, large.dataDir, 'list', '--json')],
    ...(followup ? [['followup --json (10k, warm)', infoview(node, large.dataDir, 'followup', '--json')]] : []),
    ['list (10k, warm)', infoview(node, large.dataDir, 'list')],
    ...(status ? [['status (10k, warm)', infoview(node, large.dataDir, 'status')]] : []),
    // Not infoview: the least any run trusting the index must do (bench/floor.mjs), for reference.
    ...(floor ? [['floor (10k)', [node, join(ROOT, 'bench', 'floor.mjs'), large.dataDir]]] : []),
    ['list --json (10k, cold)', infoview(node, large.dataDir, 'list', '--json'), dropIndex(large.dataDir)],
    ...(followup ? [['followup --json (10k, cold)', infoview(node, large.dataDir, 'followup', '--json'), dropIndex(large.dataDir)]] : []),
  ], { runs: RUNS, warmup: 1, node: v });

  // The daily flow: one write, then the next read. The prepare waits out the racy window (a file
  // changed in the last two seconds is never cached, src/store/contact-cache.ts), so the timed read
  // is what a person gets a moment after `add outreach`. `--force`: every run records the same
  // minute again, a repeat that infoview otherwise refuses.
  const add = (dir, who) => infoview(node, dir, 'add', 'outreach', who, '--channel', 'email', '--note', 'bench', '--force');
  const c = hyperfine(tag('daily-10k'), homeLarge, [
    ["node -e '' (daily run)", [node, '-e', "''"]],
    ['add outreach (100)', add(small.dataDir, small.slugs[42])],
    ['add outreach (10k)', add(large.dataDir, slug)],
    ...(followup ? [['followup --json after add outreach (10k)', infoview(node, large.dataDir, 'followup', '--json'), sh(...add(large.dataDir, slug), '&& sleep 2.1')]] : []),
  ], { runs: RUNS, warmup: 1, node: v });

  let imported;
  if (importer) {
    const target = join(work, 'import-target');
    imported = hyperfine(tag('import-5k'), homeLarge, [['import linkedin (5,000 rows)', infoview(node, target, 'import', 'linkedin', large5k.csv), `rm -rf ${target}`]], { runs: 3, warmup: 0, node: v });
  }
  const memCommand = followup ? 'followup' : 'list';
  return {
    version: v,
    wall: { ...a, ...b, ...c, ...imported },
    groups: { a, b, c },
    memCommand,
    memWarm: peakMb(homeLarge, infoview(node, large.dataDir, memCommand, '--json')),
    memCold: peakMb(homeLarge, infoview(node, large.dataDir, memCommand, '--json'), dropIndex(large.dataDir)),
  };
}

/** One row per figure, one median and ratio per Node: the Node 24 targets are issue 14's. */
function rows(m) {
  const { wall, groups } = m;
  /** Wall-clock ratio of medians, then the CPU-time ratio (user + system) in brackets. */
  const ratios = (x, y) => `${ratio(wall[x], wall[y])} (CPU ${ratio(cpu[m.version][x], cpu[m.version][y])})`;
  // The groups ran apart: compare each figure with the node run of its own group.
  const base = (name) => (name in groups.a ? "node -e ''" : name in groups.c ? "node -e '' (daily run)" : "node -e '' (10k run)");
  const vs = (name, other) => [ms(wall[name]), name in wall ? ratios(name, other) : '—'];
  const vsNode = (name) => vs(name, base(name));
  const vsKhard = (name) => vs(name, 'khard list (10k)');
  return [
    ['`infoview --help` vs `node -e \'\'`', ...vsNode('infoview --help'), '≤ 1.8×'],
    ['`followup --json`, 100 contacts, vs `node -e \'\'`', ...vsNode('followup --json (100)'), '≤ 2.2×'],
    ['`list --json`, 100 contacts, vs `node -e \'\'`', ...vsNode('list --json (100)'), '(as followup)'],
    ['`show <exact-slug>`, 10,000, vs `node -e \'\'`', ...vsNode('show <exact-slug> (10k)'), '≤ 1.5× (issue 6)'],
    ['`list --json`, 10,000, warm, vs `khard list`', ...vsKhard('list --json (10k, warm)'), '≤ 0.1×'],
    ['`followup --json`, 10,000, warm, vs `khard list`', ...vsKhard('followup --json (10k, warm)'), '≤ 0.1×'],
    ['`list` (table), 10,000, warm, vs `khard list`', ...vsKhard('list (10k, warm)'), '≤ 0.1×'],
    ['`status`, 10,000, warm, vs `khard list`', ...vsKhard('status (10k, warm)'), '≤ 0.1×'],
    ['one `add outreach`, then `followup --json` (timed), 10,000, vs `khard list`', ...vsKhard('followup --json after add outreach (10k)'), '≤ 0.1×'],
    ['`add outreach` at 10,000 vs at 100', ms(wall['add outreach (10k)']), ratios('add outreach (10k)', 'add outreach (100)'), '≤ 1.5×'],
    ['`add outreach`, 100 contacts, vs `node -e \'\'`', ...vsNode('add outreach (100)'), 'report'],
    ['`list --json`, 10,000, first run (no index), vs `khard list`', ...vsKhard('list --json (10k, cold)'), '≤ 0.4×'],
    ['`followup --json`, 10,000, first run (no index), vs `khard list`', ...vsKhard('followup --json (10k, cold)'), '(as list)'],
    [`peak memory, \`${m.memCommand} --json\`, 10,000 (warm / first run)`, `${m.memWarm.toFixed(0)} MB / ${m.memCold.toFixed(0)} MB`, '—', '≤ 200 MB'],
    ['`import linkedin`, 5,000 rows', ms(wall['import linkedin (5,000 rows)']), '—', 'report'],
  ];
}

function main() {
  if (!existsSync(join(ROOT, 'dist', 'infoview.js'))) throw new Error('build first: npm run build');
  ensureTools();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const work = join(OUT, 'work');
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
  const hasCommand = (name) => new RegExp(`^ {2}${name}\\b`, 'm').test(help);
  const features = { followup: hasCommand('followup'), importer: hasCommand('import'), status: hasCommand('status') };
  const nodes = [...new Set([process.execPath, node24()])];

  console.log('Generating 100 and 10,000 contacts (YAML and vCards)…');
  const small = generate(join(work, 's100'), 100);
  const large = generate(join(work, 's10k'), 10_000);
  const large5k = generate(join(work, 's5k'), 5_000);
  // Files changed in the last two seconds are never cached (mtime granularity): let them age.
  spawnSync('sleep', ['2.5']);
  const data = { small, large, large5k, work, homeSmall: khardHome(join(work, 's100'), small.vcardDir), homeLarge: khardHome(join(work, 's10k'), large.vcardDir) };
  const results = nodes.map((node) => measure(node, data, features));
  const memKhard = peakMb(data.homeLarge, ['khard', 'list']);

  const perNode = results.map(rows);
  const table = perNode[0].map((row, i) => [row[0], ...perNode.flatMap((r) => [r[i][1], r[i][2]]), row[3]]);
  const reference = [
    ["`node -e ''` (start-up group / 10,000 group / daily group)", ...results.map((m) => [m.groups.a, m.groups.b, m.groups.c].map((g, i) => ms(g[["node -e ''", "node -e '' (10k run)", "node -e '' (daily run)"][i]])).join(' / '))],
    ['`khard list`, 100 / 10,000', ...results.map((m) => `${ms(m.wall['khard list (100)'])} / ${ms(m.wall['khard list (10k)'])}`)],
    ['floor of a warm run at 10,000 (`bench/floor.mjs`)', ...results.map((m) => ms(m.wall['floor (10k)']))],
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  const heads = results.map((m) => `Node ${m.version}`);
  const markdown = [
    `Measured ${new Date().toISOString()} on ${machine}, with \`npm run build && npm run bench\` (BENCH_RUNS=${RUNS}). khard peak memory at 10,000: ${memKhard.toFixed(0)} MB.`,
    '',
    `| figure | ${heads.map((h) => `${h} median | ${h} ratio (CPU)`).join(' | ')} | target on Node 24 |`,
    `| --- |${heads.map(() => ' --- | --- |').join('')} --- |`,
    ...table.map((r) => `| ${r.join(' | ')} |`),
    '',
    `| reference | ${heads.join(' | ')} |`,
    `| --- |${heads.map(() => ' --- |').join('')}`,
    ...reference.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  writeFileSync(join(OUT, 'results.md'), markdown);
  console.log(`\n${markdown}\nSaved to bench/out/results.md (hyperfine exports beside it).`);
  rmSync(work, { recursive: true, force: true });
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}
