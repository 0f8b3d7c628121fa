/**
 * Reads a session file back (see session-export.ts): validated field by field
 * (valibot), prototype keys dropped, size capped. A damaged or hostile file is
 * refused with a reason; replaying the record is the caller's next step.
 *
 * Every file version so far (see session-export.ts) holds the same record:
 * version 2 only added readable trust to the exported choices, which are not
 * read back (the record replays them). So an older file needs no migration
 * beyond being accepted; a file from a newer version is refused, saying so.
 */
import * as v from 'valibot';
import type { CampaignRecord } from '../engine/model/session';
import type { TeamRecord } from '../engine/teams/team-session';
import { CampaignRecordSchema, TeamRecordSchema, firstIssue } from './record-schema';
import { ImportedJsonError, MAX_JSON_DEPTH, parseImportedJson } from './safe-json';
import { SESSION_FILE_VERSION, SESSION_FORMAT, TEAM_SESSION_FORMAT } from './session-export';

export const MAX_SESSION_BYTES = 2 * 1024 * 1024;

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
  } catch (error) {
    throw new SessionFileError(
      error instanceof ImportedJsonError && error.problem === 'too-deep'
        ? `the file is not a session file: its data is nested more than ${MAX_JSON_DEPTH} levels deep`
        : 'the file is not a session file: it is not JSON',
    );
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  const record = (raw as { record?: unknown } | null)?.record;
  // Files have always said their version; one that does not is read as the first.
  const version = (raw as { version?: unknown } | null)?.version ?? 1;
  if ((format === SESSION_FORMAT || format === TEAM_SESSION_FORMAT) && !(Number.isInteger(version) && (version as number) >= 1 && (version as number) <= SESSION_FILE_VERSION)) {
    throw new SessionFileError(
      typeof version === 'number' && version > SESSION_FILE_VERSION
        ? `the file was made by a newer version of The Long Game (file format ${version}); this one reads formats 1 to ${SESSION_FILE_VERSION}`
        : 'the file does not say which version of the session format it is',
    );
  }
  if (format === SESSION_FORMAT) return { kind: 'campaign', record: valid(CampaignRecordSchema, record) };
  if (format === TEAM_SESSION_FORMAT) return { kind: 'team', record: valid(TeamRecordSchema, record) };
  throw new SessionFileError('this is not a session file from The Long Game');
}

function valid<S extends v.GenericSchema>(schema: S, record: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, record);
  if (!parsed.success) throw new SessionFileError(`the session's record is damaged ${firstIssue(parsed.issues)}`);
  return parsed.output;
}

