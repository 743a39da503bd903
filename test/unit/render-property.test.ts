/**
 * Property: any contact data (including Liquid syntax) renders every bundled template without
 * throwing, and is printed as written, never expanded.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/domain/config.js';
import type { Contact } from '../../src/domain/schema.js';
import { renderTemplate } from '../../src/render/liquid.js';
import { textModel } from '../../src/render/text-model.js';
import { fileNameOf, TEMPLATE_NAMES } from '../../src/domain/enums.js';
import { ROOT } from '../helpers/index.js';

const NOW = new Date('2026-11-23T10:00:00-08:00');
const liquidTemplates = TEMPLATE_NAMES.filter((n) => n !== 'questions').map((name) => {
  const path = join(ROOT, 'templates', fileNameOf(name));
  return { name, path, text: readFileSync(path, 'utf8') };
});

const SYNTAX = ['{{ me.name }}', '{%', '%}', '{% include "/etc/passwd" %}', '{{', '}}', "{% render 'x' %}", '{% raw %}', '{{- x -}}', '| upcase', '{% comment %}'];
/** A line of text that mixes ordinary characters with template syntax. */
const value = fc
  .array(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(...SYNTAX)), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

describe('rendering any contact data', () => {
  it('never throws and never expands what the contact holds', async () => {
    await fc.assert(
      fc.asyncProperty(value, value, value, value, value, value, async (name, role, company, field, takeaway, pitch) => {
        const contact: Contact = {
          name,
          role,
          company,
          field,
          notes: pitch,
          introducedBy: 'sam-rivera',
          outreach: [{ at: '2026-11-10T09:00:00-08:00', channel: 'email' }],
          meetings: [
            { at: '2026-11-20T15:00:00-08:00', minutes: 30, place: company, takeaways: [takeaway], referrals: [name] },
            { at: '2026-11-25T15:00:00-08:00', minutes: 30, place: role },
          ],
        };
        const config = resolveConfig({ me: { name: 'Alex Doe', pitch, signature: 'Alex' } });
        const questions = [{ text: `What about ${company}?`, theme: 'path' as const, referral: false }];
        for (const brief of [0, 3]) {
          const model = textModel({ slug: 'x', contact, introducer: { slug: 'sam-rivera', name: role }, config, now: NOW, questions, brief });
          for (const t of liquidTemplates) {
            const out = await renderTemplate(t.path, t.text, model);
            // Printed exactly as written: had Liquid expanded `{{ me.name }}` or an include, the
            // literal text would be gone from the output.
            expect(out, t.name).toContain(name.split(' ')[0]);
            if (['prep', 'phone', 'intro'].includes(t.name)) expect(out, t.name).toContain(name);
            if (['email', 'prep', 'phone'].includes(t.name)) expect(out, t.name).toContain(company);
            if (t.name === 'prep') expect(out).toContain(pitch);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('prints a contact named {{ me.name }} exactly as written', async () => {
    const contact: Contact = { name: '{{ me.name }}', company: '{% include "/etc/passwd" %}' };
    const model = textModel({ slug: 'x', contact, config: resolveConfig({ me: { name: 'Alex Doe' } }), now: NOW });
    const email = liquidTemplates.find((t) => t.name === 'email');
    const out = await renderTemplate(email?.path ?? '', email?.text ?? '', model);
    expect(out).toContain('Hi {{,');
    expect(out).toContain('at {% include "/etc/passwd" %}');
    expect(out).not.toContain('root:');
  });
});
