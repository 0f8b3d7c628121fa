/**
 * Team sessions on the shipped library: teams share a world and a meeting
 * order, identical choices give identical results, different choices move
 * only the team's own world, the record replays mid-meeting, a step back
 * undoes exactly the last reveal, and the default session fits a 45-minute
 * workshop at the room's pace.
 */
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/engine/bots/policies';
import { styleOf, stylePolicy } from '../../src/engine/bots/style-policy';
import { defaultParams } from '../../src/engine/model/constants';
import { PACE, TEAM_QUARTERS, TeamSession, estimatedMinutes } from '../../src/engine/teams/team-session';
import { shadowOfTheFuture } from '../../src/engine/teams/shadow';
import { loadWorld } from '../../scripts/lib/world';
import { type TeamPlayCounts, playTeams } from '../helpers/teams';

const { world, lookup } = loadWorld();
const settings = (seed: number, quarters = 3) => ({ seed, quarters, returnLikelihood: 0.85 });
const revenueOf = (session: TeamSession) => session.teams.map((t) => t.session.state.results.map((r) => r.revenue));

describe('a team session', () => {
  it('starts every team at the same meeting with the same buyer', () => {
    const session = new TeamSession(settings(4), ['Harbour', 'Summit', 'Beacon'], world, lookup);
    expect(session.startMeetings()).toBe(true);
    const screens = session.screens();
    expect(screens).toHaveLength(1);
    expect(screens[0]!.teams).toEqual([0, 1, 2]);
    expect(session.waiting()).toEqual([0, 1, 2]);
  });

  it('gives identical results to teams that choose identically', () => {
    const session = playTeams(['A', 'B', 'C'], ['advisor', 'advisor', 'advisor'], settings(11, 4), world, lookup);
    const [a, b, c] = revenueOf(session);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a!.some((r) => r !== 0)).toBe(true);
  });

  it('moves only the team’s own world: different choices split the screens and the results', () => {
    const session = new TeamSession(settings(4), ['Closers', 'Advisors'], world, lookup);
    session.startMeetings();
    const params = defaultParams();
    const pick = (i: number, bot: 'closer' | 'advisor') => {
      const team = session.teams[i]!;
      const last = team.turn!.at(-1)!;
      if (last.kind !== 'choices') throw new Error('no choices');
      const account = team.session.state.accounts.find((a) => a.id === team.session.record.meetings.at(-1)!.accountId)!;
      return POLICIES[bot].choose(last.choices, { meters: team.session.runner.meters(), account, state: team.session.state, point: 0 }, params).index;
    };
    session.choose(new Map([[0, pick(0, 'closer')], [1, pick(1, 'advisor')]]));
    expect(session.screens().length).toBe(2);
    const played = playTeams(['Closers', 'Advisors'], ['closer', 'advisor'], settings(4, 8), world, lookup);
    const [closer, advisor] = revenueOf(played);
    expect(closer).not.toEqual(advisor);
  });

  it('takes every waiting team’s choice together, and refuses while one has not locked', () => {
    const session = new TeamSession(settings(2), ['Harbour', 'Summit', 'Beacon'], world, lookup);
    session.startMeetings();
    const first = session.offered(0)[0]!.index;
    expect(() => session.choose(new Map([[0, first]]))).toThrow('Summit, Beacon have not chosen yet');
    expect(session.teams.every((t) => t.session.record.meetings.at(-1)!.choices.length === 0)).toBe(true);
  });

  it('replays from its record in the middle of a meeting, to the same screens', () => {
    const session = new TeamSession(settings(6), ['Harbour', 'Summit'], world, lookup);
    session.startMeetings();
    session.choose(new Map([[0, session.offered(0)[0]!.index], [1, session.offered(1).at(-1)!.index]]));
    const replayed = TeamSession.replay(JSON.parse(JSON.stringify(session.record)), world, lookup);
    expect(replayed.screens()).toEqual(session.screens());
    expect(replayed.waiting()).toEqual(session.waiting());
  });

  it('steps back exactly the last reveal', () => {
    const session = new TeamSession(settings(6), ['Harbour', 'Summit'], world, lookup);
    expect(session.takeBack()).toBe(false);
    session.startMeetings();
    const before = session.screens();
    session.choose(new Map([[0, session.offered(0)[0]!.index], [1, session.offered(1)[1]!.index]]));
    expect(session.screens()).not.toEqual(before);
    expect(session.takeBack()).toBe(true);
    expect(session.screens()).toEqual(before);
    expect(session.teams.map((t) => t.session.record.meetings.at(-1)!.choices.length)).toEqual([0, 0]);
  });

  it('holds 2 to 6 teams', () => {
    expect(() => new TeamSession(settings(1), ['Alone'], world, lookup)).toThrow('2 to 6 teams');
    expect(() => new TeamSession(settings(1), ['A', 'B', 'C', 'D', 'E', 'F', 'G'], world, lookup)).toThrow('2 to 6 teams');
  });
});

