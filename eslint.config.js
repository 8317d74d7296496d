// The linter holds the layers of design.md: each arrow "may import" points one way
// (pages -> layouts -> components -> runner client -> worker -> engine; examples and
// exercises -> engine). A wrong-way import is an error here, so `npm test` fails on it.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One layer's rule: imports whose specifier matches `regex` are refused with `message`.
 * ESLint keeps only the last `no-restricted-imports` that applies to a file, so a file
 * that sits in two layers (none today) would need its patterns merged here.
 * @param {string[]} files
 * @param {{ regex: string, message: string }[]} patterns
 * @returns {import('eslint').Linter.Config}
 */
function layer(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore says "unused on purpose" (a decider that ignores its command).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Learner code runs only through the runner's evaluator; nothing else builds code from text.
      'no-new-func': 'error',
      'no-eval': 'error',
    },
  },
  {
    // A skipped or focused test hides a failure from `npm test`: fix the test or delete it.
    files: ['tests/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name=/^(test|it|describe|suite)$/][property.name=/^(skip|only|fixme|todo)$/]",
        message: 'No skipped, focused or to-do tests: every test runs in `npm test`.',
      }, {
        selector: "CallExpression[callee.name=/^(test|it|describe|suite)$/] > ObjectExpression > Property[key.name=/^(skip|only|todo)$/]",
        message: 'No skipped, focused or to-do tests: every test runs in `npm test`.',
      }],
    },
  },
  {
    // Start code is the learner's stub: its parameters and imports are the task's signature
    // and the tools it will need, unused until the learner writes the body.
    files: ['playground/exercises/*/start.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },

  // The engine is pure TypeScript that runs in Node too: it imports only its own files.
  layer(['playground/engine/**'], [
    { regex: '^(?!\\./)', message: 'The engine imports nothing of the site: only its own files (./x.ts).' },
  ]),
  // The runner is the worker boundary: no page, component, editor or Astro code.
  layer(['playground/runner/**'], [
    { regex: '(^|/)src/|\\.astro$|^astro(:|/|$)|^monaco-editor', message: 'The runner knows no UI: no src/, no Astro, no Monaco.' },
  ]),
  // Examples and exercises are learner-facing modules over the engine: no UI.
  layer(['playground/examples/**', 'playground/exercises/**'], [
    { regex: '(^|/)src/|(^|/)components/|\\.astro$|^astro(:|/|$)|^monaco-editor', message: 'Examples and exercises import the engine, never components.' },
  ]),
  // Components are composed by pages, never the other way round.
  layer(['src/components/**', 'src/layouts/**'], [
    { regex: '(^|/)pages/', message: 'Components and layouts never import pages: pages compose them.' },
  ]),
);
