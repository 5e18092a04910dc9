/**
 * Lint: the recommended rules of ESLint, typescript-eslint and
 * eslint-plugin-svelte, Prettier's formatting left to Prettier, and the
 * layering this codebase depends on (lint/layers.js; lint/layers.test.ts
 * proves each rule fires). `npm run lint` allows no warnings.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import layers from './lint/layers.js';
import svelteConfig from './svelte.config.js';

/** Raw IPC belongs to the wiring file and the preload; everything else goes through the contract. */
const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw IPC lives in electron/main/ipc.ts and electron/preload/preload.ts only; use the contract.',
};

export default ts.config(
  { ignores: ['dist/', 'release/', 'test-results/', 'playwright-report/', '.tmp/', 'node_modules/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { local: layers },
    rules: {
      'local/layers': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    // Tests stand in for Electron objects and reach into results; Playwright fixtures take `{}`.
    files: ['**/*.test.ts', '**/test-helpers.ts', '**/test-library.ts', '**/test-api.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Code that runs in the renderer or its workers has no Node globals: a stray `process.env` there is a
    // ReferenceError in the packaged app (the layers rule catches Node imports, this catches the globals).
    files: [
      'electron/shared/**/*.ts',
      'electron/core/common/**/*.ts',
      'renderer/src/**/*.ts',
      'renderer/src/**/*.svelte',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: `${name} is Node's; this code also runs in the renderer and its workers.`,
        })),
      ],
    },
  },
  {
    // One place sends to the page: sendMenuCommand / sendOpenDocument in electron/main/ipc.ts.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='send'][callee.object.property.name='webContents']",
          message: 'Messages to the page go through electron/main/ipc.ts.',
        },
      ],
    },
  },
);
