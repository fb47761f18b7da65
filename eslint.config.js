import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', '.test-results/', '.demo/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The analysis core runs in Node and in every page: it must never reach for an extension API.
    files: ['utils/analysis/**', 'utils/article/**', 'utils/claims/**', 'utils/dom/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'wxt', 'webextension-polyfill', '@webext-core/*', 'dexie'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
