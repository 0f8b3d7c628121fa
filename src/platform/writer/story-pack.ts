/**
 * Story packs: the file a trainer exports from the writer's desk and a
 * facilitator imports into their game. A pack carries each conversation's
 * compiled JSON (so the game needs no compiler to play it), its ink source and
 * what the checker found. Every pack is validated on the way in, field by field
 * (valibot), then each story is opened as a first meeting would open it and
 * played to its first choice, in slices that leave the page free, within a
 * budget counted in steps of ink (so whether a pack is accepted does not
 * depend on the machine's speed): a damaged, hostile or unplayable file is
 * refused with a reason.
 */
import * as v from 'valibot';
import { MAX_STORY_CHARS } from '../../engine/checker/limits';
import { rehearsalRunner } from '../../engine/model/meeting';
import { StoryRunaway } from '../../engine/narrative/runner';
import { parseTags } from '../../engine/narrative/tags';
import { cleanName } from '../names';
import { ImportedJsonError, MAX_JSON_DEPTH, parseImportedJson } from '../safe-json';

export const PACK_FORMAT = 'the-long-game/story-pack';
export const PACK_VERSION = 1;
/** The largest pack file accepted (documented in stories/README.md). */
export const MAX_PACK_BYTES = 4 * 1024 * 1024;
export const MAX_PACK_STORIES = 40;
export const PACK_EXTENSION = '.longgame.json';
/**
 * Steps of ink one story's first turn may take at import, and the whole pack's
 * check: a shipped conversation's first turn takes a few hundred, so 40 real
 * stories use a twentieth of the budget.
 */
export const STORY_CHECK_STEPS = 20_000;
export const PACK_CHECK_STEPS = 200_000;

/** A story's id in a pack: its file's name without `.ink`. */
export const STORY_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * Why a desk file could not go in a pack by its name alone, or null. The desk
 * says so when the file is loaded, by name, rather than at export.
 */
export function packNameProblem(fileName: string, shippedIds: ReadonlySet<string>): string | null {
  const id = fileName.replace(/^.*[\\/]/, '').replace(/\.ink$/, '');
  if (!STORY_ID.test(id)) {
    const suggestion = id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '').slice(0, 64) || 'my-conversation';
    return `"${fileName}" cannot go in a story pack: a file's name must be lower-case letters, digits, "-" and "_" (for example "${suggestion}.ink")`;
  }
  if (shippedIds.has(id)) return `"${fileName}" cannot go in a story pack: a conversation of that name ships with the game; rename the file`;
  return null;
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

const PackStorySchema = v.object({
  id: v.pipe(v.string(), v.regex(STORY_ID, 'a story id is lower-case letters, digits, "-" and "_"')),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/, 'a content hash is hexadecimal')),
  fileTags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(20)),
  json: v.pipe(v.string(), v.maxLength(MAX_PACK_BYTES)),
  source: v.pipe(v.string(), v.maxLength(MAX_STORY_CHARS)),
  check: v.object({
    choicePoints: count,
    paths: count,
    endings: count,
    walks: count,
    temptation: v.object({ tempting: count, of: count }),
    warnings: v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000))), v.maxLength(200)),
  }),
});

const PackSchema = v.object({
  format: v.literal(PACK_FORMAT, 'this is not a story pack from The Long Game'),
  version: v.literal(PACK_VERSION, `this game reads story packs of version ${PACK_VERSION}`),
  name: v.pipe(v.string(), v.maxLength(120)),
  exportedAt: v.pipe(v.string(), v.maxLength(40)),
  stories: v.pipe(v.array(PackStorySchema), v.minLength(1, 'the pack holds no conversations'), v.maxLength(MAX_PACK_STORIES)),
});

export type PackStory = v.InferOutput<typeof PackStorySchema>;
export type StoryPack = v.InferOutput<typeof PackSchema>;

export function makePack(name: string, stories: PackStory[]): StoryPack {
  return { format: PACK_FORMAT, version: PACK_VERSION, name, exportedAt: new Date().toISOString(), stories };
}

export class PackError extends Error {
  override name = 'PackError';
}

