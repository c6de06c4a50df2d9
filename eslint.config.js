import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import { backendDomainsPlugin } from './scripts/lint/backendDomains.mjs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Packages only the backend loads: documents, workbooks, PDFs, charts and the system browser. */
const BACKEND_ONLY_PACKAGES = ['exceljs', '@e965/xlsx', 'xlsx', 'pizzip', 'docxtemplater', '@cantoo/pdf-lib', '@resvg/resvg-js', 'playwright-core', 'playwright', 'archiver', 'yauzl'];

/** Import boundaries of DESIGN.md: each layer may only reach what it is allowed to. */
const forbid = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware rules on the source folders only (tests are linted without types, to keep lint fast).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: true, arguments: true } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: forbid(
      ['electron'],
      ['**/main', '**/main/**', '**/preload', '**/preload/**', '**/renderer/**', 'react', 'react-dom', 'antd'],
      'The backend runs in the CLI and the browser preview too: it must not need Electron, the DOM or the renderer.',
    ),
  },
  {
    files: ['electron/backend/*/**/*.ts'],
    plugins: { 'backend-domains': backendDomainsPlugin },
    rules: { 'backend-domains/domain-surface': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      ['electron', 'better-sqlite3', ...nodeBuiltins],
      ['**/electron/**', '**/renderer/**', 'react', 'antd'],
      'shared/ runs in every layer: plain TypeScript only, no Node, no Electron, no DOM.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(
      ['electron', 'better-sqlite3', ...nodeBuiltins, ...BACKEND_ONLY_PACKAGES],
      ['**/electron/**', '**/backend/**'],
      'The renderer talks to the backend only through the typed api client (renderer/src/api).',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(
      ['better-sqlite3', ...nodeBuiltins],
      ['**/backend/**', '**/renderer/**'],
      'The sandboxed preload may only build window.api from the contract.',
    ),
  },
);
