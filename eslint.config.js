// Lint rules that guard the project's ground rules: no HTML sinks anywhere in
// src (story text is never HTML), text from outside read one way (safe-json.ts,
// which drops prototype keys), and a pure engine that imports inkjs and itself
// only and never touches the browser.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const HTML_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'createContextualFragment', 'parseFromString', 'write', 'writeln'];
const sinkMessage = 'Story text must never be parsed as HTML: build elements with ui/dom.ts (textContent).';

export default tseslint.config(
  { ignores: ['scratch/**', 'dist/**', 'dist-phaser-full/**', 'dist-single/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Ambient module declarations cannot import relatively: import() types are the way there.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...HTML_SINKS.map((property) => ({ property, message: sinkMessage })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^on/i]", message: 'No inline event handlers.' },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
    },
  },
  {
    // Files and storage are outside text: read with parseImportedJson, which drops keys that could reach a prototype.
    // The engine parses only the compiler's own output and is kept pure by the rules below.
    files: ['src/platform/**/*.ts', 'src/scenes/**/*.ts', 'src/ui/**/*.ts', 'src/main.ts'],
    ignores: ['src/platform/safe-json.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...HTML_SINKS.map((property) => ({ property, message: sinkMessage })),
        { object: 'JSON', property: 'parse', message: 'Read outside text with parseImportedJson (platform/safe-json.ts); copy a record with structuredClone.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/engine',
              from: './src',
              except: ['./engine'],
              message: 'src/engine uses inkjs and itself only (DESIGN.md, Architecture).',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!inkjs(/full)?$)[^./]',
              message: 'src/engine uses inkjs and itself only (DESIGN.md, Architecture).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'indexedDB'].map((name) => ({
          name,
          message: 'src/engine runs in Node: no browser globals.',
        })),
      ],
    },
  },
);
