/**
 * The one way infoview opens a file in the person's editor (`edit`, `debrief`'s notes):
 * $VISUAL, else $EDITOR, else `vi` (`notepad` on Windows), run through the platform's shell so a
 * command with flags (`code --wait`) and Windows' `code.cmd` are found. The file travels in an
 * environment variable, never spliced into the command line, so no name needs quoting.
 * Launchers that return at once (VS Code, Sublime Text, `open`…) get their wait flag.
 */
import { spawnSync } from 'node:child_process';

type Env = Record<string, string | undefined>;

/** The editor command the person chose, or the platform's default. */
export function chosenEditor(env: Env, platform: NodeJS.Platform): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || (platform === 'win32' ? 'notepad' : 'vi');
}

/** Launchers that hand the file to a running window and return: the flag that makes them wait. */
const WAIT_FLAGS: Record<string, string[]> = {
  code: ['--wait', '-w'],
  'code-insiders': ['--wait', '-w'],
  codium: ['--wait', '-w'],
  cursor: ['--wait', '-w'],
  zed: ['--wait'],
  subl: ['-w', '--wait'],
  atom: ['--wait', '-w'],
  mate: ['-w', '--wait'],
  bbedit: ['-w', '--wait'],
  gedit: ['--wait'],
  kate: ['-b', '--block'],
  gvim: ['-f', '--nofork'],
  mvim: ['-f', '--nofork'],
  open: ['-W', '--wait-apps'],
};

/** `editor` with its launcher's wait flag, when it is a known launcher without one. */
export function withWaitFlag(editor: string): string {
  // The program is the first word, or a quoted path (`"C:\Program Files\…\code.cmd" -n`).
  const program = /^\s*("[^"]*"|'[^']*'|\S+)/.exec(editor)?.[1] ?? '';
  const rest = editor.slice(editor.indexOf(program) + program.length);
  const name = program.replace(/^["']|["']$/g, '').replace(/^.*[\\/]/, '').replace(/\.(cmd|exe|bat)$/i, '').toLowerCase();
  const flags = WAIT_FLAGS[name];
  if (!flags || rest.split(/\s+/).some((a) => flags.includes(a))) return editor;
  return `${editor.slice(0, editor.indexOf(program) + program.length)} ${flags[0]}${rest}`;
}

export interface EditorLaunch {
  command: string;
  args: string[];
  /** cmd.exe takes its command line as written (its own quoting rules, not libuv's). */
  verbatim: boolean;
  env: Env;
}

/** How to start `editor` on `file`: through `sh -c` on POSIX, `cmd.exe /d /v:off /s /c` on Windows (no AutoRun, no `!` expansion). */
export function editorLaunch(editor: string, file: string, platform: NodeJS.Platform, env: Env): EditorLaunch {
  const withFile = { ...env, INFOVIEW_FILE: file };
  if (platform === 'win32') {
    // %INFOVIEW_FILE% is expanded by cmd inside the quotes: spaces, & and ^ in the path stay text.
    return { command: env.ComSpec || 'cmd.exe', args: ['/d', '/v:off', '/s', '/c', `"${withWaitFlag(editor)} "%INFOVIEW_FILE%""`], verbatim: true, env: withFile };
  }
  return { command: 'sh', args: ['-c', `${withWaitFlag(editor)} "$INFOVIEW_FILE"`], verbatim: false, env: withFile };
}

/** What happened: the editor ran and exited 0, exited with an error, or could not be started. */
export type EditorOutcome = { ran: true; ms: number } | { ran: false; reason: string };

/** Exit codes of a shell that did not find the command: sh's 127, cmd's 9009. */
const NOT_FOUND = new Set([127, 9009]);

/** Open `file` in the person's editor and wait for it to close. */
export function openInEditor(file: string, env: Env, platform: NodeJS.Platform = process.platform): EditorOutcome {
  const editor = chosenEditor(env, platform);
  const launch = editorLaunch(editor, file, platform, env);
  const started = Date.now();
  const result = spawnSync(launch.command, launch.args, { stdio: 'inherit', env: launch.env, windowsVerbatimArguments: launch.verbatim });
  if (result.error) return { ran: false, reason: `could not start ${launch.command} to run the editor (${editor}): ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}` };
  if (result.status !== null && NOT_FOUND.has(result.status)) return { ran: false, reason: `could not start the editor (${editor}): command not found` };
  if (result.status !== 0) return { ran: false, reason: `the editor (${editor}) exited with an error (${result.signal ? `signal ${result.signal}` : `code ${result.status}`})` };
  return { ran: true, ms: Date.now() - started };
}

/** An editor that closed this soon without a change most likely handed the file to a window and returned. */
export const returnedAtOnce = (outcome: EditorOutcome): boolean => outcome.ran && outcome.ms < 2_000;
