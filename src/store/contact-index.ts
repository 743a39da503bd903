/**
 * The derived index: every contact file's facts and fields (or its parse error), keyed by the
 * file's name, size, mtime, ctime and inode, in one file at `<dir>/.index/contacts.idx`. A warm
 * `readAll` stats the files and reads this one file, and never loads yaml or zod.
 *
 * Layout, built so a warm read of 10,000 contacts allocates almost nothing:
 * - a first line with the header's length in bytes and its checksum;
 * - the header, one line of ASCII JSON: format, app version, folder, byte order; the slugs and
 *   the folded names (one string each, `\n`-separated); every name, and every meeting's and
 *   outreach's `at` as the file writes it (each the JSON text of one array, parsed on first use);
 *   the sizes of the parts below and their checksums;
 * - the facts part: one record of numbers per file (RECORD: its key, and where its times, `at`s,
 *   text and fields are), then every meeting's and outreach's times (TIMES), as float64s; then
 *   each file's other text (company, role, field, tags, warnings; or its error) as ASCII JSON,
 *   parsed only for the contacts a command shows it for;
 * - the fields part: each contact's fields as the UTF-8 JSON text `list --json` prints, back to
 *   back in list order (name, then slug). A command that needs only the facts (`followup`,
 *   `list`) does not read it; `list --json` reads it front to back through one reused buffer
 *   (fields-window.ts) and copies it to its output as it is (render/contact-json.ts).
 *
 * The YAML files stay the only source of truth. The index is used only when its format, app
 * version, folder, byte order and checksums match; anything missing, stale, corrupt or foreign is
 * ignored and rebuilt, so deleting `.index/` is always safe. It lives in the data folder (not
 * ~/.cache) so personal data never outlives the folder it came from, shares the folder's 0700
 * mode, needs no per-path key for `--dir`, and is already git-ignored.
 */
import { closeSync, fstatSync, mkdirSync, openSync, rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ContactFacts, MeetingFacts, OutreachFacts } from '../domain/facts.js';
import { fold } from '../domain/text.js';
import type { Bytes } from '../domain/contact-fields.js';
import { VERSION } from '../version.js';
import { atomicWrite, sweepTemps } from './atomic.js';
import { checksum } from './checksum.js';
import { FieldsWindow, readFieldsPart, readInto, type FieldsPart } from './fields-window.js';
import type { FileKey } from './file-cache.js';

/** Bump when the layout or what parsing produces changes. */
const FORMAT = 9;

/** A file that parsed and validated. */
interface ContactEntry {
  key: FileKey;
  facts: ContactFacts;
  warnings: string[];
  /**
   * The contact's fields as UTF-8 JSON text without braces (render/contact-json.ts
   * `contactFieldsJson`); absent when the index was read for the facts only.
   */
  fields?: Bytes | undefined;
  /** The fields can be spliced into `list --json` (render/contact-json.ts). */
  spliceable: boolean;
}

/** A file that did not: the message after the file name, and the hint. */
interface ErrorEntry {
  key: FileKey;
  error: { detail: string; hint?: string };
}

export type IndexEntry = ContactEntry | ErrorEntry;

/** The slots of a file's record. Absent numbers (minutes, keepInTouchDays…) are NaN. */
const SIZE = 0;
const MTIME = 1;
const CTIME = 2;
const INO = 3;
const KIND = 4;
const KEEP_IN_TOUCH = 5;
const TIMES_AT = 6;
const MEETINGS = 7;
const OUTREACH = 8;
const ATS_AT = 9;
const TEXT_AT = 10;
const TEXT_END = 11;
const FIELDS_AT = 12;
const FIELDS_END = 13;
const RECORD = 14;
/** A meeting's times: atMs, minutes, thankedMs, debriefed (0 or 1); an outreach's: atMs, repliedMs. */
const MEETING = 4;
const OUTREACH_TIMES = 2;
/** KIND */
const CONTACT = 0;
const SPLICEABLE = 1;
const ERROR = 2;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Header {
  format: number;
  app: string;
  dir: string;
  littleEndian: boolean;
  slugs: string;
  /** Each contact's name folded (domain/text.ts; never has a line break), `\n`-separated; empty for an error. */
  nameKeys: string;
  /** JSON text: an array of each contact's name ('' for an error). */
  names: string;
  /** JSON text: an array of every `at`, each contact's meetings then its outreach, oldest first. */
  ats: string;
  /** float64s in RECORDs and TIMES */
  numbers: number;
  /** bytes of text, padded to a multiple of 8 so the fields part starts aligned */
  text: number;
  fields: number;
  /** Checksums of the facts part and the fields part (the header's own is on the first line). */
  factsSum: number;
  fieldsSum: number;
}

