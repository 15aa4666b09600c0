// @ts-check
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');

/**
 * Layers, bottom to top: config, errors, ids, logger, metrics, tracing → graph/schema (the object model) → stores →
 * telegent (the upstream, one folder per area) → realtime → context, graph/resolvers → server,
 * app, index. An import may only point down. The rules below say, per layer, what it must not import.
 */
const UP_FROM_MODEL = ['**/telegent/**', '**/realtime/**', '**/server/**', '**/graph/resolvers/**', '**/context', '**/app', '**/stores/**'];
const layer = (files, patterns, message) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/__generated__/**', 'coverage/**', 'tmp/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-namespace': 'off',
      // A variable a callback reads before its one assignment (a server handle set once listening).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'sandbox/**/*.ts'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Only the Telegent client speaks HTTP to the upstream.
      'no-restricted-imports': ['error', { paths: [{ name: 'undici', message: 'Only src/telegent/client.ts talks to the upstream (undici).' }] }],
    },
  },
  { files: ['src/telegent/client.ts'], rules: { 'no-restricted-imports': 'off' } },
  // The sandbox is reached over HTTP only: nothing in the gateway imports it but index.ts.
  layer(['src/**/*.ts'], ['**/sandbox', '**/sandbox/**'], 'The gateway reaches the sandbox over HTTP; only src/index.ts starts it.'),
  { files: ['src/index.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  layer(['sandbox/**/*.ts'], ['**/src/**'], 'The sandbox emulates the upstream on its own: it imports nothing from the gateway.'),
  layer(['src/config/**/*.ts', 'src/errors.ts', 'src/ids.ts', 'src/logger.ts', 'src/metrics.ts', 'src/tracing.ts'], [...UP_FROM_MODEL, '**/graph/**'], 'The bottom layer imports no other layer.'),
  layer(['src/graph/schema/**/*.ts'], UP_FROM_MODEL, 'graph/schema is the object model: it imports only config, errors and ids.'),
  layer(['src/stores/**/*.ts'], ['**/telegent/**', '**/realtime/**', '**/server/**', '**/graph/**', '**/context', '**/app'], 'Stores sit below the upstream and the graph.'),
  layer(
    ['src/telegent/**/*.ts'],
    ['**/realtime/**', '**/server/**', '**/graph/resolvers/**', '**/context', '**/app'],
    'Telegent modules hand graph objects up; they never import the layers above them.',
  ),
  layer(['src/realtime/**/*.ts'], ['**/server/**', '**/graph/resolvers/**', '**/context', '**/app'], 'Real time sits below the graph resolvers and the server.'),
  layer(
    ['src/graph/resolvers/**/*.ts', 'src/graph/*.ts'],
    ['**/telegent/**', '**/server/**', '**/app'],
    'Resolvers never see upstream data: they read context.loaders and call context.writes, which hand them graph objects.',
  ),
  {
    // Upstream paths and bodies are built only in the Telegent area modules.
    files: ['src/**/*.ts'],
    ignores: ['src/telegent/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(get|post)$/][callee.object.name='client']",
          message: 'Upstream calls belong in src/telegent/<area>/: call the area’s reads or writes.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(get|post)$/][callee.object.property.name='client']",
          message: 'Upstream calls belong in src/telegent/<area>/: call the area’s reads or writes.',
        },
      ],
    },
  },
);
