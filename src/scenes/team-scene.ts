/**
 * A team session, from setup to the shadow of the future. The session and its
 * rules are the engine's (TeamSession); this scene keeps only what is on the
 * screen: the locks not yet revealed, the team being entered, the meters'
 * reveal. Saved after every reveal, so a reload carries on where it was.
 */
import { cumulativeRevenue } from '../engine/model/campaign';
import { trustOf } from '../engine/narrative/meters';
import type { Step } from '../engine/narrative/runner';
import { styleOf, stylePolicy } from '../engine/bots/style-policy';
import { summarise } from '../engine/bots/tournament';
import { contrastingHorizon, type Horizon, shadowOfTheFuture } from '../engine/teams/shadow';
import { TEAM_QUARTERS, type TeamSession, estimatedMinutes } from '../engine/teams/team-session';
import { offerDownload } from '../platform/file-export';
import { teamSessionCsv, teamSessionJson } from '../platform/session-export';
import { allPersonas, personaById } from '../platform/story-catalogue';
import { SAVES, STRINGS } from '../ui/strings';
import { TEAMS } from '../ui/team-strings';
import type * as TeamViews from '../ui/team-views';
import type { TeamLock, TurnGroup } from '../ui/team-views';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

/** Team mode's screens: a chunk of their own, fetched when a facilitator opens a team session (a learner never does). */
type Views = typeof TeamViews;
const loadViews = (): Promise<Views> => import('../ui/team-views');

/** Worlds each style is replayed in, per horizon: enough for a stable median, quick enough to wait for. */
const SHADOW_WORLDS = 12;

export class TeamScene extends GameScene {
  private locks = new Map<number, number>();
  private selected: number | null = null;
  private revealed: { team: string; text: string }[] = [];
  private meters: 'hidden' | 'predict' | 'shown' = 'hidden';
  private status = '';
  /** The turn on screen has discussion prompts the room has not talked over yet. */
  private holding = false;
  private active = false;
  private views!: Views;

  constructor(services: Services) {
    super(SCENES.team, services);
  }

  create(data: { setup?: boolean }): void {
    this.active = true;
    this.events.once('shutdown', () => (this.active = false));
    new Stage(this, this.services, 0.45);
    this.locks.clear();
    this.selected = null;
    this.revealed = [];
    this.meters = 'hidden';
    this.status = '';
    this.holding = true;
    loadViews()
      .then((views) => {
        if (!this.active) return;
        this.views = views;
        if (data.setup) return this.showSetup();
        const session = this.services.teams.session;
        if (!session) return this.go(SCENES.title);
        this.route(session);
      })
      .catch((error: unknown) => this.services.ui.showError(error instanceof Error ? error.message : String(error), () => this.go(SCENES.title)));
  }

  private get menu() {
    return { toTitle: () => this.go(SCENES.title) };
  }

  private showSetup(): void {
    const host = this.services.campaign;
    const view = this.views.setupView(
      {
        quarters: this.services.flags.quarters ?? TEAM_QUARTERS,
        returnLikelihood: this.services.flags.returnLikelihood ?? host.params.defaultReturn,
        estimate: (quarters) => estimatedMinutes(quarters, host.params),
      },
      ({ names, quarters, returnLikelihood }) => {
        const seed = this.services.flags.seed ?? Math.floor(Math.random() * 1_000_000);
        const teams = this.services.teams;
        teams
          .ready()
          .then(() => {
            if (this.active) this.route(teams.start(names, { quarters, returnLikelihood }, seed));
          })
          .catch((error: unknown) => this.services.ui.showError(error instanceof Error ? error.message : String(error), () => this.go(SCENES.title)));
      },
      () => this.go(SCENES.title),
    );
    this.services.ui.showView(view.element, { menu: this.menu, focus: view.first });
  }

