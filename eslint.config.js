// @ts-check
import js from '@eslint/js';
import signals from '@preact/eslint-plugin-signals';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['components/**/*.tsx', 'core/**/*.ts', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { signals },
    rules: {
      'signals/no-signal-write-in-computed': 'error',
      'signals/no-value-after-await': 'error',
      'signals/no-signal-truthiness': 'error',
      'signals/no-signal-in-component-body': 'error',
      'signals/no-conditional-value-read': 'error',
    },
  },
  {
    // The extension itself: no eval, no HTML strings, no page text turned into markup.
    files: ['components/**/*.tsx', 'core/**/*.ts', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with Preact; never from strings.' },
        { property: 'outerHTML', message: 'Build DOM with Preact; never from strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with Preact; never from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'No HTML strings.',
        },
      ],
    },
  },
  {
    // The replica's page script runs in the page, as the site's own scripts do.
    files: ['tests/replica/site/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    rules: {
      'no-redeclare': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  prettier,
);
