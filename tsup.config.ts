import { defineConfig } from 'tsup';

// One ESM bundle with code splitting: every command's heavy imports (prompts, template engine,
// CSV, iCalendar) land in their own chunk and load only when that command runs. Dependencies are
// bundled so start-up does not walk node_modules.
export default defineConfig({
  entry: { infoview: 'src/bin.ts' },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  minify: false,
  sourcemap: false,
  // Bundled CommonJS libraries call `require` (for `node:` modules): give every chunk the real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  noExternal: [/.*/],
});
