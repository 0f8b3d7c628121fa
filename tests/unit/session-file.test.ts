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

  // The readable scale, written out: the ratio doubled, one decimal, capped at 10; bands at the model's thresholds 1.2, 1.5, 2 and 2.5.
  const score = (raw: number) => Math.min(10, Math.round(raw * 20) / 10);
  const band = (raw: number) => (raw < 1.2 ? 'distrust' : raw < 1.5 ? 'doubtful' : raw < 2 ? 'open' : raw < 2.5 ? 'trusts' : 'advocate');

  it('carries trust both ways in the JSON: the raw ratio and the readable band and score, for every choice', () => {
    const file = JSON.parse(sessionJson(session, world.personas));
    expect(file.version).toBe(2);
    expect(file.choices).toHaveLength(session.choiceEffects.length);
    expect(file.choices.length).toBeGreaterThan(3);
    for (const [i, c] of (file.choices as Record<string, unknown>[]).entries()) {
      const effect = session.choiceEffects[i]!;
      expect(c.trustBefore).toBe(effect.trustBefore);
      expect(c.trustAfter).toBe(effect.trustAfter);
      expect(c.trustBeforeScore).toBe(score(effect.trustBefore));
      expect(c.trustAfterScore).toBe(score(effect.trustAfter));
      expect(c.trustBeforeBand).toBe(band(effect.trustBefore));
      expect(c.trustAfterBand).toBe(band(effect.trustAfter));
      expect(c.trustScoreChange).toBeCloseTo(score(effect.trustAfter) - score(effect.trustBefore), 9);
    }
  });

  it('carries trust both ways in the CSV: the raw ratio, then the meters, then the score and band', () => {
    const rows = sessionCsv(session, world.personas).trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    expect(header.slice(-4)).toEqual(['trust score before', 'trust score after', 'trust band before', 'trust band after']);
    const at = (name: string) => header.indexOf(name);
    for (const [i, row] of rows.slice(1).entries()) {
      const effect = session.choiceEffects[i]!;
      // The choice text is quoted when it holds a comma: read the row from its end.
      const cells = row.split(',');
      const fromEnd = (name: string) => cells[cells.length - (header.length - at(name))]!;
      expect(Number(fromEnd('trust before'))).toBeCloseTo(effect.trustBefore, 2);
      expect(Number(fromEnd('trust score before'))).toBe(score(effect.trustBefore));
      expect(Number(fromEnd('trust score after'))).toBe(score(effect.trustAfter));
      expect(fromEnd('trust band before')).toBe(band(effect.trustBefore));
      expect(fromEnd('trust band after')).toBe(band(effect.trustAfter));
    }
  });

  it('opens a file of the first format (raw trust only), written before readable trust was exported', () => {
    const old = `{
 "format": "the-long-game/session",
 "version": 1,
 "exportedAt": "2026-11-02T10:00:00.000Z",
 "record": { "version": 1, "settings": { "seed": 5, "quarters": 3, "returnLikelihood": 0.85 }, "meetings": [], "quartersEnded": 2 },
 "results": [],
 "choices": [
  { "quarter": 1, "accountId": "a1", "storyId": "first-meeting-nadia", "stage": "first-meeting", "text": "Ask how they measure success", "move": "relate", "principle": "other-focus", "trustBefore": 2, "trustAfter": 2.5, "buyer": "Nadia", "company": "Nadia Ltd" }
 ]
}`;
    const opened = readSessionFile(old);
    if (opened.kind !== 'campaign') throw new Error(`read as a ${opened.kind} session`);
    expect(opened.record).toEqual({ version: 1, settings: { seed: 5, quarters: 3, returnLikelihood: 0.85 }, meetings: [], quartersEnded: 2 });
    const replayed = CampaignSession.replay(opened.record, world, lookup);
    expect(replayed.state.quarter).toBe(3);
    expect(replayed.state.results).toHaveLength(2);
    // A team session file of the first format opens too.
    const teams = JSON.parse(teamSessionJson(playTeams(['Harbour', 'Summit'], ['closer', 'advisor'], { seed: 9, quarters: 1, returnLikelihood: 0.85 }, world, lookup), world.personas));
    expect(readSessionFile(JSON.stringify({ ...teams, version: 1 })).kind).toBe('team');
  });

  it('refuses a file from a newer version of the game, saying so', () => {
    const good = JSON.parse(sessionJson(session, world.personas));
    expect(refusal(JSON.stringify({ ...good, version: 3 }))).toBe('the file was made by a newer version of The Long Game (file format 3); this one reads formats 1 to 2');
    expect(refusal(JSON.stringify({ ...good, version: 'two' }))).toBe('the file does not say which version of the session format it is');
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

  // The schema drops unknown keys, so a check on Object.prototype here could not fail whatever the parser did;
  // the parser's own guard is tested through a careless merge in safe-json.test.ts. What this file's reader
  // owes is that hostile keys change nothing it returns.
  it('reads a file with hostile keys to exactly what it reads without them', () => {
    const clean = sessionJson(session, world.personas);
    const hostile = clean.replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    expect(hostile).not.toBe(clean);
    expect(readSessionFile(hostile)).toEqual(readSessionFile(clean));
  });
});

