/** How a message addresses someone: the greeting style from config, titles kept with the surname. Pure. */
import type { Greeting } from './enums.js';

// Titles that go with the surname ("Dr. Stone"), never alone as a first name ("Hi Dr.").
const TITLE = /^(dr|prof|professor|mr|mrs|ms|mx|miss|rev|fr|sir|dame|hon|judge|capt|col|gen|lt|sgt)\.?$/i;

const PARTICLE = /^(de|del|della|la|le|van|von|der|den|da|di|du|dos|das|ter|ten|bin|al)$/;

/** The parts of a name a greeting needs: a title and surname when it starts with a title. */
export function addressName(name: string): { first: string; formal: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const titled = words.length > 1 && TITLE.test(words[0] ?? '');
  if (titled) {
    const title = (words[0] ?? '').replace(/^(dr|mr|mrs|ms|mx|prof)$/i, '$1.');
    const rest = words.slice(1);
    // The surname starts at a particle when there is one: "Prof. Ana de la Cruz" → "Prof. de la Cruz".
    const particle = rest.findIndex((w, i) => i > 0 && PARTICLE.test(w));
    const surname = rest.length > 1 ? (particle > 0 ? rest.slice(particle).join(' ') : rest.at(-1)) : rest[0];
    const formal = `${title} ${surname}`;
    return { first: formal, formal };
  }
  return { first: words[0] ?? '', formal: words[0] ?? '' };
}

/** `Hi Maya`, `Hello Maya`, `Dear Maya`, `Dear Dr. Stone`, `Hi Dr. Stone` (no punctuation: the template adds it). */
export function greetingFor(style: Greeting, name: string): string {
  const who = addressName(name).first;
  return who ? `${style} ${who}` : style;
}
