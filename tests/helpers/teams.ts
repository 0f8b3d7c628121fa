/**
 * Plays a whole team session the way a room would, with a bot's choice
 * standing in for each team's: every waiting team locks, the choices are
 * taken together, meetings end together, quarters end together.
 */
import { POLICIES, type PolicyName } from '../../src/engine/bots/policies';
import type { Settings, World } from '../../src/engine/model/campaign';
import type { CompiledStory } from '../../src/engine/narrative/runner';
import { TeamSession } from '../../src/engine/teams/team-session';
import { defaultParams } from '../../src/engine/model/constants';

/** Counts kept while playing, for the pace checks. */
export interface TeamPlayCounts {
  reveals: number;
  meetings: number;
}

export function playTeams(
  names: string[],
  bots: PolicyName[],
  settings: Settings,
  world: World,
  lookup: (id: string) => CompiledStory,
  counts: TeamPlayCounts = { reveals: 0, meetings: 0 },
): TeamSession {
  const params = defaultParams();
  const session = new TeamSession(settings, names, world, lookup, params);
  while (!session.isOver) {
    while (session.startMeetings()) {
      counts.meetings += 1;
      const points = new Map<number, number>();
      while (!session.meetingsEnded) {
        const picks = new Map<number, number>();
        for (const i of session.waiting()) {
          const team = session.teams[i]!;
          const last = team.turn!.at(-1)!;
          if (last.kind !== 'choices') throw new Error('a waiting team has no choices');
          const account = team.session.state.accounts.find((a) => a.id === team.session.record.meetings.at(-1)!.accountId)!;
          const point = points.get(i) ?? 0;
          points.set(i, point + 1);
          picks.set(i, POLICIES[bots[i]!].choose(last.choices, { meters: team.session.runner.meters(), account, state: team.session.state, point }, params).index);
        }
        session.choose(picks);
        counts.reveals += 1;
      }
      session.finishMeetings();
    }
    session.endQuarter();
  }
  return session;
}
