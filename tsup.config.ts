import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import { rechunk } from './scripts/rechunk.js';

// One ESM bundle with code splitting: every command's heavy imports (prompts, template engine,
// CSV, iCalendar) land in their own chunk and load only when that command runs. Dependencies are
// bundled so start-up does not walk node_modules. After the build, scripts/rechunk.ts regroups
// esbuild's many small shared chunks into a few files and writes them as CommonJS (where bundled
// CommonJS libraries find the real `require`, and `node:` modules have no ES module facade).
type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// commander requires node:child_process as it loads (only for stand-alone executable
// subcommands, which infoview does not have), and that pulls in net, dgram and the stream
// machinery on every run. It gets a stand-in that requires the real module on first use.
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`${args.path}: commander changed how it loads child_process; update tsup.config.ts`);
      const lazy = "let realChildProcess;\nconst childProcess = new Proxy({}, { get: (_, key) => (realChildProcess ??= require('node:child_process'))[key] });";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const ENTRIES = { infoview: 'src/bin.ts' };

// What every command loads (the runner, the context, the repository lock), and the read commands people run many
// times a day: their shared code goes into one `core` chunk (scripts/rechunk.ts).
const HOT = ['src/cli/run.ts', 'src/context.ts', 'src/store/repository-lock.ts', 'src/commands/followup.ts', 'src/commands/list.ts', 'src/commands/show.ts', 'src/commands/status.ts'];

export default defineConfig({
  esbuildPlugins: [lazyChildProcess],
  entry: ENTRIES,
  format: 'esm',
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  minify: false,
  sourcemap: false,
  metafile: true,
  noExternal: [/.*/],
  onSuccess: async () => {
    const files = await rechunk('dist', ENTRIES, HOT);
    // eslint-disable-next-line no-console -- build output, like tsup's own lines
    console.log(`rechunk: ${files} files`);
  },
});
