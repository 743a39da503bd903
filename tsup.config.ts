import { defineConfig } from 'tsup';
import { writeHelpTable } from './scripts/help-table.js';

// One ESM bundle with code splitting: every command's heavy imports (prompts, template engine,
// CSV, iCalendar) land in their own chunk and load only when that command runs. Dependencies are
// bundled so start-up does not walk node_modules; the banner gives bundled CommonJS a `require`.
// `cli` is an entry of its own (dist/cli.js) so the build step below can import it by name: it
// records every command's --help into dist/help.json, which the small `infoview` entry serves
// without loading commander (src/cli/served-help.ts).
export default defineConfig({
  entry: { infoview: 'src/bin.ts', cli: 'src/cli.ts' },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  minify: false,
  sourcemap: false,
  noExternal: [/.*/],
  banner: { js: "import { createRequire as __infoviewRequire } from 'node:module'; const require = __infoviewRequire(import.meta.url);" },
  onSuccess: async () => {
    // eslint-disable-next-line no-console -- build output, like tsup's own lines
    console.log(`help.json: ${await writeHelpTable('dist')} help texts recorded`);
  },
});
