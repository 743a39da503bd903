/**
 * Build step (tsup's onSuccess, before the help table): regroups esbuild's chunks, and writes
 * them as CommonJS.
 *
 * esbuild gives every set of entry points that share code a chunk of its own, has no setting to
 * group them, and splits code only as ES modules. With a lazy import per command that made a
 * warm `followup` load ≈ 25 files of a few hundred bytes each, ≈ 0.6 ms apiece in Node 20's ES
 * module loader, which itself costs ≈ 10 ms to start. Rollup reads esbuild's output back and
 * writes it again as CommonJS (`require` loads a file synchronously, and the ES module loader
 * never starts), with only the grouping changed:
 * - `start-<hash>.js`: what the entry (`infoview.js`) imports statically, i.e. what `--help` needs;
 * - `core-<hash>.js`: the rest of what the everyday read commands (`hot`) and the context import
 *   statically;
 * - every other chunk as esbuild made it: heavy libraries and other commands still load only
 *   when a command asks for them.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { rollup, type GetManualChunk, type ManualChunkMeta } from 'rollup';

interface Metafile {
  outputs: Record<string, { entryPoint?: string }>;
}

/** Group the chunks in `dist` (esbuild wrote `metafile-esm.json` there); returns the number of files written. */
export async function rechunk(dist: string, entries: Record<string, string>, hot: string[]): Promise<number> {
  const metafile = join(dist, 'metafile-esm.json');
  const outputs = Object.entries((JSON.parse(readFileSync(metafile, 'utf8')) as Metafile).outputs);
  rmSync(metafile);
  const fileOf = (source: string) => {
    const found = outputs.find(([, output]) => output.entryPoint === source);
    if (!found) throw new Error(`rechunk: esbuild wrote no file for ${source}`);
    return resolve(found[0]);
  };

  const bundle = await rollup({
    input: Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, fileOf(source)])),
    external: (id) => id.startsWith('node:') || builtinModules.includes(id),
    // esbuild already removed what is unused; this pass only moves code between files.
    treeshake: false,
    // Any warning fails the build: a circular import, say, could leave the entry's top-level
    // await waiting for a module that waits for it.
    onwarn(warning) {
      throw new Error(`rechunk: ${warning.message}`);
    },
  });
  // Every input is in memory now: clear the folder so no stale chunk stays behind.
  for (const name of readdirSync(dist)) if (name.endsWith('.js')) rmSync(join(dist, name));
  const { output } = await bundle.write({
    dir: dist,
    // CommonJS: Node then never starts its ES module loader (≈ 10 ms on every run here), and
    // `require` loads a file synchronously. dist/package.json says so to Node.
    format: 'cjs',
    entryFileNames: '[name].js',
    // Named by content, as esbuild's were: a rebuild never reuses a name for other code.
    chunkFileNames: '[name]-[hash].js',
    manualChunks: grouping(fileOf(entries.infoview ?? ''), hot.map(fileOf)),
  });
  await bundle.close();
  writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');
  return output.length;
}

/** `start` for what `entry` imports statically, `core` for what `hot` imports statically besides. */
function grouping(entry: string, hot: string[]): GetManualChunk {
  let groups: Map<string, string> | undefined;
  return (id, meta) => {
    groups ??= groupsOf(entry, hot, meta);
    return groups.get(id);
  };
}

function groupsOf(entry: string, hot: string[], { getModuleInfo }: ManualChunkMeta): Map<string, string> {
  const groups = new Map<string, string>();
  const add = (id: string, group: string) => {
    const info = getModuleInfo(id);
    if (!info || info.isExternal || groups.has(id)) return;
    groups.set(id, group);
    for (const imported of info.importedIds) add(imported, group);
  };
  // The entry module itself stays the entry; `start` must be its own file, or `core` (which
  // imports from it) and the entry (which awaits `core`) would wait for each other.
  groups.set(entry, 'entry');
  for (const imported of getModuleInfo(entry)?.importedIds ?? []) add(imported, 'start');
  for (const id of hot) add(id, 'core');
  groups.delete(entry);
  return groups;
}