/** A contact's other text, as saved: company, role, field, tags (null when absent), warnings. Decoded on first use. */
type Text = [company: string | null, role: string | null, field: string | null, tags: string[] | null, warnings: string[]];

const nanToUndefined = (n: number): number | undefined => (Number.isNaN(n) ? undefined : n);
const isIndex = (n: number | undefined, max: number): n is number => n !== undefined && Number.isInteger(n) && n >= 0 && n <= max;

/**
 * A loaded index: the slugs, the numbers as one Float64Array over the file's bytes, and the text
 * and fields still as bytes. Nothing per contact exists until a command asks for it.
 */
export class ContactIndex {
  readonly #numbers: Float64Array;
  readonly #recordsEnd: number;
  readonly #text: Buffer;
  #fields: Buffer | undefined;
  readonly #decoded: (Text | undefined)[];
  #positions: Map<string, number> | undefined;

  #nameKeys: string[] | undefined;
  #names: string[] | undefined;
  #ats: string[] | undefined;

  constructor(
    readonly slugs: readonly string[],
    private readonly lists: Pick<Header, 'nameKeys' | 'names' | 'ats'>,
    numbers: Float64Array,
    text: Buffer,
    fields: Buffer | undefined,
    private readonly fieldsPart: FieldsPart,
  ) {
    this.#numbers = numbers;
    this.#recordsEnd = slugs.length * RECORD;
    this.#text = text;
    this.#fields = fields;
    this.#decoded = new Array<Text | undefined>(slugs.length);
  }

  get size(): number {
    return this.slugs.length;
  }

  /** The position of `slug`, or -1. Both lists are sorted, so the caller's guess is usually right. */
  find(slug: string, guess: number): number {
    if (this.slugs[guess] === slug) return guess;
    this.#positions ??= new Map(this.slugs.map((s, i) => [s, i]));
    return this.#positions.get(slug) ?? -1;
  }

