/**
 * Writes a conversation's golden playthroughs: `npm run -s golden -- <id>
 * "<name>=<picks>" ...`, picks as 0-based positions joined by commas
 * ("listens first=1,1,0,1"). It plays each with the real compiler and runner
 * and writes tests/story/golden/<id>.json: the lines they must show, the last
 * line, the final mood and meters. Read the file before committing it: the
 * tests then hold the story to it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadStory } from '../tests/helpers/stories';
import { play } from '../tests/helpers/transcript';
import { ROOT, STORIES_DIR } from './lib/world';

const { positionals } = parseArgs({ allowPositionals: true });
const [id, ...specs] = positionals;
if (!id || specs.length === 0) {
  console.error('usage: npm run -s golden -- <story id> "<name>=<picks>" ["<name>=<picks>" ...]');
  process.exit(2);
}
const story = loadStory(path.join(STORIES_DIR, `${id}.ink`));
const playthroughs = specs.map((spec) => {
  const at = spec.lastIndexOf('=');
  const name = spec.slice(0, at).trim();
  const picks = spec.slice(at + 1).split(',').map((p) => Number(p.trim()));
  if (at < 1 || picks.some((p) => !Number.isInteger(p) || p < 0)) throw new Error(`"${spec}" is not "<name>=<picks>"`);
  const { steps, runner } = play(story, picks, 'straight');
  const end = steps.at(-1);
  if (end?.kind !== 'end') throw new Error(`"${name}" does not reach an end with picks ${picks.join(',')}`);
  const lines = steps.flatMap((s) => (s.kind === 'line' ? [s] : []));
  // Lines spoken by the buyer after each choice: what this path alone shows.
  const spoken = lines.filter((l) => l.tags.speaker === 'buyer').map((l) => l.text);
  return {
    name,
    picks,
    chosen: runner.choiceLog.map((r) => r.text),
    includes: [...new Set(spoken.slice(-3))],
    lastLine: lines.at(-1)?.text ?? '',
    finalMood: lines.flatMap((l) => (l.tags.mood ? [l.tags.mood] : [])).at(-1) ?? 'neutral',
    meters: end.meters,
  };
});
const file = path.join(ROOT, 'tests/story/golden', `${id}.json`);
writeFileSync(file, `${JSON.stringify({ story: id, playthroughs }, null, 2)}\n`);
console.log(`wrote ${path.relative(ROOT, file)}: ${playthroughs.map((p) => `${p.name} (${p.chosen.length} choices, deal ${p.meters.deal})`).join('; ')}`);
