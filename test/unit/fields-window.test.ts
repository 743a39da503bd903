/**
 * The index's checksum taken in pieces, and its fields part read through a small reused buffer
 * (src/store/checksum.ts, src/store/fields-window.ts), against the plain answers.
 */
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Checksum, checksum } from '../../src/store/checksum.js';
import { FieldsWindow, type FieldsPart } from '../../src/store/fields-window.js';
import { tempDir } from '../helpers/index.js';

describe('checksum in pieces', () => {
  it('whole 16-byte pieces, then any last piece, give the checksum of the bytes in one piece', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(6)), (bytes, blocks) => {
        const sum = new Checksum();
        let at = 0;
        for (const n of blocks) {
          const end = Math.min(at + n * 16, bytes.length - (bytes.length % 16));
          sum.add(bytes.subarray(at, Math.max(at, end)));
          at = Math.max(at, end);
        }
        sum.add(bytes.subarray(at));
        expect(sum.value).toBe(checksum(bytes));
      }),
    );
  });

  it('notices any one changed byte, and refuses a piece after a partial one', () => {
    const bytes = new Uint8Array(100).map((_, i) => i);
    const changed = Uint8Array.from(bytes);
    changed[57] = 99;
    expect(checksum(changed)).not.toBe(checksum(bytes));
    const sum = new Checksum().add(bytes.subarray(0, 10));
    expect(() => sum.add(bytes.subarray(10))).toThrow(/16-byte/);
  });
});

describe('the fields part through a reused buffer', () => {
  /** An index-like file: a few bytes of something else, then the part. */
  function file(part: Buffer) {
    const path = join(tempDir(), 'contacts.idx');
    writeFileSync(path, Buffer.concat([Buffer.from('header!'), part]));
    const info: FieldsPart = { path, ino: statSync(path).ino, at: 7, length: part.length, sum: checksum(part) };
    return info;
  }

  it('gives any range, in any order, as the part holds it, with a buffer smaller than some ranges', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.array(fc.tuple(fc.nat(), fc.nat(60)), { maxLength: 30 }), (bytes, asks) => {
        const part = Buffer.from(bytes);
        const window = FieldsWindow.open(file(part), 32);
        expect(window).toBeDefined();
        try {
          for (const [from, length] of asks) {
            const start = from % part.length;
            const end = Math.min(part.length, start + length);
            const got = window?.bytes(start, end);
            expect(got && Buffer.from(got.buffer.subarray(got.start, got.end))).toEqual(part.subarray(start, end));
          }
        } finally {
          window?.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is refused when the part is damaged, or the file is another one now', () => {
    const part = Buffer.from('"name": "Maya Chen",\n    "company": "Northwind"'.repeat(20));
    const info = file(part);
    expect(FieldsWindow.open({ ...info, sum: info.sum ^ 1 })).toBeUndefined();
    writeFileSync(`${info.path}.new`, Buffer.concat([Buffer.from('header!'), part]));
    renameSync(`${info.path}.new`, info.path);
    expect(FieldsWindow.open(info)).toBeUndefined();
    const now = FieldsWindow.open({ ...info, ino: statSync(info.path).ino });
    expect(now).toBeInstanceOf(FieldsWindow);
    now?.close();
  });
});
