import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import layers from './eslint/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'lib/**',
      'coverage/**',
      'test-output/**',
      'bench/out/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { layers, 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: 'readonly',
        Excel: 'readonly',
        CustomFunctions: 'readonly',
        OfficeRuntime: 'readonly',
      },
    },
    rules: {
      'layers/import-direction': 'error',
      'no-console': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Only the Excel adapter talks to Excel; everyone else goes through the workbook interface.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/adapters/excel/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Only src/adapters/excel may touch Excel.*' },
      ],
    },
  },
  {
    // The domain is pure: it never reads the clock or the host.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'The domain never touches Excel.' },
        { name: 'Office', message: 'The domain never touches Office.' },
        { name: 'window', message: 'The domain never touches the DOM.' },
        { name: 'document', message: 'The domain never touches the DOM.' },
        { name: 'process', message: 'The domain never touches the process.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: pass the as-of date in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: pass the as-of date in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'The domain is deterministic.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
