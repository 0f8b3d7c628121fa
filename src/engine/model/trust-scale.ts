/**
 * Trust on a scale a person can read. The Trust Equation's raw ratio runs
 * from about 0.1 to 30 and means little by itself; the model acts on it at a
 * few thresholds (a client below the tender line runs a tender, above the
 * expansion line buys more, above the referral line recommends you and can be
 * asked, above the renewal line renews whenever it comes back). The bands are
 * those thresholds, and the score is the ratio doubled and capped at 10, so
 * 5 out of 10 is the renewal line and 10 is where price stops rising.
 */
import type { Params } from './constants';
import { defaultParams } from './constants';

export const TRUST_BANDS = ['distrust', 'doubtful', 'open', 'trusts', 'advocate'] as const;
export type TrustBand = (typeof TRUST_BANDS)[number];

/** The band a raw trust ratio falls in. */
export function trustBand(trust: number, params: Params = defaultParams()): TrustBand {
  if (trust < params.tenderTrust) return 'distrust';
  if (trust < params.expansionTrust) return 'doubtful';
  if (trust < params.referralTrust) return 'open';
  if (trust < params.renewalTrust) return 'trusts';
  return 'advocate';
}

/** The readable score, 0-10 with one decimal: the raw ratio doubled, capped at 10. */
export function trustScore(trust: number): number {
  return Math.round(Math.min(10, Math.max(0, trust * 2)) * 10) / 10;
}

/** Both, for display and export. */
export function readableTrust(trust: number, params: Params = defaultParams()): { band: TrustBand; score: number } {
  return { band: trustBand(trust, params), score: trustScore(trust) };
}
