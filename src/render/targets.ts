/** The LAMP list as a ranked table that fits the terminal, and as JSON. Pure. */
import type { TargetRow } from '../domain/targets.js';
import type { Paint } from './paint.js';
import { table } from './table.js';

const score = (n: number | null) => (n === null ? '-' : String(n));

/** "Maya Chen (contacted), Sam Rivera (new)", or "nobody yet". */
const whoYouKnow = (row: TargetRow) => (row.contacts.length ? row.contacts.map((c) => `${c.name} (${c.status})`).join(', ') : 'nobody yet');

/** One line per target, best first: rank, employer, the three scores, who you know there, the next step. */
export function targetsTable(rows: readonly TargetRow[], paint: Paint, width?: number): string {
  return table(
    [{ header: '#' }, { header: 'EMPLOYER', max: 28 }, { header: 'MOT' }, { header: 'POST' }, { header: 'ADV' }, { header: 'WHO YOU KNOW', max: 40 }, { header: 'NEXT STEP' }],
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
