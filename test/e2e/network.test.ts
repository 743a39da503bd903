/** network and export through the built binary. */
import { describe, expect, it } from 'vitest';
import { MAYA, dataDir, runBin } from '../helpers/index.js';

describe('infoview network (built binary)', () => {
  const dir = dataDir({
    'sam-rivera': 'name: Sam Rivera\nmeetings:\n  - at: 2026-11-10T09:00:00-08:00\n',
    'maya-chen': `${MAYA}introducedBy: sam-rivera\noutreach:\n  - at: 2026-11-20T09:30:00-08:00\n`,
    'al-bo': 'name: Al Bo\nintroducedBy: cy-do\n',
    'cy-do': 'name: Cy Do\nintroducedBy: al-bo\n',
  });

  it('draws the forest with statuses, a loop marked, no colour when piped', () => {
    const r = runBin(dir, ['network']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      [
        'Al Bo (al-bo) new ↺ introduced by cy-do, which loops back here',
        '└─ Cy Do (cy-do) new',
        'Sam Rivera (sam-rivera) met',
        '└─ Maya Chen (maya-chen) contacted',
        '',
      ].join('\n'),
    );
  });

  it('a branch, and export lists the same people', () => {
    expect(runBin(dir, ['network', 'sam']).stdout).toBe('Sam Rivera (sam-rivera) met\n└─ Maya Chen (maya-chen) contacted\n');
    const csv = runBin(dir, ['export', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(csv.stdout).toContain('maya-chen,Maya Chen,contacted,Senior UX Researcher,Northwind Health');
  });
});