describe('the pace of a team session', () => {
  it('fits a default three-team session in 45 minutes of play, at the measured reveals per meeting', () => {
    const counts: TeamPlayCounts = { reveals: 0, meetings: 0 };
    const sessions = 10;
    for (let seed = 1; seed <= sessions; seed++) playTeams(['A', 'B', 'C'], ['closer', 'advisor', 'random'], settings(seed, TEAM_QUARTERS), world, lookup, counts);
    const perMeeting = counts.reveals / counts.meetings;
    // The estimate's constant must stay true to the stories: within half a reveal of what three teams take.
    expect(Math.abs(perMeeting - PACE.revealsPerMeeting)).toBeLessThanOrEqual(0.5);
    const measuredMinutes = ((counts.reveals / sessions) * PACE.secondsPerReveal + TEAM_QUARTERS * PACE.secondsPerQuarter) / 60;
    expect(measuredMinutes).toBeLessThanOrEqual(45);
    expect(estimatedMinutes(TEAM_QUARTERS)).toBeLessThanOrEqual(45);
    // A two-year session is longer than a workshop's play: the setup screen says so.
    expect(estimatedMinutes(8)).toBeGreaterThan(45);
  });
});

describe('the shadow of the future', () => {
  const played = playTeams(['Closers', 'Advisors'], ['closer', 'advisor'], settings(3, 6), world, lookup);

  it('reads a team’s style per stage, as shares that add up', () => {
    const style = styleOf(played.teams[0]!.session.choiceEffects);
    expect(style.choices).toBe(played.teams[0]!.session.choiceEffects.length);
    for (const shares of [style.overall, ...Object.values(style.byStage)]) {
      expect(Object.values(shares).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    }
    expect(style.overall.close).toBeGreaterThan(0.9);
    expect(styleOf(played.teams[1]!.session.choiceEffects).overall.close).toBeLessThan(0.2);
  });

  it('a style plays its moves: an all-closing style closes whenever a close is offered', () => {
    const policy = stylePolicy('Closers’ style', styleOf(played.teams[0]!.session.choiceEffects.filter((e) => e.move === 'close')));
    const options = [
      { index: 0, text: 'a', tags: { move: 'relate' as const }, problems: [] },
      { index: 1, text: 'b', tags: { move: 'close' as const }, problems: [] },
    ];
    const state = played.teams[0]!.session.state;
    for (let point = 0; point < 5; point++) expect(policy.choose(options, { meters: state.accounts[0]!.meters, account: state.accounts[0]!, state, point }, defaultParams()).index).toBe(1);
  });

  it('a style asks when the buyer is ready as often as the team did when it could, not as often as asks came up', () => {
    const base = played.teams[1]!.session.choiceEffects[0]!;
    const ready = { ...base, trustBefore: 3, stage: 'discovery' as const };
    const notReady = { ...base, trustBefore: 1, stage: 'discovery' as const };
    // Asked at every ready point that offered an ask (2 of 2), related where none was offered (2 more); related when not ready.
    const effects = [
      { ...ready, move: 'ask' as const, offered: ['ask', 'relate'] as ('ask' | 'relate')[] },
      { ...ready, move: 'ask' as const, offered: ['ask', 'relate'] as ('ask' | 'relate')[] },
      { ...ready, move: 'relate' as const, offered: ['relate', 'close'] as ('relate' | 'close')[] },
      { ...ready, move: 'relate' as const, offered: ['relate', 'close'] as ('relate' | 'close')[] },
      { ...notReady, move: 'relate' as const, offered: ['ask', 'relate'] as ('ask' | 'relate')[] },
    ];
    const policy = stylePolicy('Askers’ style', styleOf(effects));
    const options = [
      { index: 0, text: 'a', tags: { move: 'relate' as const }, problems: [] },
      { index: 1, text: 'b', tags: { move: 'ask' as const }, problems: [] },
    ];
    const state = played.teams[1]!.session.state;
    const account = { ...state.accounts[0]!, stage: 'discovery' as const };
    const trusting = { credibility: 6, reliability: 6, intimacy: 6, self_orientation: 2, deal: 10 };
    const wary = { credibility: 2, reliability: 2, intimacy: 2, self_orientation: 6, deal: 10 };
    const asks = (meters: typeof trusting) => Array.from({ length: 60 }, (_, point) => policy.choose(options, { meters, account, state, point }, defaultParams()).index).filter((i) => i === 1).length;
    // Ready: ask taken at every chance (weight 1) against relate at half its chances (0.5), so about two asks in three, never
    // the plain share of asks (2 of 5 choices). Not ready: the team never asked, so neither does its style.
    expect(asks(trusting)).toBeGreaterThan(32);
    expect(asks(wary)).toBe(0);
  });

  it('short horizon, closing wins; long horizon, trust wins', () => {
    const styles = played.teams.map((t) => stylePolicy(`${t.name}’ style`, styleOf(t.session.choiceEffects)));
    const runs = shadowOfTheFuture(styles, [{ quarters: 8, returnLikelihood: 0.85 }, { quarters: 3, returnLikelihood: 0.3 }], 10, 1, world, lookup, defaultParams());
    let step = runs.next();
    let yields = 0;
    while (!step.done) {
      yields += 1;
      step = runs.next();
    }
    expect(yields).toBe(4 * 2 * 10);
    const revenue = (name: string, h: number) => step.value.entries.find((e) => e.name === name)!.revenue[h]!;
    expect(revenue('advisor', 0)).toBeGreaterThan(revenue('closer', 0));
    expect(revenue('closer', 1)).toBeGreaterThan(revenue('advisor', 1));
    expect(revenue('Advisors’ style', 0)).toBeGreaterThan(revenue('Closers’ style', 0));
    expect(revenue('Closers’ style', 1)).toBeGreaterThan(revenue('Advisors’ style', 1));
    // 160 campaigns: a few seconds alone, more beside the other test files.
  }, 60_000);
});