  /** Where the session stands decides the screen: a meeting, the sales floor, or the end. */
  private route(session: TeamSession): void {
    if (session.inMeeting) return this.showTurn(session);
    if (session.isOver) return this.showFinal(session, true);
    if (session.startMeetings()) {
      this.services.sound.startMusic();
      this.saveTeams();
      this.revealed = [];
      this.holding = true;
      return this.showTurn(session);
    }
    const results = session.endQuarter();
    this.saveTeams();
    const { quarter } = results[0]!;
    const { quarters } = session.settings;
    const board = () => {
      const view = this.views.boardView(
        quarter,
        quarters,
        this.services.campaign.params.quota,
        results.map((r, i) => ({ team: session.teams[i]!.name, revenue: r.revenue, attainment: r.attainment })),
        session.isOver,
        () => this.route(session),
      );
      this.services.ui.showView(view.element, { keys: { advance: () => view.next.click() }, menu: this.menu, focus: view.next });
    };
    this.prompt(TEAMS.predictTitle(quarter, quarters), TEAMS.predictQuestions, TEAMS.predictShow, board);
  }

  private prompt(title: string, questions: readonly string[], label: string, then: () => void): void {
    const view = this.views.promptView(title, questions, label, then);
    this.services.ui.showView(view.element, { keys: { advance: () => view.next.click() }, menu: this.menu, focus: view.next });
  }

  private showTurn(session: TeamSession): void {
    const waiting = session.waiting();
    const lockOf = (i: number): TeamLock['status'] =>
      session.teams[i]!.turn === null ? 'out' : !waiting.includes(i) ? 'done' : this.locks.has(i) ? 'locked' : 'choosing';
    const groups: TurnGroup[] = session.screens().map((screen) => {
      const persona = personaById(screen.personaId);
      const buyer = persona?.name ?? 'The buyer';
      const last = screen.turn.at(-1)!;
      return {
        teams: screen.teams,
        buyer: persona ? TEAMS.buyerLine(persona.name, persona.role, persona.company) : screen.personaId,
        lines: screen.turn.flatMap((s) => (s.kind === 'line' ? [{ speaker: speakerName(s, buyer), text: s.text, you: s.tags.speaker === 'you' }] : [])),
        choices: last.kind === 'choices' ? last.choices.map((c) => ({ index: c.index, text: c.text })) : null,
        // As in a meeting on its own: the prompt counts only when the choices follow it.
        discuss: last.kind === 'choices' ? (screen.turn.flatMap((s) => (s.kind === 'line' && s.tags.discuss ? [s.tags.discuss] : [])).at(-1) ?? null) : null,
      };
    });
    // Held only while there is something to talk over; a turn without a prompt goes straight to the choices.
    this.holding &&= groups.some((g) => g.discuss !== null);
    const quarter = session.quarter;
    const meeting = Math.max(...session.teams.map((t) => t.session.state.meetingsThisQuarter)) + 1;
    const view = this.views.turnView(
      {
        title: TEAMS.turnTitle(quarter, session.settings.quarters, meeting),
        revealed: this.revealed,
        groups,
        sittingOut: session.sittingOut().map((i) => session.teams[i]!.name),
        locks: session.teams.map((t, i) => ({ name: t.name, status: lockOf(i) })),
        selected: this.selected,
        status: this.status,
        allLocked: waiting.length > 0 && waiting.every((i) => this.locks.has(i)),
        holding: this.holding,
        meetingsOver: session.meetingsEnded,
        meters: { state: this.meters, rows: this.meterRows(session) },
        saveFailed: this.services.teams.saving ? null : SAVES.notSavedDetail,
      },
      {
        onSelect: (i) => this.select(session, i),
        onLock: (group, index) => {
          const team = this.selected !== null && group.teams.includes(this.selected) ? this.selected : group.teams.find((i) => waiting.includes(i) && !this.locks.has(i));
          if (team !== undefined) this.lock(session, team, index);
        },
        onReveal: () => this.reveal(session),
        onDiscussed: () => {
          this.holding = false;
          this.showTurn(session);
        },
        onCarryOn: () => {
          session.finishMeetings();
          this.saveTeams();
          this.revealed = [];
          this.meters = 'hidden';
          this.status = '';
          this.route(session);
        },
      },
    );
    this.services.ui.showView(view.element, {
      keys: {
        team: (i) => this.select(session, i),
        pick: (n) => {
          if (this.holding) return;
          const team = this.selected ?? waiting.find((i) => !this.locks.has(i));
          if (team === undefined) return;
          const option = session.offered(team)[n - 1];
          if (option) return this.lock(session, team, option.index);
          this.status = TEAMS.noSuchChoice(session.teams[team]!.name, n);
          this.showTurn(session);
        },
        advance: () => view.primary?.click(),
        // Arrows scroll the meeting: with several screens it is longer than the projector.
        move: (delta) => view.body.scrollBy({ top: delta * view.body.clientHeight * 0.8 }),
        reveal: () => {
          this.meters = this.meters === 'hidden' ? 'predict' : this.meters === 'predict' ? 'shown' : 'hidden';
          this.showTurn(session);
        },
        back: () => this.stepBack(session),
      },
      menu: this.menu,
      focus: view.primary ?? (this.selected !== null ? view.lockButtons[this.selected] : view.lockButtons.find((b) => !b.disabled)),
    });
    view.markOverflow();
  }

