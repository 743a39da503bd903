/**
 * The files a command changed travel in its Context (`changes`), not in a module-wide list: every
 * data write of the store notes itself there with the bytes it wrote, derived files (the index)
 * never do, and two commands in one process never see each other's files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { cleanEnv, contactFile, dataDir, MAYA } from '../helpers/index.js';

const contextFor = (dir: string) => createContext({ stdout: { write: () => true }, stderr: { write: () => true }, stdinIsTTY: false, env: cleanEnv(dir) }, { dir });

describe('the Context’s change log', () => {
  it('notes each contact the store writes, once, in order, with the bytes written', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const ctx = contextFor(dir);
    const store = ctx.store();
    await store.create({ name: 'Dana Ortiz' });
    await store.update('maya-chen', (doc) => doc.set('company', 'Contoso'));
    await store.update('maya-chen', (doc) => doc.set('role', 'Designer'));
    await store.readAll(); // builds the derived index: no change of the user's data
    expect(ctx.changes.files()).toEqual([contactFile(dir, 'dana-ortiz'), contactFile(dir, 'maya-chen')]);
    expect(ctx.changes.written.get(contactFile(dir, 'maya-chen'))).toBe(readFileSync(contactFile(dir, 'maya-chen'), 'utf8'));
  });

  it('a removal and a recorded path are noted without bytes', () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const ctx = contextFor(dir);
    ctx.store().remove('maya-chen');
    ctx.record(join(dir, 'templates'));
    expect(ctx.changes.files()).toEqual([contactFile(dir, 'maya-chen'), join(dir, 'templates')]);
    expect(ctx.changes.written.size).toBe(0);
  });

  it('two commands in one process keep their own lists', async () => {
    const dir = dataDir({ 'maya-chen': MAYA });
    const first = contextFor(dir);
    await first.store().update('maya-chen', (doc) => doc.set('company', 'Contoso'));
    const second = contextFor(dir);
    await second.store().create({ name: 'Dana Ortiz' });
    expect(first.changes.files()).toEqual([contactFile(dir, 'maya-chen')]);
    expect(second.changes.files()).toEqual([contactFile(dir, 'dana-ortiz')]);
  });
});
