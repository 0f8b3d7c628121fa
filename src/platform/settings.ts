/**
 * Settings read back from storage, validated: storage is shared with every
 * page of the site, so a stored value is input like any other. Anything out
 * of range or not a number falls back to the default instead of blanking a
 * screen (a text scale of 1e9 once made the facilitator view unreadable for
 * good).
 */

/** The text sizes a facilitator steps through (1 is the projector default). */
export const TEXT_SCALES: readonly number[] = [0.8, 0.9, 1, 1.15, 1.3, 1.5];

/** A stored text scale: one of TEXT_SCALES exactly, otherwise 1. */
export function parseTextScale(stored: string | null): number {
  const scale = Number(stored);
  return TEXT_SCALES.includes(scale) ? scale : 1;
}

/** The text scale `steps` sizes along from `scale`, held at the smallest and largest. */
export function stepTextScale(scale: number, steps: number): number {
  const at = TEXT_SCALES.indexOf(parseTextScale(String(scale)));
  return TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, at + steps))]!;
}

/** How long a session clock may have been running before it counts as a stale value: a long workshop day. */
export const MAX_SESSION_MS = 24 * 60 * 60 * 1000;

/** A stored session start: a time in the last 24 hours and not in the future, otherwise null (start the clock now). */
export function parseSessionStart(stored: string | null, now: number): number | null {
  const started = Number(stored);
  return stored !== null && Number.isInteger(started) && started <= now && now - started <= MAX_SESSION_MS ? started : null;
}
