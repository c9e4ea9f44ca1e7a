// Lint: the recommended JavaScript and type-aware TypeScript rules, plus the project's own:
// no `any` outside the emulator's boundary, and src/core never touches Apps Script globals.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptGlobals = [
  'SpreadsheetApp', 'DocumentApp', 'DriveApp', 'FormApp', 'MailApp', 'GmailApp', 'PropertiesService',
  'LockService', 'ScriptApp', 'Session', 'Utilities', 'HtmlService', 'CacheService', 'UrlFetchApp', 'Logger',
];

export default tseslint.config(
  { ignores: ['jest.config.cjs', 'build/**', 'out/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...appsScriptGlobals.map((name) => ({ name, message: 'src/core is pure: pass data in from src/app.' }))],
    },
  },
  {
    files: ['test/emulator/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The HTML pages' client code runs in the browser: it reaches the server only through google.script.run.
    files: ['src/ui/html/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...appsScriptGlobals.map((name) => ({ name, message: 'Browser code: call the server with call() from client-kit.' }))],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly' } },
  },
);
