/**
 * The process streams as Outputs (src/output.ts). On a Windows console, bytes written to fd 1 or 2
 * with fs.writeSync are not converted (nodejs/node#24550: "José Núñez" prints garbled) and colour
 * codes print raw unless a tty stream turned on VT mode; so on a terminal every piece of output,
 * accents and colour codes included, must reach the stream's `write` as text or UTF-8 bytes, and
 * never a file descriptor. Run with the store's Windows behaviour on (fileOps.platform), the one
 * place that branches on the platform on this path.
 */
import * as fs from 'node:fs';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { output } from '../../src/output.js';
import { fileOps } from '../../src/store/file-ops.js';
import { cleanEnv, dataDir } from '../helpers/index.js';

// A write to fd 1 or 2 anywhere under main() fails the test.
vi.mock('node:fs', async (original) => {
  const real = await original<typeof fs>();
  const writeSync = (fd: number, ...rest: unknown[]) => {
    if (fd === 1 || fd === 2) throw new Error(`fs.writeSync(${fd}, …): output must go through the stream`);
    return (real.writeSync as (fd: number, ...r: unknown[]) => number)(fd, ...rest);
  };
  return { ...real, writeSync, default: { ...real, writeSync } };
});

/** A terminal as Node gives it (isTTY, columns), recording each chunk as `write` received it. */
class FakeTerminal extends Writable {
  readonly isTTY = true;
  readonly columns = 100;
  readonly chunks: (string | Buffer)[] = [];
  constructor() {
    super({ decodeStrings: false });
  }
  override _write(chunk: string | Buffer, _encoding: string, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }
  /** Everything written, each chunk a string or valid UTF-8. */
  text(): string {
    return this.chunks
      .map((c) => {
        if (typeof c === 'string') return c;
        expect(Buffer.from(c.toString('utf8'), 'utf8').equals(c), 'a Buffer chunk is UTF-8').toBe(true);
        return c.toString('utf8');
      })
      .join('');
  }
}

const JOSE = 'name: José Núñez\ncompany: Café Señor\noutreach:\n  - at: 2026-11-20T09:30:00-08:00\n    channel: email\n';

describe('output on a terminal (Windows behaviour on)', () => {
  const platform = fileOps.platform;
  beforeEach(() => {
    fileOps.platform = 'win32';
  });
  afterEach(() => {
    fileOps.platform = platform;
  });

  async function onTerminal(args: string[]) {
    const dir = dataDir({ 'jose-nunez': JOSE });
    const stdout = new FakeTerminal();
    const stderr = new FakeTerminal();
    const asStream = (t: FakeTerminal) => t as unknown as NodeJS.WriteStream;
    const { NO_COLOR: _, ...env } = cleanEnv(dir, { TERM: 'xterm-256color' });
    const code = await main(args, { stdout: output(asStream(stdout)), stderr: output(asStream(stderr), asStream(stderr)), stdinIsTTY: false, env });
    return { code, stdout, stderr };
  }

  for (const args of [['show', 'jose'], ['list'], ['export', '--format', 'csv']]) {
    it(`${args.join(' ')}: accents and colour reach stream.write as text`, async () => {
      const { code, stdout } = await onTerminal(args);
      expect(code).toBe(0);
      expect(stdout.chunks.length).toBeGreaterThan(0);
      expect(stdout.text()).toContain('José Núñez');
      if (args[0] !== 'export') expect(stdout.text()).toContain('\u001b[');
    });
  }

  it('an error naming accented names reaches stderr.write as text', async () => {
    const { code, stdout, stderr } = await onTerminal(['show', 'Josè Nuñes']);
    expect(code).toBe(1);
    expect(stdout.chunks).toEqual([]);
    expect(stderr.text()).toBe('infoview: no contact matches "Josè Nuñes"\n  Did you mean: José Núñez (jose-nunez)?\n');
  });
});

describe('output', () => {
  it('gives the stream its own copy of bytes (a caller may reuse its buffer), strings as they are', () => {
    const terminal = new FakeTerminal();
    const out = output(terminal as unknown as NodeJS.WriteStream);
    const bytes = new TextEncoder().encode('Núñez\n');
    out.write(bytes);
    bytes.fill(0);
    out.write('José\n');
    expect(terminal.chunks).toEqual([Buffer.from('Núñez\n'), 'José\n']);
    expect([out.isTTY, out.columns]).toEqual([true, 100]);
  });

  it('a reader that left (EPIPE) is no error; another late error is one line on stderr', () => {
    const pipe = new FakeTerminal();
    const stderr = new FakeTerminal();
    output(pipe as unknown as NodeJS.WriteStream, stderr);
    const exitCode = process.exitCode;
    try {
      pipe.emit('error', Object.assign(new Error('EPIPE'), { code: 'EPIPE', syscall: 'write' }));
      expect([process.exitCode, stderr.chunks]).toEqual([exitCode, []]);
      pipe.emit('error', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write' }));
      expect([process.exitCode, stderr.chunks]).toEqual([1, ['infoview: cannot write the output (ENOSPC: the disk is full)\n']]);
    } finally {
      process.exitCode = exitCode;
    }
  });
});
