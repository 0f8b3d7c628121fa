/** The URL flags the game understands (documented in README). */
export interface UrlFlags {
  /** `?story=<file name without .ink>` opens that conversation directly. */
  story: string | null;
}

export function readUrlFlags(search: string): UrlFlags {
  const story = new URLSearchParams(search).get('story')?.trim();
  return { story: story ? story.slice(0, 80) : null };
}
