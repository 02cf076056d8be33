// ESLint with typescript-eslint's recommended rules, over the sources, tests and scripts. Type-aware
// rules are left out: `npm run typecheck` (tsc, strict) already holds the types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'src/generated/**', 'node_modules/**', '.bench/**', 'coverage/**', 'dist.*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly', AbortController: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly' } },
    rules: {
      // `_`-prefixed names are deliberately unused (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters in regexes are what the path and text checks look for.
      'no-control-regex': 'off',
      // Persian text classes hold ZWNJ and joiners on purpose («[\u200c‌]»), which this rule reads as a mistake.
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Expected YAML is written with its indentation as it is; parsed YAML is untyped data.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
