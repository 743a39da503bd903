/**
 * Who the sender is, in one clause: "I'm a 2025 psychology graduate of Lakeside University".
 * Built from config.yaml `me` (stage, studies, school, graduation, field). Pure: the year to
 * compare a graduation with is passed in.
 */
import type { Me } from './config.js';
import type { Stage } from './enums.js';
import { withArticle } from './role.js';

export interface IdentityOptions {
  /** The current year: a graduation after it makes a sender with no stage a student. */
  year: number;
  /** The field the message is about (the contact's, else the sender's). */
  field?: string | undefined;
  /** Leave the school out (an alumni opening has already named it). */
  omitSchool?: boolean;
}

/** The sender's stage: `me.stage`, else read from the graduation year or studies. */
export const stageOf = (me: Me, year: number): Stage | undefined =>
  me.stage ?? (me.graduation !== undefined ? (me.graduation > year ? 'student' : 'graduate') : me.studies || me.school ? 'graduate' : undefined);

/**
 * The clause, without a final stop, or undefined when config.yaml says nothing about the
 * sender's stage, studies, school or graduation.
 */
export function identityClause(me: Me, options: IdentityOptions): string | undefined {
  const stage = stageOf(me, options.year);
  if (!stage) return undefined;
  const studies = me.studies?.trim();
  const school = options.omitSchool ? undefined : me.school?.trim();
  const year = me.graduation;
  const field = options.field?.trim();
  switch (stage) {
    case 'student': {
      const who = withArticle(studies ? `${studies} student` : 'student');
      // The year in brackets, so the clause reads on when "exploring …" follows it.
      return `I'm ${who}${school ? ` at ${school}` : ''}${year ? ` (class of ${year})` : ''}`;
    }
    case 'graduate': {
      const who = withArticle([year, studies, 'graduate'].filter(Boolean).join(' '));
      return `I'm ${who}${school ? ` of ${school}` : ''}`;
    }
    case 'career-changer': {
      const degree = school ? `, with a degree from ${school},` : '';
      if (studies && field) return `I'm moving from ${studies} into ${field}${degree ? degree.slice(0, -1) : ''}`;
      if (studies) return `I'm changing careers after working in ${studies}${degree ? degree.slice(0, -1) : ''}`;
      return `I'm changing careers${field ? ` into ${field}` : ''}${degree ? degree.slice(0, -1) : ''}`;
    }
    case 'professional':
      return `I work in ${studies || 'a neighbouring field'}${school ? ` and studied at ${school}` : ''}`;
  }
}

/** The pitch for a field: `me.pitches[field]` (matched without case), else `me.pitch`. */
export function pitchFor(me: Me, field: string | undefined): string | undefined {
  const wanted = field?.trim().toLowerCase();
  const match = wanted ? Object.entries(me.pitches ?? {}).find(([k]) => k.trim().toLowerCase() === wanted)?.[1] : undefined;
  return (match ?? me.pitch)?.replace(/\s+/g, ' ').trim() || undefined;
}
