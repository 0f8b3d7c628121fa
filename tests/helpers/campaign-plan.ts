/**
 * Plans a campaign in Node with the real engine and the shipped stories, so a
 * browser test can play exactly that campaign by clicking and compare what
 * the page shows with what the engine decided. A plan is data: per quarter,
 * the meetings in order (the company met, the choice texts taken, the lines
 * shown after the last choice, what the story asked the model), and the
 * quarter's result.
 */
import { POLICIES } from '../../src/engine/bots/policies';
import { meetableAccounts, meetingKind } from '../../src/engine/model/calendar';
import type { QuarterResult } from '../../src/engine/model/campaign';
import { defaultParams } from '../../src/engine/model/constants';
import { CampaignSession } from '../../src/engine/model/session';
import type { Stage } from '../../src/engine/narrative/tags';
import { loadWorld } from '../../scripts/lib/world';

export interface PlannedMeeting {
  accountId: string;
  company: string;
  buyer: string;
  kind: Stage;
  storyId: string;
  choices: string[];
  /** The lines the buyer and narration showed after the last choice. */
  ending: string[];
  asked: string[];
  agreed: string | null;
  gaveReferral: boolean;
}

export interface PlannedQuarter {
  quarter: number;
  meetings: PlannedMeeting[];
  result: QuarterResult;
}

export interface CampaignPlan {
  seed: number;
  quarters: PlannedQuarter[];
  session: CampaignSession;
}

const shipped = loadWorld();
const params = defaultParams();

/**
 * Plays seed `seed` for `quarters` quarters as the advisor bot chooses its
 * words, meeting any account that came back first (then the advisor's
 * agenda), and records it.
 */
export function planCampaign(seed: number, quarters: number): CampaignPlan {
  const { world, lookup } = shipped;
  const session = new CampaignSession({ seed, quarters: 8, returnLikelihood: params.defaultReturn }, world, lookup, params);
  const { state } = session;
  const advisor = POLICIES.advisor;
  const plan: PlannedQuarter[] = [];
  for (let q = 1; q <= quarters; q++) {
    const meetings: PlannedMeeting[] = [];
    while (session.meetingsLeft() > 0) {
      const meetable = meetableAccounts(state, world, params);
      const agenda = advisor.agenda(state, params, world);
      const account = meetable.find((a) => meetingKind(state, a) === 'win-back') ?? state.accounts.find((a) => a.id === agenda[0]);
      if (!account) break;
      const persona = world.personas.find((p) => p.id === account.personaId)!;
      const kind = meetingKind(state, account);
      const schedule = session.startMeeting(account.id);
      const choices: string[] = [];
      let ending: string[] | undefined;
      for (let point = 0; ; point++) {
        const turn = session.continueMeeting();
        const last = turn.at(-1)!;
        if (last.kind !== 'choices') {
          ending = turn.flatMap((s) => (s.kind === 'line' && s.text ? [s.text] : []));
          break;
        }
        const option = advisor.choose(last.choices, { meters: session.runner.meters(), account, state, point }, params);
        choices.push(option.text);
        session.choose(option.index);
      }
      const declared = session.runner.declarations();
      meetings.push({
        accountId: account.id,
        company: persona.company,
        buyer: persona.name,
        kind,
        storyId: schedule.storyId,
        choices,
        ending: ending ?? [],
        asked: declared.asked,
        agreed: declared.agreed[0] ?? null,
        gaveReferral: declared.gaveReferral,
      });
      session.finishMeeting();
    }
    plan.push({ quarter: q, meetings, result: session.endQuarter() });
  }
  return { seed, quarters: plan, session };
}

/** A buyer of the shipped world, by persona id. */
export function personaOf(id: string): { name: string; company: string } {
  const persona = shipped.world.personas.find((p) => p.id === id);
  if (!persona) throw new Error(`no persona "${id}"`);
  return persona;
}

/** The first seed in `seeds` whose plan satisfies `wanted`, with its plan. */
export function findPlan(seeds: Iterable<number>, quarters: number, wanted: (plan: CampaignPlan) => boolean): CampaignPlan {
  for (const seed of seeds) {
    const plan = planCampaign(seed, quarters);
    if (wanted(plan)) return plan;
  }
  throw new Error('no seed gives a campaign with what this test needs: widen the search');
}
