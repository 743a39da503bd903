/**
 * `infoview report` through the built binary, on the example workspace at the fixed clock:
 * Markdown on stdout, HTML into a private file, --since, --anonymize, and the bad input.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, readContact, runBin, tempDir } from '../helpers/index.js';
import { expectMode } from '../helpers/platform.js';
import { exampleWorkspace } from '../helpers/workspace.js';

describe('report (built binary)', () => {
  const dir = exampleWorkspace();

  it('with a LAMP list, one more figure: the targets covered (someone you know there, a meeting held)', () => {
    const lamp = exampleWorkspace();
    for (const employer of ['Brightline Labs Inc.', 'Acme']) expect(runBin(lamp, ['targets', 'add', employer, '--motivation', '4']).code).toBe(0);
    const r = runBin(lamp, ['report']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('| Targets covered | 1 of 2 | 1 with a meeting held |');
    expect(runBin(dir, ['report']).stdout).not.toContain('Targets covered');
  });

  it('Markdown on stdout by default: the figures of the example workspace', () => {
    const r = runBin(dir, ['report']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Alex Doe · UX research · Lakeside University · all time (from 2026-10-05) to 2026-11-23');
    for (const row of [
      '| Outreach sent | 4 | to 4 people |',
      '| Reply rate | 75 % | 3 of 4; above the usual 20–40 % |',
      '| Meetings held | 2 | 1 planned |',
      '| Thank-yous on time | 100 % | 1 of 1 due |',
      '| Referrals received | 3 | 2 followed up |',
      '| 1 | 1 | 0 | 1 | 1 | 1 | 0 |',
      'contacted 4 → replied 3 → met 2 → thanked 1',
      '| 2026-11-09 | 2 | 0 |',
      '| 2026-10-12 | Sam Rivera | Brightline Labs | on time |',
      '| Priya Natarajan | José Núñez | added |',
    ]) {
      expect(r.stdout).toContain(row);
    }
  });

  it('--out FILE.html: one HTML file, mode 0600, the same figures; stdout empty, one line on stderr', () => {
    const out = join(tempDir(), 'progress.html');
    const r = runBin(dir, ['report', '--out', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `Wrote the report (HTML) to ${out}\n`]);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<div class="value">75 %</div>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expectMode(out, 0o600);
    // --format wins over the name; html on stdout when asked for.
    const md = join(tempDir(), 'report.html');
    expect(runBin(dir, ['report', '--format', 'md', '--out', md]).stderr).toBe(`Wrote the report (Markdown) to ${md}\n`);
    expect(readFileSync(md, 'utf8')).toBe(`${runBin(dir, ['report']).stdout}`);
    expect(runBin(dir, ['report', '--format', 'html']).stdout).toBe(html);
  });

  it('--since a day: from its start; a phrase; --anonymize: initials only', () => {
    const r = runBin(dir, ['report', '--since', '2026-11-16']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('since 2026-11-16 to 2026-11-23');
    expect(r.stdout).toContain('| Outreach sent | 1 | to 1 person |');
    expect(r.stdout).toContain('| Meetings held | 1 | 1 planned |');
    expect(runBin(dir, ['report', '--since', '2 weeks ago']).stdout).toContain('since 2026-11-09 to 2026-11-23');
    const shared = runBin(dir, ['report', '--anonymize']).stdout;
    expect(shared).toContain('| 2026-10-12 | S. R. | Brightline Labs | on time |');
    expect(shared).not.toMatch(/Sam|Rivera|Priya|Maya|Dana|José/);
  });

  it('an empty folder: "—" for the rates, exit 0', () => {
    const r = runBin(dataDir(), ['report']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Reply rate | — | 0 of 0; usually 20–40 % |');
    expect(r.stdout).not.toMatch(/NaN/);
  });

  it('a hostile name is escaped in the HTML file', () => {
    const hostile = dataDir({ x: 'name: "<img src=x onerror=alert(1)>"\ncompany: "</style>"\nmeetings:\n  - at: 2026-11-20T10:00:00-08:00\n' });
    const out = join(tempDir(), 'r.html');
    expect(runBin(hostile, ['report', '--out', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<img');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td><td>&lt;/style&gt;</td>');
    // Markdown on a terminal: a control character from data is shown escaped, never sent raw.
    const esc = dataDir({ y: 'name: "Eve \\e]0;pwned\\a Doe"\nmeetings:\n  - at: 2026-11-20T10:00:00-08:00\n' });
    const md = runBin(esc, ['report']).stdout;
    expect(md).toContain('| Eve \\e\\]0;pwned\\a Doe |');
    expect([md.includes('\u0007'), md.includes('\u001b')]).toEqual([false, false]);
  });

  it('--since unreadable or in the future: exit 2, one line naming the flag, nothing written', () => {
    const out = join(tempDir(), 'never.html');
    for (const since of ['someday', '2027-01-05', '31/31', '0001-01-01', '1000-01-01']) {
      const r = runBin(dir, ['report', '--since', since, '--out', out]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr.split('\n')[0]).toMatch(/^infoview: --since\b/);
    }
    expect(existsSync(out)).toBe(false);
    expect(runBin(dir, ['report', '--format', 'pdf']).code).toBe(2);
    const near = runBin(dir, ['report', '--format', 'htm']);
    expect([near.code, near.stdout]).toEqual([2, '']);
    expect(near.stderr).toMatch(/argument 'htm' is invalid\. Did you mean "html"\?/);
  });

  it('an unwritable --out: exit 1, one line; never over config.yaml or into contacts/', () => {
    const config = readFileSync(join(dir, 'config.yaml'), 'utf8');
    const missing = join(tempDir(), 'no-such-folder', 'r.html');
    const cases = [missing, join(dir, 'config.yaml'), join(dir, 'contacts', 'report.yaml'), tempDir()];
    for (const out of cases) {
      const r = runBin(dir, ['report', '--out', out]);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr.split('\n')[0]).toMatch(/^infoview: (cannot write|refusing to write)/);
    }
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe(config);
    expect(readdirSync(join(dir, 'contacts')).sort()).toEqual(['dana-ortiz.yaml', 'jose-nunez.yaml', 'maya-chen.yaml', 'priya-natarajan.yaml', 'sam-rivera.yaml']);
    expect(readContact(dir, 'sam-rivera')).toContain('name: Sam Rivera');
  });
});
