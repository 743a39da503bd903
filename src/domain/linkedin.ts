/**
 * LinkedIn's connections export (Settings → Data privacy → Get a copy of your data → Connections),
 * as rows → contact fields, and the plan of what an import adds, updates or skips. Pure: the CSV
 * is parsed by the command; this module sees cells and line numbers.
 *
 * Real files open with a `Notes:` block before the header, so the header is searched for.
 */
import { excerpt } from './excerpt.js';
import { isCalendarDate, isIsoDay } from './iso.js';
import { fold, hasLineBreak } from './text.js';
import { checkEmail, checkUrl } from './validate.js';
import type { Contact } from './schema.js';

/** The columns every export has (`Email Address` is absent in some older ones). */
const REQUIRED = ['first name', 'last name', 'url', 'company', 'position', 'connected on'] as const;
const OPTIONAL = ['email address'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** Column name → index in the header. */
type HeaderMap = Map<Column, number>;

/**
 * The export's text: UTF-8 as LinkedIn writes it (a byte-order mark dropped), or, when the bytes
 * are not UTF-8, Windows-1252: what Excel on Windows writes when the file is saved again as
 * "CSV" there, so José stays José instead of becoming U+FFFD. `legacy` says which, for a warning.
 */
export function decodeExport(bytes: Uint8Array): { text: string; legacy: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false };
  } catch {
    // Windows-1252 is Latin-1 but for 0x80–0x9F (written out: some Node versions decode
    // 'windows-1252' as plain Latin-1, which turns “quotes” and € into control characters).
    let text = '';
    // A UTF-8 byte-order mark before bytes that are not UTF-8 after all: still no text.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (const byte of bytes.subarray(bom)) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return { text, legacy: true };
  }
}

/** Windows-1252's 0x80–0x9F; its five unassigned bytes stay the Latin-1 control they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const cellsOf = (line: string) => line.split(',').map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase());

/** The 0-based index of the header line, or -1. Looks at the first 50 lines only. */
export function findHeaderLine(lines: readonly string[]): number {
  return lines.slice(0, 50).findIndex((line) => {
    const cells = cellsOf(line.replace(/^\uFEFF/, ''));
    return REQUIRED.every((c) => cells.includes(c));
  });
}

/** Where each column is, from the parsed header cells. */
export function headerMap(cells: readonly string[]): HeaderMap {
  const map: HeaderMap = new Map();
  cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase() as Column;
    if (((REQUIRED as readonly string[]).includes(name) || (OPTIONAL as readonly string[]).includes(name)) && !map.has(name)) map.set(name, i);
  });
  return map;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `12 Mar 2024` → `2024-03-12`; also accepts ISO `2024-03-12`. Undefined when it is neither, or no such day (`31 Feb 2024`). */
export function parseConnectedOn(value: string): string | undefined {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isIsoDay(v) ? v : undefined;
  const m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -,]+(\d{4})$/.exec(v);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[2] as string).toLowerCase());
  const day = Number(m[1]);
  if (month < 0 || !isCalendarDate(Number(m[3]), month + 1, day)) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A profile address reduced to compare equal across exports: https, no query, no trailing slash, lower-case. */