// Where a recorded choice index is bounded: the file reader takes only a whole number 0-99 (record-schema.ts),
// and the replay takes only an index the story offers at that point, with the recorded text.
describe('an imported choice index', () => {
  const good = JSON.parse(sessionJson(session, world.personas));
  const first = session.record.meetings[0]!;
  const withIndex = (index: unknown) => {
    const file = structuredClone(good);
    file.record.meetings[0].choices[0].index = index;
    return JSON.stringify(file);
  };

  it('is read back at 0 and at 99, the ends of the range a file may hold', () => {
    expect(first.choices[0]!.index).toBe(0);
    for (const index of [0, 99]) {
      const opened = readSessionFile(withIndex(index));
      if (opened.kind !== 'campaign') throw new Error(`read as a ${opened.kind} session`);
      expect(opened.record.meetings[0]!.choices[0]!.index).toBe(index);
    }
  });

  it.each([
    [-1, 'Expected >=0 but received -1'],
    [1.5, 'Invalid integer: Received 1.5'],
    [100, 'Expected <=99 but received 100'],
    ['0', 'Expected number but received "0"'],
    [null, 'Expected number but received null'],
  ])('is refused by the file reader at %j, naming the field', (index, reason) => {
    const message = refusal(withIndex(index));
    expect(message).toMatch(/^the session's record is damaged at meetings\.0\.choices\.0\.index: /);
    expect(message).toContain(reason);
  });

  it('is refused in a team session too, naming the team and the field', () => {
    const teams = playTeams(['Harbour', 'Summit'], ['closer', 'advisor'], { seed: 9, quarters: 1, returnLikelihood: 0.85 }, world, lookup);
    const file = JSON.parse(teamSessionJson(teams, world.personas));
    expect(file.record.teams[1].record.meetings[0].choices.length).toBeGreaterThan(0);
    file.record.teams[1].record.meetings[0].choices[0].index = -1;
    expect(refusal(JSON.stringify(file))).toMatch(/^the session's record is damaged at teams\.1\.record\.meetings\.0\.choices\.0\.index: \S/);
  });

  it('that the file may hold but the story does not offer (99) is refused by the replay, naming the meeting', () => {
    const opened = readSessionFile(withIndex(99));
    if (opened.kind !== 'campaign') throw new Error(`read as a ${opened.kind} session`);
    const replaying = () => CampaignSession.replay(opened.record, world, lookup);
    expect(replaying).toThrow(
      expect.objectContaining({
        name: 'ReplayError',
        meeting: 0,
        message: `conversation "${first.storyId}" no longer offers "${first.choices[0]!.text}" there`,
      }),
    );
  });
});

// What the exported files say about the people and the choices, as a facilitator reads them.
describe('an exported session names the buyers', () => {
  // The first meeting of this seed was with account a1, Priya Raman of Harwood Chilled Freight (stories/first-meeting.ink is hers).
  it('in the JSON, beside every choice: the buyer and company of the account the choice was made with', () => {
    const file = JSON.parse(sessionJson(session, world.personas));
    expect(file.choices[0]).toMatchObject({ accountId: 'a1', storyId: 'first-meeting', buyer: 'Priya Raman', company: 'Harwood Chilled Freight' });
    const names = new Set(world.personas.map((p) => p.name));
    for (const c of file.choices as { storyId: string; buyer: string; company: string }[]) {
      expect(names.has(c.buyer), c.buyer).toBe(true);
      // A conversation written for one buyer was played with that buyer.
      const written = world.stories.find((s) => s.id === c.storyId)?.persona;
      if (written) expect(c.buyer).toBe(world.personas.find((p) => p.id === written)!.name);
    }
    expect(new Set(file.choices.map((c: { buyer: string }) => c.buyer)).size).toBeGreaterThan(1);
  });

  it('in the CSV, in the buyer and company columns', () => {
    const rows = sessionCsv(session, world.personas).trimEnd().split('\r\n');
    expect(rows[0]!.split(',').slice(0, 5)).toEqual(['quarter', 'account', 'buyer', 'company', 'conversation']);
    expect(rows[1]!.split(',').slice(0, 5)).toEqual(['1', 'a1', 'Priya Raman', 'Harwood Chilled Freight', 'first-meeting']);
    const file = JSON.parse(sessionJson(session, world.personas));
    for (const [i, row] of rows.slice(1).entries()) expect(row.split(',').slice(2, 4)).toEqual([file.choices[i].buyer, file.choices[i].company]);
  });

  it('as blank when this game no longer knows the buyer, and still exports everything else', () => {
    const file = JSON.parse(sessionJson(session, []));
    expect(file.choices).toHaveLength(session.choiceEffects.length);
    for (const c of file.choices) expect([c.buyer, c.company]).toEqual([null, null]);
    const rows = sessionCsv(session, []).trimEnd().split('\r\n');
    expect(rows[1]!.split(',').slice(0, 5)).toEqual(['1', 'a1', '', '', 'first-meeting']);
  });
});

describe('an exported team session', () => {
  const teams = playTeams(['Harbour', 'Summit'], ['closer', 'advisor'], { seed: 9, quarters: 1, returnLikelihood: 0.85 }, world, lookup);

  it('carries each team by name, with its results and every choice it made', () => {
    const file = JSON.parse(teamSessionJson(teams, world.personas));
    expect(file.teams.map((t: { name: string }) => t.name)).toEqual(['Harbour', 'Summit']);
    for (const [i, t] of (file.teams as { results: unknown; choices: { text: string; buyer: string }[] }[]).entries()) {
      const team = teams.teams[i]!;
      expect(t.results).toEqual(team.session.state.results);
      expect(t.choices.map((c) => c.text)).toEqual(team.session.choiceEffects.map((c) => c.text));
      expect(t.choices.length).toBeGreaterThan(0);
      for (const c of t.choices) expect(world.personas.map((p) => p.name)).toContain(c.buyer);
    }
  });
});

describe('the CSV, field by field', () => {
  const effect = session.choiceEffects[0]!;
  const csvOf = (changes: Partial<typeof effect>) => {
    const tricky = Object.create(session) as CampaignSession;
    Object.defineProperty(tricky, 'choiceEffects', { value: [{ ...effect, ...changes }] });
    return sessionCsv(tricky, world.personas);
  };

  it('ends every row, the last too, with one line break', () => {
    const csv = sessionCsv(session, world.personas);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.endsWith('\r\n\r\n')).toBe(false);
    expect(csv.split('\r\n')).toHaveLength(1 + session.choiceEffects.length + 1);
  });

  it('leaves the principle blank for a choice that names none, and writes it for one that does', () => {
    const header = sessionCsv(session, world.personas).split('\r\n')[0]!.split(',');
    const principle = header.indexOf('principle');
    expect(csvOf({ principle: null }).split('\r\n')[1]!.split(',')[principle]).toBe('');
    expect(csvOf({ principle: 'other-focus' }).split('\r\n')[1]!.split(',')[principle]).toBe('other-focus');
  });

  it('leaves the buyer blank, rather than fail, for a choice whose account the session does not hold', () => {
    expect(csvOf({ accountId: 'a99' }).split('\r\n')[1]!.split(',').slice(0, 5)).toEqual(['1', 'a99', '', '', 'first-meeting']);
  });

  it('writes numbers as numbers, a negative one too, and text with a dash inside as it is', () => {
    const row = csvOf({ text: 'Ask about the long-term plan', metersBefore: { ...effect.metersBefore, deal: -5 } }).split('\r\n')[1]!;
    expect(row).toContain(',Ask about the long-term plan,');
    expect(row).toContain(',-5,');
    expect(row).not.toContain("'");
  });
});

describe('a session file refused at the door', () => {
  const thrown = (text: string) => {
    try {
      readSessionFile(text);
    } catch (error) {
      return error as Error;
    }
    throw new Error('accepted');
  };
  const good = JSON.parse(sessionJson(session, world.personas));
  const withVersion = (version: unknown) => JSON.stringify({ ...good, version });

  it('is refused as a SessionFileError, a reason to show, not a crash', () => {
    expect(thrown('not json')).toMatchObject({ name: 'SessionFileError', message: 'the file is not a session file: it is not JSON' });
  });

  it('when it is JSON but not a session (null, a number, a list, a string), says exactly that', () => {
    for (const text of ['null', '5', '[]', '"the-long-game/session"']) expect(refusal(text), text).toBe('this is not a session file from The Long Game');
  });

  it('when it is another kind of file, says so whatever version it claims', () => {
    expect(refusal(JSON.stringify({ format: 'the-long-game/story-pack', version: 3 }))).toBe('this is not a session file from The Long Game');
    expect(refusal(JSON.stringify({ format: 'the-long-game/save', version: 0, record: good.record }))).toBe('this is not a session file from The Long Game');
  });

  it.each([0, -1, 1.5, '2', '3', true])('when its version is %j, says it does not say which version it is', (version) => {
    expect(refusal(withVersion(version))).toBe('the file does not say which version of the session format it is');
  });

  it('from a newer game is refused for a team session too, saying so', () => {
    const teams = JSON.parse(teamSessionJson(playTeams(['Harbour', 'Summit'], ['closer', 'advisor'], { seed: 9, quarters: 1, returnLikelihood: 0.85 }, world, lookup), world.personas));
    expect(refusal(JSON.stringify({ ...teams, version: 3 }))).toBe('the file was made by a newer version of The Long Game (file format 3); this one reads formats 1 to 2');
    expect(readSessionFile(JSON.stringify({ ...teams, version: 2 })).kind).toBe('team');
  });

  it('may be exactly 2 MB; one character more is refused, saying how large it is', () => {
    expect(refusal(' '.repeat(MAX_SESSION_BYTES))).toBe('the file is not a session file: it is not JSON');
    expect(refusal(' '.repeat(MAX_SESSION_BYTES + 1))).toBe('the file is 2048 KB; a session file may be at most 2 MB');
  });

  it('with no record in it says the record is damaged, with no field to name', () => {
    const { record: _record, ...empty } = good;
    expect(refusal(JSON.stringify(empty))).toBe("the session's record is damaged Invalid type: Expected Object but received undefined");
  });
});
