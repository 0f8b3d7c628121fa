/**
 * A team session: 2-6 teams play the same world (same seed, same settings),
 * each in a campaign of its own. Every team meets its accounts in the same
 * order (deals furthest along first, then clients, then new leads), so in the
 * first quarter they all face the same buyer; from then on each team's
 * choices move only its own world, and identical choices give identical
 * results. The facilitator locks every team's choice and the choices are
 * taken together. The record is each team's campaign record: it replays
 * exactly, in the middle of a meeting too.
 */
import { type Account, type CampaignState, type QuarterResult, type Settings, type World, meetingAllowance, meetingsLeft } from '../model/campaign';
import { meetableAccounts } from '../model/calendar';
import { type Params, defaultParams } from '../model/constants';
import { type CampaignRecord, CampaignSession } from '../model/session';
import type { CompiledStory, Step } from '../narrative/runner';
import { byProgress } from '../bots/policies';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;
export const MAX_TEAM_NAME = 24;
/** A team session's default length: three teams play it in about 40 minutes (see `estimatedMinutes`). */
export const TEAM_QUARTERS = 6;

/**
 * The pace of a room, for the setup screen's estimate: reading a turn aloud,
 * the teams conferring, the locks and the reveal take about 45 seconds; the
 * prediction and the sales floor about a minute a quarter. A meeting takes 4.5
 * reveals on average (measured with three bot teams: tests/model/team-session.test.ts).
 */
export const PACE = { secondsPerReveal: 45, secondsPerQuarter: 60, revealsPerMeeting: 4.5 } as const;

/** Minutes of play a team session of this many quarters takes, at the room's pace. */
export function estimatedMinutes(quarters: number, params: Params = defaultParams()): number {
  let meetings = 0;
  for (let q = 1; q <= quarters; q++) meetings += meetingAllowance(q, params);
  return Math.round((meetings * PACE.revealsPerMeeting * PACE.secondsPerReveal + quarters * PACE.secondsPerQuarter) / 60);
}

/** The canonical record of a team session. */
export interface TeamRecord {
  version: 1;
  settings: Settings;
  teams: { name: string; record: CampaignRecord }[];
}

export interface Team {
  name: string;
  session: CampaignSession;
  /** The meeting's turn on screen: lines since the last choice, then the choices or the end. Null between meetings. */
  turn: Step[] | null;
}

/** What one or more teams see now: teams in the same place share a screen. */
export interface TeamScreen {
  teams: number[];
  accountId: string;
  personaId: string;
  turn: Step[];
}

/** The account a team meets next this quarter, if it has a meeting left and someone to meet. */
export function nextAccount(state: CampaignState, world: World, params: Params): Account | undefined {
  if (meetingsLeft(state, params) <= 0) return undefined;
  return meetableAccounts(state, world, params).sort(byProgress)[0];
}

export class TeamSession {
  readonly teams: Team[];

  constructor(
    readonly settings: Settings,
    names: readonly string[],
    private readonly world: World,
    private readonly lookup: (id: string) => CompiledStory,
    private readonly params: Params = defaultParams(),
    sessions?: CampaignSession[],
  ) {
    if (names.length < MIN_TEAMS || names.length > MAX_TEAMS) throw new Error(`a team session needs ${MIN_TEAMS} to ${MAX_TEAMS} teams`);
    this.teams = names.map((name, i) => {
      const session = sessions?.[i] ?? new CampaignSession(settings, world, lookup, params);
      return { name, session, turn: session.inMeeting ? session.continueMeeting() : null };
    });
  }

  /** Rebuilds a team session by replaying every team's record (throws a ReplayError where one no longer fits). */
  static replay(record: TeamRecord, world: World, lookup: (id: string) => CompiledStory, params: Params = defaultParams()): TeamSession {
    const sessions = record.teams.map((t) => CampaignSession.replay({ ...t.record, settings: record.settings }, world, lookup, params));
    return new TeamSession(record.settings, record.teams.map((t) => t.name), world, lookup, params, sessions);
  }

  get record(): TeamRecord {
    return { version: 1, settings: { ...this.settings }, teams: this.teams.map((t) => ({ name: t.name, record: t.session.record })) };
  }

