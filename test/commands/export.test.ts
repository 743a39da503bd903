import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MAYA, dataDir, runCli } from '../helpers/index.js';

const TRICKY = `name: "=cmd|' /C calc'!A0"
company: 'Contoso, "Ltd"'
role: |-
  Lead
  Researcher
outreach:
  - at: 2026-11-20T09:30:00-08:00
    channel: email
`;

describe('infoview export', () => {
  const dir = dataDir({ 'maya-chen': `${MAYA}meetings:\n  - at: 2026-11-25T15:00:00-08:00\n    place: Blue Bottle\n`, tricky: TRICKY });

  it('JSON: every contact as stored, plus slug and status', async () => {
    const r = await runCli(dir, ['export']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.map((c: { slug: string; status: string }) => [c.slug, c.status])).toEqual([['maya-chen', 'scheduled'], ['tricky', 'contacted']]);
    expect(data[0]).toMatchObject({ name: 'Maya Chen', tags: ['design', 'seattle'], meetings: [{ place: 'Blue Bottle' }] });
  });

  it('CSV: RFC 4180 quoting, formula cells guarded, last touch and next due', async () => {
    const r = await runCli(dir, ['export', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Contoso, ""Ltd"""');
    expect(r.stdout.split('\r\n')[0]).toBe('slug,name,status,role,company,field,email,phone,linkedin,source,introducedBy,tags,lastTouch,nextDue,nextDueAt');
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ slug: 'maya-chen', tags: 'design; seattle', nextDue: 'meeting', nextDueAt: '2026-11-25T15:00:00-08:00', lastTouch: '' });
    expect(rows[1]).toMatchObject({ name: "'=cmd|' /C calc'!A0", company: 'Contoso, "Ltd"', role: 'Lead\nResearcher', nextDue: 'try-another', nextDueAt: '2026-11-25T09:30:00-08:00', lastTouch: '2026-11-20T09:30:00-08:00' });
  });

  it('a file with keys of its own named slug or status does not replace the derived ones, in export and show', async () => {
    const own = dataDir({ 'dana-ortiz': 'name: Dana Ortiz\nstatus: warm lead\nslug: someone-else\n' });
    const exported = JSON.parse((await runCli(own, ['export'])).stdout) as Record<string, unknown>[];
    expect(exported[0]).toMatchObject({ slug: 'dana-ortiz', status: 'new', name: 'Dana Ortiz' });
    expect(Object.keys(exported[0] ?? {}).slice(0, 2)).toEqual(['slug', 'status']);
    const shown = await runCli(own, ['show', 'dana-ortiz', '--json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ slug: 'dana-ortiz', status: 'new' });
  });

  it('an unknown format is a usage error', async () => {
    const r = await runCli(dir, ['export', '--format', 'xml']);
    expect(r.code).toBe(2);
  });
});
