/** `infoview targets` (the LAMP list) through the built binary: targets.yaml on disk, output, exit codes. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, dataDir, MAYA, runBin, runBinAsync } from '../helpers/index.js';
import { inv, log } from '../helpers/git.js';
import { expectMode, posixSuite } from '../helpers/platform.js';
import { Terminal } from '../helpers/tmux.js';

const SAM = 'name: Sam Rivera\ncompany: northwind health, inc.\n';
const DANA = 'name: Dana Ortiz\ncompany: Contoso Ltd.\noutreach:\n  - at: 2026-11-20T09:30:00-08:00\n    channel: email\n';
const people = () => dataDir({ 'maya-chen': MAYA, 'sam-rivera': SAM, 'dana-ortiz': DANA });
const targetsFile = (dir: string) => join(dir, 'targets.yaml');
const ok = (dir: string, args: string[]) => {
  const r = runBin(dir, args);
  expect(r, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
  return r.stdout;
};

describe('targets: the LAMP list', () => {
  it('adds employers to targets.yaml (0600) and lists them ranked, with who you know there and the next step', () => {
    const dir = people();
    expect(ok(dir, ['targets'])).toContain('No targets yet');
    expect(ok(dir, ['targets', 'add', 'Northwind Health', '--motivation', '5', '--posting', '2'])).toBe(
      'Added Northwind Health (motivation 5, posting 2, advocacy yes), rank 1 of 1. Next: write to Maya Chen\n',
    );
    ok(dir, ['targets', 'add', 'Contoso', '--motivation', '5', '--posting', '3', '--advocacy', 'no']);
    ok(dir, ['targets', 'add', 'Fabrikam GmbH', '--motivation', '3']);
    expectMode(targetsFile(dir), 0o600);
    const file = readFileSync(targetsFile(dir), 'utf8');
    expect(file).toContain('# Your LAMP list');
    expect(file).toContain('targets:\n  - employer: Northwind Health\n    motivation: 5\n    posting: 2\n  - employer: Contoso\n');
    expect(file).toContain('    advocacy: no\n');
    const lines = ok(dir, ['targets']).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^#\s+EMPLOYER\s+MOT\s+POST\s+ADV\s+WHO YOU KNOW\s+NEXT STEP$/);
    expect(lines[1]).toMatch(/^1\s+Contoso\s+5\s+3\s+no\s+Dana Ortiz \(contacted\)\s+wait \/ try another$/);
    expect(lines[2]).toMatch(/^2\s+Northwind Health\s+5\s+2\s+yes\s+Maya Chen \(new\), Sam Rivera \(new\)\s+write to Maya Chen$/);
    expect(lines[3]).toMatch(/^3\s+Fabrikam GmbH\s+3\s+-\s+no\s+nobody yet\s+find an alum at Fabrikam GmbH$/);
  });

  it('--json prints exactly the rows in rank order, and nothing else', () => {
    const dir = people();
    ok(dir, ['targets', 'add', 'Fabrikam', '--motivation', '2']);
    ok(dir, ['targets', 'add', 'Northwind Health', '--motivation', '4']);
    expect(JSON.parse(ok(dir, ['targets', '--json']))).toEqual([
      {
        employer: 'Northwind Health',
        motivation: 4,
        posting: null,
        advocacy: true,
        contacts: [
          { slug: 'maya-chen', name: 'Maya Chen', status: 'new' },
          { slug: 'sam-rivera', name: 'Sam Rivera', status: 'new' },
        ],
        next: 'write to Maya Chen',
      },
      { employer: 'Fabrikam', motivation: 2, posting: null, advocacy: false, contacts: [], next: 'find an alum at Fabrikam' },
    ]);
    expect(JSON.parse(runBin(dataDir(), ['targets', '--json']).stdout)).toEqual([]);
  });

  it('set changes scores and keeps hand-written comments; remove takes one off; both find the employer by its folded name', () => {
    const dir = people();
    writeFileSync(targetsFile(dir), '# my list\ntargets:\n  - employer: Northwind Health, Inc. # the dream\n    motivation: 3\n    notes: ask Maya about the research guild\n  - employer: Contoso\n', { mode: 0o600 });
    expect(ok(dir, ['targets', 'set', 'NORTHWIND HEALTH', '--motivation', '5', '--posting', '3'])).toContain('Northwind Health, Inc.: motivation 5, posting 3, advocacy yes, rank 1 of 2');
    ok(dir, ['targets', 'set', 'contoso ltd', '--advocacy', 'yes']);
    expect(readFileSync(targetsFile(dir), 'utf8')).toBe(
      '# my list\ntargets:\n  - employer: Northwind Health, Inc. # the dream\n    motivation: 5\n    notes: ask Maya about the research guild\n    posting: 3\n  - employer: Contoso\n    advocacy: yes\n',
    );
    ok(dir, ['targets', 'set', 'contoso', '--advocacy', 'auto']);
    expect(readFileSync(targetsFile(dir), 'utf8')).not.toContain('advocacy');
    expect(ok(dir, ['targets', 'remove', 'Contoso, Inc.'])).toBe('Removed Contoso from your targets (1 left).\n');
    expect(readFileSync(targetsFile(dir), 'utf8')).toBe('# my list\ntargets:\n  - employer: Northwind Health, Inc. # the dream\n    motivation: 5\n    notes: ask Maya about the research guild\n    posting: 3\n');
  });

  it('suggest lists the companies of your contacts that are not targets yet, most people first', () => {
    const dir = people();
    ok(dir, ['targets', 'add', 'Contoso']);
    const lines = ok(dir, ['targets', 'suggest']).split('\n');
    expect(lines[0]).toMatch(/^COMPANY\s+PEOPLE$/);
    expect(lines[1]).toMatch(/^Northwind Health\s+2$/);
    expect(lines).toHaveLength(4); // the header, one company, the hint, the final newline
  });

  it('two processes adding at once lose nothing', async () => {
    const dir = people();
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta'];
    const runs = await Promise.all(names.map((n) => runBinAsync(dir, ['targets', 'add', n, '--motivation', '3'])));
    for (const r of runs) expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(ok(dir, ['targets', '--json'])).map((t: { employer: string }) => t.employer).sort()).toEqual(names);
  });

  it('in a git data folder, each change is a commit with a readable message', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect(inv(dir, ['init', '--git', '--name', 'Alex Doe']).code).toBe(0);
    expect(inv(dir, ['targets', 'add', 'Northwind Health', '--motivation', '5']).code).toBe(0);
    expect(inv(dir, ['targets', 'set', 'northwind health', '--posting', '2']).code).toBe(0);
    expect(inv(dir, ['targets', 'remove', 'Northwind Health']).code).toBe(0);
    expect(log(dir).slice(0, 3)).toEqual(['targets remove: Northwind Health', 'targets set: Northwind Health, posting 2', 'targets add: Northwind Health']);
  });
});

describe('targets: bad input is one clear line, the right exit code, nothing damaged', () => {
  const listed = () => {
    const dir = people();
    ok(dir, ['targets', 'add', 'Northwind Health', '--motivation', '5']);
    return { dir, before: readFileSync(targetsFile(dir), 'utf8') };
  };

  it('adding an employer already listed (in any spelling) is exit 1, pointing to set', () => {
    const { dir, before } = listed();
    const r = runBin(dir, ['targets', 'add', 'northwind health llc', '--motivation', '2']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe('infoview: "northwind health llc" is already on your targets list (as "Northwind Health")\n  Change its scores with `infoview targets set "Northwind Health" --motivation 4`\n');
    expect(readFileSync(targetsFile(dir), 'utf8')).toBe(before);
  });

  it('an unknown employer for set or remove is exit 1, with "did you mean" when one is close', () => {
    const { dir, before } = listed();
    const set = runBin(dir, ['targets', 'set', 'Nortwind Helth', '--posting', '2']);
    expect(set).toMatchObject({ code: 1, stdout: '' });
    expect(set.stderr).toBe('infoview: "Nortwind Helth" is not on your targets list\n  Did you mean: "Northwind Health"?\n');
    const remove = runBin(dir, ['targets', 'remove', 'Adventure Works']);
    expect(remove).toMatchObject({ code: 1, stderr: 'infoview: "Adventure Works" is not on your targets list\n  See your list with `infoview targets`\n' });
    expect(readFileSync(targetsFile(dir), 'utf8')).toBe(before);
  });

  it('scores out of range and unknown advocacy values are usage errors (exit 2); nothing is created', () => {
    const dir = people();
    const cases: [string[], RegExp][] = [
      [['targets', 'add', 'Contoso', '--motivation', '9'], /^infoview: --motivation "9" is not a whole number from 1 to 5\n/],
      [['targets', 'add', 'Contoso', '--posting', '0'], /^infoview: --posting "0" is not a whole number from 1 to 3\n/],
      [['targets', 'add', 'Contoso', '--motivation', '4.5'], /^infoview: --motivation "4.5" is not a whole number from 1 to 5\n/],
      [['targets', 'add', 'Contoso', '--advocacy', 'maybe'], /^infoview: option '--advocacy <yes\|no>' argument 'maybe' is invalid/],
      [['targets', 'add', 'Contoso', '--advocacy', 'ye'], /argument 'ye' is invalid\. Did you mean "yes"\?/],
      [['targets', 'set', 'Contoso', '--advocacy', 'auot'], /argument 'auot' is invalid\. Did you mean "auto"\?/],
      [['targets', 'add', '  '], /^infoview: the employer must be a name on one line\n/],
      [['targets', 'set', 'Contoso'], /^infoview: targets set needs a score to change\n/],
      [['targets', 'ad', 'Contoso'], /^infoview: too many arguments for 'targets'/],
    ];
    for (const [args, stderr] of cases) {
      const r = runBin(dir, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(stderr);
    }
    expect(existsSync(targetsFile(dir))).toBe(false);
  });

  it('a broken targets.yaml is named with its line and column; targets refuses (exit 1), status and prep warn and go on', () => {
    const dir = people();
    const broken = 'targets:\n  - employer: Northwind Health\n    motivation: [5\n';
    writeFileSync(targetsFile(dir), broken, { mode: 0o600 });
    for (const args of [['targets'], ['targets', 'add', 'Contoso']]) {
      const r = runBin(dir, args);
      expect(r).toMatchObject({ code: 1, stdout: '' });
      expect(r.stderr).toMatch(new RegExp(`^infoview: ${targetsFile(dir).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: line \\d+, column \\d+: .*\n  Fix targets.yaml by hand`));
    }
    for (const args of [['status'], ['prep', 'maya-chen']]) {
      const r = runBin(dir, args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr).toMatch(/^warning: skipped .*targets\.yaml: line \d+, column \d+/);
    }
    expect(readFileSync(targetsFile(dir), 'utf8')).toBe(broken);
  });

  it('a score out of range in the file names the field and its line', () => {
    const dir = people();
    writeFileSync(targetsFile(dir), 'targets:\n  - employer: Contoso\n  - employer: Northwind Health\n    motivation: 9\n', { mode: 0o600 });
    const r = runBin(dir, ['targets']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.yaml: targets[1].motivation (line 4): expected a whole number from 1 to 5');
  });
});

describe('targets in prep and status', () => {
  it("prep names the contact's company's scores; status shows the top targets", () => {
    const dir = people();
    expect(ok(dir, ['prep', 'maya-chen'])).not.toContain('Target employer');
    ok(dir, ['targets', 'add', 'Northwind Health', '--motivation', '5', '--posting', '2']);
    ok(dir, ['targets', 'add', 'Contoso', '--motivation', '3']);
    expect(ok(dir, ['prep', 'maya-chen'])).toContain('- **Role:** Senior UX Researcher at Northwind Health\n- **Target employer:** motivation 5, posting 2, advocacy yes (rank 1 of 2 on your list)\n');
    const status = ok(dir, ['status']);
    expect(status).toContain('Top targets (2 on your LAMP list)');
    expect(status).toMatch(/\n {2}Northwind Health\s+motivation 5, posting 2, advocacy yes\s+write to Maya Chen\n/);
    expect(status).toMatch(/\n {2}Contoso\s+motivation 3, posting not scored, advocacy yes\s+wait \/ try another/);
    expect(ok(dataDir({ 'maya-chen': MAYA }), ['status'])).not.toContain('targets');
  });
});

posixSuite('drives a real terminal through tmux', 'tmux')('targets in a narrow terminal (tmux)', () => {
  it('fits 60 columns: no row wraps', async () => {
    const dir = people();
    ok(dir, ['targets', 'add', 'Northwind Health International Research Division', '--motivation', '5', '--posting', '2']);
    ok(dir, ['targets', 'add', 'Contoso', '--motivation', '4']);
    const term = new Terminal(`${process.execPath} ${BIN} targets`, cleanEnv(dir), { columns: 60, rows: 20 });
    try {
      const screen = await term.waitFor(/\[exit \d+\]/);
      expect(screen).toContain('[exit 0]');
      const lines = screen.split('\n').filter((l) => l.trim() && !l.startsWith('[exit'));
      const header = lines.findIndex((l) => l.startsWith('#'));
      expect(lines.slice(header)).toHaveLength(3);
      for (const line of lines.slice(header)) expect(line.length).toBeLessThanOrEqual(60);
      expect(lines.some((l) => l.includes('…'))).toBe(true);
    } finally {
      term.close();
    }
  });
});
