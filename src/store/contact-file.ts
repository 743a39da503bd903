/**
 * Contact files as text: parse + validate, render a new one, apply an edit to the Document.
 * This module holds the heavy imports (yaml, zod) and is loaded lazily by the store.
 */
import { opensFlowAtLineEnd } from '../domain/open-flow.js';
import { CORE_SCHEMA, load } from 'js-yaml';
import { Document, isMap, isSeq, YAMLMap } from 'yaml';
import { ContactSchema, dropNullKeys, KNOWN_KEYS, type Contact } from '../domain/schema.js';
import { inLineEndingOf, likelyTypo } from '../domain/text.js';
import { DataFileError, UsageError } from '../errors.js';
import { fieldPath, longestText } from '../domain/field-path.js';
import { MAX_FILE_BYTES, parseYamlFile, YAML_OPTIONS } from './yaml-file.js';

const FIX_HINT = 'Fix it by hand (infoview leaves it untouched), or open it with `infoview edit`';

export interface ParsedContact {
  contact: Contact;
  /** Unknown keys that look like typos of known ones, as readable lines. */
  warnings: string[];
}

function typoWarnings(file: string, contact: Contact): string[] {
  const out: string[] = [];
  const check = (obj: Record<string, unknown>, known: readonly string[], at: (string | number)[]) => {
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const guess = likelyTypo(key, known);
      if (guess) out.push(`${file}: unknown key "${fieldPath([...at, key])}", did you mean "${guess}"?`);
    }
  };
  check(contact, KNOWN_KEYS.contact, []);
  contact.outreach?.forEach((o, i) => check(o, KNOWN_KEYS.outreach, ['outreach', i]));
  contact.meetings?.forEach((m, i) => check(m, KNOWN_KEYS.meeting, ['meetings', i]));
  return out;
}

/**
 * Where js-yaml and yaml read the same text differently (test/unit/plain-yaml.test.ts finds
 * them): a null key (`~:`, `null:`, `:`, `? `), which yaml names "" and js-yaml "null"; a lone CR,
 * which js-yaml takes for a line break; a number too large for a double, which js-yaml keeps as
 * text; `-0` and `+.5`, which js-yaml reads as 0 and as text; an empty list item (`-` alone, `- -`, `- #`), whose
 * next lines js-yaml nests differently; a quoted scalar over several lines or a line of spaces,
 * where js-yaml forgives indentation that yaml refuses; `0b` and signed `0x`/`0o` numbers, which js-yaml reads as numbers and yaml as text; an
 * alias (`*x`), which yaml counts against alias bombs and js-yaml does not; a tag; a tab or control character, a byte-order mark after the start, a block scalar's
 * indentation digit or keep sign (`|2`, `|+`), an indented `---`, a `#` right after a quote or bracket: rules the two apply differently. Such files,
 * never written by infoview, take yaml's way.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const YAML_ONLY = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|[^]\ufeff|[|>](?:[-+]?\d|\+)|^[ ]*(?:---|\.\.\.)(?:[ ]|$)|(?:^|[\s,{[?-])(?:~|null|Null|NULL)?[ \t]*:(?=[\s,\]}]|$)|(?:^|[\s,{[-])\?(?=\s|$)|\r(?!\n)|['"\]}]#|-0(?![1-9])|[-+]\.\d|^( *)-[ ]*(?:\r?\n(?!\1[ ]+\S)|(?![^]))|-[ ]+(?:-(?:[ ]|$)|#)|^[ ]+\r?$|(?:^|[-:[{,])[ ]*"(?:[^"\\\n]|\\.)*$|(?:^|[-:[{,])[ ]*'(?:[^'\n]|'')*$|\d{300}|[-+]?0b[01]|[-+]0[xo]|(?:^|[\s,[{:-])\*|\d[eE][-+]?\d{3}|!/m;

/**
 * A contact file's plain data by js-yaml (YAML 1.2 core schema, as yaml's), or undefined for
 * anything it refuses. It keeps no positions, so it is only a shortcut: every refusal takes the
 * full way with yaml.
 */
