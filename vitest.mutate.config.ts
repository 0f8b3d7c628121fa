/**
 * The Vitest setup `npm run mutate` runs each mutant against: the project's
 * own test setup, less the tests that judge the whole library or thousands of
 * seeds at once (the lesson, the fuzzer, the goldens, the simulator's
 * summaries, the checker over the shipped library), most of them in a child
 * process where no mutant is active anyway. Those still run in `npm test`;
 * here they would run for nearly every mutant and turn an hour into a day.
 * What is left states rules, and a rule's mutant should be killed by a test
 * about that rule.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export const LIBRARY_WIDE_TESTS = [
  'tests/model/lesson.test.ts',
  'tests/model/fuzz.test.ts',
  'tests/story/golden.test.ts',
  'tests/model/simulator.test.ts',
  'tests/story/checker.test.ts',
];

export default mergeConfig(
  viteConfig({ mode: 'test', command: 'serve' }),
  defineConfig({ test: { exclude: LIBRARY_WIDE_TESTS } }),
);
