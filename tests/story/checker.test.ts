/**
 * The writer's checker, run as writers run it (`npm run -s stories:check`),
 * on a folder of broken files: each must be reported with its exact problem
 * and line, and the command must fail. The shipped library must pass clean.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIsolatedWithStatus } from '../helpers/isolated';
import { ROOT } from '../helpers/stories';

interface Problem {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

const BROKEN = path.join(ROOT, 'tests/fixtures/broken');

/** Each broken file, the line and the words the checker must report. */
const EXPECTED: Record<string, { line: number; says: string }[]> = {
  'compile-error.ink': [{ line: 5, says: "Expected closing ']'" }],
  'unknown-tag.ink': [{ line: 4, says: 'unknown line tag key "speker"' }],
  'no-move.ink': [{ line: 8, says: 'choice "Listen" has no move tag' }],
  'no-principle.ink': [{ line: 5, says: 'choice "Push" has no principle tag' }],
  'tag-after-bracket.ink': [{ line: 5, says: 'a tag after the "]" lands on an empty line' }],
  'direct-meter.ink': [{ line: 6, says: 'meter "deal" is changed directly' }],
  'misspelt-meter.ink': [{ line: 7, says: "Variable could not be found to assign to: 'credibilty'" }],
  'no-relate.ink': [{ line: 5, says: 'needs at least one close and one relate option' }],
  'ten-options.ink': [{ line: 5, says: 'offers 10 options: at most 9' }],
  'dead-end.ink': [
    { line: 13, says: 'Apparent loose end' },
    { line: 0, says: 'runs out of content without "-> END"' },
  ],
  'endless-loop.ink': [{ line: 12, says: 'a loop never reaches a choice or an end' }],
  'promise-branch.ink': [{ line: 9, says: 'choice "Promise it next week" is tagged relate, but it raises no part of trust and lowers no self-orientation (call earn_credibility, earn_intimacy, serve_self(-1), ...) (with a buyer who remembers: pushed before, a client, 3 meetings before, promised send_case_study)' }],
  'unknown-persona.ink': [{ line: 4, says: 'no persona "pryia_raman" in personas.ink' }],
  'unreachable-knot.ink': [{ line: 12, says: 'knot "forgotten" is never diverted to' }],
  'empty.ink': [{ line: 0, says: 'the file is empty' }],
  'not-ink.txt': [{ line: 0, says: 'not an ink file' }],
  'wrong-effect.ink': [{ line: 8, says: 'choice "Listen" is tagged relate, but it raises no part of trust' }],
  'no-temptation.ink': [{ line: 0, says: 'the temptation is not real' }],
  'temptation-below-80.ink': [{ line: 0, says: "the temptation is not real: the close option beats the relate option on this meeting's deal momentum at 3 of 4 choice points (at least 80% needed)" }],
  'ask-no-deal.ink': [{ line: 11, says: 'choice "Ask for a two-week pilot" is tagged ask, but it does not move the deal (call ask_move)' }],
  'close-no-deal.ink': [
    { line: 5, says: 'choice "Tell her it is a great deal" is tagged close, but it neither moves the deal nor serves the seller (call close_move)' },
    { line: 0, says: 'at 0 of 1 choice points' },
  ],
  'dropped-threads.ink': [{ line: 8, says: 'hook "route_data_friday" is opened here, but no other conversation picks it up with has_hook("route_data_friday")' }],
  'foreign.ink': [
    { line: 1, says: 'does not include the contract' },
    { line: 1, says: 'unknown file tag key "colour"' },
    { line: 2, says: 'unknown line tag key "music"' },
  ],
};

describe('npm run -s stories:check', () => {
  it('has an expectation for every broken file in the folder', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('reports every broken file with its exact problem and line, and exits non-zero', () => {
    const files = Object.keys(EXPECTED).map((f) => path.join('tests/fixtures/broken', f));
    const { status, stdout } = runIsolatedWithStatus('scripts/stories-check.ts', ['--json', '--seeds', '0', '--walks', '20', ...files], 120_000);
    expect(status).toBe(1);
    const result = JSON.parse(stdout) as { problems: Problem[]; errors: number };
    for (const [file, expectations] of Object.entries(EXPECTED)) {
      const mine = result.problems.filter((p) => p.file.endsWith(`broken/${file}`));
      for (const e of expectations) {
        expect(mine.some((p) => p.line === e.line && p.message.includes(e.says)), `${file}:${e.line} should say "${e.says}"; got ${JSON.stringify(mine)}`).toBe(true);
      }
    }
  }, 120_000);

  it('prints one line per problem as path:line: severity: message', () => {
    const { status, stdout } = runIsolatedWithStatus('scripts/stories-check.ts', ['--seeds', '0', '--walks', '20', 'tests/fixtures/broken/unknown-tag.ink'], 60_000);
    expect(status).toBe(1);
    expect(stdout.split('\n')[0]).toBe('tests/fixtures/broken/unknown-tag.ink:4: error: unknown line tag key "speker" (allowed: speaker, mood, sfx, discuss)');
  }, 60_000);

  it('passes the shipped library with no errors and no warnings, coverage complete and the lesson holding', () => {
    const { status, stdout, stderr } = runIsolatedWithStatus('scripts/stories-check.ts', ['--json'], 180_000);
    const result = JSON.parse(stdout) as { problems: Problem[]; errors: number; warnings: number; tournament: { lesson: Record<string, boolean> }; coverage: { rows: { cells: string[] }[] } };
    expect(result.problems, stderr).toEqual([]);
    expect(status).toBe(0);
    expect(result.coverage.rows.flatMap((r) => r.cells)).not.toContain('GAP');
    expect(Object.values(result.tournament.lesson).every(Boolean)).toBe(true);
  }, 180_000);
});
