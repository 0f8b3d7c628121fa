/** The quarter's agenda: the manager's message, the number, and whom to meet. */
import { type QuarterResult, meetingAllowance } from '../engine/model/campaign';
import type { Params } from '../engine/model/constants';
import { personaById } from '../platform/story-catalogue';
import { agendaView } from '../ui/campaign-views';
import { CAMPAIGN, MOOD_WORDS } from '../ui/strings';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class QuarterScene extends GameScene {
  constructor(services: Services) {
    super(SCENES.quarter, services);
  }

  create(): void {
    const host = this.services.campaign;
    const session = host.session;
    if (!session) return this.go(SCENES.title);
    if (session.isOver) return this.go(SCENES.debrief);
    if (session.inMeeting) return this.go(SCENES.conversation, { accountId: session.record.meetings.at(-1)!.accountId });
    new Stage(this, this.services, 0.45);
    const { state } = session;
    const last = state.results.at(-1);
    const accounts = state.accounts
      .filter((a) => a.status !== 'lost')
      .map((a) => {
        const persona = personaById(a.personaId);
        const mood = host.lastMood.get(a.id);
        const note =
          a.status === 'client' && a.signedQuarter
            ? CAMPAIGN.signedIn(a.signedQuarter)
            : a.meetings > 0
              ? CAMPAIGN.metTimes(a.meetings)
              : a.warm
                ? CAMPAIGN.referredBy('a client')
                : CAMPAIGN.newLead;
        return {
          id: a.id,
          company: persona?.company ?? a.personaId,
          buyer: persona?.name ?? a.personaId,
          role: persona?.role ?? '',
          stage: a.stage,
          status: a.status as 'prospect' | 'client',
          lastSeen: mood ? (MOOD_WORDS[mood] ?? mood) : null,
          note,
        };
      });
    const view = agendaView(
      {
        quarter: state.quarter,
        quarters: state.settings.quarters,
        quota: host.params.quota,
        cumulative: state.results.reduce((sum, r) => sum + r.revenue, 0),
        manager: last ? withAllowanceNews(last.manager, state.quarter, host.params) : { tone: 'steady', text: CAMPAIGN.kickoff },
        onPlan: state.planQuartersLeft > 0,
        meetingsLeft: session.meetingsLeft(),
        accounts,
        saveFailed: !host.saving,
      },
      (accountId) => this.go(SCENES.conversation, { accountId }),
      () => this.go(SCENES.results),
    );
    this.services.ui.showView(view.element, {
      keys: { pick: (n) => view.buttons[n - 1]?.click(), advance: () => view.endButton.click() },
      menu: { toTitle: () => this.go(SCENES.title) },
      focus: session.meetingsLeft() > 0 ? view.buttons[0] : view.endButton,
    });
  }
}

/** The quarter the meeting allowance drops, the manager says so: otherwise the second meeting just vanishes. */
function withAllowanceNews(manager: QuarterResult['manager'], quarter: number, params: Params): QuarterResult['manager'] {
  const now = meetingAllowance(quarter, params);
  return now < meetingAllowance(quarter - 1, params) ? { ...manager, text: `${manager.text} ${CAMPAIGN.fewerMeetings(now)}` } : manager;
}
