import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, dataDir, readContact, runCli, tempDir } from '../helpers/index.js';

const fixture = (name: string) => resolve(ROOT, 'test/fixtures/linkedin', name);
const slugsIn = (dir: string) => (existsSync(join(dir, 'contacts')) ? readdirSync(join(dir, 'contacts')).sort() : []);

describe('infoview import linkedin', () => {
  it('reads a Connections.csv that Excel on Windows saved again (Windows-1252) with a warning, never U+FFFD', async () => {
    const dir = dataDir();
    const file = join(tempDir(), 'Connections.csv');
    const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nJosé,Núñez,https://www.linkedin.com/in/jose-nunez,,Café “Lumière”,Researcher,05 Mar 2025\r\n';
    const cp1252 = { 'é': 0xe9, 'ú': 0xfa, 'ñ': 0xf1, '“': 0x93, '”': 0x94, 'è': 0xe8 } as Record<string, number>;
    writeFileSync(file, Uint8Array.from([...csv].map((c) => cp1252[c] ?? c.charCodeAt(0))));
    const r = await runCli(dir, ['import', 'linkedin', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: ${file} is not UTF-8; read as Windows-1252`);
    const jose = readContact(dir, 'jose-nunez');
    expect(jose).toContain('name: José Núñez\n');
    expect(jose).toContain('company: Café “Lumière”\n');
    expect(jose).not.toContain('\uFFFD');
  });


  it('imports the Notes-block format: quoted commas and quotes, empty email, connection date', async () => {
    const dir = dataDir();
    const r = await runCli(dir, ['import', 'linkedin', fixture('connections.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('added 4, updated 0, 0 already there.');
    expect(slugsIn(dir)).toEqual(['dana-ortiz.yaml', 'jose-nunez.yaml', 'maya-chen.yaml', 'sam-rivera.yaml']);
    expect(readContact(dir, 'dana-ortiz')).toBe(
      'name: Dana Ortiz\ncompany: The "Good" Agency\nrole: Researcher, Accessibility\nlinkedin: https://www.linkedin.com/in/dana-ortiz-42\nsource: linkedin\nconnectedOn: 2025-02-28\n',
    );
    expect(readContact(dir, 'sam-rivera')).toContain('company: Contoso, Ltd.\n');
    expect(readContact(dir, 'sam-rivera')).toContain('email: sam.rivera@example.com\n');
    expect(readContact(dir, 'jose-nunez')).toContain('name: José Núñez\n');
  });

  it('re-importing adds nothing; a later export (BOM, CRLF) updates company/role only', async () => {
    const dir = dataDir();
    await runCli(dir, ['import', 'linkedin', fixture('connections.csv')]);
    // The person's own notes and tags must survive the update.
    const sam = readContact(dir, 'sam-rivera');
    writeFileSync(join(dir, 'contacts', 'sam-rivera.yaml'), `# my note about Sam\n${sam}tags: [mentor]\nnotes: met at the design meetup\n`);
    const again = await runCli(dir, ['import', 'linkedin', fixture('connections.csv')]);
    expect(again.stdout).toContain('added 0, updated 0, 4 already there.');
    const later = await runCli(dir, ['import', 'linkedin', fixture('connections-later-bom-crlf.csv')]);
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('~ Sam Rivera (sam-rivera): company "Contoso, Ltd." → "Tailspin Toys, Inc.", role "Design Manager" → "Head of Design"');
    expect(later.stdout).toContain('+ Lee Park (Woodgrove Bank)');
    expect(later.stdout).toContain('added 1, updated 1, 3 already there.');
    const updated = readContact(dir, 'sam-rivera');
    expect(updated).toContain('# my note about Sam\n');
    expect(updated).toContain('company: Tailspin Toys, Inc.\nrole: Head of Design\n');
    expect(updated).toContain('tags: [mentor]');
    expect(updated).toContain('notes: met at the design meetup');
  });

  it('matches a hand-added contact by name and company, filling only the missing link', async () => {
    const dir = dataDir({ 'maya-chen': 'name: Maya Chen\ncompany: Northwind Health\nsource: alumni\n' });
    const r = await runCli(dir, ['import', 'linkedin', fixture('connections-no-notes.csv')]);
    expect(r.stdout).toContain('added 1, updated 0, 0 already there.');
    const r2 = await runCli(dir, ['import', 'linkedin', fixture('connections.csv')]);
    expect(r2.stdout).toContain('~ Maya Chen (maya-chen): role Senior UX Researcher, linkedin https://www.linkedin.com/in/maya-chen-ux, connectedOn 2024-03-12');
    expect(readContact(dir, 'maya-chen')).toContain('source: alumni\n');
    expect(slugsIn(dir)).toHaveLength(5);
  });

  it('--dry-run writes nothing', async () => {
    const dir = join(tempDir(), 'data');
    const r = await runCli(dir, ['import', 'linkedin', fixture('connections.csv'), '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run: would add 4, would update 0, 0 already there. Nothing was written.');
    expect(existsSync(dir)).toBe(false);
  });

  it('reports malformed rows with their line numbers and imports the rest', async () => {
    const dir = dataDir();
    const r = await runCli(dir, ['import', 'linkedin', fixture('connections-malformed.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('connections-malformed.csv:6: no first or last name; row skipped');
    expect(r.stderr).toContain('connections-malformed.csv:7: expected 7 fields, found 3; row skipped');
    expect(r.stderr).toContain('connections-malformed.csv:8: email "not-an-email" is not an address; imported without it');
    expect(r.stdout).toContain('added 2, updated 0, 0 already there, 2 rows skipped');
    expect(readContact(dir, 'kim-lee')).not.toContain('email');
  });

  it('refuses a file that is not a LinkedIn export, before any write', async () => {
    const dir = join(tempDir(), 'data');
    const r = await runCli(dir, ['import', 'linkedin', fixture('not-linkedin.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a LinkedIn connections export');
    expect(existsSync(dir)).toBe(false);
    const missing = await runCli(dir, ['import', 'linkedin', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('an unclosed quote is reported with its line', async () => {
    const file = join(tempDir(), 'Connections.csv');
    writeFileSync(file, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAl,Bo,https://www.linkedin.com/in/albo,,"Open quote,Eng,12 Mar 2024\n');
    const r = await runCli(dataDir(), ['import', 'linkedin', file]);
    expect(r.stderr).toMatch(/Connections\.csv:2: .*row skipped/i);
  });
});

describe('import linkedin on a damaged file', () => {
  const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
  const row = (i: number) => `P${i},Example,https://www.linkedin.com/in/p-${i},,Acme,Engineer,12 Mar 2024`;

  it('an unclosed quote in row 2 skips that row only: the other 98 import', async () => {
    const rows = Array.from({ length: 99 }, (_, i) => row(i));
    rows[0] = 'Al,Bo,https://www.linkedin.com/in/albo,,"Open quote,Eng,12 Mar 2024';
    const file = join(tempDir(), 'Connections.csv');
    writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
    const dir = dataDir();
    const r = await runCli(dir, ['import', 'linkedin', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Connections.csv:2: a quote opened on this line is never closed: "Al,Bo,');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('added 98, updated 0, 0 already there, 1 row skipped');
    expect(slugsIn(dir)).toHaveLength(98);
  });

  it('each broken row is reported at its own line; a quoted field over two lines still reads', async () => {
    const lines = [
      'Notes:',
      '"Email addresses may be missing."',
      '',
      HEADER,
      row(1),
      'Gi,Ho,https://www.linkedin.com/in/giho,,Ac"me,Eng,12 Mar 2024',
      row(2),
      'Ik,Jo,https://www.linkedin.com/in/ikjo,,"Bad"x,Eng,12 Mar 2024',
      'Mo,Ne,https://www.linkedin.com/in/mone,,"Two',
      'Lines",Eng,12 Mar 2024',
      'Al,Bo,https://www.linkedin.com/in/albo,,"Open quote,Eng,12 Mar 2024',
      row(3),
    ];
    const file = join(tempDir(), 'Connections.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const dir = dataDir();
    const r = await runCli(dir, ['import', 'linkedin', file]);
    expect(r.code).toBe(0);
    const reported = [...r.stderr.matchAll(/Connections\.csv:(\d+): /g)].map((m) => Number(m[1]));
    expect(reported).toEqual([6, 8, 11]);
    expect(r.stderr).toContain('Connections.csv:8: a quoted field goes on after its closing quote');
    expect(r.stdout).toContain('added 4, updated 0, 0 already there, 3 rows skipped');
    expect(readContact(dir, 'mo-ne')).toContain('company: "Two');
    expect(slugsIn(dir)).toEqual(['mo-ne.yaml', 'p1-example.yaml', 'p2-example.yaml', 'p3-example.yaml']);
  });
});

describe('import linkedin progress', () => {
  it('shows progress on a terminal (stderr) for a large file, and none when piped', async () => {
    const { main } = await import('../../src/cli.js');
    const { cleanEnv } = await import('../helpers/index.js');
    const file = join(tempDir(), 'Connections.csv');
    const rows = Array.from({ length: 250 }, (_, i) => `P${i},Q,https://www.linkedin.com/in/pq-${i},,Acme,Eng,1 Jan 2024`);
    writeFileSync(file, `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}\n`);
    const run = async (dir: string, isTTY: boolean) => {
      let stderr = '';
      const code = await main(['import', 'linkedin', file], {
        stdout: { write: () => true, isTTY: false },
        stderr: { write: (s: string) => (stderr += s), isTTY },
        stdinIsTTY: false,
        env: cleanEnv(dir),
      });
      return { code, stderr };
    };
    const tty = await run(dataDir(), true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\rimporting 100/250…');
    expect(tty.stderr).toContain('\rimporting 250/250, done\n');
    expect((await run(dataDir(), false)).stderr).toBe('');
  });
});