  get quarter(): number {
    return this.teams[0]!.session.state.quarter;
  }

  get isOver(): boolean {
    return this.teams.every((t) => t.session.isOver);
  }

  get inMeeting(): boolean {
    return this.teams.some((t) => t.turn !== null);
  }

  /** Starts the quarter's next meeting for every team that has one; false when no team has. */
  startMeetings(): boolean {
    if (this.inMeeting) throw new Error('finish the meetings under way first');
    let started = false;
    for (const team of this.teams) {
      const account = nextAccount(team.session.state, this.world, this.params);
      if (!account) continue;
      team.session.startMeeting(account.id);
      team.turn = team.session.continueMeeting();
      started = true;
    }
    return started;
  }

  /** The screens of the meetings under way: teams whose screens read the same share one. */
  screens(): TeamScreen[] {
    const screens = new Map<string, TeamScreen>();
    this.teams.forEach((team, i) => {
      if (!team.turn) return;
      const entry = team.session.record.meetings.at(-1)!;
      const personaId = team.session.state.accounts.find((a) => a.id === entry.accountId)!.personaId;
      const key = JSON.stringify([personaId, team.turn.map((s) => (s.kind === 'line' ? [s.text, s.tags.speaker ?? ''] : s.kind === 'choices' ? s.choices.map((c) => c.text) : 'end'))]);
      const found = screens.get(key);
      if (found) found.teams.push(i);
      else screens.set(key, { teams: [i], accountId: entry.accountId, personaId, turn: team.turn });
    });
    return [...screens.values()];
  }

  /** Teams with no meeting this time round (nobody left to meet). */
  sittingOut(): number[] {
    return this.teams.flatMap((t, i) => (t.turn === null ? [i] : []));
  }

  /** Teams whose meeting waits for a choice. */
  waiting(): number[] {
    return this.teams.flatMap((t, i) => (t.turn?.at(-1)?.kind === 'choices' ? [i] : []));
  }

  /** The choices a team may lock now (empty when its meeting is not waiting for one). */
  offered(team: number): { index: number; text: string }[] {
    const last = this.teams[team]?.turn?.at(-1);
    return last?.kind === 'choices' ? last.choices.map((c) => ({ index: c.index, text: c.text })) : [];
  }

  /** Takes every waiting team's locked choice together; each team's story then plays on. */
  choose(picks: ReadonlyMap<number, number>): void {
    const waiting = this.waiting();
    const missing = waiting.filter((i) => !picks.has(i));
    if (missing.length > 0) throw new Error(`${missing.map((i) => this.teams[i]!.name).join(', ')} ha${missing.length > 1 ? 've' : 's'} not chosen yet`);
    for (const i of waiting) {
      const team = this.teams[i]!;
      team.session.choose(picks.get(i)!);
      team.turn = team.session.continueMeeting();
    }
  }

  /** Every meeting under way has ended. */
  get meetingsEnded(): boolean {
    return this.inMeeting && this.waiting().length === 0;
  }

  finishMeetings(): void {
    if (!this.meetingsEnded) throw new Error('a meeting is still waiting for a choice');
    for (const team of this.teams) {
      if (!team.turn) continue;
      team.session.finishMeeting();
      team.turn = null;
    }
  }

  /** Ends the quarter for every team, in team order. */
  endQuarter(): QuarterResult[] {
    if (this.inMeeting) throw new Error('finish the meetings first');
    return this.teams.map((t) => t.session.endQuarter());
  }

  /**
   * Takes back the last choices taken together in the meetings under way (the
   * teams with the most choices in this meeting made them); false if there are none.
   */
  takeBack(): boolean {
    const counts = this.teams.map((t) => (t.turn ? t.session.record.meetings.at(-1)!.choices.length : 0));
    const most = Math.max(...counts);
    if (most === 0) return false;
    counts.forEach((count, i) => {
      if (count !== most) return;
      const record: CampaignRecord = structuredClone(this.teams[i]!.session.record);
      record.meetings.at(-1)!.choices.pop();
      const session = CampaignSession.replay(record, this.world, this.lookup, this.params);
      this.teams[i] = { name: this.teams[i]!.name, session, turn: session.continueMeeting() };
    });
    return true;
  }
}
