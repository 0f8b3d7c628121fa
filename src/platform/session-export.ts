/**
 * A session on file, for facilitators: the whole campaign as JSON (its record,
 * which replays it exactly, plus its results and every choice with the meters
 * it moved) and the choices as CSV for a spreadsheet. Reading one back is
 * session-import.ts, loaded only when a file is imported.
 */
import type { Persona } from '../engine/personas';
import type { CampaignSession } from '../engine/model/session';

export const SESSION_FORMAT = 'the-long-game/session';

/** The session as one JSON document. */
export function sessionJson(session: CampaignSession, personas: readonly Persona[]): string {
  const { state } = session;
  const buyer = (accountId: string) => personaOf(session, personas, accountId);
  return JSON.stringify(
    {
      format: SESSION_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      record: session.record,
      results: state.results,
      choices: session.choiceEffects.map((c) => ({ ...c, buyer: buyer(c.accountId)?.name ?? null, company: buyer(c.accountId)?.company ?? null })),
    },
    null,
    1,
  );
}

const CSV_COLUMNS = [
  'quarter',
  'account',
  'buyer',
  'company',
  'conversation',
  'choice',
  'move',
  'principle',
  'trust before',
  'trust after',
  ...['credibility', 'reliability', 'intimacy', 'self_orientation', 'deal'].flatMap((m) => [`${m} before`, `${m} after`]),
];

/** Every choice of the session, one row each, with the meters before and after. */
export function sessionCsv(session: CampaignSession, personas: readonly Persona[]): string {
  const rows = session.choiceEffects.map((c) => {
    const buyer = personaOf(session, personas, c.accountId);
    const meters = (['credibility', 'reliability', 'intimacy', 'self_orientation', 'deal'] as const).flatMap((m) => [c.metersBefore[m], c.metersAfter[m]]);
    return [c.quarter, c.accountId, buyer?.name ?? '', buyer?.company ?? '', c.storyId, c.text, c.move, c.principle ?? '', round2(c.trustBefore), round2(c.trustAfter), ...meters];
  });
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
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
