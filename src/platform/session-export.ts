/**
 * A session on file, for facilitators: the whole campaign, or a whole team
 * session, as JSON (its record, which replays it exactly, plus its results and
 * every choice with the meters it moved, and trust both as the raw Trust
 * Equation and on the readable scale: band and score out of 10) and the
 * choices as CSV for a spreadsheet. Reading one back is
 * session-import.ts, loaded only when a file is imported.
 *
 * Format versions: 1 carried trust as the raw ratio only; 2 adds, per choice,
 * `trustBeforeBand`, `trustBeforeScore`, `trustAfterBand`, `trustAfterScore`
 * and `trustScoreChange`. The record inside is the same in both, so a
 * version-1 file still opens.
 */
import type { Persona } from '../engine/personas';
import type { CampaignSession } from '../engine/model/session';
import { readableTrust } from '../engine/model/trust-scale';
import type { TeamSession } from '../engine/teams/team-session';

export const SESSION_FORMAT = 'the-long-game/session';
export const TEAM_SESSION_FORMAT = 'the-long-game/team-session';
/** The version this build writes (see above); session-import reads it and every older one. */
export const SESSION_FILE_VERSION = 2;

/** The session as one JSON document. */
export function sessionJson(session: CampaignSession, personas: readonly Persona[]): string {
  const { state } = session;
  return JSON.stringify(
    {
      format: SESSION_FORMAT,
      version: SESSION_FILE_VERSION,
      exportedAt: new Date().toISOString(),
      record: session.record,
      results: state.results,
      choices: choicesOf(session, personas),
    },
    null,
    1,
  );
}

/** A team session as one JSON document: its record (every team's), and each team's results and choices. */
export function teamSessionJson(session: TeamSession, personas: readonly Persona[]): string {
  return JSON.stringify(
    {
      format: TEAM_SESSION_FORMAT,
      version: SESSION_FILE_VERSION,
      exportedAt: new Date().toISOString(),
      record: session.record,
      teams: session.teams.map((t) => ({ name: t.name, results: t.session.state.results, choices: choicesOf(t.session, personas) })),
    },
    null,
    1,
  );
}

function choicesOf(session: CampaignSession, personas: readonly Persona[]) {
  const buyer = (accountId: string) => personaOf(session, personas, accountId);
  return session.choiceEffects.map((c) => {
    const before = readableTrust(c.trustBefore);
    const after = readableTrust(c.trustAfter);
    return {
      ...c,
      trustBeforeBand: before.band,
      trustBeforeScore: before.score,
      trustAfterBand: after.band,
      trustAfterScore: after.score,
      trustScoreChange: Math.round((after.score - before.score) * 10) / 10,
      buyer: buyer(c.accountId)?.name ?? null,
      company: buyer(c.accountId)?.company ?? null,
    };
  });
}

const CSV_COLUMNS = [
  'quarter',
  'account',
  'buyer',
  'company',
  'conversation',
  'stage',
  'choice',
  'move',
  'principle',
  'trust before',
  'trust after',
  ...['credibility', 'reliability', 'intimacy', 'self_orientation', 'deal'].flatMap((m) => [`${m} before`, `${m} after`]),
  // Trust on the readable scale, beside the raw ratio above ("trust before", "trust after").
  'trust score before',
  'trust score after',
  'trust band before',
  'trust band after',
];

/** Every choice of the session, one row each, with the meters before and after. */
export function sessionCsv(session: CampaignSession, personas: readonly Persona[]): string {
  return csvOf([CSV_COLUMNS, ...choiceRows(session, personas)]);
}

/** Every choice of every team, one row each, the team first. */
export function teamSessionCsv(session: TeamSession, personas: readonly Persona[]): string {
  return csvOf([['team', ...CSV_COLUMNS], ...session.teams.flatMap((t) => choiceRows(t.session, personas).map((row) => [t.name, ...row]))]);
}

const csvOf = (rows: (string | number)[][]) => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

function choiceRows(session: CampaignSession, personas: readonly Persona[]): (string | number)[][] {
  return session.choiceEffects.map((c) => {
    const buyer = personaOf(session, personas, c.accountId);
    const meters = (['credibility', 'reliability', 'intimacy', 'self_orientation', 'deal'] as const).flatMap((m) => [c.metersBefore[m], c.metersAfter[m]]);
    const before = readableTrust(c.trustBefore);
    const after = readableTrust(c.trustAfter);
    return [
      ...[c.quarter, c.accountId, buyer?.name ?? '', buyer?.company ?? '', c.storyId, c.stage, c.text, c.move, c.principle ?? '', round2(c.trustBefore), round2(c.trustAfter)],
      ...meters,
      ...[before.score, after.score, before.band, after.band],
    ];
  });
}

function personaOf(session: CampaignSession, personas: readonly Persona[], accountId: string): Persona | undefined {
  const account = session.state.accounts.find((a) => a.id === accountId);
  return personas.find((p) => p.id === account?.personaId);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
