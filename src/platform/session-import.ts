/**
 * Reads a session file back (see session-export.ts): validated field by field
 * (valibot), prototype keys dropped, size capped. A damaged or hostile file is
 * refused with a reason; replaying the record is the caller's next step.
 */
import * as v from 'valibot';
import type { CampaignRecord } from '../engine/model/session';
import { parseImportedJson } from './safe-json';
import { SESSION_FORMAT } from './session-export';

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

export class SessionFileError extends Error {
  override name = 'SessionFileError';
}

/**
 * Reads a session file back as a campaign record. Throws a SessionFileError
 * saying what is wrong; replaying the record is the caller's next step.
 */
export function readSessionFile(text: string): CampaignRecord {
  if (text.length > MAX_SESSION_BYTES) throw new SessionFileError(`the file is ${Math.round(text.length / 1024)} KB; a session file may be at most 2 MB`);
  let raw: unknown;
  try {
    raw = parseImportedJson(text);
  } catch {
    throw new SessionFileError('the file is not a session file: it is not JSON');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SESSION_FORMAT) {
    throw new SessionFileError('this is not a session file from The Long Game');
  }
  const parsed = v.safeParse(RecordSchema, (raw as { record?: unknown }).record);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const where = v.getDotPath(issue);
    throw new SessionFileError(`the session's record is damaged${where ? ` at ${where}` : ''}: ${issue.message}`);
  }
  return parsed.output;
}

