// Lint rules for src, test and bench: typescript-eslint's strict set, with formatting left to Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'client/dist/**', 'test/generated/**', 'client/src/generated/**', 'migrations/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      // `_name` marks what is deliberately left out (a destructured rest, an unused argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // In a test a null where a value is expected fails that test at that line either way, and
    // typed answers (codegen's graphql()) make every field nullable: `!` there states the expectation.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // jest's setup files are plain CommonJS run by Node.
    files: ['test/support/*.js'],
    languageOptions: { globals: { process: 'readonly', require: 'readonly', module: 'writable' } },
  },
);