export function plainData(text: string): unknown {
  if (YAML_ONLY.test(text) || opensFlowAtLineEnd(text)) return undefined;
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** Parse a contact file's text. Throws DataFileError naming the line or field. */
export function parseContact(file: string, text: string): ParsedContact {
  // The common case: YAML that js-yaml reads and that validates. Anything else (and every
  // error, which must name its line and column) goes the full way with yaml below.
  if (text.length <= MAX_FILE_BYTES / 3 || Buffer.byteLength(text) <= MAX_FILE_BYTES) {
    const data = plainData(text);
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      try {
        const result = ContactSchema.safeParse(dropNullKeys(data));
        if (result.success) return { contact: result.data, warnings: typoWarnings(file, result.data) };
      } catch {
        // A reserved key (`__proto__`): yaml's way below words the error.
      }
    }
  }
  const { data } = parseYamlFile(file, text, ContactSchema, FIX_HINT);
  return { contact: data, warnings: typoWarnings(file, data) };
}

/**
 * Refuse to write a contact file that the reader would refuse (over MAX_FILE_BYTES, readYaml):
 * infoview never writes what it cannot read back. `says` words the message from the size.
 */
function refuseTooLarge(text: string, data: unknown, says: (size: string) => string): void {
  const bytes = Buffer.byteLength(text);
  if (bytes <= MAX_FILE_BYTES) return;
  const longest = longestText(data);
  const size = `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
  const where = longest ? ` (${fieldPath(longest.path)}: ${longest.length.toLocaleString('en-US')} characters)` : '';
  throw new UsageError(`${says(size)}${where}, more than the 1 MiB infoview reads back; nothing was saved`, 'Shorten the longest value, or keep long text in a file of its own');
}

/** parseContact, keeping the yaml Document (comments, key order) for an edit. */
function parseContactDocument(file: string, text: string): ParsedContact & { doc: Document } {
  const { doc, data } = parseYamlFile(file, text, ContactSchema, FIX_HINT);
  return { doc, contact: data, warnings: typoWarnings(file, data) };
}

/**
 * The text of a new contact file; key order is the order of `fields`, empty values are left out,
 * and lists named in `flowLists` are written inline (`tags: [a, b]`). Invalid fields: UsageError.
 */
export function renderNewContact(fields: Record<string, unknown>, flowLists: readonly string[] = ['tags']): { text: string; contact: Contact } {
  const validated = ContactSchema.safeParse(fields);
  if (!validated.success) {
    const issue = validated.error.issues[0];
    const where = fieldPath((issue?.path ?? []) as PropertyKey[]) || 'contact';
    throw new UsageError(`${where}: ${issue?.message ?? 'invalid'}`, 'Check the value and try again');
  }
  const doc = new Document();
  const map = new YAMLMap();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const node = doc.createNode(value);
    if (flowLists.includes(key) && isSeq(node)) node.flow = true;
    map.set(key, node);
  }
  doc.contents = map;
  const text = doc.toString(YAML_OPTIONS);
  refuseTooLarge(text, validated.data, (size) => `the new contact would be ${size}`);
  return { text, contact: validated.data };
}

/**
 * Apply `edit` to the file's Document and return the new text, validated, in the file's line ending
 * (CRLF stays CRLF). The original must be valid (DataFileError otherwise); an edit that makes it
 * invalid is a UsageError.
 */
export function applyEdit(
  file: string,
  slug: string,
  current: string,
  edit: (doc: Document, contact: Contact) => void,
): { text: string; parsed: ParsedContact } {
  const { doc, contact } = parseContactDocument(file, current);
  if (!isMap(doc.contents)) throw new DataFileError(file, 'is not a mapping', FIX_HINT);
  edit(doc, contact);
  const text = inLineEndingOf(current, doc.toString(YAML_OPTIONS));
  refuseTooLarge(text, doc.toJS(), (size) => `that change would make ${slug} ${size}`);
  try {
    return { text, parsed: parseContact(file, text) };
  } catch (error) {
    const detail = error instanceof DataFileError ? error.detail : String(error);
    throw new UsageError(`that change would make ${slug} invalid: ${detail}`, 'Nothing was saved; check the value and try again', { cause: error });
  }
}
