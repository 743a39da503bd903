/** Checks for values people type, shared by flags, prompts and `edit --set`. */
import { z } from 'zod';
import { excerpt } from './excerpt.js';

const email = z.email();
const httpUrl = z.url({ protocol: /^https?$/ });

/** `true`, or why the value is not an email address. */
export function checkEmail(value: string): true | string {
  return email.safeParse(value).success ? true : `"${excerpt(value)}" is not an email address (like maya@example.com)`;
}

/** `true`, or why the value is not a web address. */
export function checkUrl(value: string): true | string {
  return httpUrl.safeParse(value).success ? true : `"${excerpt(value)}" is not a web address (like https://www.linkedin.com/in/maya-chen)`;
}

const LINKEDIN = /^(?:https?:\/\/)?((?:[a-z]{2,3}\.)?linkedin\.com)((?:[/?#]\S*)?)$/i;

/**
 * A LinkedIn profile address as LinkedIn shows it (`linkedin.com/in/priya-raman-ux`, `www.` or
 * not, with or without a scheme) → the full address to store
 * (`https://www.linkedin.com/in/priya-raman-ux`); any other web address as it is.
 */
export function linkedinUrl(value: string): { url: string; problem?: undefined } | { url?: undefined; problem: string } {
  const v = value.trim();
  const m = LINKEDIN.exec(v);
  const host = m?.[1]?.toLowerCase();
  const url = m ? `https://${host === 'linkedin.com' ? 'www.linkedin.com' : host}${m[2] ?? ''}` : v;
  return httpUrl.safeParse(url).success ? { url } : { problem: `"${excerpt(value)}" is not a web address (like linkedin.com/in/maya-chen)` };
}

/** `a, b ,c` → `['a', 'b', 'c']` */
export function splitList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
