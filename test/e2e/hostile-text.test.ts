/**
 * Control characters from data never reach the terminal raw. A contact whose every text field
 * holds escape sequences (OSC retitles the window, CSI clears it, CR overwrites the line, BEL, C1
 * codes), a config and a template that do the same: every human-readable command, colour forced
 * on and off, prints only the painter's own SGR codes; JSON stays exact.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactFile, runBin, tempDir, type Result } from '../helpers/index.js';
import { exampleWorkspace } from '../helpers/workspace.js';

/** Hostile bytes as YAML double-quoted escapes: OSC title, clear screen, an SGR that must not pass, CSI as C1, BEL, NUL, DEL. */
const BAD = String.raw`\e]0;pwned\a\e[2J\e[1mBOLDDATA\x9b2J\x07\0\x7f\x1b[5m`;
/** The same plus CR and NEL, for fields that may hold line breaks. */
const BAD_LINES = String.raw`${BAD}\r\x85\rOVER`;
const q = (s: string) => `"${s}"`;

const EVE = `name: ${q(`Eve ${BAD} Evil`)}
role: ${q(`Spy ${BAD_LINES}`)}
company: ${q(`Acme ${BAD}${String.raw`\e]8;;https://evil.example\e\\link`}`)}
field: ${q(`UX ${BAD}`)}
phone: ${q(`555 ${BAD}`)}
introducedBy: ${q(`maya-chen${BAD}`)}
hook: ${q(`your talk ${BAD}`)}
tags: [${q(`tag${BAD}`)}, plain]
notes: ${q(`notes ${BAD_LINES}`)}
${q(`compnay${BAD}`)}: typo key
outreach:
  - at: 2026-11-10T09:00:00-08:00
    channel: email
    note: ${q(`note ${BAD_LINES}`)}
meetings:
  - at: 2026-11-20T15:00:00-08:00
    minutes: 30
    medium: coffee
    place: ${q(`Cafe ${BAD_LINES}`)}
    notes: ${q(`meeting notes ${BAD_LINES}`)}
    takeaways: [${q(`takeaway ${BAD_LINES}`)}]
    referrals: [${q(`Ref ${BAD}`)}]
`;

/** SGR codes infoview's painter writes (render/paint.ts); nothing else may carry ESC. */
// eslint-disable-next-line no-control-regex -- matching the painter's codes is the point
const PAINTER = /\u001b\[(?:1|2|3|4|22|23|24|31|32|33|35|36|39)m/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function expectSafe(r: Result, colour: boolean, what: string) {
  for (const [stream, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    const rest = colour ? text.replace(PAINTER, '') : text;
    const bad = CONTROL.exec(rest);
    expect(bad, `${what} ${stream} (colour ${colour ? 'on' : 'off'}): ${JSON.stringify(rest.slice(Math.max(0, (bad?.index ?? 0) - 40), (bad?.index ?? 0) + 40))}`).toBeNull();
    expect(text).not.toContain('\u001b[1mBOLDDATA');
    if (!colour) expect(text).not.toContain('\u001b');
  }
}

function workspace(): string {
  const dir = exampleWorkspace();
  writeFileSync(contactFile(dir, 'eve'), EVE);
  const config = join(dir, 'config.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('  name: Alex Doe\n', `  name: ${q(`Alex ${BAD}`)}\n`).replace(/^ {2}school: .*\n/m, `  school: ${q(`Lakeside ${BAD}`)}\n`));
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'templates', 'checkin.liquid'), `Hi {{ contact.firstName }} \u001b]0;from-template\u0007\u001b[2J\r\n`);
  return dir;
}

const CSV = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
"Mal\u001b]0;x\u0007\u001b[2J",Ory\u009b2J,https://www.linkedin.com/in/mal-ory,,"Co\u001b[2J\r",Pos\u0007\u001b[5m,12 Mar 2024
Bad\u001b[2J,Row,https://www.linkedin.com/in/bad-row,not-an-email\u001b[2J,Co,Pos,32 Mar 2024\u001b]0;t\u0007
`;

const READS: string[][] = [
  ['list'],
  ['list', '--tag', 'plain'],
  ['show', 'eve'],
  ['network'],
  ['network', 'eve'],
  ['followup'],
  ['status'],
  ['prep', 'eve'],
  ...['email', 'linkedin', 'intro', 'phone', 'nudge', 'thankyou'].map((kind) => ['draft', 'eve', '--kind', kind]),
  ['questions', '--role', 'Spy\u001b[2J', '--company', 'Acme\u001b]0;x\u0007', '--field', 'UX\r'],
  ['templates', 'list'],
  ['templates', 'show', 'checkin'],
  ['show', 'evil\u001b[2J'],
  ['show', 'nobody'],
  ['show', 'e'],
  ['add', 'outreach', 'eve', '--note', 'n\u001b[2J'],
  ['add', 'meeting', 'eve', '--at', '2026-11-30T10:00', '--place', 'p\u001b]0;x\u0007'],
  ['debrief', 'eve', '--takeaway', 't\u001b[2J'],
  ['replied', 'eve'],
  ['thanked', 'eve'],
  ['edit', 'eve', '--set', 'role=Lead\u001b[2J'],
  ['edit', 'eve', '--set', 'keepInTouchDays=x\u001b[2J'],
  ['add', 'contact', 'Zed\u001b]0;x\u0007 Zed', '--company', 'C\u001b[2J\r'],
  ['add', 'contact', 'Two\nLines'],
];

describe('hostile text in data', () => {
  for (const colour of [false, true]) {
    it(`never reaches the terminal raw (colour ${colour ? 'forced on' : 'off'})`, () => {
      const dir = workspace();
      const env: Record<string, string> = colour ? { NO_COLOR: '', FORCE_COLOR: '1' } : {};
      const csv = join(tempDir(), 'Connections.csv');
      writeFileSync(csv, CSV);
      let sawColour = false;
      for (const args of [...READS, ['import', 'linkedin', csv, '--dry-run'], ['import', 'linkedin', csv], ['list'], ['remove', 'eve', '--yes']]) {
        const r = runBin(dir, args, { env });
        expect(r.stderr, args.join(' ')).not.toMatch(/unexpected error/);
        expectSafe(r, colour, args.join(' '));
        sawColour ||= PAINTER.test(r.stdout);
      }
      // Colour was really on, and the data was shown (escaped), not dropped.
      expect(sawColour).toBe(colour);
      const shown = runBin(workspace(), ['show', 'eve'], { env }).stdout;
      expect(shown).toContain(String.raw`Eve \e]0;pwned\a\e[2J\e[1mBOLDDATA\u009b2J\a\0\x7f\e[5m Evil`);
      expect(shown).toContain(String.raw`\r\u0085\rOVER`);
    }, 120_000);
  }

  it('JSON keeps the data exact', () => {
    const r = runBin(workspace(), ['show', 'eve', '--json']);
    expect(r.code).toBe(0);
    const eve = JSON.parse(r.stdout) as { name: string; notes: string };
    expect(eve.name).toBe('Eve \u001b]0;pwned\u0007\u001b[2J\u001b[1mBOLDDATA\u009b2J\u0007\u0000\u007f\u001b[5m Evil');
    expect(eve.notes).toContain('\r\u0085\rOVER');
  });
});