  /** The entry at `i` is for a file with these stats, and its record points inside the index. */
  current(i: number, stats: Stats): boolean {
    const n = this.#numbers;
    const r = i * RECORD;
    if (n[r + SIZE] !== stats.size || n[r + MTIME] !== stats.mtimeMs || n[r + CTIME] !== stats.ctimeMs || n[r + INO] !== stats.ino) return false;
    // A sound index always passes; these keep a damaged one from reading out of bounds.
    const textEnd = n[r + TEXT_END];
    if (!isIndex(textEnd, this.#text.length) || !isIndex(n[r + TEXT_AT], textEnd)) return false;
    const kind = n[r + KIND];
    if (kind === ERROR) return true;
    if (kind !== CONTACT && kind !== SPLICEABLE) return false;
    const times = n[r + TIMES_AT];
    const meetings = n[r + MEETINGS];
    const outreach = n[r + OUTREACH];
    const fieldsEnd = n[r + FIELDS_END];
    if (!isIndex(times, n.length) || !isIndex(meetings, n.length) || !isIndex(outreach, n.length)) return false;
    if (this.#recordsEnd + times + meetings * MEETING + outreach * OUTREACH_TIMES > n.length) return false;
    return isIndex(fieldsEnd, this.fieldsPart.length) && isIndex(n[r + FIELDS_AT], fieldsEnd);
  }

  /** The folded name at `i`: one split for everyone, on first use. */
  nameKey(i: number): string {
    this.#nameKeys ??= this.lists.nameKeys.split('\n');
    return this.#nameKeys[i] ?? '';
  }

  /** The name at `i`: one parse for everyone, on first use. */
  name(i: number): string {
    this.#names ??= JSON.parse(this.lists.names) as string[];
    return this.#names[i] ?? '';
  }

  /** The `k`th `at` of all (ATS_AT gives a contact's first). */
  at(k: number): string {
    this.#ats ??= JSON.parse(this.lists.ats) as string[];
    return this.#ats[k] ?? '';
  }

  isError(i: number): boolean {
    return this.#numbers[i * RECORD + KIND] === ERROR;
  }

  /** The entry at `i` (a `current` one) as `saveIndex` takes it. */
  entry(i: number): IndexEntry {
    const n = this.#numbers;
    const r = i * RECORD;
    const key = { size: n[r + SIZE] as number, mtimeMs: n[r + MTIME] as number, ctimeMs: n[r + CTIME] as number, ino: n[r + INO] as number };
    if (this.isError(i)) return { key, error: this.error(i) };
    return { key, facts: this.facts(i), warnings: this.warnings(i), fields: this.fields(i), spliceable: this.spliceable(i) };
  }

  error(i: number): ErrorEntry['error'] {
    const [detail, hint] = this.#parse(i) as [string, string | null];
    return hint === null ? { detail } : { detail, hint };
  }

  facts(i: number): ContactFacts {
    return new IndexedFacts(this, i, this.#numbers, i * RECORD, this.#recordsEnd);
  }

  /** The latest outreach's time at `i` (-Infinity without one), read without making the facts. */
  latestOutreachMs(i: number): number {
    const n = this.#numbers;
    const r = i * RECORD;
    let latest = -Infinity;
    let t = this.#recordsEnd + (n[r + TIMES_AT] as number) + (n[r + MEETINGS] as number) * MEETING;
    for (let k = 0, count = n[r + OUTREACH] as number; k < count; k++, t += OUTREACH_TIMES) latest = Math.max(latest, n[t] as number);
    return latest;
  }

  warnings(i: number): string[] {
    return this.text(i)[4];
  }

  spliceable(i: number): boolean {
    return this.#numbers[i * RECORD + KIND] === SPLICEABLE;
  }

  /** The fields text at `i`, when the fields part was read. */
  fields(i: number): Bytes | undefined {
    if (!this.#fields) return undefined;
    const r = i * RECORD;
    return { buffer: this.#fields, start: this.#numbers[r + FIELDS_AT] as number, end: this.#numbers[r + FIELDS_END] as number };
  }

  /**
   * Read the fields part after all, for an index read without it that must now be rewritten
   * (a facts-only read that met a changed file); false when the file is no longer this index or
   * its fields are damaged.
   */
  loadFields(): boolean {
    this.#fields ??= readFieldsPart(this.fieldsPart);
    return this.#fields !== undefined;
  }

  /**
   * The fields part through one reused buffer (fields-window.ts), for an index read without it;
   * undefined when the file is no longer this index or its fields are damaged.
   */
  openFields(): FieldsWindow | undefined {
    return FieldsWindow.open(this.fieldsPart);
  }

  /** The fields text at `i`, through `window`: valid until the window's next read. */
  fieldsThrough(window: FieldsWindow, i: number): Bytes {
    const r = i * RECORD;
    return window.bytes(this.#numbers[r + FIELDS_AT] as number, this.#numbers[r + FIELDS_END] as number);
  }

  /** A contact's other text, parsed on first use. */
  text(i: number): Text {
    return (this.#decoded[i] ??= this.#parse(i) as Text);
  }

  #parse(i: number): unknown[] {
    const r = i * RECORD;
    // The checksum guards these bytes, and saveIndex wrote them as JSON arrays.
    return JSON.parse(this.#text.toString('latin1', this.#numbers[r + TEXT_AT], this.#numbers[r + TEXT_END])) as unknown[];
  }
}

/** A contact's facts from the index: numbers read when made, strings when first asked for. */
class IndexedFacts implements ContactFacts {
  readonly meetings: MeetingFacts[] = [];
  readonly outreach: OutreachFacts[] = [];
  readonly keepInTouchDays: number | undefined;

  constructor(
    private readonly index: ContactIndex,
    private readonly i: number,
    n: Float64Array,
    r: number,
    recordsEnd: number,
  ) {
    this.keepInTouchDays = nanToUndefined(n[r + KEEP_IN_TOUCH] as number);
    let t = recordsEnd + (n[r + TIMES_AT] as number);
    let at = n[r + ATS_AT] as number;
    for (let k = 0, count = n[r + MEETINGS] as number; k < count; k++, t += MEETING) {
      this.meetings.push(new IndexedMeeting(index, at++, n[t] as number, nanToUndefined(n[t + 1] as number), nanToUndefined(n[t + 2] as number), n[t + 3] === 1));
    }
    for (let k = 0, count = n[r + OUTREACH] as number; k < count; k++, t += OUTREACH_TIMES) {
      this.outreach.push(new IndexedOutreach(index, at++, n[t] as number, nanToUndefined(n[t + 1] as number)));
    }
  }

  get name(): string {
    return this.index.name(this.i);
  }
  get company(): string | undefined {
    return this.index.text(this.i)[0] ?? undefined;
  }
  get role(): string | undefined {
    return this.index.text(this.i)[1] ?? undefined;
  }
  get field(): string | undefined {
    return this.index.text(this.i)[2] ?? undefined;
  }
  get tags(): string[] | undefined {
    return this.index.text(this.i)[3] ?? undefined;
  }
}

class IndexedMeeting implements MeetingFacts {
  constructor(
    private readonly index: ContactIndex,
    private readonly k: number,
    readonly atMs: number,
    readonly minutes: number | undefined,
    readonly thankedMs: number | undefined,
    readonly debriefed: boolean,
  ) {}

  get at(): string {
    return this.index.at(this.k);
  }
}

class IndexedOutreach implements OutreachFacts {
  constructor(
    private readonly index: ContactIndex,
    private readonly k: number,
    readonly atMs: number,
    readonly repliedMs: number | undefined,
  ) {}

  get at(): string {
    return this.index.at(this.k);
  }
}

const indexDirOf = (dir: string) => join(dir, '.index');
const indexPathOf = (dir: string) => join(indexDirOf(dir), 'contacts.idx');
/** The first line: `infoview-index`, the header's length in bytes and its checksum, each padded to a fixed width. */
const PREFIX = 'infoview-index ';
const LENGTH_DIGITS = 12;
const SUM_DIGITS = 10;
const PREFIX_BYTES = PREFIX.length + LENGTH_DIGITS + 1 + SUM_DIGITS + 1;

/** The index for `contactsDir`, or undefined when there is no usable one. */
export function loadIndex(dir: string, contactsDir: string, { withFields = true } = {}): ContactIndex | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(indexPathOf(dir), 'r');
    const { size, ino } = fstatSync(fd);
    const first = readExactly(fd, 0, PREFIX_BYTES).toString('latin1');
    const headerBytes = Number(first.slice(PREFIX.length, PREFIX.length + LENGTH_DIGITS));
    const headerSum = Number(first.slice(-1 - SUM_DIGITS, -1));
    if (!first.startsWith(PREFIX) || !Number.isSafeInteger(headerBytes) || PREFIX_BYTES + headerBytes > size) return undefined;
    const head = readExactly(fd, PREFIX_BYTES, headerBytes);
    // The checksum covers every list and size in the header, so a damaged one is never half-believed.
    if (checksum(head) !== headerSum) return undefined;
    // The header is ASCII, so latin1 decodes it exactly and faster than UTF-8.
    const h = JSON.parse(head.toString('latin1')) as Header;
    if (h?.format !== FORMAT || h.app !== VERSION || h.dir !== contactsDir || h.littleEndian !== LITTLE_ENDIAN) return undefined;
    if (typeof h.slugs !== 'string' || typeof h.nameKeys !== 'string' || typeof h.names !== 'string' || typeof h.ats !== 'string') return undefined;
    const factsBytes = h.numbers * 8 + h.text;
    const start = PREFIX_BYTES + headerBytes;
    if (!isIndex(h.numbers, size) || !isIndex(h.text, size) || !isIndex(h.fields, size) || start + factsBytes + h.fields !== size) return undefined;
    // One open file for every read: a concurrent rewrite (temp + rename) cannot mix two versions.
    // Read into a fresh ArrayBuffer, so the numbers are aligned for a Float64Array view.
    const body = Buffer.from(new ArrayBuffer(factsBytes + (withFields ? h.fields : 0)));
    readInto(fd, body, start);
    const facts = body.subarray(0, factsBytes);
    if (checksum(facts) !== h.factsSum) return undefined;
    const fields = withFields ? body.subarray(factsBytes) : undefined;
    if (fields && checksum(fields) !== h.fieldsSum) return undefined;
    const slugs = h.slugs === '' ? [] : h.slugs.split('\n');
    if (slugs.length * RECORD > h.numbers) return undefined;
    const part: FieldsPart = { path: indexPathOf(dir), ino, at: start + factsBytes, length: h.fields, sum: h.fieldsSum };
    return new ContactIndex(slugs, h, new Float64Array(body.buffer, 0, h.numbers), body.subarray(h.numbers * 8, factsBytes), fields, part);
  } catch {
    return undefined; // absent, unreadable, cut short or corrupt: rebuilt by the caller
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const readExactly = (fd: number, position: number, length: number) => readInto(fd, Buffer.allocUnsafe(length), position);

/** JSON with every character outside ASCII written as a `\u` escape (the same value, parsed). */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const orNaN = (n: number | undefined) => n ?? Number.NaN;

/** A contact's fields on their way into the index: its record's offset and its place among the slugs. */
interface Piece {
  record: number;
  position: number;
  bytes: Bytes;
}

const compareText = (a = '', b = '') => (a === b ? 0 : a < b ? -1 : 1);

/**
 * Replace the index atomically (0600, temp + rename; concurrent writers: the last one wins, none
 * corrupts it). Entries go in the order given (sorted by slug, as `readAll` reads them). Best
 * effort: a read-only folder just goes without an index.
 */
export function saveIndex(dir: string, contactsDir: string, entries: Iterable<[string, IndexEntry]>): void {
  const slugs: string[] = [];
  const nameKeys: string[] = [];
  const names: string[] = [];
  const ats: string[] = [];
  const records: number[] = [];
  const times: number[] = [];
  const texts: string[] = [];
  const fields: Buffer[] = [];
  const pieces: Piece[] = [];
  let textBytes = 0;
  let fieldsBytes = 0;
  for (const [slug, e] of entries) {
    const { size, mtimeMs, ctimeMs, ino } = e.key;
    let text: string;
    if ('error' in e) {
      text = asciiJson([e.error.detail, e.error.hint ?? null]);
      records.push(size, mtimeMs, ctimeMs, ino, ERROR, Number.NaN, 0, 0, 0, 0, textBytes, textBytes + text.length, 0, 0);
    } else {
      // readAll never saves an index read for the facts only; dropping the contact here would hide the mistake.
      if (!e.fields) throw new Error(`internal: ${slug} has no fields text to save (an index read for the facts only)`);
      const { facts } = e;
      text = asciiJson([facts.company ?? null, facts.role ?? null, facts.field ?? null, facts.tags ?? null, e.warnings]);
      // Where its fields go is set below, once every contact's place in list order is known.
      pieces.push({ record: records.length, position: slugs.length, bytes: e.fields });
      records.push(size, mtimeMs, ctimeMs, ino, e.spliceable ? SPLICEABLE : CONTACT, orNaN(facts.keepInTouchDays), times.length, facts.meetings.length, facts.outreach.length, ats.length, textBytes, textBytes + text.length, 0, 0);
      for (const m of facts.meetings) ats.push(m.at);
      for (const o of facts.outreach) ats.push(o.at);
      for (const m of facts.meetings) times.push(m.atMs, orNaN(m.minutes), orNaN(m.thankedMs), m.debriefed ? 1 : 0);
      for (const o of facts.outreach) times.push(o.atMs, orNaN(o.repliedMs));
    }
    slugs.push(slug);
    nameKeys.push('error' in e ? '' : fold(e.facts.name));
    names.push('error' in e ? '' : e.facts.name);
    texts.push(text);
    textBytes += text.length;
  }
  // The fields part in list order (folded name, then name, then slug, as `list` sorts), so
  // `list --json` reads it front to back (fields-window.ts).
  const byName = (x: Piece, y: Piece) => compareText(nameKeys[x.position], nameKeys[y.position]) || compareText(names[x.position], names[y.position]);
  for (const { record, bytes } of pieces.sort(byName)) {
    records[record + FIELDS_AT] = fieldsBytes;
    fieldsBytes += bytes.end - bytes.start;
    records[record + FIELDS_END] = fieldsBytes;
    fields.push(bytes.buffer.subarray(bytes.start, bytes.end));
  }
  const numbers = new Float64Array(records.length + times.length);
  numbers.set(records);
  numbers.set(times, records.length);
  const padding = ' '.repeat((8 - (textBytes % 8)) % 8);
  const facts = Buffer.concat([new Uint8Array(numbers.buffer), Buffer.from(texts.join('') + padding, 'latin1')]);
  const fieldsPart = Buffer.concat(fields);
  const header: Header = {
    format: FORMAT,
    app: VERSION,
    dir: contactsDir,
    littleEndian: LITTLE_ENDIAN,
    slugs: slugs.join('\n'),
    nameKeys: nameKeys.join('\n'),
    names: JSON.stringify(names),
    ats: JSON.stringify(ats),
    numbers: numbers.length,
    text: textBytes + padding.length,
    fields: fieldsPart.length,
    factsSum: checksum(facts),
    fieldsSum: checksum(fieldsPart),
  };
  try {
    mkdirSync(indexDirOf(dir), { recursive: true, mode: 0o700 });
    sweepTemps(indexDirOf(dir));
    // Format 1's file: no copy of anyone's data should stay behind in an unused file.
    rmSync(join(indexDirOf(dir), 'contacts.json'), { force: true });
    // No fsync: the index is derived; after a crash it is at worst stale or unreadable, and rebuilt.
    const head = Buffer.from(`${asciiJson(header)}\n`, 'latin1');
    const prefix = Buffer.from(`${PREFIX}${String(head.length).padStart(LENGTH_DIGITS, '0')} ${String(checksum(head)).padStart(SUM_DIGITS, '0')}\n`, 'latin1');
    atomicWrite(indexPathOf(dir), Buffer.concat([prefix, head, facts, fieldsPart]), { fsync: false, derived: true });
  } catch {
    // Not writable (read-only folder, full disk): every run simply reads the files.
  }
}

/**
 * Drop one contact from the index and its single-file cache (after `remove`), so no copy of a
 * removed person's data stays behind in `.index/`. Best effort, like every index write.
 */
export function forgetContact(dir: string, contactsDir: string, slug: string): void {
  rmSync(join(indexDirOf(dir), 'one', `${slug}.json`), { force: true });
  const index = loadIndex(dir, contactsDir);
  if (!index) return;
  const at = index.find(slug, 0);
  if (at < 0) return;
  saveIndex(dir, contactsDir, index.slugs.flatMap((s, i) => (i === at ? [] : [[s, index.entry(i)] as [string, IndexEntry]])));
}
