/**
 * CSV text → records with their line numbers, recovering line by line. csv-parse alone skips a
 * broken record, but a quote that is never closed runs to the end of the file: every row after it
 * was lost, and the error named the last line. So the text is parsed, and at the first record
 * csv-parse could not read, that record's first line is reported and parsing starts again on the
 * line after it. csv-parse is loaded here, only by the commands that read CSV.
 */
import { excerpt } from '../../domain/excerpt.js';

interface CsvRow {
  record: string[];
  /** 1-based line of the file where the record ends. */
  line: number;
}

interface CsvProblem {
  /** 1-based line of the file where the unreadable record starts. */
  line: number;
  message: string;
}

const WHAT: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote opened on this line is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field goes on after its closing quote (a quote inside a field is written "")',
  INVALID_OPENING_QUOTE: 'a quote in the middle of a field (a field with quotes starts with one, and writes one inside as "")',
};

type Parse = typeof import('csv-parse/sync').parse;

/** The error csv-parse gives for this one line, if any. */
function failureOf(parse: Parse, line: string): { code?: string; message: string } | undefined {
  try {
    parse(line, { relax_column_count: true });
    return undefined;
  } catch (error) {
    return error as { code?: string; message: string };
  }
}

/** Read `text`, whose first line is line `firstLine` + 1 of its file. */
export async function csvRows(text: string, firstLine = 0): Promise<{ rows: CsvRow[]; problems: CsvProblem[] }> {
  const { parse } = await import('csv-parse/sync');
  // Split on \n only: a \r stays with its line, and the slices join back into the same text.
  const lines = text.split('\n');
  // Where each line starts, in bytes: csv-parse counts a CRLF inside a quoted field as two lines,
  // so a record's line is found from the bytes it has read.
  const starts = [0];
  for (const line of lines) starts.push((starts.at(-1) as number) + Buffer.byteLength(line) + 1);
  const lineAt = (byte: number) => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= byte) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let from = 0;
  while (from < lines.length) {
    const read: CsvRow[] = [];
    let failure: { code?: string; message: string } | undefined;
    const base = starts[from] as number;
    parse(lines.slice(from).join('\n'), {
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_record: (record, context) => {
        // Records csv-parse gives after a failure may be made of what the broken one swallowed.
        if (!failure) read.push({ record, line: firstLine + lineAt(base + context.bytes - 1) + 1 });
        return null;
      },
      on_skip: (error) => {
        failure ??= error ?? { message: 'unreadable row' };
        return undefined;
      },
    });
    rows.push(...read);
    if (!failure) break;
    // The broken record starts on the first non-blank line after the last good one.
    let bad = read.length ? (read.at(-1) as CsvRow).line - firstLine : from;
    while (bad < lines.length - 1 && !(lines[bad] ?? '').trim()) bad++;
    const text = (lines[bad] ?? '').replace(/\r$/, '');
    // What csv-parse said may be about a later line that the broken quote swallowed: say what is
    // wrong with this line on its own when it has a fault of its own.
    const own = failureOf(parse, text) ?? failure;
    const message = (own.code && WHAT[own.code]) ?? own.message.replace(/^Invalid [\w ]+: /, '').replace(/ at line \d+.*$/, '');
    problems.push({ line: firstLine + bad + 1, message: `${message}: ${JSON.stringify(excerpt(text))}` });
    from = bad + 1;
  }
  return { rows, problems };
}
