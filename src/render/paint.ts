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
function style(openCode: number, closeCode: number): Style {
  const open = `\u001b[${openCode}m`;
  const close = `\u001b[${closeCode}m`;
  return (text) => {
    if (!text) return text;
    let body = text.includes('\u001b') ? text.split(close).join(close + open) : text;
    if (body.includes('\n')) body = body.replace(/\r?\n/g, (lf) => close + lf + open);
    return open + body + close;
  };
}

const plain: Style = (text) => text;

/** Styles with codes when `on`, identity functions when not. */
export function makePaint(on: boolean): Paint {
  const styles = Object.fromEntries(Object.entries(CODES).map(([name, [a, b]]) => [name, on ? style(a, b) : plain]));
  return { on, ...styles } as Paint;
}
