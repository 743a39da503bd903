import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import { writeGrammar } from './scripts/grammar-table.js';
import { builtCli, writeHelpTable } from './scripts/help-table.js';
import { rechunk } from './scripts/rechunk.js';

// One ESM bundle with code splitting: every command's heavy imports (prompts, template engine,
// CSV, iCalendar) land in their own chunk and load only when that command runs. Dependencies are
// bundled so start-up does not walk node_modules; the banner gives bundled CommonJS a `require`.
// After the build, scripts/rechunk.ts regroups esbuild's many small shared chunks into a few files.
// `cli` is an entry of its own (dist/cli.js) so the build step below can import it by name: it
// records every command's --help into dist/help.json, which the small `infoview` entry serves
// without loading commander (src/cli/served-help.ts), and what every command accepts into
// dist/grammar.json, with which it runs plain command lines without commander (src/cli/plain-args.ts).
type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// commander requires node:child_process as it loads (only for stand-alone executable
// subcommands, which infoview does not have), and that pulls in net, dgram and the stream
// machinery: ≈ 4 ms on every run. It gets a stand-in that requires the real module on first use.
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

// `import { readFileSync } from 'node:fs'` in an ES module makes Node build node:fs's ESM facade,
// which reads every export, including the lazy ReadStream getter that loads the whole stream
// machinery (≈ 5 ms, on every run). Our sources keep the ordinary import; the bundle gets the
// same functions through `require` (the banner defines it), which touches nothing lazy.
const fsThroughRequire: Plugin = {
  name: 'fs-through-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/^import \{([^}]*)\} from 'node:fs';$/m, (_line, names: string) => {
        const all = names.split(',').map((n) => n.trim()).filter(Boolean);
        const types = all.filter((n) => n.startsWith('type '));
        const values = all.filter((n) => !n.startsWith('type ')).map((n) => n.replace(/\s+as\s+/, ': '));
        return [types.length ? `import { ${types.join(', ')} } from 'node:fs';` : '', values.length ? `const { ${values.join(', ')} } = require('node:fs') as typeof import('node:fs');` : ''].join(' ');
      });
      return { contents, loader: 'ts' };
    });
  },
};

// env-paths does `import process from 'node:process'`: node:process's ESM facade reads every
// property of process, stdin, stdout and stderr included, and so opens all three streams (net,
// tty and the stream machinery for pipes and terminals). The global `process` is the same object.
const envPathsGlobalProcess: Plugin = {
  name: 'env-paths-global-process',
  setup(build) {
    build.onLoad({ filter: /node_modules[\\/]env-paths[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const facade = "import process from 'node:process';";
      if (!source.includes(facade)) throw new Error(`${args.path}: env-paths changed how it imports process; update tsup.config.ts`);
      return { contents: source.replace(facade, 'const { process } = globalThis;'), loader: 'js' };
    });
  },
};

const ENTRIES = { infoview: 'src/bin.ts', cli: 'src/cli.ts' };

// What every command loads (the runner, the context, the write log), and the read commands people run many
// times a day: their shared code goes into one `core` chunk (scripts/rechunk.ts).
const HOT = ['src/cli/run.ts', 'src/context.ts', 'src/store/atomic.ts', 'src/commands/followup.ts', 'src/commands/list.ts', 'src/commands/show.ts', 'src/commands/status.ts'];

export default defineConfig({
  esbuildPlugins: [lazyChildProcess, fsThroughRequire, envPathsGlobalProcess],
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
  banner: { js: "import { createRequire as __infoviewRequire } from 'node:module'; const require = __infoviewRequire(import.meta.url);" },
  onSuccess: async () => {
    const files = await rechunk('dist', ENTRIES, HOT);
    const cli = await builtCli('dist');
    // eslint-disable-next-line no-console -- build output, like tsup's own lines
    console.log(`rechunk: ${files} files; help.json: ${await writeHelpTable('dist', cli)} help texts; grammar.json: ${writeGrammar('dist', cli)} commands`);
  },
});
