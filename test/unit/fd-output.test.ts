/**
 * Output by file descriptor: pieces arrive whole and in order (and a caller may reuse its bytes), also when the descriptor is a
 * non-blocking pipe that fills up (EAGAIN) and the rest has to go through the stream.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fdOutput } from '../../src/cli/fd-output.js';
import { tempDir } from '../helpers/index.js';

/** A FIFO opened non-blocking at both ends: writes fail with EAGAIN once its buffer (64 KiB) is full. */
function fullablePipe(): { reader: number; writer: number } {
  const path = join(tempDir(), 'fifo');
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  return { reader, writer };
}

function drain(fd: number): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    let n = 0;
    try {
      n = readSync(fd, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

describe('fdOutput', () => {
  it('writes many pieces in order, and when the pipe is full goes on through the stream without losing or repeating a byte', () => {
    const { reader, writer } = fullablePipe();
    const viaStream: Buffer[] = [];
    const out = fdOutput(writer, () => ({ write: (chunk: Uint8Array) => viaStream.push(Buffer.from(chunk)), columns: 80 }) as never);
    // 3,000 pieces of uneven sizes, 300 KB in all: far more than the pipe holds. The first goes
    // to the descriptor in part, the rest (and each piece's bytes, reused here) to the stream.
    const pieces = Array.from({ length: 3000 }, (_, i) => Buffer.from(`${i}:${'x'.repeat(i % 197)};`));
    const reused = Buffer.alloc(256);
    for (const piece of pieces) {
      piece.copy(reused);
      out.write(reused.subarray(0, piece.length));
      reused.fill(0);
    }
    out.write('and then some text\n'); // after a fallback, text goes the same way, in order
    const received = Buffer.concat([drain(reader), ...viaStream]);
    closeSync(reader);
    closeSync(writer);
    expect(viaStream.length).toBeGreaterThan(0); // the pipe did fill up
    expect(received.toString()).toBe(`${Buffer.concat(pieces).toString()}and then some text\n`);
  });

  it('writes everything itself when the descriptor takes it all', () => {
    const { reader, writer } = fullablePipe();
    const out = fdOutput(writer, () => {
      throw new Error('the stream is not needed');
    });
    for (const piece of [Buffer.from('a'), Buffer.alloc(0), Buffer.from('bc')]) out.write(piece);
    out.write('dé\n');
    expect(drain(reader).toString()).toBe('abcdé\n');
    closeSync(reader);
    closeSync(writer);
  });
});
