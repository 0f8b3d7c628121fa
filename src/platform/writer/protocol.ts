/**
 * Messages between the writer's desk and its ink Worker. The Worker compiles
 * and checks one conversation at a time: first the quick lint phase (so the
 * writer can play at once), then the balance check.
 */
import type { KnotInfo, MoveEffects, Problem } from '../../engine/checker/check-story';
import type { CompiledStory } from '../../engine/narrative/runner';

export interface CheckRequest {
  job: number;
  fileName: string;
  source: string;
  /** Random walks for the balance check (fewer than the command line's 1000). */
  walks: number;
  personas: string[];
}

export interface LintedReply {
  kind: 'linted';
  job: number;
  problems: Problem[];
  compiled: CompiledStory | null;
  fileTags: Record<string, string>;
  knots: KnotInfo[];
  /** True when the balance phase follows (the file compiled and includes the contract). */
  balancing: boolean;
  ms: number;
}

export interface BalancedReply {
  kind: 'balanced';
  job: number;
  /** Every problem, the lint phase's included. */
  problems: Problem[];
  effects: MoveEffects;
  temptation: { tempting: number; of: number };
  choicePoints: number;
  paths: number;
  endings: number;
  walks: number;
  ms: number;
}

export type WorkerReply = LintedReply | BalancedReply;

/** The documented limits (stories/README.md): the Worker is stopped when a phase runs longer. */
export const LINT_LIMIT_MS = 10_000;
export const BALANCE_LIMIT_MS = 15_000;
/** Random walks in the browser's balance check. */
export const DESK_WALKS = 200;
