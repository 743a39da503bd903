/**
 * The PowerShell completer. No PowerShell runs on these machines (the GitHub workflow runs it on
 * Windows), so this checks what the script is built from: the command tree it carries as JSON,
 * and that the JSON sits alone in a literal here-string, where nothing is evaluated.
 */
import { describe, expect, it } from 'vitest';
import { powershellScript, type CommandSpec } from '../../src/render/completion.js';

const SPECS: CommandSpec[] = [
  { path: '', description: 'root', flags: [{ names: ['--dir'], description: 'data folder', value: 'dir' }], args: [], subcommands: ['show', 'add'] },
  { path: 'show', description: 'one person', flags: [{ names: ['--json'], description: "print JSON ('@ and $(danger) stay text)" }], args: ['contact'], subcommands: [] },
  { path: 'add', description: 'record', flags: [], args: [], subcommands: ['outreach'] },
  {
    path: 'add outreach',
    description: 'an outreach',
    flags: [{ names: ['--channel', '-c'], description: 'how', value: { words: ['email', 'linkedin'] } }],
    args: ['contact'],
    subcommands: [],
  },
];

describe('powershellScript', () => {
  const script = powershellScript(SPECS);
  const lines = script.split('\n');

  it('registers a native completer for infoview', () => {
    expect(lines[0]).toBe('# infoview completion for PowerShell');
    expect(script).toContain('Register-ArgumentCompleter -Native -CommandName infoview -ScriptBlock {');
    expect(script).toContain("infoview --dir $expanded __slugs 2>$null");
    // `--dir "C:\My Data"` arrives with its quotes; flags complete as parameter names.
    expect(script).toContain('$dir = $typed[$i].Trim([char]34, [char]39)');
    expect(script).toContain("$type = 'ParameterName'");
  });

  it('carries the command tree as one line of JSON between the here-string delimiters, keyed from infoview', () => {
    const open = lines.findIndex((l) => l.endsWith("ConvertFrom-Json @'"));
    expect(lines[open + 2]).toBe("'@");
    const tree = JSON.parse(lines[open + 1] as string);
    expect(Object.keys(tree)).toEqual(['infoview', 'infoview show', 'infoview add', 'infoview add outreach']);
    expect(tree['infoview add outreach']).toEqual({
      flags: ['--channel', '-c'],
      values: { '--channel': { words: ['email', 'linkedin'] }, '-c': { words: ['email', 'linkedin'] } },
      subcommands: [],
      args: ['contact'],
    });
    expect(tree.infoview.values).toEqual({ '--dir': 'dir' });
    // Descriptions never reach the script: nothing in them can end the here-string or run.
    expect(script).not.toContain('$(danger)');
  });
});
