// Lint is an error gate, never a warning list (STYLE.md). The import boundaries that keep
// the core testable without Electron are enforced here, by machine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = {
  paths: [{ name: 'electron', message: 'Core and shared code must never import electron (ARCHITECTURE.md).' }],
  patterns: [{ group: ['electron/*'], message: 'Core and shared code must never import electron.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      'no-console': 'off',
    },
  },
  {
    files: ['electron/core/**', 'electron/bridge/**', 'electron/cli/**', 'shared/**'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/main/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/bridge/**', '**/cli/**'], message: 'The packaged app never contains the HTTP bridge or the CLI.' }],
      }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: noElectron.paths,
        patterns: [
          ...noElectron.patterns,
          { group: ['node:*'], message: 'shared/ runs in the renderer too: no Node built-ins.' },
          { group: ['**/electron/**'], message: 'shared/ must not import the core or the shell.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks only to window.api / lib/api.' }],
        patterns: [
          { group: ['node:*'], message: 'The renderer must not import Node built-ins.' },
          { group: ['**/electron/**', 'electron/*'], message: 'The renderer must not import the core or the shell.' },
        ],
      }],
    },
  },
);
