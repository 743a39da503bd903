/**
 * Issue 12: 50 infoview processes writing at once into a data folder that is a git repository
 * (auto-commit on). Nothing may be lost on disk, and history must hold one commit per write, each
 * with its own files and its own message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contactFile, runBin, runBinAsync, tempDir, type Result } from '../helpers/index.js';
import { brokenYamlFiles, commitsSince, IDENTITY, sh } from './tools.js';

const WRITERS = 50;
// 50 node processes and their git runs share two cores with the rest of `npm test`.
const LONG = 180_000;

const pad = (i: number) => String(i).padStart(2, '0');

/** A data folder made by `infoview init --git`, with these contact files committed by hand. */
function repository(contacts: Record<string, string>): { dir: string; base: string } {
  const dir = join(tempDir(), 'data');
  const init = runBin(dir, ['init', '--git', '--name', 'Alex Doe'], { env: IDENTITY });
  expect(init.code, init.stderr).toBe(0);
  for (const [slug, text] of Object.entries(contacts)) writeFileSync(contactFile(dir, slug), text, { mode: 0o600 });
  sh(dir, ['add', '-A']);
  sh(dir, ['commit', '--quiet', '-m', 'the contacts to write to']);
  return { dir, base: sh(dir, ['rev-parse', 'HEAD']).trim() };
}

/**
 * All 50 exited 0 and said so; whatever they warned went to stderr, and nothing crashed. Soft:
 * the records and the commits are checked even when an exit code is wrong, so a failure says all.
 */
function expectAllSucceeded(results: Result[]): void {
  for (const r of results) {
    expect.soft(r.code, r.stderr).toBe(0);
    expect.soft(r.stdout).toMatch(/^Recorded outreach to /);
    expect.soft(r.stdout).not.toMatch(/warning|note:|infoview:/);
    expect.soft(r.stderr).not.toContain('unexpected error');
    expect.soft(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  }
}

const outreachOf = (dir: string, slug: string): { at: string }[] =>
  (parse(readFileSync(contactFile(dir, slug), 'utf8')) as { outreach?: { at: string }[] }).outreach ?? [];

describe('50 concurrent writers with git auto-commit on', () => {
  it('on one contact: 50 outreach entries on disk, 50 commits, each adding its own entry under its own message', { timeout: LONG }, async () => {
    const { dir, base } = repository({ 'maya-chen': '# Met at the alumni panel\nname: Maya Chen\ncompany: Northwind Health\n' });
    // Each writer its own minute, so both the entry and the commit message say which writer it was.
    const minute = (i: number) => `08:${pad(i)}`;
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => runBinAsync(dir, ['add', 'outreach', 'maya-chen', '--at', `2026-11-20T${minute(i)}`], IDENTITY)),
    );
    expectAllSucceeded(results);

    expect(brokenYamlFiles(dir)).toEqual([]);
    const ats = outreachOf(dir, 'maya-chen').map((o) => o.at);
    expect(ats).toHaveLength(WRITERS);
    expect(new Set(ats)).toEqual(new Set(Array.from({ length: WRITERS }, (_, i) => `2026-11-20T${minute(i)}:00-08:00`)));
    expect(readFileSync(contactFile(dir, 'maya-chen'), 'utf8')).toContain('# Met at the alumni panel');

    const commits = commitsSince(dir, base);
    expect.soft(commits.map((c) => c.subject).sort()).toEqual(Array.from({ length: WRITERS }, (_, i) => `add outreach: Maya Chen, email, Fri 20 Nov ${minute(i)}`));
    for (const commit of commits) {
      expect.soft(commit.files, commit.subject).toEqual(['contacts/maya-chen.yaml']);
      const time = commit.subject.slice(-5);
      const addedAts = commit.added.flatMap((l) => /^\s*- at: (\S+)/.exec(l)?.[1] ?? []);
      expect.soft(addedAts, commit.subject).toEqual([`2026-11-20T${time}:00-08:00`]);
    }
    expect(sh(dir, ['status', '--porcelain'])).toBe('');
  });

  it('on 50 different contacts: every entry on disk, one commit per contact touching only its file', { timeout: LONG }, async () => {
    const slugs = Array.from({ length: WRITERS }, (_, i) => `person-${pad(i)}`);
    const { dir, base } = repository(Object.fromEntries(slugs.map((s, i) => [s, `name: Person ${pad(i)}\nrole: Engineer\n`])));
    const results = await Promise.all(slugs.map((s) => runBinAsync(dir, ['add', 'outreach', s, '--at', '2026-11-20T09:30', '--channel', 'linkedin'], IDENTITY)));
    expectAllSucceeded(results);

    expect(brokenYamlFiles(dir)).toEqual([]);
    for (const s of slugs) expect(outreachOf(dir, s).map((o) => o.at), s).toEqual(['2026-11-20T09:30:00-08:00']);

    const commits = commitsSince(dir, base);
    expect.soft(commits.map((c) => c.subject).sort()).toEqual(slugs.map((_, i) => `add outreach: Person ${pad(i)}, linkedin, Fri 20 Nov 09:30`));
    for (const commit of commits) {
      const n = /Person (\d+)/.exec(commit.subject)?.[1];
      expect.soft(commit.files, commit.subject).toEqual([`contacts/person-${n}.yaml`]);
    }
    expect(sh(dir, ['status', '--porcelain'])).toBe('');
  });
});
