/**
 * What the debrief shows, as plain data: the engine's debrief report
 * (src/engine/report/debrief.ts) with names and words added by the scene,
 * drawn by debrief-view.ts.
 */
import type { Meters } from '../engine/narrative/meters';
import type { AccountEvent, Settings } from '../engine/model/campaign';
import type { TrustBand } from '../engine/model/trust-scale';
import type { TrustReading } from '../engine/report/debrief';

export interface Band {
  p10: number[];
  median: number[];
  p90: number[];
}

/** One of you, the closer and the advisor, quarter by quarter (from the engine's debrief report). */
export interface DebriefRun {
  /** Cumulative revenue after each quarter. */
  cumulative: number[];
  /** Quota attainment each quarter (0..). */
  attainment: number[];
  /** Each quarter: paid on the performance plan. */
  onPlan: boolean[];
  /** Quarters on the plan, in all. */
  planQuarters: number;
}

export interface DebriefAccount {
  id: string;
  company: string;
  buyerName: string;
  status: 'prospect' | 'client' | 'lost';
  /** Trust now, as the model acts on it: the raw Trust Equation and its band and score. */
  trust: TrustReading;
  /** An unforgiving buyer you pushed: trust divided further, for good. */
  grudge: boolean;
  meters: Meters;
  /** The account's history, each event with its words and trust just after it. */
  timeline: (AccountEvent & { words: string; trust: TrustReading })[];
}

export interface TrustMove {
  quarter: number;
  company: string;
  /** The button text the player chose. */
  text: string;
  move: string;
  principle: string | null;
  before: TrustReading;
  after: TrustReading;
  /** After minus before: on the 10-point scale and as the raw ratio. */
  change: { score: number; raw: number };
}

export interface DebriefData {
  settings: Settings;
  /** The player, quarter by quarter. */
  you: DebriefRun;
  /** The bots in this very world (same seed and settings). */
  ghosts: { closer: DebriefRun; advisor: DebriefRun };
  /** Each bot's spread across many worlds (seeds), or null while it is being computed. */
  spread: { closer: Band; advisor: Band; worlds: number } | null;
  accounts: DebriefAccount[];
  /** The account ids that trust the player most now (more than one when tied). */
  mostTrusting: string[];
  /** The choices that moved trust most: the biggest rises and the biggest costs, biggest first. */
  topChoices: { rises: TrustMove[]; costs: TrustMove[] };
  /** Where each band starts on the 10-point scale, lowest first. */
  trustScale: { band: TrustBand; from: number }[];
  /** A plain sentence when luck decided this world, or null. */
  luck: string | null;
}

/** What the player predicted before the reveal. */
export interface Prediction {
  leader: 'closer' | 'advisor' | 'you';
  /** How far ahead the leader ended, as a share: 0.1, 0.25, 0.5, 1. */
  margin: number;
  /** The account id the player thinks trusts them most. */
  mostTrusting: string;
}

/** What the debrief's buttons do. */
export interface DebriefActions {
  replayWorld: () => void;
  /** Replays this world from the start of quarter n (2..quarters), keeping earlier choices. */
  replayFrom: (quarter: number) => void;
  toTitle: () => void;
  /** Downloads the whole session as JSON, or its choices as CSV. */
  exportSession: (kind: 'json' | 'csv') => void;
}
