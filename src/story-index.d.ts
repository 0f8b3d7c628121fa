// The list of conversations in stories/, made at build time by scripts/vite-plugin-ink.ts.
declare module 'virtual:story-index' {
  const index: import('./platform/story-catalogue').StoryIndexEntry[];
  export default index;
}
