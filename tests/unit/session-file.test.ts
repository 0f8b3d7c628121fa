/**
 * Session files as a facilitator handles them: a real campaign (bots playing
 * the shipped stories) exported as JSON reads back to the same record and
 * replays to the same results; the CSV has a row per choice and cannot carry
 * a spreadsheet formula; a damaged or hostile file is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/engine/bots/tournament';
import { CampaignSession } from '../../src/engine/model/session';
import { sessionCsv, sessionJson, teamSessionCsv, teamSessionJson } from '../../src/platform/session-export';
import { TeamSession } from '../../src/engine/teams/team-session';
import { playTeams } from '../helpers/teams';
import { MAX_SESSION_BYTES, readSessionFile } from '../../src/platform/session-import';
import { loadWorld } from '../../scripts/lib/world';

const { world, lookup } = loadWorld();
const session = runCampaign('random', { seed: 5, quarters: 3, returnLikelihood: 0.85 }, world, lookup);

const refusal = (text: string) => {
  try {
    readSessionFile(text);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('session files', () => {
  it('reads back the exported record, which replays to the same results', () => {
    const opened = readSessionFile(sessionJson(session, world.personas));
    if (opened.kind !== 'campaign') throw new Error(`read as a ${opened.kind} session`);
    const { record } = opened;
    expect(record).toEqual(session.record);
    const replayed = CampaignSession.replay(record, world, lookup);
    expect(replayed.state.results).toEqual(session.state.results);
  });

  it('writes one CSV row per choice, with the meters before and after', () => {
    const rows = sessionCsv(session, world.personas).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + session.choiceEffects.length);
    expect(rows[0]).toContain('trust before,trust after,credibility before,credibility after');
    expect(rows[1]!.split(',').length).toBeGreaterThanOrEqual(20);
  });

  it('never writes a field a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    const tricky = Object.create(session) as CampaignSession;
    Object.defineProperty(tricky, 'choiceEffects', { value: [{ ...session.choiceEffects[0]!, text: '=HYPERLINK("http://x","click"), then "more"' }] });
    const row = sessionCsv(tricky, world.personas).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""click""), then ""more"""`);
  });

  it('refuses what is not a session, or a damaged one, saying what is wrong', () => {
    expect(refusal('not json')).toBe('the file is not a session file: it is not JSON');
    expect(refusal('{"format":"something else"}')).toBe('this is not a session file from The Long Game');
    const good = JSON.parse(sessionJson(session, world.personas));
    expect(refusal(JSON.stringify({ ...good, record: { ...good.record, settings: { ...good.record.settings, quarters: 99 } } }))).toContain('damaged at settings.quarters');
    expect(refusal(JSON.stringify({ ...good, record: { ...good.record, meetings: [{ ...good.record.meetings[0], storyId: '../../etc' }] } }))).toContain('damaged at meetings.0.storyId');
    expect(refusal(' '.repeat(MAX_SESSION_BYTES + 1))).toContain('at most 2 MB');
  });

  it('reads back a team session, which replays to every team\'s results; its CSV has a team column', () => {
    const teams = playTeams(['Harbour', 'Summit', 'Beacon'], ['closer', 'advisor', 'random'], { seed: 9, quarters: 2, returnLikelihood: 0.85 }, world, lookup);
    const opened = readSessionFile(teamSessionJson(teams, world.personas));
    if (opened.kind !== 'team') throw new Error(`read as a ${opened.kind} session`);
    expect(opened.record).toEqual(teams.record);
    const replayed = TeamSession.replay(opened.record, world, lookup);
    expect(replayed.teams.map((t) => t.session.state.results)).toEqual(teams.teams.map((t) => t.session.state.results));
    const rows = teamSessionCsv(teams, world.personas).trimEnd().split('\r\n');
    expect(rows[0]!.startsWith('team,quarter,account')).toBe(true);
    expect(rows).toHaveLength(1 + teams.teams.reduce((n, t) => n + t.session.choiceEffects.length, 0));
    expect(rows.filter((r) => r.startsWith('Summit,')).length).toBe(teams.teams[1]!.session.choiceEffects.length);
  });

  it('refuses a damaged team session: too many teams, a blank name, a damaged team record', () => {
    const teams = playTeams(['Harbour', 'Summit'], ['closer', 'advisor'], { seed: 9, quarters: 1, returnLikelihood: 0.85 }, world, lookup);
    const good = JSON.parse(teamSessionJson(teams, world.personas));
    const withTeams = (list: unknown[]) => JSON.stringify({ ...good, record: { ...good.record, teams: list } });
    const one = good.record.teams[0];
    expect(refusal(withTeams([one, one, one, one, one, one, one]))).toContain('damaged at teams');
    expect(refusal(withTeams([one]))).toContain('damaged at teams');
    expect(refusal(withTeams([{ ...one, name: '   ' }, one]))).toContain('damaged at teams.0.name');
    expect(refusal(withTeams([one, { ...one, record: { ...one.record, quartersEnded: -1 } }]))).toContain('damaged at teams.1.record.quartersEnded');
  });

  it('lets no key of an imported file reach an object prototype', () => {
    const hostile = sessionJson(session, world.personas).replace('{', '{"__proto__":{"polluted":true},');
    readSessionFile(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
