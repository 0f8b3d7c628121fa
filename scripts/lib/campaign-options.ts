/**
 * The options every campaign-playing command takes (--seeds, --quarters,
 * --return, --json), parsed and checked once: the simulator and the audit
 * answer bad values with the same words.
 */
import type { Params } from '../../src/engine/model/constants';

/** The parseArgs option table for the shared options; a command spreads its own beside them. */
export const CAMPAIGN_OPTIONS = {
  seeds: { type: 'string', default: '200' },
  quarters: { type: 'string' },
  return: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** Seeds, quarters and return likelihood from the parsed values, with the model's defaults; throws a clear message on a bad value. */
export function campaignOptions(values: { seeds: string; quarters?: string; return?: string }, params: Params): { seeds: number; quarters: number; returnLikelihood: number } {
  const seeds = Number(values.seeds);
  const quarters = values.quarters ? Number(values.quarters) : params.quarters;
  const returnLikelihood = values.return !== undefined ? Number(values.return) : params.defaultReturn;
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error('--seeds takes a whole number from 1');
  if (!Number.isInteger(quarters) || quarters < 1 || quarters > 40) throw new Error('--quarters takes a whole number from 1 to 40');
  if (!(returnLikelihood >= 0 && returnLikelihood <= 1)) throw new Error('--return takes a number from 0 to 1');
  return { seeds, quarters, returnLikelihood };
}
