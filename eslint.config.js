import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layers } from './eslint.layers.js';
import { fdOutput } from './eslint.output.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  { files: ['bin/**', 'bench/**', 'test/**'], rules: { 'no-console': 'off' } },
  // Every file of src/ (the layers below repeat it in their own lists).
  { files: ['src/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...fdOutput] } },
  ...layers,
  // The benchmark scripts are plain Node ESM (not type-checked): give them Node's globals.
  { files: ['bench/**/*.mjs', 'scripts/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } } },
  // The executable is plain Node ESM (not type-checked), like the bundle it loads.
  { files: ['bin/**/*.js'], languageOptions: { sourceType: 'module' } },
);
