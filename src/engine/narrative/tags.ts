/**
 * The one tag grammar of the project: `# key: value`, lower-case keys from a
 * closed set, parsed here and nowhere else. Writers' documentation of every key
 * lives in stories/README.md; keep the two in step.
 */

export const MOVES = ['close', 'relate', 'ask', 'neutral'] as const;
export type Move = (typeof MOVES)[number];

export const PRINCIPLES = ['other-focus', 'collaboration', 'long-term', 'transparency'] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const MOODS = ['warm', 'pleased', 'neutral', 'guarded', 'annoyed', 'cold'] as const;
export type Mood = (typeof MOODS)[number];

export const STAGES = [
  'first-meeting',
  'discovery',
  'value',
  'proposal',
  'negotiation',
  'implementation',
  'review',
  'renewal',
  'win-back',
] as const;
export type Stage = (typeof STAGES)[number];

export const EVENTS = ['quarter-end-push', 'competitor-price', 'referral-ask'] as const;
export type StoryEvent = (typeof EVENTS)[number];

export const TEMPERAMENTS = ['mirror', 'unforgiving', 'forgiving', 'exploiter'] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];

/** Where a tag stands decides which keys it may use. */
export type TagPlace = 'line' | 'choice' | 'file' | 'persona';

/** A value rule: a closed list, or free text (non-empty). */
type ValueRule = readonly string[] | 'text';

const KEYS = {
  line: { speaker: 'text', mood: MOODS, sfx: 'text', discuss: 'text' },
  choice: { move: MOVES, principle: PRINCIPLES },
  file: { title: 'text', persona: 'text', stage: STAGES, event: EVENTS, status: ['draft'] },
  persona: { name: 'text', role: 'text', company: 'text', industry: 'text', temperament: TEMPERAMENTS, people: 'text', vehicles: 'text', jobs: 'text' },
} as const satisfies Record<TagPlace, Record<string, ValueRule>>;

export interface LineTags {
  speaker?: string;
  mood?: Mood;
  sfx?: string;
  discuss?: string;
}
export interface ChoiceTags {
  move?: Move;
  principle?: Principle;
}
export interface FileTags {
  title?: string;
  persona?: string;
  stage?: Stage;
  event?: StoryEvent;
  status?: 'draft';
}
export interface PersonaTags {
  name?: string;
  role?: string;
  company?: string;
  industry?: string;
  temperament?: Temperament;
  /** Who does the work out there, plural: `drivers`, `engineers`, `carers`. */
  people?: string;
  /** What they drive, plural: `lorries`, `vans`, `cars`. */
  vehicles?: string;
  /** One piece of their work, plural: `drops`, `jobs`, `visits`. */
  jobs?: string;
}
interface TagsByPlace {
  line: LineTags;
  choice: ChoiceTags;
  file: FileTags;
  persona: PersonaTags;
}

/** A tag that does not follow the grammar, worded for a writer. */
export interface TagProblem {
  tag: string;
  message: string;
}

export interface ParsedTags<P extends TagPlace> {
  tags: TagsByPlace[P];
  problems: TagProblem[];
}

/** The keys allowed at a place, for messages and documentation checks. */
export function keysFor(place: TagPlace): string[] {
  return Object.keys(KEYS[place]);
}

/** True when `key` belongs at `place`. */
export function isKeyOf(place: TagPlace, key: string): boolean {
  return Object.hasOwn(KEYS[place], key);
}

/** Splits one raw ink tag (`"mood: warm"`) into key and value, or null. */
export function splitTag(raw: string): { key: string; value: string } | null {
  const match = /^\s*([a-z][a-z-]*)\s*:\s*(.*?)\s*$/s.exec(raw);
  if (!match) return null;
  return { key: match[1]!, value: match[2]! };
}

/** Parses the raw tags of one line, choice, file or persona. Never throws. */
export function parseTags<P extends TagPlace>(
  raw: readonly string[] | null | undefined,
  place: P,
): ParsedTags<P> {
  const rules: Record<string, ValueRule> = KEYS[place];
  const tags: Record<string, string> = {};
  const problems: TagProblem[] = [];
  for (const tag of raw ?? []) {
    const parts = splitTag(tag);
    if (!parts) {
      problems.push({ tag, message: `tag "${tag}" is not of the form "key: value"` });
      continue;
    }
    const { key, value } = parts;
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (rule === undefined) {
      problems.push({
        tag,
        message: `unknown ${place} tag key "${key}" (allowed: ${keysFor(place).join(', ')})`,
      });
      continue;
    }
    if (value === '') {
      problems.push({ tag, message: `tag "${key}" has no value` });
      continue;
    }
    if (rule !== 'text' && !rule.includes(value)) {
      problems.push({
        tag,
        message: `"${value}" is not a valid ${key} (one of: ${rule.join(', ')})`,
      });
      continue;
    }
    if (Object.hasOwn(tags, key)) {
      problems.push({ tag, message: `tag "${key}" appears twice` });
      continue;
    }
    tags[key] = value;
  }
  return { tags: tags as TagsByPlace[P], problems };
}
