/**
 * A cached parse of one data file (config.yaml, or one contact read by its exact slug) in
 * `<dir>/.index/<name>.json`, valid while the file's size, mtime, ctime and inode are unchanged.
 * Same rules as the contact index (contact-index.ts): derived, best effort, safe to delete.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { VERSION } from '../version.js';
import { atomicWrite } from './atomic.js';

const FORMAT = 1;
/**
 * A file modified this recently is not cached: a same-size rewrite within one mtime tick (coarse
 * on some file systems) could otherwise go unnoticed. Two seconds covers FAT's granularity.
 */
const RACY_MS = 2000;

/** What identifies a file's version without reading it. */
export interface FileKey {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export const keyOf = (stats: Stats): FileKey => ({ size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino });

export const sameKey = (key: FileKey, stats: Stats): boolean =>
  key.size === stats.size && key.mtimeMs === stats.mtimeMs && key.ctimeMs === stats.ctimeMs && key.ino === stats.ino;

/** A file changed less than RACY_MS before `startedAt` (wall clock before reading) may change again unseen. */
export const isRacy = (stats: Stats, startedAt: number): boolean => Math.max(stats.mtimeMs, stats.ctimeMs) > startedAt - RACY_MS;

const cachePath = (dir: string, name: string) => join(dir, '.index', `${name}.json`);

/** Deeper than any contact; past it the data is simply not cached. */
const MAX_DEPTH = 64;

/**
 * False for data JSON would change (NaN, -0, undefined, holes, Dates, cycles, symbol keys…): such
 * data is never cached. The same answer as comparing a JSON round trip with isDeepStrictEqual
 * (test/unit/survives-json.test.ts), without building the copy, which cost ≈ 0.2 s at 10,000
 * contacts; only data nested deeper than MAX_DEPTH is refused where the round trip would pass.
 */
export function survivesJson(data: unknown): boolean {
  try {
    return survives(data, 0);
  } catch {
    return false; // a getter that throws
  }
}

const hasEnumerableSymbol = (data: object) => Object.getOwnPropertySymbols(data).some((s) => Object.prototype.propertyIsEnumerable.call(data, s));

function survives(data: unknown, depth: number): boolean {
  switch (typeof data) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(data) && !Object.is(data, -0);
    case 'object':
      break;
    default:
      return false; // undefined, functions, symbols, BigInt
  }
  if (data === null) return true;
  if (depth >= MAX_DEPTH || hasEnumerableSymbol(data)) return false; // the depth limit also stops a cycle
  const proto = Object.getPrototypeOf(data) as unknown;
  if (proto === Array.prototype) {
    const list = data as unknown[];
    if (Object.keys(list).length !== list.length) return false; // holes or extra keys
    for (const item of list) if (!survives(item, depth + 1)) return false;
    return true;
  }
  // Anything but a plain object (Date, Map, class instances, boxed values) comes back different.
  if (proto !== Object.prototype) return false;
  const record = data as Record<string, unknown>;
  if (typeof record.toJSON === 'function') return false;
  for (const key of Object.keys(record)) if (!survives(record[key], depth + 1)) return false;
  return true;
}

interface Cached<T> {
  format: number;
  app: string;
  file: string;
  key: FileKey;
  data: T;
}

/** The cached data for `file` when it is still current, else undefined. */
export function readCached<T>(dir: string, name: string, file: string, stats: Stats): T | undefined {
  try {
    const c = JSON.parse(readFileSync(cachePath(dir, name), 'utf8')) as Cached<T>;
    if (c?.format === FORMAT && c.app === VERSION && c.file === file && c.key && sameKey(c.key, stats)) return c.data;
  } catch {
    // absent or corrupt: parse the file
  }
  return undefined;
}

/** Remember `data` for `file` (atomic, 0600; skipped for a racy file; best effort). */
export function writeCached(dir: string, name: string, file: string, stats: Stats, startedAt: number, data: unknown): void {
  if (isRacy(stats, startedAt) || !survivesJson(data)) return;
  const cached: Cached<unknown> = { format: FORMAT, app: VERSION, file, key: keyOf(stats), data };
  try {
    mkdirSync(dirname(cachePath(dir, name)), { recursive: true, mode: 0o700 });
    atomicWrite(cachePath(dir, name), JSON.stringify(cached), { fsync: false, derived: true });
  } catch {
    // A read-only folder simply goes without a cache.
  }
}

/** Drop the cached parse `name` (its file is gone). Best effort. */
export function forgetCached(dir: string, name: string): void {
  try {
    rmSync(cachePath(dir, name), { force: true });
  } catch {
    // A read-only folder keeps it; it is never served without its file (readCached checks the stats).
  }
}

/**
 * Drop every cached parse in `.index/<folder>/` whose name is not in `keep`: a contact deleted by
 * hand or by a sync leaves no copy of its data behind. Best effort.
 */
export function sweepCached(dir: string, folder: string, keep: readonly string[]): void {
  let names: string[];
  try {
    names = readdirSync(join(dir, '.index', folder));
  } catch {
    return; // no such cache yet
  }
  if (!names.length) return;
  const live = new Set(keep);
  for (const name of names) {
    if (name.endsWith('.json') && !live.has(name.slice(0, -'.json'.length))) forgetCached(dir, `${folder}/${name.slice(0, -'.json'.length)}`);
  }
}
