/**
 * `npm run mutate` judges what it is told to judge: every file its scope names
 * exists (a renamed module would otherwise drop out of the score unnoticed),
 * and every mutant marked equivalent in the code says why, on the line.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/stories';

const sources = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );

// Imported by a computed path: the config is plain JavaScript with no declarations for TypeScript to read.
const CONFIG = path.join(ROOT, 'stryker.config.mjs');
const { default: config } = (await import(CONFIG)) as { default: { mutate: string[] } };

describe('the mutation scope', () => {
  it('names only files that exist, and every engine folder', () => {
    const scope = config.mutate;
    for (const entry of scope.filter((e) => !e.includes('*'))) expect(existsSync(path.join(ROOT, entry)), entry).toBe(true);
    expect(scope).toContain('src/engine/**/*.ts');
  });

  it('marks each equivalent mutant with the mutator and a reason', () => {
    const marks = sources('src').flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) => /Stryker\s+(disable|restore)/i.test(line)),
    );
    for (const { where, line } of marks) {
      expect(line, where).toMatch(/\/\/ Stryker disable next-line [A-Za-z]+(,[A-Za-z]+)*: \S.{11,}$/);
    }
  });
});
