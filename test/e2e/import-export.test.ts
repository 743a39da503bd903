/** import linkedin and export through the built binary, on real-format files. */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, runBinAsync, tempDir } from '../helpers/index.js';

const IDENTITY = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };

/** A LinkedIn-shaped export with `n` rows: BOM, Notes block, CRLF, quoted companies. */
function bigExport(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `Person${i},Example,https://www.linkedin.com/in/person-${i},,"Company ${i % 50}, Inc.",Engineer,${(i % 28) + 1} Jan 2024`);
  return `\uFEFFNotes:\r\n"Email addresses may be missing."\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n${rows.join('\r\n')}\r\n`;
}

describe('import linkedin and export (built binary)', () => {
  it('2000 rows in one commit; re-import adds nothing; export reads them back', () => {
    const dir = join(tempDir(), 'data');
    expect(runBin(dir, ['init', '--git'], { env: IDENTITY }).code).toBe(0);
    const file = join(tempDir(), 'Connections.csv');
    writeFileSync(file, bigExport(2000));
    const r = runBin(dir, ['import', 'linkedin', file], { env: IDENTITY });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('added 2000, updated 0, 0 already there.');
    expect(r.stdout).toContain('… and 1980 more');
    expect(readdirSync(join(dir, 'contacts'))).toHaveLength(2000);
    const log = spawnSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' }).stdout;
    expect(log).toBe('import linkedin: 2000 added, 0 updated\ninit: config.yaml, .gitignore, .gitattributes\n');
    const again = runBin(dir, ['import', 'linkedin', file, '--dry-run'], { env: IDENTITY });
    expect(again.stdout).toContain('would add 0, would update 0, 2000 already there.');

    const csv = runBin(dir, ['export', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2000);
    expect(rows.find((row) => row.slug === 'person7-example')).toMatchObject({ company: 'Company 7, Inc.', source: 'linkedin', status: 'new' });
    const json = JSON.parse(runBin(dir, ['export']).stdout) as { slug: string; connectedOn: string }[];
    expect(json.find((c) => c.slug === 'person7-example')?.connectedOn).toBe('2024-01-08');
  });

  it('refuses a non-LinkedIn file with exit 1 and writes nothing', () => {
    const dir = join(tempDir(), 'data');
    const r = runBin(dir, ['import', 'linkedin', resolve(ROOT, 'test/fixtures/linkedin/not-linkedin.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a LinkedIn connections export');
    expect(r.stdout).toBe('');
  });
});

describe('import linkedin run several times at once', () => {
  it('5 imports of one 20-row file at once make 20 contacts, not 100', async () => {
    const dir = join(tempDir(), 'data');
    const file = join(tempDir(), 'Connections.csv');
    writeFileSync(file, bigExport(20));
    const results = await Promise.all(Array.from({ length: 5 }, () => runBinAsync(dir, ['import', 'linkedin', file])));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'contacts')).filter((f) => f.endsWith('.yaml'))).toHaveLength(20);
    // One run added them all; every other one found them already there.
    expect(results.map((r) => /added (\d+)/.exec(r.stdout)?.[1]).sort()).toEqual(['0', '0', '0', '0', '20']);
    expect(readdirSync(join(dir, 'contacts')).filter((f) => f.includes('.lock'))).toEqual([]);
  });
});
