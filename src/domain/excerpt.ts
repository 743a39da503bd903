/** How a value from the user's data is quoted back in a message: never the whole of a huge one. */

const LONGEST = 60;

/** `value` as it is when short, else its first characters and `…` (a message line stays a line). */
export function excerpt(value: string, longest = LONGEST): string {
  const chars = [...value];
  return chars.length <= longest ? value : `${chars.slice(0, longest - 1).join('')}…`;
}
