/**
 * Property-based fuzzing of what people type or hand-edit, through the command layer: names for
 * `add contact`, `--set` values for `edit`, and hostile contact files. Never a stack trace or an
 * unexpected exit code; a failed command leaves every file byte for byte as it was.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactFile, dataDir, MAYA, readContact, runCli, tempDir, type Result } from '../helpers/index.js';

const RUNS = 40;

/** No stack, and a failure is one line (plus an optional indented hint line). */
function expectClean(r: Result, allowed: number[]): void {
  expect(allowed, `exit ${r.code}: ${r.stderr}`).toContain(r.code);
  expect(r.stderr).not.toMatch(/^ {4}at /m);
  expect(r.stderr).not.toContain('unexpected error');
  if (r.code !== 0) expect(r.stderr).toMatch(/^infoview: .+\n( {2}.+\n)*$/);
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'contacts')).map((f) => [f, readFileSync(join(dir, 'contacts', f), 'utf8')]));

describe('fuzz: names for add contact', () => {
  const name = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('../../etc/passwd', 'con', '.', '..', '-', '--help', '李雷', '🙂', 'José Núñez', ' ', '\u0000', 'a\nb', '{{x}}', '%s', 'name: x'),
  );
  it('creates a readable contact inside contacts/, or refuses cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (text) => {
        const dir = dataDir();
        const r = await runCli(dir, ['add', 'contact', '--', text]);
        expectClean(r, [0, 1, 2]);
        const files = readdirSync(join(dir, 'contacts')).filter((f) => f.endsWith('.yaml'));
        if (r.code !== 0) {
          expect(files).toEqual([]);
          return;
        }
        expect(files).toHaveLength(1);
        const listed = await runCli(dir, ['list', '--json']);
        expectClean(listed, [0]);
        expect(JSON.parse(listed.stdout)).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: edit --set', () => {
  const key = fc.oneof(
    fc.constantFrom('name', 'role', 'email', 'phone', 'linkedin', 'source', 'tags', 'keepInTouchDays', 'notes', 'outreach', 'meetings.0.at', 'meetings.0.minutes', 'outreach.0.channel', 'compnay', 'x.y.z', '', '.', '0', '__proto__', 'constructor.prototype'),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('', '-1', '0', '1e999', 'a,b,,c', 'https://x', 'not an email', '2026-11-25T15:00', '[1, 2]', '{a: 1}', '*alias', '&anchor x', '!!binary x', 'null', '~'));
  it('writes a valid file or nothing at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 3 }), async (pairs) => {
        const dir = dataDir({ 'maya-chen': MAYA });
        const args = pairs.flatMap(([k, v]) => ['--set', `${k}=${v}`]);
        const r = await runCli(dir, ['edit', 'maya-chen', ...args]);
        expectClean(r, [0, 1, 2]);
        if (r.code !== 0) {
          expect(readContact(dir, 'maya-chen')).toBe(MAYA);
          return;
        }
        const shown = await runCli(dir, ['show', 'maya-chen', '--json']);
        expectClean(shown, [0]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: hostile contact files', () => {
  const fragment = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom(
      'name: Maya Chen', 'name:', 'name: [a, b]', 'name: &a x', 'role: *a', 'role: *missing', '<<: *a', '- item', '? complex', '!!binary aGk=',
      'tags: !!set {a, b}', 'x: !!js/function "f(){}"', 'meetings: [{at: yesterday}]', 'outreach:\n  - at: 2026-11-20T09:30:00-08:00', 'keepInTouchDays: .nan',
      'keepInTouchDays: -.inf', 'minutes: 1e400', '__proto__: {polluted: 1}', 'constructor: x', 'name: Maya Chen', '\t- tab', '\uFEFF', '---', '...', '%YAML 1.1',
      'a: &x [*x]', 'a: [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]', "'unterminated", '"\\u00', 'email: not-an-email', 'linkedin: javascript:alert(1)',
    ),
  );
  const file = fc.array(fragment, { maxLength: 8 }).map((lines) => lines.join('\n'));
  it('list, show and edit report the file and never change it', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const dir = dataDir({ 'maya-chen': MAYA });
        writeFileSync(contactFile(dir, 'hostile'), text);
        const before = snapshot(dir);
        const listed = await runCli(dir, ['list', '--json']);
        expectClean(listed, [0]);
        expect(Array.isArray(JSON.parse(listed.stdout))).toBe(true);
        expectClean(await runCli(dir, ['list']), [0]);
        expectClean(await runCli(dir, ['show', 'hostile']), [0, 1]);
        expectClean(await runCli(dir, ['show', 'maya']), [0, 1]);
        const edited = await runCli(dir, ['edit', 'hostile', '--set', 'role=Lead']);
        expectClean(edited, [0, 1, 2]);
        const after = snapshot(dir);
        if (edited.code === 0) delete (after as Record<string, string>)['hostile.yaml'];
        else expect(after).toEqual(before);
        expect(after['maya-chen.yaml']).toBe(MAYA);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: --at phrases', () => {
  const phrase = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('tomorrow 3pm', 'next tuesday 10:00', 'yesterday 16:30', '2026-11-25T15:00', '2026-11-25 15:00', '2026-02-30T10:00', '2026-11-25T25:00', '0000-00-00', '+275760-09-13T00:00:00Z', '9999999999999', 'now', 'never', 'in 3 days', 'last friday', '3pm', '24:00', '-1', 'Infinity', 'NaN', '2026-11-25T15:00+99:00'),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  );
  it('add meeting records a valid time or refuses with a usage error, file untouched', async () => {
    await fc.assert(
      fc.asyncProperty(phrase, async (at) => {
        const dir = dataDir({ 'maya-chen': MAYA });
        const r = await runCli(dir, ['add', 'meeting', 'maya-chen', '--at', at]);
        expectClean(r, [0, 2]);
        if (r.code !== 0) {
          expect(readContact(dir, 'maya-chen')).toBe(MAYA);
          return;
        }
        const shown = await runCli(dir, ['show', 'maya-chen', '--json']);
        expectClean(shown, [0]);
        expect(JSON.parse(shown.stdout).meetings).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: LinkedIn CSV rows', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('', '"', '""', '"a,b"', 'a\nb', '=cmd|calc', '李雷', '🙂', ' ', '\r', 'https://www.linkedin.com/in/x', 'x@example.com', '12 Oct 2026', 'not a date', '../../etc'),
  );
  const valid = fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), cell, cell).map(
    ([first, last, company, role]) => [first, last, '', '', company, role, '12 Oct 2026'].map((c) => `"${c.replace(/"/g, '""')}"`).join(','),
  );
  const row = fc.oneof(fc.array(cell, { minLength: 0, maxLength: 9 }).map((cells) => cells.join(',')), valid);
  const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
  it('import linkedin adds valid contacts or reports rows, never a crash or a broken file', async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 6 }), fc.boolean(), async (rows, notes) => {
        const dir = dataDir({ 'maya-chen': MAYA });
        const csv = `${tempDir()}/Connections.csv`;
        writeFileSync(csv, `${notes ? 'Notes:\n"Some emails are missing."\n\n' : ''}${HEADER}\n${rows.join('\n')}\n`);
        const r = await runCli(dir, ['import', 'linkedin', csv]);
        expectClean(r, [0, 1]);
        expect(readContact(dir, 'maya-chen')).toBe(MAYA);
        const listed = await runCli(dir, ['list', '--json']);
        expectClean(listed, [0]);
        expect(listed.stderr).toBe(''); // every file the import wrote reads back
        imported += JSON.parse(listed.stdout).length - 1;
      }),
      { numRuns: RUNS },
    );
    expect(imported).toBeGreaterThan(0); // the property saw real imports, not only refusals
  });
});
