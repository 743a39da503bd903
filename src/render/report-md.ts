/** The progress report as Markdown (`infoview report`, the default): for a terminal, a mail or a wiki. */
import type { Config } from '../domain/config.js';
import { escapeControls } from '../domain/control-chars.js';
import { STATUSES } from '../domain/enums.js';
import type { Report } from '../domain/report.js';
import { dayText, periodText, TITLE, whoText } from './report-parts.js';

/**
 * Data as Markdown text: one line, and the characters that would make a table cell, a link, an
 * emphasis or raw HTML (`<img …>` in a viewer) shown as themselves, backslash-escaped; control
 * characters shown escaped, so `cat report.md` obeys none.
 */
export function mdText(text: string): string {
  return escapeControls(text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`));
}

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];

export function reportMarkdown(r: Report, me: Config['me']): string {
  const who = whoText(me);
  const lines = [`# ${TITLE}`, '', `${who ? `${mdText(who)} · ` : ''}${periodText(r)}`, ''];
  lines.push(...table(['Figure', 'Value', ''], r.figures.map((f) => [f.label, f.value, f.detail ?? ''])), '');
  lines.push(`## People by status (${r.people})`, '', ...table([...STATUSES], [STATUSES.map((s) => String(r.byStatus[s]))]), '');
  lines.push('## Funnel', '', r.funnel.map((s) => `${s.label} ${s.value}`).join(' → '), '');
  if (r.weeks.length) {
    lines.push('## Outreach and meetings per week', '', ...table(['Week of', 'Outreach', 'Meetings'], r.weeks.map((w) => [dayText(w.startMs), String(w.outreach), String(w.meetings)])), '');
  }
  if (r.held.length) {
    lines.push('## Meetings held', '', ...table(['Day', 'With', 'Company', 'Thank-you'], r.held.map((m) => [dayText(m.atMs), mdText(m.name), mdText(m.company ?? ''), m.thankYou])), '');
  }
  if (r.referrals.length) {
    lines.push('## Referrals', '', ...table(['Name', 'Suggested by', 'Followed'], r.referrals.map((x) => [mdText(x.name), mdText(x.from), x.state])), '');
  }
  return lines.join('\n');
}
