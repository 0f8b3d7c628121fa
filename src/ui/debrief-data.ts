/**
 * What the debrief shows, as plain data: computed by the scenes from the
 * campaign and the bots' ghosts in the same world, drawn by debrief-view.ts.
 */
import type { Meters } from '../engine/narrative/meters';
import type { AccountEvent, Settings } from '../engine/model/campaign';

export interface Band {
  p10: number[];
  median: number[];
  p90: number[];
}

export interface DebriefAccount {
  id: string;
  company: string;
  buyerName: string;
  status: 'prospect' | 'client' | 'lost';
  /** Trust now, (C + R + I) / S, after temperament. */
  trust: number;
  meters: Meters;
  /** The account's history, each event with its words. */
  timeline: (AccountEvent & { words: string })[];
}

export interface TrustMove {
  quarter: number;
  company: string;
  /** The button text the player chose. */
  text: string;
  move: string;
  principle: string | null;
  /** Trust after the choice minus trust before it. */
  trustChange: number;
}

export interface DebriefData {
  settings: Settings;
  /** The player's cumulative revenue after each quarter, and quota attainment per quarter (0..). */
  you: { cumulative: number[]; attainment: number[] };
  /** The bots in this very world (same seed and settings). */
  ghosts: { closer: number[]; advisor: number[] };
  /** Each bot's spread across many worlds (seeds), or null while it is being computed. */
  spread: { closer: Band; advisor: Band; worlds: number } | null;
  accounts: DebriefAccount[];
  /** The choices that moved trust most, biggest change first (at most 5). */
  topChoices: TrustMove[];
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