  private select(session: TeamSession, team: number): void {
    if (this.holding || !session.waiting().includes(team)) return;
    this.selected = team;
    this.status = TEAMS.selected(`${this.views.TEAM_LETTERS[team]} · ${session.teams[team]!.name}`);
    this.showTurn(session);
  }

  /** Locks a team's choice (unseen by the room until the reveal); the next team still choosing is up. */
  private lock(session: TeamSession, team: number, index: number): void {
    if (!session.offered(team).some((o) => o.index === index)) return;
    this.locks.set(team, index);
    this.services.sound.play('choose');
    const waiting = session.waiting().filter((i) => !this.locks.has(i));
    this.selected = waiting[0] ?? null;
    this.status = TEAMS.lockedStatus(session.teams[team]!.name, waiting.map((i) => session.teams[i]!.name).join(', '));
    this.showTurn(session);
  }

  /** Every team's choice, shown together; then each team's story plays on. */
  private reveal(session: TeamSession): void {
    const waiting = session.waiting();
    if (!waiting.every((i) => this.locks.has(i))) return;
    this.revealed = waiting.map((i) => ({
      team: session.teams[i]!.name,
      text: session.offered(i).find((o) => o.index === this.locks.get(i))?.text ?? '',
    }));
    session.choose(this.locks);
    this.saveTeams();
    this.holding = true;
    this.locks.clear();
    this.selected = null;
    this.status = '';
    this.showTurn(session);
  }

  /** Backspace: clears locks not yet revealed, or else takes back the last choices taken together. */
  private stepBack(session: TeamSession): void {
    if (this.locks.size > 0) {
      this.locks.clear();
      this.status = TEAMS.locksCleared;
    } else {
      try {
        if (!session.takeBack()) return;
      } catch (error) {
        this.services.ui.showError(error instanceof Error ? error.message : String(error), () => this.go(SCENES.title));
        return;
      }
      this.saveTeams();
      this.revealed = [];
      this.holding = true;
      this.status = TEAMS.tookBack;
    }
    this.selected = null;
    this.showTurn(session);
  }

  private meterRows(session: TeamSession) {
    return session.teams.flatMap((team) => {
      if (!team.turn) return [];
      const accountId = team.session.record.meetings.at(-1)!.accountId;
      const personaId = team.session.state.accounts.find((a) => a.id === accountId)?.personaId ?? '';
      const m = team.session.runner.meters();
      return [{ team: team.name, buyer: personaById(personaId)?.name ?? personaId, ...m, trust: trustOf(m) }];
    });
  }

