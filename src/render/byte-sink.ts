/**
 * Output made of many small pieces of text, copied into one reused
 * buffer and handed on a quarter megabyte at a time. Reusing the buffer keeps a 10 MB
 * `list --json` from touching 10 MB of fresh memory, whose page faults cost more than the
 * copying. A chunk always ends between two pieces, so never inside a UTF-8 character.
 */
export class ByteSink {
  readonly #buffer: Buffer;
  #used = 0;

  /** `write` must be done with each chunk when it returns: the buffer is reused. */
  constructor(
    private readonly write: (chunk: Uint8Array) => void,
    size = 256 * 1024,
  ) {
    this.#buffer = Buffer.allocUnsafe(size);
  }

  text(piece: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (piece.length * 3 > this.#buffer.length - this.#used) {
      this.flush();
      if (piece.length * 3 > this.#buffer.length) return this.write(Buffer.from(piece));
    }
    this.#used += this.#buffer.write(piece, this.#used);
  }

  /** Hand on what is buffered. */
  flush(): void {
    if (this.#used) this.write(this.#buffer.subarray(0, this.#used));
    this.#used = 0;
  }
}

/**
 * A JSON array written as `JSON.stringify(items, null, 2)` and a newline print it: `element`
 * writes each item's text, indented one level (two spaces) and without the separating comma.
 */
export function writeJsonArray<T>(items: Iterable<T>, write: (chunk: Uint8Array) => void, element: (item: T, out: ByteSink) => void): void {
  const out = new ByteSink(write);
  let count = 0;
  for (const item of items) {
    out.text(count++ ? ',\n' : '[\n');
    element(item, out);
  }
  out.text(count ? '\n]\n' : '[]\n');
  out.flush();
}
