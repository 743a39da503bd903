/**
 * The derived index's checksum: FNV-1a over 32-bit words in four interleaved lanes (four times
 * the speed of one), then the tail words and bytes into the first lane. Any one changed word
 * always changes it; it is here to notice damage, not tampering. Bytes may be added in pieces
 * (a reused read buffer, store/fields-window.ts): every piece but the last must be a whole
 * number of 16-byte blocks, so the result is the same as for the bytes in one piece.
 */
const PRIME = 0x01000193;

export class Checksum {
  #lanes = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x5bd1e995];
  #ended = false;

  add(bytes: Uint8Array): this {
    if (this.#ended) throw new Error('internal: checksum pieces before the last must be whole 16-byte blocks');
    if (bytes.byteOffset % 4) bytes = Uint8Array.from(bytes);
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    let [a, b, c, d] = this.#lanes as [number, number, number, number];
    const whole = words.length & ~3;
    for (let k = 0; k < whole; k += 4) {
      a = Math.imul(a ^ (words[k] as number), PRIME);
      b = Math.imul(b ^ (words[k + 1] as number), PRIME);
      c = Math.imul(c ^ (words[k + 2] as number), PRIME);
      d = Math.imul(d ^ (words[k + 3] as number), PRIME);
    }
    for (let k = whole; k < words.length; k++) a = Math.imul(a ^ (words[k] as number), PRIME);
    for (let k = words.length << 2; k < bytes.length; k++) a = Math.imul(a ^ (bytes[k] as number), PRIME);
    this.#lanes = [a, b, c, d];
    this.#ended = bytes.length % 16 !== 0;
    return this;
  }

  get value(): number {
    const [a, b, c, d] = this.#lanes as [number, number, number, number];
    return (a ^ Math.imul(b, 3) ^ Math.imul(c, 5) ^ Math.imul(d, 7)) >>> 0;
  }
}

/** The checksum of `bytes` in one piece. */
export const checksum = (bytes: Uint8Array): number => new Checksum().add(bytes).value;
