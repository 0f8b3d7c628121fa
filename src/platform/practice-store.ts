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
    // Stryker disable next-line OptionalChaining: with no sessionStorage at all the throw lands in the empty catch below, which keeps nothing either way
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify({ storyId, log }));
  } catch {
    // Storage full or disabled: the place is simply not kept.
  }
}

export function loadPractice(storyId: string): ChoiceRecord[] {
  try {
    // Stryker disable next-line OptionalChaining: with no sessionStorage at all the throw lands in the catch below, which returns the same empty place
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
