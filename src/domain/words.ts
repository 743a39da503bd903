/** Lengths the message rules care about: words in an email body, characters in a LinkedIn note. */

/** Words as a reader counts them: runs of letters or digits, joined by ' - – . @ (so 20–30 is one). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-–.@/][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Characters as a person sees them (code points, so an emoji or é counts once). */
export function countChars(text: string): number {
  return [...text].length;
}

export interface EmailParts {
  subject: string | undefined;
  /** Everything after the subject line, without the signature. */
  body: string;
}

/**
 * Split a drafted email into its subject (a first line `Subject: …`) and its body, leaving the
 * signature out of the body: the under-100-words rule is about what the reader has to read.
 */
export function emailParts(text: string, signature: string | undefined): EmailParts {
  const match = /^Subject:[ \t]*(.*)\r?\n/.exec(text);
  let body = match ? text.slice(match[0].length) : text;
  const sig = signature?.trim();
  if (sig) {
    const at = body.lastIndexOf(sig);
    if (at >= 0) body = body.slice(0, at);
  }
  return { subject: match?.[1]?.trim(), body: body.trim() };
}

/** The word count of an email's body (subject and signature left out). */
export const emailBodyWords = (text: string, signature: string | undefined) => countWords(emailParts(text, signature).body);
