/**
 * Keeps the campaign's record in localStorage, written after every choice.
 * The record (seed, settings, choices) is the game: the state is rebuilt by
 * replaying it. Storage can be full or disabled: saving then reports false and
 * the game carries on.
 */
import type { CampaignRecord } from '../engine/model/session';
import { readSetting, writeSetting } from './storage';

const KEY = 'campaign';

export function saveCampaign(record: CampaignRecord): boolean {
  return writeSetting(KEY, JSON.stringify(record));
}

export function clearCampaign(): boolean {
  return writeSetting(KEY, '');
}

/** The saved record, or null when there is none or it is not one of ours. */
export function loadCampaign(): CampaignRecord | null {
  const raw = readSetting(KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<CampaignRecord>;
    const s = value.settings;
    const ok =
      value.version === 1 &&
      typeof s === 'object' &&
      s !== null &&
      Number.isInteger(s.seed) &&
      Number.isInteger(s.quarters) &&
      typeof s.returnLikelihood === 'number' &&
      Array.isArray(value.meetings) &&
      Number.isInteger(value.quartersEnded);
    return ok ? (value as CampaignRecord) : null;
  } catch {
    return null;
  }
}
