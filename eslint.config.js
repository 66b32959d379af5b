// ESLint: typescript-eslint's type-checked rules over the TypeScript sources (formatting is prettier's).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['node_modules/', '.citebot/', 'seeds/', 'bench/results/', 'dist/', 'imported/'] },
  // A disable comment that no longer disables anything is an error, so none outlives its reason.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['src/**/*.ts', 'commands/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', 'vitest.config.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Fields are dropped from an object by destructuring them out beside `...rest`.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // `||` on a string treats an empty one as missing, on purpose (a blank title or variable falls back).
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Async functions that implement a promise-returning interface (stores, fakes) need no `await`.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests match terminal colour codes (\x1b) and the custom-id separator (\x1f) on purpose.
      'no-control-regex': 'off',
      // vitest types its asymmetric matchers (expect.stringMatching...) as any; they sit in object literals.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Fakes and benches pass no-op callbacks (`onWarning() {}`) on purpose.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
);
