/** The quarter's agenda: the manager's message, the number, and whom to meet. */
import { meetingAllowance } from '../engine/model/campaign';
import type { AgendaRow } from '../engine/report/agenda';
import { managerWords, promiseWords } from '../ui/campaign-words';
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
    const company = (accountId: string) => {
      const personaId = state.accounts.find((a) => a.id === accountId)?.personaId ?? '';
      return personaById(personaId)?.company ?? personaId;
    };
    const agenda = session.agenda();
    const accounts = agenda.rows.map((row) => {
      const persona = personaById(row.personaId);
      const mood = state.accounts.find((a) => a.id === row.accountId)?.lastImpression;
      return {
        id: row.accountId,
        company: persona?.company ?? row.personaId,
        buyer: persona?.name ?? row.personaId,
        role: persona?.role ?? '',
        stage: row.kind,
        status: row.status,
        lastSeen: mood ? (MOOD_WORDS[mood] ?? mood) : null,
        note: agendaNote(row, company),
        warnings: row.promisesDue.map((p) => CAMPAIGN.promiseDue(promiseWords(p))),
        unavailable: row.noMeeting ? CAMPAIGN.noMeeting(row.noMeeting, row.renewalQuarter) : null,
      };
    });
    const waiting = agenda.waiting.map((r) => CAMPAIGN.referralWaiting(personaById(r.personaId)?.name ?? r.personaId, personaById(r.personaId)?.company ?? '', company(r.fromAccountId)));
    const view = agendaView(
      {
        quarter: state.quarter,
        quarters: state.settings.quarters,
        quota: host.params.quota,
        cumulative: state.results.reduce((sum, r) => sum + r.revenue, 0),
        manager: last ? { tone: last.manager.tone, text: withAllowanceNews(managerWords(last.manager), state.quarter, host.params) } : { tone: 'steady', text: CAMPAIGN.kickoff },
        onPlan: state.onPlan,
        meetingsLeft: session.meetingsLeft(),
        accounts,
        waiting,
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
function withAllowanceNews(text: string, quarter: number, params: Params): string {
  const now = meetingAllowance(quarter, params);
  return now < meetingAllowance(quarter - 1, params) ? `${text} ${CAMPAIGN.fewerMeetings(now)}` : text;
}

/** What a seller knows about an account, from its history. */
function agendaNote(row: AgendaRow, company: (accountId: string) => string): string {
  if (row.contract) return CAMPAIGN.contractNote(row.contract.startQuarter, row.contract.years, row.contract.renewalQuarter);
  if (row.cameBack) return CAMPAIGN.cameBack;
  if (row.meetings > 0) return CAMPAIGN.metTimes(row.meetings);
  if (row.referredBy) return CAMPAIGN.referredBy(company(row.referredBy));
  return CAMPAIGN.newLead;
}
