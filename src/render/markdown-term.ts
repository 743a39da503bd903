/**
 * A small Markdown-to-terminal renderer for the prep sheet: headings bold, checkboxes as boxes,
 * bullets as dots, **bold**, `code` and <links> styled. It knows only what the bundled templates
 * use; anything else passes through as written, which is still readable Markdown.
 */
import type { Paint } from './paint.js';

function inline(text: string, paint: Paint): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, (_m, s: string) => paint.bold(s))
    .replace(/`([^`]+)`/g, (_m, s: string) => paint.cyan(s))
    .replace(/<(https?:\/\/[^>\s]+)>/g, (_m, s: string) => paint.underline(s))
    .replace(/(^|\s)_([^_]+)_(?=\s|$|[.,;:])/g, (_m, pre: string, s: string) => pre + paint.italic(s));
}

/** Render Markdown `text` for a terminal with `paint` (a plain Paint gives the text unstyled). */
export function markdownForTerminal(text: string, paint: Paint): string {
  return text
    .split('\n')
    .map((line) => {
      let m: RegExpExecArray | null;
      if ((m = /^# (.*)$/.exec(line))) return paint.bold(paint.underline(m[1] ?? ''));
      if ((m = /^#{2,} (.*)$/.exec(line))) return paint.bold(paint.cyan(m[1] ?? ''));
      if ((m = /^(\s*)- \[ \] (.*)$/.exec(line))) return `${m[1]}☐ ${inline(m[2] ?? '', paint)}`;
      if ((m = /^(\s*)- \[x\] (.*)$/i.exec(line))) return `${m[1]}☑ ${inline(m[2] ?? '', paint)}`;
      if ((m = /^(\s*)[-*] (.*)$/.exec(line))) return `${m[1]}• ${inline(m[2] ?? '', paint)}`;
      if ((m = /^(\s*)(\d+)\. (.*)$/.exec(line))) return `${m[1]}${paint.bold(`${m[2]}.`)} ${inline(m[3] ?? '', paint)}`;
      if ((m = /^> ?(.*)$/.exec(line))) return `${paint.dim('│')} ${paint.italic(m[1] ?? '')}`;
      return inline(line, paint);
    })
    .join('\n');
}
