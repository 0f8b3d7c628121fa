/**
 * Reads a session file back (see session-export.ts): validated field by field
 * (valibot), prototype keys dropped, size capped. A damaged or hostile file is
 * refused with a reason; replaying the record is the caller's next step.
 */
import * as v from 'valibot';
import type { CampaignRecord } from '../engine/model/session';
import { MAX_TEAMS, MAX_TEAM_NAME, MIN_TEAMS, type TeamRecord } from '../engine/teams/team-session';
import { parseImportedJson } from './safe-json';
import { SESSION_FORMAT, TEAM_SESSION_FORMAT } from './session-export';

export const MAX_SESSION_BYTES = 2 * 1024 * 1024;
const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const RecordSchema = v.object({
  version: v.literal(1),
  settings: v.object({ seed: whole(0, 2 ** 31 - 1), quarters: whole(1, 40), returnLikelihood: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
  meetings: v.pipe(
    v.array(
      v.object({
        quarter: whole(1, 40),
        accountId: v.pipe(v.string(), v.maxLength(40)),
        storyId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,79}$/)),
        contentHash: v.pipe(v.string(), v.maxLength(64)),
        choices: v.pipe(v.array(v.object({ index: whole(0, 99), text: v.pipe(v.string(), v.maxLength(500)) })), v.maxLength(40)),
        finished: v.boolean(),
      }),
    ),
    v.maxLength(200),
  ),
  quartersEnded: whole(0, 40),
});

const TeamRecordSchema = v.object({
  version: v.literal(1),
  settings: RecordSchema.entries.settings,
  teams: v.pipe(
    v.array(v.object({ name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TEAM_NAME)), record: RecordSchema })),
    v.minLength(MIN_TEAMS),
    v.maxLength(MAX_TEAMS),
  ),
});

/** What a session file holds: one player's campaign, or a team session. */
export type SessionFile = { kind: 'campaign'; record: CampaignRecord } | { kind: 'team'; record: TeamRecord };

export class SessionFileError extends Error {
  override name = 'SessionFileError';
}

/**
 * Reads a session file back: a campaign's record or a team session's. Throws
 * a SessionFileError saying what is wrong; replaying the record is the
 * caller's next step.
 */
export function readSessionFile(text: string): SessionFile {
  if (text.length > MAX_SESSION_BYTES) throw new SessionFileError(`the file is ${Math.round(text.length / 1024)} KB; a session file may be at most 2 MB`);
  let raw: unknown;
  try {
    raw = parseImportedJson(text);
  } catch {
    throw new SessionFileError('the file is not a session file: it is not JSON');
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  const record = (raw as { record?: unknown } | null)?.record;
  if (format === SESSION_FORMAT) return { kind: 'campaign', record: valid(RecordSchema, record) };
  if (format === TEAM_SESSION_FORMAT) return { kind: 'team', record: valid(TeamRecordSchema, record) };
  throw new SessionFileError('this is not a session file from The Long Game');
}

function valid<S extends v.GenericSchema>(schema: S, record: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, record);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const where = v.getDotPath(issue);
    throw new SessionFileError(`the session's record is damaged${where ? ` at ${where}` : ''}: ${issue.message}`);
  }
  return parsed.output;
}

