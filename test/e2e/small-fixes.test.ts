// Issue 16's small ones through the binary: both spellings of thank-you, a plain WHAT for
// try-another, "did you mean" for a near-miss choice, hyphenated names, plausible suggestions.
import { describe, expect, it } from 'vitest';
import { dataDir, runBin } from '../helpers/index.js';

const JOSE = `name: José Núñez
outreach:
  - at: 2026-11-16T09:00:00-08:00
    repliedAt: 2026-11-16T12:00:00-08:00
meetings:
  - at: 2026-11-22T16:00:00-08:00
    notes: Small samples.
    takeaways: [Tell a story with small samples]
`;
const DANA = 'name: Dana Ortiz\noutreach:\n  - at: 2026-11-17T09:00:00-08:00\n    channel: email\n';
const RENEE = 'name: Renée Côté-Ñúñez\nrole: Designer\n';

describe('draft --kind takes thank-you as followup spells it', () => {
  it('draft and templates accept both spellings; help lists one', () => {
    const dir = dataDir({ 'jose-nunez': JOSE });
    const a = runBin(dir, ['draft', 'jose', '--kind', 'thank-you']);
    const b = runBin(dir, ['draft', 'jose', '--kind', 'thankyou']);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^Subject: Thank you, José\n[^]*tell a story with small samples/);
    expect(a).toEqual(b);
    const help = runBin(dir, ['draft', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('"thankyou"');
    expect(help).not.toContain('"thank-you"');
    expect(runBin(dir, ['templates', 'show', 'thank-you']).stdout).toBe(runBin(dir, ['templates', 'show', 'thankyou']).stdout);
  });
});

describe('followup says try-another in words', () => {
  it('the WHAT column reads "write to someone else too"; --json keeps the kind', () => {
    const dir = dataDir({ 'dana-ortiz': DANA });
    expect(runBin(dir, ['followup']).stdout).toMatch(/Dana Ortiz\s+write to someone else too\s+overdue by/);
    expect(JSON.parse(runBin(dir, ['followup', '--json']).stdout)[0]).toMatchObject({ kind: 'try-another' });
  });
});

describe('a value not in the list gets the nearest one', () => {
  const cases: { args: string[]; line: string }[] = [
    { args: ['add', 'contact', 'Lee Park', '--source', 'profesor'], line: `option '--source <source>' argument 'profesor' is invalid. Did you mean "professor"?` },
    { args: ['draft', 'dana', '--kind', 'thankyuo'], line: `argument 'thankyuo' is invalid. Did you mean "thankyou"?` },
    { args: ['add', 'meeting', 'dana', '--at', 'tomorrow 3pm', '--medium', 'cofee'], line: 'Did you mean "coffee"?' },
    { args: ['completion', 'bahs'], line: 'Did you mean "bash"?' },
  ];
  for (const c of cases) {
    it(c.args.join(' '), () => {
      const dir = dataDir({ 'dana-ortiz': DANA });
      const r = runBin(dir, c.args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toContain(c.line);
      expect(r.stderr.split('\n')[0]).toMatch(/Allowed choices are /);
      expect(runBin(dir, ['list', '--json']).stdout).not.toContain('Lee Park');
    });
  }
  it('a value near nothing gets the list only', () => {
    const r = runBin(dataDir(), ['list', '--status', 'zzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Did you mean');
    expect(r.stderr).toContain('Allowed choices are new, contacted, replied, scheduled, met, thanked, archived.');
    // A name every object has is no alias.
    expect(runBin(dataDir({ 'dana-ortiz': DANA }), ['draft', 'dana', '--kind', 'constructor'])).toMatchObject({ code: 2, stdout: '' });
    expect(runBin(dataDir(), ['templates', 'show', 'constructor'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^infoview: "constructor" is not a template name\n/) });
  });
});

describe('naming a contact', () => {
  it('a hyphen in a name reads as a space', () => {
    const r = runBin(dataDir({ 'renee-cote-nunez': RENEE }), ['show', 'cote nunez']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Renée Côté-Ñúñez {2}\(renee-cote-nunez\)/);
  });
  it('suggests only names one could have meant: not Côté for "jose"', () => {
    const dir = dataDir({ 'renee-cote-nunez': RENEE, 'dana-ortiz': DANA });
    expect(runBin(dir, ['show', 'jose'])).toEqual({ code: 1, stdout: '', stderr: expect.not.stringContaining('Renée') });
    expect(runBin(dir, ['show', 'dnaa']).stderr).toContain('Did you mean: Dana Ortiz (dana-ortiz)?');
  });
});
