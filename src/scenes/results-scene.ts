/** The end of a quarter: what a seller sees. The meters stay hidden. */
import { cumulativeRevenue } from '../engine/model/campaign';
import { personaById } from '../platform/story-catalogue';
import { predictionView, resultsView } from '../ui/campaign-views';
import { resultLineWords, trustWords } from '../ui/campaign-words';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class ResultsScene extends GameScene {
  constructor(services: Services) {
    super(SCENES.results, services);
  }

  create(): void {
    const host = this.services.campaign;
    const session = host.session;
    if (!session) return this.go(SCENES.title);
    new Stage(this, this.services, 0.45);
    const result = session.endQuarter();
    this.saveCampaign();
    const { state } = session;
    const personaOf = (accountId: string) => state.accounts.find((a) => a.id === accountId)?.personaId ?? '';
    const company = (accountId: string) => personaById(personaOf(accountId))?.company ?? accountId;
    const person = (personaId: string) => {
      const p = personaById(personaId);
      return p ? `${p.name} of ${p.company}` : personaId;
    };
    const trust = (t: number) => trustWords(t, host.params);
    const byAccount = new Map<string, string[]>();
    const other: string[] = [];
    for (const line of result.lines) {
      const words = resultLineWords(line, company, person, trust);
      if ('accountId' in line) byAccount.set(line.accountId, [...(byAccount.get(line.accountId) ?? []), words]);
      else other.push(words);
    }
    const view = resultsView(
      {
        ...result,
        byAccount: [...byAccount].map(([id, lines]) => ({ company: company(id), lines })),
        other,
        quarters: session.state.settings.quarters,
        cumulative: cumulativeRevenue(session.state).at(-1) ?? 0,
        last: session.isOver,
      },
      () => this.go(session.isOver ? SCENES.debrief : SCENES.quarter),
    );
    const showResults = () =>
      this.services.ui.showView(view.element, {
        keys: { advance: () => view.next.click() },
        menu: { toTitle: () => this.go(SCENES.title) },
        focus: view.next,
      });
    if (!this.services.ui.facilitator) return showResults();
    // In front of a room, the numbers wait for the room's prediction.
    const predict = predictionView(result.quarter, session.state.settings.quarters, showResults);
    this.services.ui.showView(predict.element, {
      keys: { advance: () => predict.next.click() },
      menu: { toTitle: () => this.go(SCENES.title) },
      focus: predict.next,
    });
  }
}
