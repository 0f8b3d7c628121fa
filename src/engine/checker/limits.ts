/**
 * Size limits for conversation files, in a module of their own so the browser
 * can check a file's size without loading the compiler.
 */

/** The largest conversation the checker and the writer's desk accept, in characters (documented in stories/README.md). */
export const MAX_STORY_CHARS = 512 * 1024;
