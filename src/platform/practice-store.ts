/**
 * Where the player is in a practice conversation, kept for this tab only, so a
 * reload (for a trainer, the live reload after saving a .ink file) puts them
 * back by replaying their choices up to the first one the story changed.
 */
import type { ChoiceRecord } from '../engine/narrative/runner';
import { parseImportedJson } from './safe-json';

const KEY = 'the-long-game:practice';

export function savePractice(storyId: string, log: readonly ChoiceRecord[]): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify({ storyId, log }));
  } catch {
    // Storage full or disabled: the place is simply not kept.
  }
}

export function loadPractice(storyId: string): ChoiceRecord[] {
  try {
    const value = parseImportedJson(globalThis.sessionStorage?.getItem(KEY) ?? 'null') as { storyId?: unknown; log?: unknown } | null;
    if (!value || value.storyId !== storyId || !Array.isArray(value.log)) return [];
    return value.log.filter(
      (r): r is ChoiceRecord =>
        typeof r === 'object' && r !== null && Number.isInteger((r as ChoiceRecord).index) && typeof (r as ChoiceRecord).text === 'string',
    );
  } catch {
    return [];
  }
}
