/**
 * Terminal styles, from chalk: whether to colour is decided by `colorWanted` in context.ts, so
 * chalk gets a level (basic colours, or none) and never looks at the terminal itself.
 */
import { Chalk, type ChalkInstance } from 'chalk';

/** One style: wraps text in its codes (identity when colour is off). */
export type Style = (text: string) => string;

export interface Paint {
  /** True when styles emit escape codes. */
  readonly on: boolean;
  bold: Style;
  dim: Style;
  italic: Style;
  underline: Style;
  red: Style;
  green: Style;
  yellow: Style;
  magenta: Style;
  cyan: Style;
}

const NAMES = ['bold', 'dim', 'italic', 'underline', 'red', 'green', 'yellow', 'magenta', 'cyan'] as const satisfies readonly Exclude<keyof Paint, 'on'>[];

const ESC = '\u001b';
const swap = (text: string, from: string, to: string) => (text.includes(from) ? text.split(from).join(to) : text);

/** A private-use character that `text` does not contain. */
function unusedIn(text: string): string {
  let code = 0xe002;
  while (text.includes(String.fromCharCode(code))) code++;
  return String.fromCharCode(code);
}

/**
 * chalk's style, written with `mark` instead of ESC. chalk finds the codes of inner styles by
 * their ESC (an inner reset that also ends this style is followed by this style's code again),
 * so the marks in `text` become ESC for the call and ESC becomes a mark again after. An ESC
 * that was in `text` already came from data: it is set aside first and put back as it was, so
 * chalk never takes it for a code and it never becomes a mark.
 */
function marked(style: ChalkInstance, mark: string): Style {
  return (text) => {
    if (!text.includes(ESC)) return swap(style(swap(text, mark, ESC)), ESC, mark);
    const aside = unusedIn(text);
    const styled = style(swap(swap(text, ESC, aside), mark, ESC));
    return swap(swap(styled, ESC, mark), aside, ESC);
  };
}

/**
 * A stand-in for ESC that no data can contain, made from `random` (a fresh value each run): the
 * styles write it, and only render/terminal-text.ts turns it into ESC, after every control
 * character that came from data has been escaped. So a name can never emit a code of its own.
 */
export function paintMark(random: string): string {
  return `\uE000${random}\uE001`;
}

/** Matches one SGR code, written with ESC or with a mark: for measuring what a terminal shows. */
// eslint-disable-next-line no-control-regex -- matching terminal colour codes is the point
export const SGR = /(?:\u001b|\uE000[0-9a-z]*\uE001)\[[0-9;]*m/g;

/** Styles with codes when `on` (opened by `escape`: ESC, or a paintMark), identity functions when not. */
export function makePaint(on: boolean, escape = ESC): Paint {
  const chalk = new Chalk({ level: on ? 1 : 0 });
  const style = (name: (typeof NAMES)[number]): Style => (!on ? (text) => text : escape === ESC ? chalk[name] : marked(chalk[name], escape));
  return { on, ...Object.fromEntries(NAMES.map((name) => [name, style(name)])) } as Paint;
}
