import { defineConfig } from 'tsup';

// One ESM bundle with code splitting: every command's heavy imports (prompts, template engine,
// CSV, iCalendar) land in their own chunk and load only when that command runs. Dependencies are
// bundled so start-up does not walk node_modules; the banner gives bundled CommonJS a `require`.
export default defineConfig({
  entry: { infoview: 'src/bin.ts' },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  minify: false,
  sourcemap: false,
  noExternal: [/.*/],
  banner: { js: "import { createRequire as __infoviewRequire } from 'node:module'; const require = __infoviewRequire(import.meta.url);" },
});
