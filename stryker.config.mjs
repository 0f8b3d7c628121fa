// @ts-check
/**
 * `npm run mutate`: StrykerJS changes the code one small way at a time (a `<`
 * for a `<=`, a `true` for a condition, a deleted line) and runs the tests
 * that reach that line. A mutant the tests do not notice is a rule no test
 * states. Equivalent mutants (changes no behaviour can show) are marked where
 * they occur with `// Stryker disable next-line <Mutator>: <reason>`, each
 * with its one-line reason.
 *
 * Which files: the engine, the platform's saves, imports and schemas, and the
 * words and data the UI computes without a page. Scenes, audio and DOM
 * drawing are the browser tests' to judge.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/engine/**/*.ts',
    'src/platform/save-store.ts',
    'src/platform/record-schema.ts',
    'src/platform/safe-json.ts',
    'src/platform/session-import.ts',
    'src/platform/session-export.ts',
    'src/platform/imported-stories.ts',
    'src/platform/practice-store.ts',
    'src/platform/writer/story-pack.ts',
    'src/platform/settings.ts',
    'src/platform/names.ts',
    'src/ui/campaign-words.ts',
    'src/ui/debrief-data.ts',
    'src/ui/team-strings.ts',
    'src/ui/strings.ts',
  ],
  // Constants are the model's assumptions, each covered by DESIGN.md's table; a changed number is a design question, not a bug a test should pin.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
