/**
 * The writer's guide's annotated example says it passes the checker as it
 * stands: this holds it to that, so the guide never teaches broken ink.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/engine/checker/check-story';
import { STORIES_DIR } from '../helpers/stories';

const guide = readFileSync(path.join(STORIES_DIR, 'README.md'), 'utf8');
const contract = readFileSync(path.join(STORIES_DIR, 'include/contract.ink'), 'utf8');

describe("the writer's guide", () => {
  it('has an annotated example that compiles and passes the checker with no problems', () => {
    const section = guide.split('## An annotated example')[1] ?? '';
    const example = /```ink\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain('INCLUDE include/contract.ink');
    const report = checkStory({ file: 'the-second-coffee.ink', source: example!, readInclude: () => contract, walks: 100 });
    expect(report.problems).toEqual([]);
    expect(report.choicePoints).toBeGreaterThan(0);
  });
});
