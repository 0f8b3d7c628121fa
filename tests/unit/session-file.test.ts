/**
 * Session files as a facilitator handles them: a real campaign (bots playing
 * the shipped stories) exported as JSON reads back to the same record and
 * replays to the same results; the CSV has a row per choice and cannot carry
 * a spreadsheet formula; a damaged or hostile file is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/engine/bots/tournament';
import { CampaignSession } from '../../src/engine/model/session';
import { sessionCsv, sessionJson } from '../../src/platform/session-export';
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
    const record = readSessionFile(sessionJson(session, world.personas));
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

  it('lets no key of an imported file reach an object prototype', () => {
    const hostile = sessionJson(session, world.personas).replace('{', '{"__proto__":{"polluted":true},');
    readSessionFile(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
