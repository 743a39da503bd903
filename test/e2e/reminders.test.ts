/**
 * docs/reminders.md as written: the prompt lines in bash, zsh and fish, the morning script (cron,
 * systemd timer) run by /bin/sh with the built binary and a fake `notify-send` on PATH, and the
 * timer's OnCalendar read by systemd.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, dataDir, MAYA, NOW, ROOT, runBin, tempDir } from '../helpers/index.js';
import { posixSuite } from '../helpers/platform.js';

const DOC = readFileSync(join(ROOT, 'docs', 'reminders.md'), 'utf8');
/** The fenced blocks of the page, by their language. */
const blocks = (lang: string) => [...DOC.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '');
const SCRIPT = blocks('sh').find((b) => b.includes('# infoview-morning: one desktop notification')) ?? '';
const UNITS = blocks('ini');

/** A thank-you is due for this meeting (yesterday, none sent). */
const MET = `${MAYA}meetings:\n  - at: 2026-11-22T15:00:00-08:00\n`;

/** The script installed in a fresh HOME, with the binary as `infoview` and optionally a fake notify-send. */
function setUp(withNotifySend: boolean): { script: string; bin: string; log: string; home: string } {
  const home = tempDir();
  const bin = join(home, 'fake-bin');
  mkdirSync(bin);
  const log = join(home, 'notify.log');
  writeFileSync(join(bin, 'infoview'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  if (withNotifySend) writeFileSync(join(bin, 'notify-send'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done >> "${log}"\n`, { mode: 0o755 });
  const script = join(home, 'infoview-morning');
  writeFileSync(script, SCRIPT);
  chmodSync(script, 0o755);
  return { script, bin, log, home };
}

/** Run the script as cron or systemd would: no terminal, a bare PATH (only the fake tools). */
function morning(dir: string, withNotifySend = true, env: Record<string, string> = {}) {
  const { script, bin, log, home } = setUp(withNotifySend);
  const r = spawnSync(script, [], { encoding: 'utf8', env: { PATH: bin, HOME: home, TZ: 'America/Los_Angeles', INFOVIEW_DIR: dir, INFOVIEW_NOW: NOW, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, notified: existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(0, -1) : undefined };
}

/** The code spans of the prompt table's row for `shell`. */
const promptCode = (shell: string) => [...(DOC.split('\n').find((l) => l.startsWith(`| ${shell} |`)) ?? '').split(' | ')[2]?.matchAll(/`([^`]+)`/g) ?? []].map((m) => m[1] ?? '');

/** Each shell sets up its prompt with the page's lines, then prints the prompt as it would show it. */
const PROMPTS: [shell: string, args: (code: string[]) => string[]][] = [
  ['bash', (code) => ['--norc', '-c', `PS1='$ '; ${code.join('; ')}; printf %s "\${PS1@P}"`]],
  ['zsh', (code) => ['-f', '-c', `PROMPT='%# '; ${code.join('; ')}; print -nP "$PROMPT"`]],
  ['fish', (code) => ['--no-config', '-c', `${code.join('; ')}; fish_right_prompt`]],
];

for (const [shell, args] of PROMPTS) {
  posixSuite('shell prompts', shell)(`docs/reminders.md: the ${shell} prompt`, () => {
    it('shows the --brief line, and nothing of it when nothing is due', () => {
      const { bin, home } = setUp(false);
      const code = promptCode(shell);
      expect(code.length, shell).toBeGreaterThan(0);
      const prompt = (dir: string) => spawnSync(shell, args(code), { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, HOME: home, TZ: 'America/Los_Angeles', INFOVIEW_DIR: dir, INFOVIEW_NOW: NOW } });
      const due = dataDir({ 'maya-chen': MET });
      const brief = runBin(due, ['followup', '--brief']).stdout.trim();
      expect(prompt(due)).toMatchObject({ status: 0, stderr: '', stdout: expect.stringMatching(new RegExp(`^${brief}\\s`)) });
      expect(prompt(dataDir({ 'maya-chen': MAYA })).stdout).not.toMatch(/due|overdue/);
    });
  });
}

posixSuite('the morning script is a POSIX sh script')('docs/reminders.md: the morning notification', () => {
  it('is on the page, a sh script', () => {
    expect(SCRIPT.startsWith('#!/bin/sh\n')).toBe(true);
  });

  it('calls notify-send once with the --brief line when something is due', () => {
    const dir = dataDir({ 'maya-chen': MET });
    const brief = runBin(dir, ['followup', '--brief']).stdout.trim();
    expect(brief).toMatch(/thank-you/);
    expect(morning(dir)).toEqual({ code: 0, stdout: '', stderr: '', notified: ['--app-name=infoview', 'infoview', brief] });
  });

  it('does not call notify-send when nothing is due', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    expect(runBin(dir, ['followup', '--brief']).stdout).toBe('');
    expect(morning(dir)).toEqual({ code: 0, stdout: '', stderr: '', notified: undefined });
  });

  it('without notify-send prints the line (cron mails it); when infoview fails, its error and exit 1', () => {
    const dir = dataDir({ 'maya-chen': MET });
    const brief = runBin(dir, ['followup', '--brief']).stdout.trim();
    expect(morning(dir, false)).toEqual({ code: 0, stdout: `infoview: ${brief}\n`, stderr: '', notified: undefined });
    const failed = morning(dir, true, { INFOVIEW_NOW: 'soon' });
    expect(failed).toMatchObject({ code: 1, stdout: '', notified: undefined });
    expect(failed.stderr).toMatch(/^infoview: INFOVIEW_NOW="soon"/);
  });
});

describe('docs/reminders.md: the systemd user units', () => {
  it('the service runs the script; the timer fires once a morning, OnCalendar as systemd reads it', () => {
    const [service, timer] = UNITS;
    expect(service).toContain('ExecStart=%h/.local/bin/infoview-morning');
    const onCalendar = /^OnCalendar=(.+)$/m.exec(timer ?? '')?.[1] ?? '';
    expect(onCalendar).toBe('*-*-* 08:30');
    const analyze = spawnSync('systemd-analyze', ['calendar', onCalendar], { encoding: 'utf8' });
    if (!analyze.error) expect(analyze.stdout).toContain('Normalized form: *-*-* 08:30:00');
  });
});
