import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.factsheet/', 'coverage/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The s3rver adapter is a CommonJS package, loaded by s3rver's require().
    files: ['compat/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // One file may import pdfkit: the renderer.
    files: ['**/*.ts'],
    ignores: ['functions/pipeline/render.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'pdfkit', message: 'Only functions/pipeline/render.ts imports pdfkit.' }] }],
    },
  },
);
