/** targets.yaml: the LAMP list's file format. Unknown keys (a note per employer) pass through. */
import { z } from 'zod';
import { companyKey } from './company.js';
import { MOTIVATION, POSTING } from './targets.js';
import { hasLineBreak } from './text.js';

const score = ({ min, max }: { min: number; max: number }) => {
  const message = `expected a whole number from ${min} to ${max}`;
  return z.number({ message }).int({ message }).min(min, { message }).max(max, { message }).optional();
};

/** `yes`/`no` as written by infoview (YAML 1.2 reads them as text), or `true`/`false` by hand. */
const advocacy = z
  .union([z.boolean(), z.enum(['yes', 'no'])], { message: 'expected yes or no' })
  .transform((v) => v === true || v === 'yes')
  .optional();

const TargetSchema = z.looseObject({
  employer: z.string({ message: 'every target needs an employer' }).trim().min(1, { message: 'every target needs an employer' }).refine((v) => !hasLineBreak(v), { message: 'an employer must be one line' }),
  motivation: score(MOTIVATION),
  posting: score(POSTING),
  advocacy,
});

export const TargetsFileSchema = z
  .looseObject({ targets: z.array(TargetSchema, { message: 'expected a list of employers under `targets:`' }).optional() })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    (file.targets ?? []).forEach((t, i) => {
      const first = seen.get(companyKey(t.employer));
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['targets', i, 'employer'], message: `"${t.employer}" is listed twice (also targets[${first}]): merge the two` });
      else seen.set(companyKey(t.employer), i);
    });
  });
