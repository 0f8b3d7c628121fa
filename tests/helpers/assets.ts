/** The project's asset files, read from disk (the browser reads them through Vite). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './stories';

/** Sound-effect keys (the values `# sfx:` may take): file names in assets/audio without extension, the music loop aside. */
export const SOUND_FILE_KEYS = [
  ...new Set(readdirSync(path.join(ROOT, 'assets/audio')).map((f) => f.replace(/\.(ogg|mp3)$/, ''))),
].filter((key) => key !== 'music-loop');
