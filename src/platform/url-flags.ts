/** The URL flags the game understands (documented in README). */
export interface UrlFlags {
  /** `?story=<file name without .ink>` opens that conversation directly. */
  story: string | null;
  /** `?seed=N` fixes the world; otherwise each new campaign draws one. */
  seed: number | null;
  /** `?quarters=N` sets the campaign length (1-40). */
  quarters: number | null;
  /** `?return=0..1` sets how likely buyers are to come back. */
  returnLikelihood: number | null;
  /** `?mode=writer` opens the writer's desk; `?mode=facilitator` presents the game to a room. */
  mode: 'writer' | 'facilitator' | null;
}

function wholeNumber(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

const MODES = ['writer', 'facilitator'] as const;

export function readUrlFlags(search: string): UrlFlags {
  const params = new URLSearchParams(search);
  const story = params.get('story')?.trim();
  const ret = params.get('return');
  const returnLikelihood = ret !== null && /^(0(\.\d+)?|1(\.0+)?)$/.test(ret.trim()) ? Number(ret) : null;
  return {
    story: story ? story.slice(0, 80) : null,
    seed: wholeNumber(params.get('seed'), 0, 2 ** 31 - 1),
    quarters: wholeNumber(params.get('quarters'), 1, 40),
    returnLikelihood,
    mode: MODES.find((m) => m === params.get('mode')?.trim()) ?? null,
  };
}
