import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chosenEditor, editorLaunch, openInEditor, withWaitFlag } from '../../src/editor.js';
import { tempDir } from '../helpers/index.js';
import { posixSuite } from '../helpers/platform.js';

describe('the editor infoview opens', () => {
  it('is $VISUAL, else $EDITOR, else vi, or notepad on Windows', () => {
    expect(chosenEditor({ VISUAL: 'nano', EDITOR: 'vim' }, 'linux')).toBe('nano');
    expect(chosenEditor({ VISUAL: ' ', EDITOR: 'vim' }, 'linux')).toBe('vim');
    expect(chosenEditor({}, 'darwin')).toBe('vi');
    expect(chosenEditor({}, 'win32')).toBe('notepad');
  });

  it('gets the wait flag of a launcher that would return at once, once', () => {
    expect(withWaitFlag('code')).toBe('code --wait');
    expect(withWaitFlag('code --wait')).toBe('code --wait');
    expect(withWaitFlag('code -w --new-window')).toBe('code -w --new-window');
    expect(withWaitFlag('code.cmd --new-window')).toBe('code.cmd --wait --new-window');
    expect(withWaitFlag('/usr/local/bin/subl')).toBe('/usr/local/bin/subl -w');
    expect(withWaitFlag('open -e')).toBe('open -W -e');
    expect(withWaitFlag('"C:\\Program Files\\Microsoft VS Code\\bin\\code.cmd" --new-window')).toBe('"C:\\Program Files\\Microsoft VS Code\\bin\\code.cmd" --wait --new-window');
    expect(withWaitFlag('"C:\\Program Files\\Microsoft VS Code\\bin\\code.cmd" -w')).toBe('"C:\\Program Files\\Microsoft VS Code\\bin\\code.cmd" -w');
    expect(withWaitFlag("subl --project 'my  notes.sublime-project'")).toBe("subl -w --project 'my  notes.sublime-project'");
    expect(withWaitFlag('vim')).toBe('vim');
    expect(withWaitFlag('notepad')).toBe('notepad');
  });
});

describe('editorLaunch', () => {
  it('on Windows runs through cmd.exe, so code.cmd is found, with the file in %INFOVIEW_FILE%', () => {
    const file = 'C:\\Users\\Ana Lopez\\infoview\\contacts\\.maya-chen.1.edit.yaml';
    const launch = editorLaunch('code', file, 'win32', { ComSpec: 'C:\\Windows\\system32\\cmd.exe' });
    expect(launch).toMatchObject({ command: 'C:\\Windows\\system32\\cmd.exe', args: ['/d', '/v:off', '/s', '/c', '"code --wait "%INFOVIEW_FILE%""'], verbatim: true });
    expect(launch.env.INFOVIEW_FILE).toBe(file);
    expect(editorLaunch('notepad', file, 'win32', {}).args.at(-1)).toBe('"notepad "%INFOVIEW_FILE%""');
  });

  it('on POSIX runs through sh -c, with the file in $INFOVIEW_FILE', () => {
    const launch = editorLaunch('nano -w', '/home/ana/x y.yaml', 'linux', {});
    expect(launch).toMatchObject({ command: 'sh', args: ['-c', 'nano -w "$INFOVIEW_FILE"'], verbatim: false });
    expect(launch.env.INFOVIEW_FILE).toBe('/home/ana/x y.yaml');
  });
});

posixSuite('runs a real sh and sh scripts')('openInEditor (a real sh here)', () => {
  const script = (body: string) => {
    const file = join(tempDir(), 'my editor.sh');
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return `'${file}'`;
  };

  it('runs an editor with flags on a file whose name has spaces and shell syntax, which stays text', () => {
    const dir = tempDir();
    const file = join(dir, 'notes $(touch pwned) `x`.yaml');
    writeFileSync(file, 'name: Maya\n');
    const outcome = openInEditor(file, { PATH: process.env.PATH, EDITOR: `${script('[ "$1" = --flag ] && echo "role: Lead" >> "$2"')} --flag` }, 'linux');
    expect(outcome.ran).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('name: Maya\nrole: Lead\n');
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('tells "could not start" from "exited with an error"', () => {
    const file = join(tempDir(), 'x.yaml');
    writeFileSync(file, '');
    expect(openInEditor(file, { PATH: process.env.PATH, EDITOR: 'no-such-editor --wait' }, 'linux')).toEqual({ ran: false, reason: 'could not start the editor (no-such-editor --wait): command not found' });
    expect(openInEditor(file, { PATH: process.env.PATH, EDITOR: script('exit 3') }, 'linux')).toMatchObject({ ran: false, reason: expect.stringMatching(/exited with an error \(code 3\)$/) });
  });
});
