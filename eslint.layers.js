/**
 * The layers of src/ (docs/ARCHITECTURE.md, "Layers"), held by eslint so a leak fails `npm test`.
 * Each folder lists what it may not import; imports are matched as written (relative paths).
 * Dynamic `import()` is not seen by no-restricted-imports, so the same paths are also refused
 * there through no-restricted-syntax. test/lint/layers.test.ts proves each rule still bites.
 */

import { fdOutput } from './eslint.output.js';

/** Node's modules that reach the disk, processes, the clock's host or the network. */
const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'process', 'v8', 'module', 'url', 'buffer', 'crypto', 'zlib'];

const group = (paths, message) => ({ group: paths, message });

const ONLY_ENTRY_USES_CLI = 'only the entry (src/bin.ts, src/cli.ts) imports src/cli/: pass what a command needs in the Context';
const NOT_CONTEXT = 'take what you need (a folder, env, a warn function, a paint) as parameters, not the whole Context';

/** Everything outside src/domain/, as a file in a sibling folder of src/ writes it. */
const OUTSIDE_DOMAIN = ['../**'];
const CLI = ['../cli/**', '../cli.js', '../bin.js', './cli/**', './cli.js', './bin.js'];
const COMMANDS = ['../commands/**', './commands/**'];
const CONTEXT = ['../context.js'];

/** A selector for a dynamic import() whose path matches `regex` (a string for esquery). */
const dynamic = (regex, message) => ({ selector: `ImportExpression[source.value=/${regex}/]`, message });

const rule = (files, patterns, dynamics, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...dynamics, ...fdOutput],
    ...extra,
  },
});

export const layers = [
  rule(
    ['src/domain/**/*.ts'],
    [
      group(OUTSIDE_DOMAIN, 'src/domain/ imports only src/domain/ and pure libraries: it is the innermost layer'),
      group(NODE, 'src/domain/ is pure: no disk, processes or environment (the caller passes them in)'),
    ],
    [dynamic('^(\\.\\.\\/|node:)', 'src/domain/ imports only src/domain/ and pure libraries')],
    { 'no-restricted-globals': ['error', { name: 'process', message: 'src/domain/ is pure: receive env and the clock as parameters' }] },
  ),
  rule(
    ['src/render/**/*.ts'],
    [
      group(['../store/**'], 'src/render/ may not import src/store/: shared types live in src/domain/'),
      group([...CLI], ONLY_ENTRY_USES_CLI),
      group([...COMMANDS, ...CONTEXT], 'src/render/ imports src/domain/ (and src/errors.ts), never the layers above it'),
      group(['node:fs', 'node:child_process', 'fs', 'child_process'], 'src/render/ is pure: it returns text, the command decides where it goes'),
    ],
    [dynamic('^\\.\\.\\/(store|cli|commands|context)', 'src/render/ imports src/domain/ only')],
    { 'no-restricted-globals': ['error', { name: 'process', message: 'src/render/ is pure: receive env and the terminal as parameters' }] },
  ),
  rule(
    ['src/store/**/*.ts'],
    [
      group(['../render/**'], 'src/store/ may not import src/render/: move what both need to src/domain/'),
      group([...CLI], ONLY_ENTRY_USES_CLI),
      group([...COMMANDS], 'src/store/ imports src/domain/, never the commands above it'),
      group([...CONTEXT], NOT_CONTEXT),
    ],
    [dynamic('^\\.\\.\\/(render|cli|commands|context)', 'src/store/ imports src/domain/ only')],
  ),
  rule(
    ['src/commands/**/*.ts'],
    [group([...CLI], ONLY_ENTRY_USES_CLI)],
    [dynamic('^\\.\\.\\/(cli|bin)', ONLY_ENTRY_USES_CLI)],
  ),
  rule(
    ['src/*.ts'],
    [group(['./cli/**', './cli.js'], ONLY_ENTRY_USES_CLI)],
    [dynamic('^\\.\\/cli', ONLY_ENTRY_USES_CLI)],
  ),
  // The entry itself: bin.ts and cli.ts are the two files that may reach into src/cli/.
  { files: ['src/bin.ts', 'src/cli.ts'], rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': ['error', ...fdOutput] } },
];
