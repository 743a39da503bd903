/**
 * The index's checksum (CRC-32) taken in pieces, and its fields part read through a small reused buffer
 * (src/store/checksum.ts, src/store/fields-window.ts), against the plain answers.
 */
import { readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Checksum, checksum } from '../../src/store/checksum.js';
import { FieldsChanged, FieldsWindow, type FieldsPart } from '../../src/store/fields-window.js';
import { tempDir } from '../helpers/index.js';

describe('checksum in pieces', () => {
  it('pieces of any size give the checksum of the bytes in one piece', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300, size: 'max' }), fc.array(fc.nat(40)), (bytes, cuts) => {
        const sum = new Checksum();
        let at = 0;
        for (const n of cuts) {
          const end = Math.min(at + n, bytes.length);
          sum.add(bytes.subarray(at, end));
          at = end;
        }
        sum.add(bytes.subarray(at));
        expect(sum.value).toBe(checksum(bytes));
      }),
    );
  });

  it('notices any one changed byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, i, flip) => {
        const changed = Uint8Array.from(bytes);
        const at = i % bytes.length;
        changed[at] = (changed[at] as number) ^ flip;
        expect(checksum(changed)).not.toBe(checksum(bytes));
      }),
    );
  });

  it('is CRC-32 (the same as zlib, gzip and PNG use)', () => {
    // The standard check value of CRC-32 for the ASCII digits 1 to 9.
    expect(checksum(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
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
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400, size: 'max' }), fc.array(fc.tuple(fc.nat(), fc.nat(100)), { maxLength: 30, size: 'max' }), (bytes, asks) => {
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

  it('refuses to give bytes that differ from the checked ones: the file rewritten in place, or cut short', () => {
    const part = Buffer.from('0123456789abcdef'.repeat(8));
    const info = file(part);
    for (const change of [(p: string) => writeFileSync(p, Buffer.concat([Buffer.from('header!'), Buffer.from(part).fill(0x41, 40, 41)])), (p: string) => writeFileSync(p, 'header!0123')]) {
      const window = FieldsWindow.open(info, 32);
      expect(window?.bytes(0, 10).end).toBe(10);
      change(info.path); // same file, same inode
      expect(statSync(info.path).ino).toBe(info.ino);
      expect(() => window?.bytes(40, 50)).toThrow(FieldsChanged);
      window?.close();
      writeFileSync(info.path, Buffer.concat([Buffer.from('header!'), part]));
    }
  });

  it('reads a part of one block once: what it gives is what it checked, whatever happens to the file after', () => {
    const part = Buffer.from('"name": "Maya Chen"');
    const info = file(part);
    const window = FieldsWindow.open(info);
    writeFileSync(info.path, 'header!"name": "Dana Ortiz"');
    const got = window?.bytes(9, 18);
    expect(got && got.buffer.toString('utf8', got.start, got.end)).toBe('Maya Chen');
    window?.close();
  });

  it('closes the file when the first pass fails', () => {
    const dir = tempDir();
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) expect(FieldsWindow.open({ path: dir, ino: statSync(dir).ino, at: 0, length: 10, sum: 0 })).toBeUndefined();
    expect(open()).toBe(before);
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
