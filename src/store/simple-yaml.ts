/**
 * A fast reader for the plain YAML that contact files nearly always are: block mappings and
 * lists, one-line scalars (plain, quoted), `[a, b]` lists and `|` text. It builds plain data only,
 * an order of magnitude faster than yaml's Document with line positions, which a first run over thousands of
 * files cannot afford.
 *
 * It is a shortcut, never a second opinion: anything outside that subset (anchors, aliases, tags,
 * `{}` maps, folded or multi-line scalars, tabs, a lone CR, odd indentation, duplicate keys, exotic keys)
 * returns undefined and the caller parses the file with yaml as before, which also explains
 * errors with line and column. Scalars resolve exactly as yaml's YAML 1.2 core schema does.
 * test/unit/simple-yaml.test.ts checks it against yaml on generated files.
 */

/** Thrown inside the reader when the text leaves the subset; never escapes `parseSimpleYaml`. */
const NOT_SIMPLE = Symbol('not simple');

/** Characters yaml treats specially or rejects somewhere: their files take the full parser. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** An identifier-like key, short enough for yaml's 1024-character implicit-key limit. */
const KEY = /^([A-Za-z_][\w-]{0,99}):(?: +|$)/;
/** Keys yaml would not read as the same string (null, booleans) or treats specially. */
const ODD_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
const SAFE_END = /^(?: +(?:#.*)?)?$/;

// yaml 2's core schema, tested in its order (yaml/dist/schema/core/*.js).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** First characters that can start one of the tagged forms above. */
const MAYBE_TAGGED = /^[-+.0-9~nNtTfF]/;

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

function notSimple(): never {
  throw NOT_SIMPLE;
}

/** A plain scalar's value under the core schema. */
function resolvePlain(s: string): unknown {
  if (!MAYBE_TAGGED.test(s)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Strip trailing spaces (only U+0020: YAML does not treat other Unicode spaces as blanks). */
function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end -= 1;
  let start = 0;
  while (start < end && s.charCodeAt(start) === 32) start += 1;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n += 1;
  return n;
}

/** Empty, spaces only, or a comment. */
function isSkippable(line: string): boolean {
  const n = indentOf(line);
  return n === line.length || line.charCodeAt(n) === 35; // '#'
}

const isItem = (line: string, at: number) => line.charCodeAt(at) === 45 && (line.length === at + 1 || line.charCodeAt(at + 1) === 32);

/** A plain scalar may not start with an indicator (nor `?`, `:`, or `-` unless a number follows). */
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?![0-9.]))/;

class Reader {
  private i = 0;
  constructor(private readonly lines: string[]) {}

  /** Index of the next line with content (not blank, not a comment), from the current one. */
  private nextContent(): number {
    let j = this.i;
    while (j < this.lines.length && isSkippable(this.lines[j] as string)) j += 1;
    return j;
  }

  document(): Record<string, unknown> {
    const j = this.nextContent();
    const line = this.lines[j];
    if (line === undefined || indentOf(line) !== 0) notSimple();
    this.i = j;
    const map = this.mapping(0, line);
    if (this.nextContent() < this.lines.length) notSimple();
    return map;
  }

  /** A block mapping whose keys sit at column `indent`; `first` is the current line's rest. */
  private mapping(indent: number, first?: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let rest = first;
    for (;;) {
      if (rest === undefined) {
        const j = this.nextContent();
        const line = this.lines[j];
        if (line === undefined) break;
        const at = indentOf(line);
        if (at < indent) break;
        if (at > indent) notSimple();
        this.i = j;
        rest = line.slice(indent);
      }
      const m = KEY.exec(rest);
      if (!m) notSimple();
      const key = m[1] as string;
      if (ODD_KEY.test(key) || Object.prototype.hasOwnProperty.call(map, key)) notSimple();
      const after = rest.slice(m[0].length);
      this.i += 1;
      map[key] = after === '' || after[0] === '#' ? this.nested(indent, true) : this.inline(after, indent);
      rest = undefined;
    }
    return map;
  }

  /**
   * The value of `key:` or `-` with nothing after it: a deeper block, a list at the key's column
   * (`flush`, for keys only), or null.
   */
  private nested(indent: number, flush: boolean): unknown {
    const j = this.nextContent();
    const line = this.lines[j];
    if (line === undefined) return null;
    const at = indentOf(line);
    if (at < indent || (at === indent && !(flush && isItem(line, at)))) return null;
    this.i = j;
    return isItem(line, at) ? this.sequence(at) : this.mapping(at);
  }

  /** A block list whose `- ` marks sit at column `indent`. */
  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      const j = this.nextContent();
      const line = this.lines[j];
      if (line === undefined) break;
      const at = indentOf(line);
      if (at < indent || (at === indent && !isItem(line, at))) break;
      if (at > indent) notSimple();
      this.i = j;
      const start = indentOf(line.slice(at + 1)) + at + 1;
      const rest = line.slice(start);
      if (rest[0] === '#' || isItem(rest, 0)) notSimple();
      if (rest === '') {
        this.i += 1;
        list.push(this.nested(indent, false));
      } else if (KEY.test(rest)) {
        list.push(this.mapping(start, rest));
      } else {
        this.i += 1;
        list.push(this.inline(rest, indent));
      }
    }
    return list;
  }

  /** A value on the same line as its key or `- `. `owner` is that key's or mark's column. */
  private inline(text: string, owner: number): unknown {
    switch (text[0]) {
      case '"':
        return doubleQuoted(text);
      case "'":
        return singleQuoted(text);
      case '[':
        return flowList(text);
      case '|':
        return this.literal(text, owner);
      default: {
        if (INDICATOR.test(text)) notSimple();
        const hash = text.indexOf(' #');
        const s = trimSpaces(hash === -1 ? text : text.slice(0, hash));
        if (s.includes(': ') || s.endsWith(':')) notSimple();
        return resolvePlain(s);
      }
    }
  }

  /** A `|` or `|-` block of text; its lines must be indented past `owner`. */
  private literal(header: string, owner: number): string {
    if (header !== '|' && header !== '|-') notSimple();
    const parts: string[] = [];
    let indent = -1;
    let lastContent = -1;
    let j = this.i;
    for (; j < this.lines.length; j += 1) {
      const line = this.lines[j] as string;
      const at = indentOf(line);
      if (at === line.length) {
        // A blank line: part of the text unless it carries spaces yaml would keep or reject.
        if (indent >= 0 && at > indent) notSimple();
        parts.push('');
        continue;
      }
      if (indent < 0) {
        if (at <= owner) break;
        indent = at;
        if (parts.some((_, k) => (this.lines[this.i + k] as string).length > indent)) notSimple();
      } else if (at < indent) break;
      parts.push(line.slice(indent));
      lastContent = parts.length;
    }
    if (lastContent < 0) notSimple();
    this.i = j;
    const body = parts.slice(0, lastContent).join('\n');
    return header === '|' ? `${body}\n` : body;
  }
}

