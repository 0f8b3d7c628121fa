/**
 * A team's style as a bot, for the shadow of the future: the share of
 * closing, relating, asking and neutral moves the team chose at each stage,
 * replayed in other worlds and under other settings. Where the team never
 * reached a stage, its shares over the whole session stand in.
 */
import type { ChoiceEffect } from '../model/session';
import { stream } from '../model/random';
import { MOVES, type Move, type Stage } from '../narrative/tags';
import { type Policy, byProgress } from './policies';
import { meetingsLeft } from '../model/campaign';
import { meetableAccounts } from '../model/calendar';

/** Shares of each move, summing to 1 (all zero when nothing was chosen). */
export type MoveShares = Record<Move, number>;

export interface Style {
  overall: MoveShares;
  byStage: Partial<Record<Stage, MoveShares>>;
  /** How many choices the style was read from. */
  choices: number;
}

function sharesOf(effects: readonly ChoiceEffect[]): MoveShares {
  const shares = Object.fromEntries(MOVES.map((m) => [m, 0])) as MoveShares;
  for (const effect of effects) shares[effect.move] += 1 / effects.length;
  return shares;
}

/** A style read from a session's choices. */
export function styleOf(effects: readonly ChoiceEffect[]): Style {
  const byStage: Style['byStage'] = {};
  for (const stage of new Set(effects.map((e) => e.stage))) byStage[stage] = sharesOf(effects.filter((e) => e.stage === stage));
  return { overall: sharesOf(effects), byStage, choices: effects.length };
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
    choose: (options, context) => {
      const shares = style.byStage[context.account.stage] ?? style.overall;
      const offered = MOVES.filter((m) => options.some((o) => (o.tags.move ?? 'neutral') === m));
      const total = offered.reduce((sum, m) => sum + shares[m], 0);
      const random = stream(context.state.settings.seed, context.account.id, context.state.quarter, 'style', context.point);
      if (total <= 0) return options[Math.floor(random() * options.length)]!;
      let draw = random() * total;
      const move = offered.find((m) => (draw -= shares[m]) < 0) ?? offered.filter((m) => shares[m] > 0).at(-1)!;
      return options.find((o) => (o.tags.move ?? 'neutral') === move)!;
    },
  };
}
