/**
 * Terminal styles: the few SGR codes infoview uses, or plain text when colour is off. Written here
 * instead of chalk because chalk's load and colour detection cost ≈ 5 ms on every run; whether to
 * colour is decided by `colorWanted` in context.ts, so all this needs is on or off.
 */

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

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const satisfies Record<Exclude<keyof Paint, 'on'>, readonly [number, number]>;

/**
 * A style that survives nesting and line breaks, the way chalk does it: an inner style's reset
 * that would also end this one (bold and dim share `22`, colours share `39`) is followed by this
 * style's opening code again, and each line is closed and reopened so a pager or a terminal
 * that redraws one line never shows the colour bleeding past it.
 */
function style(openCode: number, closeCode: number, escape: string): Style {
  const open = `${escape}[${openCode}m`;
  const close = `${escape}[${closeCode}m`;
  return (text) => {
    if (!text) return text;
    let body = text.includes(escape) ? text.split(close).join(close + open) : text;
    if (body.includes('\n')) body = body.replace(/\r?\n/g, (lf) => close + lf + open);
    return open + body + close;
  };
}

const plain: Style = (text) => text;

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
export function makePaint(on: boolean, escape = '\u001b'): Paint {
  const styles = Object.fromEntries(Object.entries(CODES).map(([name, [a, b]]) => [name, on ? style(a, b, escape) : plain]));
  return { on, ...styles } as Paint;
}
