import { describe, expect, it } from 'vitest';
import { MAYA, dataDir, runCli } from '../helpers/index.js';

const SAM = 'name: Sam Rivera\ncompany: Contoso\n';
const DANA = 'name: Dana Ortiz\nintroducedBy: maya-chen\n';

describe('infoview network', () => {
  it('draws who introduced whom, with status, and survives a dangling slug', async () => {
    const dir = dataDir({ 'sam-rivera': SAM, 'maya-chen': `${MAYA}introducedBy: sam-rivera\n`, 'dana-ortiz': DANA, 'lee-park': 'name: Lee Park\nintroducedBy: nobody-here\n' });
    const r = await runCli(dir, ['network']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'nobody-here (no such contact: named in introducedBy)',
        '└─ Lee Park (lee-park) new',
        'Sam Rivera (sam-rivera) new',
        '└─ Maya Chen (maya-chen) new',
        '   └─ Dana Ortiz (dana-ortiz) new',
        '',
      ].join('\n'),
    );
  });

  it('with a contact, shows that branch only', async () => {
    const dir = dataDir({ 'sam-rivera': SAM, 'maya-chen': `${MAYA}introducedBy: sam-rivera\n`, 'dana-ortiz': DANA });
    const r = await runCli(dir, ['network', 'maya']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('introduced through: Sam Rivera\nMaya Chen (maya-chen) new\n└─ Dana Ortiz (dana-ortiz) new\n');
  });

  it('an unknown contact is exit 1', async () => {
    const r = await runCli(dataDir({ 'sam-rivera': SAM }), ['network', 'zed']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no contact');
  });
});
