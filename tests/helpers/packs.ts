/**
 * Story packs made as the writer's desk makes them: real ink compiled by the
 * real compiler, for tests that import a pack (in Node or through the page).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileInk } from '../../src/engine/narrative/compile';
import { type PackStory, makePack } from '../../src/platform/writer/story-pack';
import { ROOT } from './stories';

const contract = readFileSync(path.join(ROOT, 'stories/include/contract.ink'), 'utf8');

/** The desk's pilot review, the pack fixture most tests import. */
export const PILOT_REVIEW = path.join(ROOT, 'tests/fixtures/desk/pilot-review.ink');

/** A pack story from ink source, with the hash of that source (as the desk exports it). */
export function packStoryFrom(source: string, id: string, title = 'The Pilot Review'): PackStory {
  const { json, fileTags, diagnostics } = compileInk({ fileName: `${id}.ink`, source, readInclude: () => contract });
  if (json === null) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return {
    id,
    title,
    hash: createHash('sha256').update(source).digest('hex').slice(0, 16),
    fileTags,
    json,
    source,
    check: { choicePoints: 2, paths: 6, endings: 6, walks: 200, temptation: { tempting: 2, of: 2 }, warnings: [] },
  };
}

/** A pack story from an .ink file. */
export const packStory = (file: string, id: string, title?: string): PackStory => packStoryFrom(readFileSync(file, 'utf8'), id, title);

/** A pack's file text, as exported. */
export const packText = (name: string, stories: PackStory[]): string => JSON.stringify(makePack(name, stories), null, 1);
