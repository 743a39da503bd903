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

/** `a, b ,c` → `['a', 'b', 'c']` */
export function splitList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
