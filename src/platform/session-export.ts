/**
 * A session on file, for facilitators: the whole campaign, or a whole team
 * session, as JSON (its record, which replays it exactly, plus its results and
 * every choice with the meters it moved) and the choices as CSV for a
 * spreadsheet. Reading one back is
 * session-import.ts, loaded only when a file is imported.
 */
import type { Persona } from '../engine/personas';
import type { CampaignSession } from '../engine/model/session';
import type { TeamSession } from '../engine/teams/team-session';

export const SESSION_FORMAT = 'the-long-game/session';
export const TEAM_SESSION_FORMAT = 'the-long-game/team-session';

/** The session as one JSON document. */
export function sessionJson(session: CampaignSession, personas: readonly Persona[]): string {
  const { state } = session;
  return JSON.stringify(
    {
      format: SESSION_FORMAT,
      version: 1,
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
      version: 1,
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
  return session.choiceEffects.map((c) => ({ ...c, buyer: buyer(c.accountId)?.name ?? null, company: buyer(c.accountId)?.company ?? null }));
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
    return [c.quarter, c.accountId, buyer?.name ?? '', buyer?.company ?? '', c.storyId, c.stage, c.text, c.move, c.principle ?? '', round2(c.trustBefore), round2(c.trustAfter), ...meters];
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
