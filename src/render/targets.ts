/** The LAMP list as a ranked table that fits the terminal, and as JSON. Pure. */
import type { TargetRow } from '../domain/targets.js';
import type { Paint } from './paint.js';
import { table } from './table.js';

const score = (n: number | null) => (n === null ? '-' : String(n));

/** People named in a row before the rest are counted: `--json` and `list` have everyone. */
const NAMED = 2;

/** "Maya Chen (contacted), Sam Rivera (new)", "5 people: Ann Lee (new), Bo Chan (met), …" or "nobody yet". */
function whoYouKnow(row: TargetRow): string {
  if (!row.contacts.length) return 'nobody yet';
  const named = row.contacts.slice(0, NAMED).map((c) => `${c.name} (${c.status})`).join(', ');
  // The count first, so a narrow terminal that cuts the cell still shows it.
  return row.contacts.length > NAMED ? `${row.contacts.length} people: ${named}, …` : named;
}

/** One line per target, best first: rank, employer, the three scores, who you know there, the next step. */
export function targetsTable(rows: readonly TargetRow[], paint: Paint, width?: number): string {
  return table(
    [{ header: '#' }, { header: 'EMPLOYER', max: 28 }, { header: 'MOT' }, { header: 'POST' }, { header: 'ADV' }, { header: 'WHO YOU KNOW', max: 48 }, { header: 'NEXT STEP' }],
    rows.map((r, i) => [String(i + 1), r.employer, score(r.motivation), score(r.posting), r.advocacy ? 'yes' : 'no', whoYouKnow(r), r.next]),
    {
      width,
      header: (s) => paint.dim(s),
      cell: (s, r, col) => (col === 1 ? paint.bold(s) : col === 5 && !rows[r]?.contacts.length ? paint.dim(s) : col === 6 ? paint.cyan(s) : s),
    },
  );
}

/** `targets --json`: `[{ employer, motivation, posting, advocacy, contacts: [{ slug, name, status }], next }]` in rank order. */
export function targetsJson(rows: readonly TargetRow[]): string {
  return `${JSON.stringify(rows.map(({ employer, motivation, posting, advocacy, contacts, next }) => ({ employer, motivation, posting, advocacy, contacts, next })), null, 2)}\n`;
}