/**
 * Reads and validates a pack's text. `knownPersonas` are the persona ids of
 * this game; `shippedIds` the conversations it ships (a pack may not replace
 * them). `onChecked` hears of each story opened (the pack reader's Worker
 * reports it, so its watchdog knows it is still working). Rejects with a
 * PackError that says what is wrong.
 */
export async function readPack(
  text: string,
  knownPersonas: readonly string[],
  shippedIds: ReadonlySet<string>,
  onChecked?: (checked: number, of: number) => void,
): Promise<StoryPack> {
  if (text.length > MAX_PACK_BYTES) throw new PackError(`the file is ${Math.round(text.length / 1024)} KB; a story pack may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB`);
  let raw: unknown;
  try {
    raw = parseImportedJson(text);
  } catch (error) {
    throw new PackError(
      error instanceof ImportedJsonError && error.problem === 'too-deep'
        ? `the file is not a story pack: its data is nested more than ${MAX_JSON_DEPTH} levels deep`
        : 'the file is not a story pack: it is not JSON',
    );
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PACK_FORMAT) {
    throw new PackError('this is not a story pack from The Long Game');
  }
  const parsed = v.safeParse(PackSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    // `stories.0.id` reads as "conversation 1, id" to a facilitator.
    // Stryker disable next-line OptionalChaining: the check above lets only an object through, so every issue of the pack's object schema has a path
    const where = v.getDotPath(issue)?.replace(/^stories\.(\d+)\.?/, (_, n: string) => `conversation ${Number(n) + 1}, `).replace(/, $/, '');
    throw new PackError(where ? `${where}: ${issue.message}` : issue.message);
  }
  const pack = parsed.output;
  const packName = cleanName(pack.name);
  if (packName === null) throw new PackError('the pack has no name with a visible character in it');
  pack.name = packName;
  pack.stories.forEach((story, i) => {
    const title = cleanName(story.title);
    if (title === null) throw new PackError(`conversation ${i + 1}, title: it has no visible character`);
    story.title = title;
  });
  const ids = new Set<string>();
  const budget = { left: PACK_CHECK_STEPS };
  for (const story of pack.stories) {
    const named = `"${story.title}" (${story.id})`;
    if (ids.has(story.id)) throw new PackError(`${named} appears twice in the pack`);
    ids.add(story.id);
    if (shippedIds.has(story.id)) throw new PackError(`${named} has the name of a conversation that ships with the game: rename the .ink file and export again`);
    const { tags, problems } = parseTags(story.fileTags, 'file');
    if (problems.length > 0) throw new PackError(`${named}: ${problems[0]!.message}`);
    if (!tags.stage && !tags.event) throw new PackError(`${named} has neither a stage nor an event tag`);
    if (tags.persona && !knownPersonas.includes(tags.persona)) throw new PackError(`${named} is written for persona "${tags.persona}", which this game does not have`);
    await playsToFirstChoice(story, named, budget);
    onChecked?.(ids.size, pack.stories.length);
  }
  return pack;
}

/**
 * Opens the story as a first meeting and plays its first turn in slices; it
 * must reach a choice or an end within its share of the pack's budget. No
 * clock: the steps decide.
 */
async function playsToFirstChoice(story: PackStory, named: string, budget: { left: number }): Promise<void> {
  const maxSteps = Math.min(STORY_CHECK_STEPS, budget.left);
  let runner;
  try {
    runner = rehearsalRunner({ id: story.id, hash: story.hash, json: story.json, fileTags: story.fileTags }, { maxSteps, maxMillis: Number.POSITIVE_INFINITY });
    await runner.turn();
  } catch (error) {
    if (error instanceof StoryRunaway && error.limit === 'steps' && maxSteps < STORY_CHECK_STEPS) {
      throw new PackError(`the pack takes more than ${PACK_CHECK_STEPS.toLocaleString('en')} steps of ink to open; ${named} is where it ran out: split the pack`);
    }
    throw new PackError(`${named} does not play: ${error instanceof Error ? error.message : String(error)}`);
  }
  budget.left -= runner.stepsTaken;
}
