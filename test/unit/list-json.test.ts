/**
 * `list --json` is written in chunks, one contact at a time; the result must be byte for byte
 * what serialising the whole array gives, for any contact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/domain/enums.js';
import type { Contact } from '../../src/domain/schema.js';
import { ByteSink } from '../../src/render/byte-sink.js';
import { contactJson, toJson, writeListJson, type ListRow } from '../../src/render/contact-json.js';

/** What `writeListJson` writes, as text (each chunk copied: the sink reuses its buffer). */
function listJson(rows: readonly ListRow[]): string {
  const chunks: Buffer[] = [];
  writeListJson(rows, (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

const text = fc.string({ unit: 'binary', maxLength: 12 });
const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.array(text, { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 2 }));
// Any keys, including ones `list` adds itself (slug, status, nextStep) and `__proto__`-like names.
const key = fc.oneof(text, fc.constantFrom('slug', 'status', 'nextStep', 'tags', 'meetings', 'constructor', '0', '42', '007', '4294967295', '-1'));
const contact = fc
  .tuple(text, fc.array(fc.tuple(key, value), { maxLength: 5 }))
  .map(([name, extra]) => {
    const c: Record<string, unknown> = { name };
    for (const [k, v] of extra) Object.defineProperty(c, k, { value: v, enumerable: true, writable: true, configurable: true });
    return c as Contact;
  });
const row = fc.record({ slug: fc.stringMatching(/^[a-z0-9-]{1,12}$/), status: fc.constantFrom(...STATUSES), nextStep: text, contact });

describe('listJson', () => {
  it('equals JSON.stringify of the whole list, for any contacts', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const written = listJson(rows.map((r) => ({ stored: { slug: r.slug, contact: r.contact }, status: r.status, nextStep: r.nextStep })));
        expect(written).toBe(toJson(rows.map((r) => contactJson(r, r.status, { nextStep: r.nextStep }))));
      }),
      { numRuns: 500 },
    );
  });

  it('a contact with a key of its own named like a derived one: the derived value wins', () => {
    expect(listJson([{ stored: { slug: 'a', contact: { name: 'Zoë', status: 'mine', slug: 'b', nextStep: 'y' } as Contact }, status: 'new', nextStep: 'x' }])).toBe(
      toJson([{ slug: 'a', status: 'new', name: 'Zoë', nextStep: 'x' }]),
    );
    expect(listJson([])).toBe('[]\n');
  });
});

describe('ByteSink', () => {
  const piece = fc.string({ unit: 'grapheme', maxLength: 20 });

  it('writes every piece in order, in chunks that end between pieces, whatever the buffer size', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 64 }), (pieces, size) => {
        const chunks: string[] = [];
        const sink = new ByteSink((chunk) => chunks.push(Buffer.from(chunk).toString('utf8')), size);
        const expected: string[] = [];
        for (const p of pieces) {
          sink.text(p);
          expected.push(p);
        }
        sink.flush();
        // Each chunk was decoded alone: a chunk cut inside a character would not give the text back.
        expect(chunks.join('')).toBe(expected.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
