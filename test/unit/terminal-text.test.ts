import { describe, expect, it } from 'vitest';
import { makePaint, paintMark } from '../../src/render/paint.js';
import { displayWidth } from '../../src/render/table.js';
import { forTerminal } from '../../src/render/terminal-text.js';
import { commitMessage } from '../../src/store/git-commit.js';

describe('forTerminal', () => {
  const cases: [string, string, string][] = [
    ['plain text is unchanged', 'Maya Chen · Blue Bottle ☕ 李雷', 'Maya Chen · Blue Bottle ☕ 李雷'],
    ['line feed and tab stay', 'a\n\tb\n', 'a\n\tb\n'],
    ['an OSC title and BEL', '\u001b]0;pwned\u0007x', String.raw`\e]0;pwned\ax`],
    ['a CSI clear screen', '\u001b[2J', String.raw`\e[2J`],
    ['an SGR from data', '\u001b[31mred', String.raw`\e[31mred`],
    ['a lone CR', 'ok\rfake', String.raw`ok\rfake`],
    ['CRLF becomes a line end', 'a\r\nb', 'a\nb'],
    ['C1 CSI and NEL', '\u009b2J\u0085', String.raw`\u009b2J\u0085`],
    ['NUL, DEL, other C0', '\u0000\u007f\u0001\u001f', String.raw`\0\x7f\x01\x1f`],
    ['a bidi override and its pop', 'Bidi\u202eevil\u202c', String.raw`Bidi\u202eevil\u202c`],
    ['an isolate and the line and paragraph separators', '\u2066x\u2069\u2028y\u2029', String.raw`\u2066x\u2069\u2028y\u2029`],
  ];
  for (const [what, input, output] of cases) it(what, () => expect(forTerminal(input)).toBe(output));

  it("turns only the painter's mark into ESC, after escaping the data", () => {
    const mark = paintMark('k3y');
    const paint = makePaint(true, mark);
    const text = paint.bold(`Eve \u001b[2J${paint.cyan('x')}`);
    expect(forTerminal(text, mark)).toBe(String.raw`${'\u001b'}[1mEve \e[2J${'\u001b'}[36mx${'\u001b'}[39m${'\u001b'}[22m`);
    // Data that copies the shape of a mark, without the run's random part, stays text.
    expect(forTerminal(`${paintMark('guess')}[31mx`, mark)).toBe(`${paintMark('guess')}[31mx`);
  });

  it('a raw ESC from data inside nested styles stays data: chalk never reopens after it, and it prints escaped', () => {
    const mark = paintMark('n3st');
    const paint = makePaint(true, mark);
    const E = '\u001b';
    // Data carries the very codes chalk looks for (bold's and a colour's reset), next to an inner style.
    const text = paint.bold(`Eve ${E}[22m ${paint.red(`in ${E}[39m ${paint.cyan('x')} y`)} z`);
    expect(text.includes(`${E}[22m`) && text.includes(`${E}[39m`)).toBe(true); // the data's ESC is kept as it was
    expect(forTerminal(text, mark)).toBe(
      `${E}[1mEve \\e[22m ${E}[31min \\e[39m ${E}[36mx${E}[39m${E}[31m y${E}[39m z${E}[22m`,
    );
    // A data character in the private-use range next to ESC survives too.
    expect(forTerminal(paint.bold(`a\uE002${E}b`), mark)).toBe(`${E}[1ma\uE002\\eb${E}[22m`);
  });

  it('a marked style measures like plain text in a table', () => {
    const paint = makePaint(true, paintMark('abc123'));
    expect(displayWidth(paint.bold(paint.red('Maya')))).toBe(4);
  });
});

describe('commitMessage', () => {
  it('escapes control characters in names', () => {
    expect(commitMessage('add contact', 'Eve \u001b]0;x\u0007', [])).toBe(String.raw`add contact: Eve \e]0;x\a`);
  });
});

describe('displayWidth', () => {
  it('counts a control character as the escape the terminal will show', () => {
    expect(displayWidth('a\u001b[2Jb')).toBe(String.raw`a\e[2Jb`.length);
  });
});
