/**
 * The debrief: the prediction first, then the reveal. The bots' ghosts play
 * this very world; their spread across many worlds is worked out in the
 * background, a campaign at a time, so the page never freezes.
 */
import { offerDownload } from '../platform/file-export';
import { sessionCsv, sessionJson } from '../platform/session-export';
import { allPersonas, storyTitler } from '../platform/story-catalogue';
import { accountEventWords } from '../ui/campaign-words';
import { runCampaign, quantile } from '../engine/bots/tournament';
import { type CampaignState, cumulativeRevenue } from '../engine/model/campaign';
import { type RunFacts, type TrustMoveFacts, debriefReport } from '../engine/report/debrief';
import type { CampaignSession } from '../engine/model/session';
import { personaById } from '../platform/story-catalogue';
import { AboutModelView } from '../ui/about-model-view';
import type { Band, DebriefData, DebriefRun, TrustMove } from '../ui/debrief-data';
import { DebriefView } from '../ui/debrief-view';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

const WORLDS = 100;

export class DebriefScene extends GameScene {
  private active = false;

  constructor(services: Services) {
    super(SCENES.debrief, services);
  }

  create(): void {
    const host = this.services.campaign;
    const session = host.session;
    if (!session) return this.go(SCENES.title);
    this.active = true;
    this.events.once('shutdown', () => (this.active = false));
    new Stage(this, this.services, 0.6);
    const data = this.debriefData(session);
    const record = structuredClone(session.record);
    const menu = { toTitle: () => this.go(SCENES.title) };
    const view = new DebriefView(
      data,
      {
        replayWorld: () => {
          host.replayFrom(record, 1);
          this.go(SCENES.quarter);
        },
        replayFrom: (quarter) => {
          host.replayFrom(record, quarter);
          this.saveCampaign();
          this.go(SCENES.quarter);
        },
        toTitle: () => this.go(SCENES.title),
        exportSession: (kind) => {
          const name = `the-long-game-session-seed-${session.record.settings.seed}`;
          if (kind === 'json') offerDownload(`${name}.json`, sessionJson(session, allPersonas()));
          else offerDownload(`${name}.csv`, sessionCsv(session, allPersonas()), 'text/csv');
        },
      },
      () => {
        const about = new AboutModelView(() => {
          this.services.ui.showView(view.element, { menu });
          view.focus();
        });
        this.services.ui.showView(about.element, { menu });
        about.focus();
      },
    );
    this.services.ui.showView(view.element, { menu });
    view.focus();
    void this.spread(session).then((spread) => {
      if (this.active && spread) view.update({ ...data, spread, luck: luckSentence(data, spread) });
    });
  }

  private debriefData(session: CampaignSession): DebriefData {
    const host = this.services.campaign;
    const { state } = session;
    const bot = (name: 'closer' | 'advisor') => runCampaign(name, state.settings, host.loadedWorld, host.lookup, host.params).state;
    const report = debriefReport({ you: state, choiceEffects: session.choiceEffects, closer: bot('closer'), advisor: bot('advisor') }, host.params);
    const companyOf = (personaId: string) => personaById(personaId)?.company ?? personaId;
    const companyOfAccount = (accountId: string) => companyOf(state.accounts.find((x) => x.id === accountId)?.personaId ?? accountId);
    const personName = (personaId: string) => {
      const p = personaById(personaId);
      return p ? `${p.name} of ${p.company}` : personaId;
    };
    const storyTitle = storyTitler();
    const run = (r: RunFacts): DebriefRun => ({
      cumulative: r.quarters.map((q) => q.cumulative),
      attainment: r.quarters.map((q) => q.attainment),
      onPlan: r.quarters.map((q) => q.onPlan),
      planQuarters: r.planQuarters,
    });
    const move = (m: TrustMoveFacts): TrustMove => ({
      quarter: m.quarter,
      company: m.personaId ? companyOf(m.personaId) : companyOfAccount(m.accountId),
      text: m.text,
      move: m.move,
      principle: m.principle,
      before: m.before,
      after: m.after,
      change: m.change,
    });
    return {
      settings: state.settings,
      you: run(report.runs.you),
      ghosts: { closer: run(report.runs.closer), advisor: run(report.runs.advisor) },
      spread: null,
      accounts: report.companies.map((c) => ({
        id: c.accountId,
        company: companyOf(c.personaId),
        buyerName: personaById(c.personaId)?.name ?? c.personaId,
        status: c.status,
        trust: c.trust,
        grudge: c.grudge,
        meters: c.meters,
        timeline: c.history.map((e) => ({ ...e, words: accountEventWords(e, personName, storyTitle, companyOfAccount) })),
      })),
      mostTrusting: report.mostTrusting,
      topChoices: { rises: report.topChoices.rises.map(move), costs: report.topChoices.costs.map(move) },
      trustScale: report.trustScale,
      luck: null,
    };
  }

  /** Each bot over many worlds with these settings, one campaign per task so the page stays responsive. */
  private async spread(session: CampaignSession): Promise<DebriefData['spread']> {
    const host = this.services.campaign;
    const { quarters, returnLikelihood } = session.state.settings;
    const runs: Record<'closer' | 'advisor', number[][]> = { closer: [], advisor: [] };
    for (let seed = 1; seed <= WORLDS; seed++) {
      for (const name of ['closer', 'advisor'] as const) {
        if (!this.active) return null;
        const state: CampaignState = runCampaign(name, { seed, quarters, returnLikelihood }, host.loadedWorld, host.lookup, host.params).state;
        runs[name].push(cumulativeRevenue(state));
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const band = (series: number[][]): Band => ({
      p10: Array.from({ length: quarters }, (_, q) => quantile(series.map((s) => s[q] ?? 0), 0.1)),
      median: Array.from({ length: quarters }, (_, q) => quantile(series.map((s) => s[q] ?? 0), 0.5)),
      p90: Array.from({ length: quarters }, (_, q) => quantile(series.map((s) => s[q] ?? 0), 0.9)),
    });
    return { closer: band(runs.closer), advisor: band(runs.advisor), worlds: WORLDS };
  }
}

/** A plain sentence when this world's luck, not the style, decided the order. */
export function luckSentence(data: DebriefData, spread: NonNullable<DebriefData['spread']>): string | null {
  const last = data.settings.quarters - 1;
  const closer = data.ghosts.closer.cumulative[last] ?? 0;
  const advisor = data.ghosts.advisor.cumulative[last] ?? 0;
  const closerTypical = spread.closer.median[last] ?? 0;
  const advisorTypical = spread.advisor.median[last] ?? 0;
  if (closer > advisor && advisorTypical > closerTypical) {
    return `Luck decided this world: here the closer ended ahead of the advisor, but across ${spread.worlds} worlds the advisor ends ahead in most.`;
  }
  if (advisor > closer && closerTypical > advisorTypical) {
    return `Luck decided this world: here the advisor ended ahead, but with these settings the closer ends ahead in most of ${spread.worlds} worlds.`;
  }
  const outside = (v: number, b: Band) => v < (b.p10[last] ?? 0) || v > (b.p90[last] ?? 0);
  if (outside(advisor, spread.advisor) || outside(closer, spread.closer)) {
    return 'This world was unusual: at least one of the bots ended outside its usual range, so read its result with care.';
  }
  return null;
}