  /** The end: cumulative revenue and trust side by side, after the room's prediction. */
  private showFinal(session: TeamSession, predictFirst: boolean): void {
    if (predictFirst) return this.prompt(TEAMS.finalPredictTitle, TEAMS.finalPredictQuestions, TEAMS.finalPredictShow, () => this.showFinal(session, false));
    const params = this.services.campaign.params;
    const quarters = session.settings.quarters;
    // Who topped the floor (this quarter's revenue) each quarter.
    const leaders = Array.from({ length: quarters }, (_, q) => {
      const revenue = session.teams.map((t) => t.session.state.results[q]?.revenue ?? 0);
      return revenue.indexOf(Math.max(...revenue));
    });
    const rows = session.teams.map((t, i) => ({
      team: t.name,
      cumulative: cumulativeRevenue(t.session.state).at(-1) ?? 0,
      trust: summarise(t.session.state, params).finalTrust,
      led: leaders.flatMap((leader, q) => (leader === i ? [q + 1] : [])),
    }));
    const byRevenue = [...rows].sort((a, b) => b.cumulative - a.cumulative);
    const byTrust = [...rows].sort((a, b) => b.trust - a.trust);
    const early = session.teams[leaders[Math.min(1, quarters - 1)]!]!.name;
    const summary = [TEAMS.earlyLeaders(early, byRevenue[0]!.team, early === byRevenue[0]!.team), TEAMS.trustLeader(byTrust[0]!.team)];
    const personas = allPersonas();
    const name = `the-long-game-team-session-seed-${session.settings.seed}`;
    const view = this.views.finalView(
      { quarters, returnLikelihood: session.settings.returnLikelihood, rows, summary },
      {
        onShadow: () => this.showShadow(session),
        onJson: () => offerDownload(`${name}.json`, teamSessionJson(session, personas), 'application/json'),
        onCsv: () => offerDownload(`${name}.csv`, teamSessionCsv(session, personas), 'text/csv'),
        onEnd: () => {
          this.services.teams.forget();
          this.go(SCENES.title);
        },
      },
    );
    this.services.ui.showView(view.element, { menu: this.menu, focus: view.first });
  }

  /** Each team's style and the bots, replayed under the horizon played and another. */
  private showShadow(session: TeamSession): void {
    const host = this.services.campaign;
    const played: Horizon = { quarters: session.settings.quarters, returnLikelihood: session.settings.returnLikelihood };
    const view = this.views.shadowView(contrastingHorizon(played, host.params), {
      onRun: (other) => void this.runShadow(session, played, other, view),
      onBack: () => this.showFinal(session, false),
    });
    this.services.ui.showView(view.element, { keys: { advance: () => view.run.click() }, menu: this.menu, focus: view.run });
  }

  private async runShadow(session: TeamSession, played: Horizon, other: Horizon, view: ReturnType<Views['shadowView']>): Promise<void> {
    const host = this.services.campaign;
    const styles = session.teams.map((t) => stylePolicy(TEAMS.styleOf(t.name), styleOf(t.session.choiceEffects)));
    const runs = shadowOfTheFuture(styles, [played, other], SHADOW_WORLDS, session.settings.seed, host.loadedWorld, host.lookup, host.params);
    let step = runs.next();
    let since = performance.now();
    while (!step.done) {
      // Hand the browser its turn every few campaigns: the page keeps painting and answering keys.
      if (performance.now() - since > 30) {
        view.progress(step.value);
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!this.active) return;
        since = performance.now();
      }
      step = runs.next();
    }
    const result = step.value;
    const botName = (name: string) => (name === 'closer' ? TEAMS.botCloser : name === 'advisor' ? TEAMS.botAdvisor : name);
    const columns = result.horizons.map((horizon, h) => ({
      caption: TEAMS.shadowCaption(`${h === 0 ? TEAMS.shadowPlayed : TEAMS.shadowAlternative}: ${TEAMS.horizonLine(horizon.quarters, horizon.returnLikelihood)}`, result.worlds),
      rows: result.entries.map((e) => ({ name: e.kind === 'bot' ? botName(e.name) : e.name, revenue: e.revenue[h] ?? 0, kind: e.kind })),
    }));
    const winners = columns.map((c) => [...c.rows].sort((a, b) => b.revenue - a.revenue)[0]!.name);
    view.show(columns, winners[0] === winners[1] ? TEAMS.horizonSame(winners[0]!) : TEAMS.horizonChanged(winners[0]!, winners[1]!));
  }
}

function speakerName(step: Extract<Step, { kind: 'line' }>, buyer: string): string {
  const speaker = step.tags.speaker;
  return speaker === 'buyer' ? buyer : speaker === 'you' ? STRINGS.you : (speaker ?? '');
}

