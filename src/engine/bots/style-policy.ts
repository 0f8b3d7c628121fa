/**
 * A team's style as a bot, for the shadow of the future: the share of
 * closing, relating, asking and neutral moves the team chose at each stage,
 * and whether the buyer was ready to be asked when it chose, replayed in
 * other worlds and under other settings. A team that asks once the buyer is
 * ready plays that way, not at random. Where the team never met a stage (or
 * a ready buyer), its shares over the whole session stand in.
 */
import type { ChoiceEffect } from '../model/session';
import { stream } from '../model/random';
import { MOVES, type Move, type Stage } from '../narrative/tags';
import { type Policy, byProgress } from './policies';
import { meetingsLeft } from '../model/campaign';
import { meetableAccounts } from '../model/calendar';
import { defaultParams } from '../model/constants';
import { trustOf } from '../narrative/meters';

/** Shares of each move, summing to 1 (all zero when nothing was chosen). */
export type MoveShares = Record<Move, number>;
/** For each move, the share of the choice points offering it where it was taken; null where it was never offered. */
export type Propensity = Record<Move, number | null>;

function propensityOf(effects: readonly ChoiceEffect[]): Propensity {
  return Object.fromEntries(
    MOVES.map((m) => {
      const offered = effects.filter((e) => e.offered.includes(m)).length;
      return [m, offered > 0 ? effects.filter((e) => e.move === m).length / offered : null];
    }),
  ) as Propensity;
}

export interface Style {
  overall: MoveShares;
  byStage: Partial<Record<Stage, MoveShares>>;
  /**
   * How readily the team took each move when it was on offer (taken / offered, null when never offered), split by
   * whether the buyer was ready to be asked (trust at least the ask threshold) and by stage: what a team does when it can.
   */
  byReadiness: { ready: Partial<Record<Stage | 'overall', Propensity>>; notReady: Partial<Record<Stage | 'overall', Propensity>> };
  /** How many choices the style was read from. */
  choices: number;
}

function sharesOf(effects: readonly ChoiceEffect[]): MoveShares {
  const shares = Object.fromEntries(MOVES.map((m) => [m, 0])) as MoveShares;
  for (const effect of effects) shares[effect.move] += 1 / effects.length;
  return shares;
}

function sharesByStage(effects: readonly ChoiceEffect[]): Partial<Record<Stage, MoveShares>> {
  const byStage: Partial<Record<Stage, MoveShares>> = {};
  for (const stage of new Set(effects.map((e) => e.stage))) byStage[stage] = sharesOf(effects.filter((e) => e.stage === stage));
  return byStage;
}

/** A style read from a session's choices; `askReady` is the trust at which an ask stops being pressure. */
export function styleOf(effects: readonly ChoiceEffect[], askReady = defaultParams().askReadyTrust): Style {
  const split = (ready: boolean) => {
    const mine = effects.filter((e) => e.trustBefore >= askReady === ready);
    const byStage: Partial<Record<Stage | 'overall', Propensity>> = mine.length > 0 ? { overall: propensityOf(mine) } : {};
    for (const stage of new Set(mine.map((e) => e.stage))) byStage[stage] = propensityOf(mine.filter((e) => e.stage === stage));
    return byStage;
  };
  return { overall: sharesOf(effects), byStage: sharesByStage(effects), byReadiness: { ready: split(true), notReady: split(false) }, choices: effects.length };
}

/**
 * A policy that says what the style would: at each choice it draws a move
 * with the style's shares for that stage (among the moves on offer), seeded
 * per world, account, quarter and choice point. It meets accounts as every
 * team does (deals furthest along first), so only the words differ.
 */
export function stylePolicy(name: string, style: Style): Policy {
  return {
    name,
    description: `Plays ${name}: the same share of closing, relating and asking moves at each stage.`,
    agenda: (state, params, world) => meetableAccounts(state, world, params).sort(byProgress).slice(0, meetingsLeft(state, params)).map((a) => a.id),
    choose: (options, context, params) => {
      const stage = context.account.stage;
      const side = trustOf(context.meters) >= params.askReadyTrust ? style.byReadiness.ready : style.byReadiness.notReady;
      const shares = style.byStage[stage] ?? style.overall;
      const offered = MOVES.filter((m) => options.some((o) => (o.tags.move ?? 'neutral') === m));
      // What the team did when it could; a move it never had on offer falls back to its plain share.
      const weight = (m: Move) => side[stage]?.[m] ?? side.overall?.[m] ?? shares[m];
      const total = offered.reduce((sum, m) => sum + weight(m), 0);
      const random = stream(context.state.settings.seed, context.account.id, context.state.quarter, 'style', context.point);
      if (total <= 0) return options[Math.floor(random() * options.length)]!;
      let draw = random() * total;
      // Stryker disable next-line MethodExpression,UnaryOperator: only the fallback after find has these, and it is unreachable for weights in [0, 1]: draw < total, so the last difference is below 0
      const move = offered.find((m) => (draw -= weight(m)) < 0) ?? offered.filter((m) => weight(m) > 0).at(-1)!;
      return options.find((o) => (o.tags.move ?? 'neutral') === move)!;
    },
  };
}
