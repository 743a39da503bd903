/**
 * The derived index's checksum: the platform's CRC-32 (zlib). Any one changed byte always
 * changes it; it is here to notice damage, not tampering. Bytes may be added in pieces of any
 * size (a reused read buffer, store/fields-window.ts): the result is the same as in one piece.
 */
import { crc32 } from 'node:zlib';

export class Checksum {
  #value = 0;

  add(bytes: Uint8Array): this {
    this.#value = crc32(bytes, this.#value);
    return this;
  }

  get value(): number {
    return this.#value;
  }
}

/** The checksum of `bytes` in one piece. */
export const checksum = (bytes: Uint8Array): number => crc32(bytes);
