// `.ink` imports are compiled at build time by scripts/vite-plugin-ink.ts.
declare module '*.ink' {
  const story: import('./engine/narrative/runner').CompiledStory;
  export default story;
}