export function profileKey(url: string): string {
  return url.trim().toLowerCase().replace(/^http:/, 'https:').replace(/[?#].*$/, '').replace(/\/+$/, '').replace('://linkedin.com', '://www.linkedin.com');
}

/** The contact fields one row carries. `connectedOn` keeps the connection date (YYYY-MM-DD). */
export interface Connection {
  line: number;
  name: string;
  company?: string;
  role?: string;
  linkedin?: string;
  email?: string;
  connectedOn?: string;
}

export interface RowProblem {
  line: number;
  message: string;
  /** True when the row was skipped; false when it was imported without the bad value. */
  skipped: boolean;
}

/** One data row → a Connection, plus what was wrong with it. */
export function connectionFromRow(cells: readonly string[], header: HeaderMap, line: number): { connection?: Connection; problems: RowProblem[] } {
  const width = Math.max(...header.values()) + 1;
  if (cells.length < width) {
    return { problems: [{ line, message: `expected ${width} fields, found ${cells.length}`, skipped: true }] };
  }
  const get = (c: Column) => {
    const i = header.get(c);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const name = [get('first name'), get('last name')].filter(Boolean).join(' ');
  if (!name) return { problems: [{ line, message: 'no first or last name', skipped: true }] };
  if (hasLineBreak(name)) return { problems: [{ line, message: 'the name has a line break in it', skipped: true }] };
  const problems: RowProblem[] = [];
  const connection: Connection = { line, name };
  if (get('company')) connection.company = get('company');
  if (get('position')) connection.role = get('position');
  const url = get('url');
  if (url && checkUrl(url) === true) connection.linkedin = url;
  else if (url) problems.push({ line, message: `URL "${excerpt(url)}" is not a web address; imported without it`, skipped: false });
  const email = get('email address');
  if (email && checkEmail(email) === true) connection.email = email;
  else if (email) problems.push({ line, message: `email "${excerpt(email)}" is not an address; imported without it`, skipped: false });
  const date = get('connected on');
  const connectedOn = date ? parseConnectedOn(date) : undefined;
  if (connectedOn) connection.connectedOn = connectedOn;
  else if (date) problems.push({ line, message: `"Connected On" date "${excerpt(date)}" not understood; imported without it`, skipped: false });
  return { connection, problems };
}

/** An existing contact as the plan sees it. */
interface Existing {
  slug: string;
  contact: Contact;
}

export interface Change {
  key: 'company' | 'role' | 'linkedin' | 'connectedOn';
  from?: string | undefined;
  to: string;
}

export interface ImportPlan {
  add: Connection[];
  update: { slug: string; name: string; line: number; changes: Change[] }[];
  /** Rows already in the folder unchanged, or repeated in the file. */
  unchanged: number;
}

const nameKey = (name: string, company: string | undefined) => `${fold(name)}|${fold(company ?? '')}`;

/**
 * Match each connection to an existing contact by LinkedIn URL, then by name + company. A match
 * updates only what LinkedIn owns (company, role when they changed) and fills the profile address
 * and connection date when the file has none; everything the person wrote stays as it is.
 */
export function planImport(existing: readonly Existing[], connections: readonly Connection[]): ImportPlan {
  const byUrl = new Map<string, Existing>();
  const byName = new Map<string, Existing>();
  for (const e of existing) {
    if (typeof e.contact.linkedin === 'string') byUrl.set(profileKey(e.contact.linkedin), e);
    byName.set(nameKey(e.contact.name, e.contact.company), e);
  }
  const plan: ImportPlan = { add: [], update: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const c of connections) {
    const keys = [c.linkedin ? `u:${profileKey(c.linkedin)}` : undefined, `n:${nameKey(c.name, c.company)}`].filter((k): k is string => Boolean(k));
    if (keys.some((k) => seen.has(k))) {
      plan.unchanged++;
      continue;
    }
    keys.forEach((k) => seen.add(k));
    const match = (c.linkedin ? byUrl.get(profileKey(c.linkedin)) : undefined) ?? byName.get(nameKey(c.name, c.company));
    if (!match) {
      plan.add.push(c);
      continue;
    }
    const now = match.contact;
    const changes: Change[] = [];
    for (const key of ['company', 'role'] as const) {
      const to = c[key];
      if (to && to !== now[key]) changes.push({ key, from: now[key], to });
    }
    if (c.linkedin && !now.linkedin) changes.push({ key: 'linkedin', to: c.linkedin });
    if (c.connectedOn && now.connectedOn === undefined) changes.push({ key: 'connectedOn', to: c.connectedOn });
    if (changes.length) plan.update.push({ slug: match.slug, name: now.name, line: c.line, changes });
    else plan.unchanged++;
  }
  return plan;
}

/** The fields of a new contact file for one connection. */
export function newContactFields(c: Connection): Record<string, unknown> {
  return { name: c.name, company: c.company, role: c.role, linkedin: c.linkedin, email: c.email, source: 'linkedin', connectedOn: c.connectedOn };
}
