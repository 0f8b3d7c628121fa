/** The end of a quarter: what a seller sees. The meters stay hidden. */
import { cumulativeRevenue } from '../engine/model/campaign';
import { predictionView, resultsView } from '../ui/campaign-views';
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
    const view = resultsView(
      {
        ...result,
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
