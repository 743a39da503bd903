/**
 * Parse and validate one YAML data file, keeping the Document (comments, key order) for edits.
 * Every failure names the file and the line/column (parse) or the field (schema), with a hint;
 * the parser's or validator's own error is kept as `cause`.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { dropNullKeys, ReservedKeyError } from '../domain/schema.js';
import { fieldPath } from '../domain/field-path.js';
import { DataFileError } from '../errors.js';
import { conflictInFileError, holdsConflictMarkers } from './sync-stop.js';

/** Larger than any file infoview writes by orders of magnitude; refuse rather than chew on it. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** yaml's default: an alias bomb becomes an error instead of a hang. */
const MAX_ALIAS_COUNT = 100;

/** How infoview writes YAML: no re-folding of long lines, and `[a, b]` as people write it. */
export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

export interface ParsedFile<T> {
  doc: Document;
  data: T;
}

/**
 * YAML text as a Document (with line positions) and its plain data. Refuses files over 1 MiB and
 * alias bombs; a syntax error names the line and column. Shared by every YAML file infoview reads.
 */
export function readYaml(file: string, text: string, hint: string): { doc: Document; lines: LineCounter; value: unknown } {
  if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
    throw new DataFileError(file, 'is larger than 1 MiB, far more than any contact or config file', 'Move it out of the data folder and check what wrote it');
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const parseError = doc.errors[0];
  if (parseError) {
    // Conflict markers make any mapping unreadable: the cause to name is the stopped sync, not a line.
    if (holdsConflictMarkers(text)) throw conflictInFileError(file, parseError);
    const pos = parseError.linePos?.[0];
    const where = pos ? `line ${pos.line}, column ${pos.col}: ` : '';
    const message = (parseError.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new DataFileError(file, `${where}${message}`, hint, { cause: parseError });
  }
  try {
    return { doc, lines, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (error) {
    throw new DataFileError(file, 'uses too many YAML aliases (a possible "billion laughs" file)', hint, { cause: error });
  }
}

export function parseYamlFile<S extends z.ZodType>(file: string, text: string, schema: S, hint: string): ParsedFile<z.output<S>> {
  const { doc, lines, value: read } = readYaml(file, text, hint);
  let value = read;
  if (value === null || value === undefined) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new DataFileError(file, 'line 1: expected keys like `name: …`, found a single value or a list', hint);
  }
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(dropNullKeys(value));
  } catch (error) {
    if (error instanceof ReservedKeyError) throw new DataFileError(file, `${error.message}: it could change how infoview reads the file`, hint, { cause: error });
    // An anchor that contains its own alias (`a: &x [*x]`) makes a cycle; walking it overflows.
    if (!(error instanceof RangeError)) throw error;
    throw new DataFileError(file, 'a YAML alias refers to the list or mapping that contains it', hint, { cause: error });
  }
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []) as PropertyKey[];
    const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? ` (line ${lines.linePos(node.range[0]).line})` : '';
    const field = path.length ? fieldPath(path) : 'file';
    throw new DataFileError(file, `${field}${line}: ${issue?.message ?? 'is not valid'}`, hint, { cause: result.error });
  }
  return { doc, data: result.data };
}
