/**
 * The index's fields part read through one reused buffer, for `list --json` over a big folder.
 * Reading 8 MB into fresh memory costs ≈ 37 ms, nearly all page faults, on a virtual machine; reading it
 * twice through 256 KB costs ≈ 6. The whole part is checked against its checksum first, so
 * nothing is printed from a damaged index, and every block read again for output is checked
 * against its own checksum from that first pass. saveIndex lays the part out in list order, so reading
 * the contacts as `list` sorts them moves through it front to back, refilling the buffer about
 * thirty times for 10,000 contacts; any other order is still right, only slower.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Bytes } from '../domain/contact-fields.js';
import { UserError } from '../errors.js';
import { Checksum } from './checksum.js';

/** Fill `buffer` from `position`; throws when the file is shorter. */
export function readInto(fd: number, buffer: Buffer, position: number): Buffer {
  let done = 0;
  while (done < buffer.length) {
    const n = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (n === 0) throw new Error('index cut short');
    done += n;
  }
  return buffer;
}

/** Where an index file keeps its fields part, as its header says. */
export interface FieldsPart {
  path: string;
  /** The index file's inode when it was read: a replaced index is another file. */
  ino: number;
  at: number;
  length: number;
  sum: number;
}

/**
 * The whole fields part of `part.path`, checked, in one buffer (a facts-only read that must
 * rewrite the index after all); undefined when the file is no longer that index or is damaged.
 */
export function readFieldsPart(part: FieldsPart): Buffer | undefined {
  // A window of one block as large as the part: read and summed once, then given whole.
  const window = FieldsWindow.open(part, part.length);
  if (!window) return undefined;
  try {
    return window.bytes(0, part.length).buffer;
  } finally {
    window.close();
  }
}

const WINDOW = 256 * 1024;

/** The index file changed while its fields were being printed: something rewrote it in place. */
export class FieldsChanged extends UserError {
  constructor(path: string) {
    super(`${path} changed while it was being read, so the output above is incomplete`, 'Run the command again (infoview itself only ever replaces that file whole)');
  }
}

/**
 * The part is read in blocks of the window's size. The first pass keeps each block's checksum,
 * and every block read again for output must match its own: what is printed is what was checked,
 * even if something rewrites the file in place meanwhile (then `bytes` throws FieldsChanged).
 */
export class FieldsWindow {
  readonly #block: number;
  #buffer: Buffer;
  readonly #sums: number[] = [];
  /** The part's bytes from `#from` to `#to` are in the buffer. */
  #from = 0;
  #to = 0;

  private constructor(
    private readonly fd: number,
    private readonly part: FieldsPart,
    size: number,
  ) {
    // Blocks of the window's size, no bigger than the part (and never empty).
    this.#block = Math.max(16, Math.ceil(Math.min(size, part.length) / 16) * 16);
    this.#buffer = Buffer.allocUnsafe(this.#block);
  }

  /**
   * The fields part of `part.path`, checked; undefined when that file is no longer the index that
   * was read (replaced by another run), or its fields do not match their checksum. Close it after use.
   */
  static open(part: FieldsPart, size = WINDOW): FieldsWindow | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(part.path, 'r');
      const stats = fstatSync(fd);
      if (stats.ino !== part.ino || stats.size < part.at + part.length) return undefined;
      const window = new FieldsWindow(fd, part, size);
      if (window.#check() === part.sum) {
        fd = undefined; // the window owns it now
        return window;
      }
      return undefined;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** The part's bytes from `start` to `end`: valid until the next call. */
  bytes(start: number, end: number): Bytes {
    if (start < this.#from || end > this.#to) this.#fill(start, end);
    return { buffer: this.#buffer, start: start - this.#from, end: end - this.#from };
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Read the blocks that hold `start` to `end`, each checked against the first pass. */
  #fill(start: number, end: number): void {
    const first = Math.floor(start / this.#block);
    const from = first * this.#block;
    // Whole blocks (the last one may be the part's shorter end), as their checksums were taken.
    const to = Math.min(this.part.length, Math.ceil(Math.max(end, from + 1) / this.#block) * this.#block);
    if (to - from > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(Math.ceil((to - from) / this.#block) * this.#block);
    try {
      readInto(this.fd, this.#buffer.subarray(0, to - from), this.part.at + from);
    } catch {
      throw new FieldsChanged(this.part.path); // cut short since the first pass
    }
    for (let at = from, k = first; at < to; at += this.#block, k++) {
      const piece = this.#buffer.subarray(at - from, Math.min(to, at + this.#block) - from);
      if (new Checksum().add(piece).value !== this.#sums[k]) throw new FieldsChanged(this.part.path);
    }
    this.#from = from;
    this.#to = to;
  }

  /**
   * The first pass: the whole part's checksum, keeping each block's. A part of one block (a folder
   * of a few hundred contacts) is read and summed once, and stays in the buffer for the output.
   */
  #check(): number {
    const whole = new Checksum();
    for (let at = 0; at < this.part.length; at += this.#block) {
      const piece = readInto(this.fd, this.#buffer.subarray(0, Math.min(this.#block, this.part.length - at)), this.part.at + at);
      this.#sums.push(new Checksum().add(piece).value);
      if (piece.length < this.part.length) whole.add(piece);
      this.#from = at;
      this.#to = at + piece.length;
    }
    return this.#sums.length === 1 ? (this.#sums[0] as number) : whole.value;
  }
}
