import { describe, expect, it } from 'vitest';
import { dataDir, MAYA, readContact, runCli } from '../helpers/index.js';

const DANA = 'name: Dana Ortiz\ncompany: Fathom & Co\nrole: Design Researcher\nfield: service design\ntags: [agency]\noutreach:\n  - at: 2026-11-20T09:00:00-08:00\n';
const MAYA_PATEL = 'name: Maya Patel\ncompany: Contoso\nrole: Designer\n';

describe('list', () => {
  it('shows an aligned table with status and next step', async () => {
    const r = await runCli(dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA }), ['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+COMPANY\s+ROLE\s+STATUS\s+NEXT STEP$/);
    expect(lines[1]).toMatch(/^Dana Ortiz\s+Fathom & Co\s+Design Researcher\s+contacted\s+/);
    expect(lines[2]).toMatch(/^Maya Chen\s+Northwind Health\s+Senior UX Researcher\s+new\s+/);
    expect(lines[1]?.indexOf('contacted')).toBe(lines[2]?.indexOf('new'));
  });

  it('filters by status, tag and field, and prints JSON only on stdout', async () => {
    const dir = dataDir({ 'maya-chen': MAYA, 'dana-ortiz': DANA });
    const names = async (...args: string[]) => (JSON.parse((await runCli(dir, ['list', '--json', ...args])).stdout) as { name: string }[]).map((c) => c.name);
    expect(await names('--status', 'contacted')).toEqual(['Dana Ortiz']);
    expect(await names('--tag', 'SEATTLE')).toEqual(['Maya Chen']);
    expect(await names('--field', 'service')).toEqual(['Dana Ortiz']);
    const all = JSON.parse((await runCli(dir, ['list', '--json'])).stdout) as Record<string, unknown>[];
    expect(all[0]).toMatchObject({ slug: 'dana-ortiz', name: 'Dana Ortiz', status: 'contacted' });
    expect((await runCli(dir, ['list', '--status', 'bogus'])).code).toBe(2);
  });

  it('skips a broken file with a warning naming it, and lists everyone else', async () => {
    const broken = 'name: Broken\nmeetings:\n  - at: [unclosed\n';
    const dir = dataDir({ 'maya-chen': MAYA, broken, 'bad-field': 'name: X\nsource: magic\n' });
    const r = await runCli(dir, ['list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Maya Chen');
    expect(r.stderr).toMatch(/broken\.yaml: line \d+, column \d+/);
    expect(r.stderr).toMatch(/bad-field\.yaml: source \(line 2\)/);
    expect(readContact(dir, 'broken')).toBe(broken);
  });

  it('says what to do when there is nobody yet', async () => {
    const r = await runCli(dataDir(), ['list']);
    expect(r.stdout).toMatch(/No contacts yet.*infoview add contact/);
  });
});

describe('show and naming a contact', () => {
  const dir = dataDir({ 'maya-chen': MAYA, 'maya-patel': MAYA_PATEL, 'dana-ortiz': DANA });

  it('finds by unique word and shows the card with timeline', async () => {
    const r = await runCli(dir, ['show', 'ortiz']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Dana Ortiz {2}\(dana-ortiz\) {2}contacted/);
    expect(r.stdout).toContain('Timeline');
    expect(r.stdout).toMatch(/outreach by message · no reply yet/);
  });

  it('refuses an ambiguous name, listing each candidate with slug, company and role', async () => {
    const r = await runCli(dir, ['show', 'maya']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"maya" matches 2 contacts/);
    expect(r.stderr).toContain('maya-chen · Northwind Health · Senior UX Researcher');
    expect(r.stderr).toContain('maya-patel · Contoso · Designer');
    expect(r.stdout).toBe('');
  });

  it('refuses an unknown name with the closest ones', async () => {
    const r = await runCli(dir, ['show', 'maya chan']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no contact matches "maya chan"/);
    expect(r.stderr).toMatch(/Did you mean: .*Maya Chen \(maya-chen\)/);
  });

  it('prints the contact with slug and status as JSON', async () => {
    const json = JSON.parse((await runCli(dir, ['show', 'maya-chen', '--json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ slug: 'maya-chen', status: 'new', name: 'Maya Chen', tags: ['design', 'seattle'] });
  });

  it('reports a contact whose file does not validate, naming the field', async () => {
    const bad = dataDir({ 'x-y': 'name: X Y\nemail: not-an-email\n' });
    const r = await runCli(bad, ['show', 'x-y']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x-y\.yaml: email \(line 2\): expected an email address/);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
