import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/domain/config.js';
import { factsOf } from '../../src/domain/facts.js';
import { buildReport } from '../../src/domain/report.js';
import type { Contact } from '../../src/domain/schema.js';
import { reportHtml } from '../../src/render/report-html.js';
import { mdText, reportMarkdown } from '../../src/render/report-md.js';
import { anonymized, initials } from '../../src/render/report-parts.js';

const now = new Date('2026-11-23T10:00:00-08:00');
const { defaults } = resolveConfig(undefined);
const person = (slug: string, contact: Partial<Contact>) => {
  const full = { name: slug, ...contact } as Contact;
  return { slug, contact: full, facts: factsOf(full) };
};
const IMG = '<img src=x onerror=alert(1)>';
const STYLE = '</style><script>alert(2)</script>';
const hostile = [
  person('img', { name: IMG, company: STYLE, outreach: [{ at: '2026-11-10T09:00:00-08:00' }], meetings: [{ at: '2026-11-12T09:00:00-08:00', referrals: [STYLE, 'Lee "x" Park'] }] }),
  person('style', { name: STYLE, company: 'A & B', meetings: [{ at: '2026-11-13T09:00:00-08:00', thankYouSentAt: '2026-11-13T12:00:00-08:00' }] }),
];
const me = { name: '<b>Alex</b>', school: 'url(https://evil.example/x.png)' };
const report = buildReport(hostile, { now, defaults });

describe('reportHtml', () => {
  const html = reportHtml(report, me);

  it('every value from the data is escaped: no tag, attribute or style from a name reaches the page', () => {
    expect(html).not.toContain(IMG);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('Lee &quot;x&quot; Park');
    expect(html).toContain('A &amp; B');
  });

  it('self-contained: no script, no link, no src, no url() or @import, nothing with an address but the SVG namespace', () => {
    // Escaped text holds no "<": every tag here is the report's own.
    const tags = html.match(/<[a-z!/][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /^<(script|link|iframe|object|embed|img|image|use|a)\b|\s(src|href|xlink:href)=/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/@import/);
    // "url(" appears only escaped in the text (me.school above), never in the CSS.
    expect(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toMatch(/url\(|https?:/);
    expect([...html.matchAll(/https?:\/\/[^\s"<]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('https://evil'))).toEqual(
      Array(2).fill('http://www.w3.org/2000/svg'),
    );
    expect(html).toContain("default-src 'none'");
  });

  it('a light and a dark scheme, and print', () => {
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('@media print');
    expect(html).toContain('color-scheme: light dark');
  });

  it('an empty folder: "—" for the rates, never NaN; the funnel only', () => {
    const empty = reportHtml(buildReport([], { now, defaults }), {});
    expect(empty).not.toMatch(/NaN|undefined|Infinity/);
    expect(empty.match(/<div class="value">—<\/div>/g)).toHaveLength(2);
    expect(empty.match(/<svg /g)).toHaveLength(1);
    expect(empty).toContain('all time, to 2026-11-23');
  });
});

describe('reportMarkdown', () => {
  it('names are escaped for Markdown: no raw HTML, no broken table cells', () => {
    const md = reportMarkdown(report, me);
    // Only backslash-escaped: CommonMark shows `\<` as "<", never as a tag.
    expect(md).not.toMatch(/(?<!\\)<(img|\/?style|script|b)/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.replace(/\\\|/g, '').split('|').length).toBeGreaterThanOrEqual(4);
  });

  it('mdText: one line, table and markup characters escaped', () => {
    expect(mdText('a|b *c* _d_ [e](f) `g`\nh')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` h');
  });

  it('an empty folder: "—" for the rates, no NaN', () => {
    const md = reportMarkdown(buildReport([], { now, defaults }), {});
    expect(md).toContain('| Reply rate | — | 0 of 0; usually 20–40 % |');
    expect(md).toContain('| Thank-yous on time | — | 0 of 0 due |');
    expect(md).not.toMatch(/NaN|undefined/);
  });
});

describe('--anonymize', () => {
  it('initials', () => {
    expect(['Maya Chen', 'José Núñez', 'dr. emily stone', '  ', '"Sam" Rivera'].map(initials)).toEqual(['M. C.', 'J. N.', 'D. E. S.', '?', 'S. R.']);
  });

  it('no contact name is left, in meetings or referrals', () => {
    const r = buildReport([person('sam', { name: 'Sam Rivera', meetings: [{ at: '2026-11-02T09:00:00-08:00', referrals: ['Maya Chen'] }] })], { now, defaults });
    const shared = anonymized(r);
    for (const text of [reportMarkdown(shared, {}), reportHtml(shared, {})]) {
      expect(text).not.toMatch(/Sam|Rivera|Maya|Chen/);
      expect(text).toContain('S. R.');
      expect(text).toContain('M. C.');
    }
  });
});

describe('esc', () => {
  it('removes control characters, bidi overrides and line separators; a CRLF line end stays a line end', async () => {
    const { esc } = await import('../../src/render/html-escape.js');
    expect(esc('Eve\u001b[2J\u202eevil\u2028x\r\ny\tz')).toBe('Eve[2Jevilx\ny\tz');
    expect(esc('<img src=x>')).toBe('&lt;img src=x&gt;');
  });
});