function doubleQuoted(text: string): string {
  let out = '';
  let from = 1;
  let k = 1;
  for (; k < text.length; k += 1) {
    const ch = text[k];
    if (ch === '"') break;
    if (ch !== '\\') continue;
    out += text.slice(from, k);
    const next = text[k + 1] as string;
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      k += 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = text.slice(k + 2, k + 2 + length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) notSimple();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) notSimple();
      out += String.fromCodePoint(code);
      k += 1 + length;
    } else {
      notSimple();
    }
    from = k + 1;
  }
  if (k >= text.length || !SAFE_END.test(text.slice(k + 1))) notSimple();
  return out + text.slice(from, k);
}

function singleQuoted(text: string): string {
  let out = '';
  let from = 1;
  for (let k = 1; k < text.length; k += 1) {
    if (text[k] !== "'") continue;
    out += text.slice(from, k);
    if (text[k + 1] === "'") {
      out += "'";
      k += 1;
      from = k + 1;
      continue;
    }
    if (!SAFE_END.test(text.slice(k + 1))) notSimple();
    return out;
  }
  return notSimple();
}

/** `[a, b]` on one line, of plain scalars. */
function flowList(text: string): unknown[] {
  const close = text.indexOf(']');
  if (close === -1 || !SAFE_END.test(text.slice(close + 1))) notSimple();
  const inner = text.slice(1, close);
  if (/[[{}"':#]/.test(inner)) notSimple();
  if (trimSpaces(inner) === '') return [];
  return inner.split(',').map((raw) => {
    const s = trimSpaces(raw);
    if (s === '' || INDICATOR.test(s)) notSimple();
    return resolvePlain(s);
  });
}

/**
 * The plain data of a YAML text when it is inside the simple subset (a mapping at the top), else
 * undefined. When it returns data, it is exactly what `parseDocument(text).toJS()` gives.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  // Windows line ends read as plain ones (yaml treats CRLF as a line break everywhere); a lone CR
  // is unusual.
  let lf = text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
  // So does a byte-order mark at the very start (Windows editors write one); anywhere else it is unusual.
  if (lf.charCodeAt(0) === 0xfeff) lf = lf.slice(1);
  if (UNUSUAL.test(lf)) return undefined;
  try {
    return new Reader(lf.split('\n')).document();
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}
