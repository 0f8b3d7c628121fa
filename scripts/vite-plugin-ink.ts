/**
 * Compiles `.ink` imports with the real inkjs compiler, in build, dev and
 * Vitest, and serves `virtual:story-index`: the list of conversations in
 * `stories/` (id, title, persona, stage, status), so a trainer's new file is
 * in the game without touching code. A broken file fails the build (and
 * shows in the dev overlay) with file, line and message; after a failed
 * transform Vite forgets the module, so every `.ink` change sends a full
 * reload and the page recovers once the file is fixed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { type CompileResult, compileInk, formatDiagnostic } from '../src/engine/narrative/compile.ts';
import { parseTags } from '../src/engine/narrative/tags.ts';

export interface CompiledFile extends CompileResult {
  hash: string;
  /** Absolute paths of the files it INCLUDEs. */
  included: string[];
}

/** Compiles one ink file from disk, resolving INCLUDEs beside it. */
export function compileInkFile(file: string): CompiledFile {
  const dir = path.dirname(file);
  const sources = [readFileSync(file, 'utf8')];
  const included: string[] = [];
  const result = compileInk({
    fileName: path.basename(file),
    source: sources[0]!,
    readInclude: (name) => {
      const full = path.resolve(dir, name);
      const text = readFileSync(full, 'utf8');
      included.push(full);
      sources.push(text);
      return text;
    },
  });
  const hash = createHash('sha256').update(sources.join('\u0000')).digest('hex').slice(0, 16);
  return { ...result, hash, included };
}

/** Files that are not conversations: the persona declarations. */
export const NOT_CONVERSATIONS = new Set(['personas.ink']);

/** The conversation files in a stories folder, sorted. */
export function listStoryFiles(storiesDir: string): string[] {
  return readdirSync(storiesDir)
    .filter((name) => name.endsWith('.ink') && !NOT_CONVERSATIONS.has(name))
    .sort()
    .map((name) => path.join(storiesDir, name));
}

/** The dev server's message when a conversation file was saved and still compiles. */
export const STORY_UPDATED = 'the-long-game:story-updated';

const INDEX_ID = 'virtual:story-index';
const RESOLVED_INDEX_ID = '\0' + INDEX_ID;

function codeFrame(source: string, line: number): string {
  const lines = source.split(/\r?\n/);
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 2);
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${n === line ? '>' : ' '} ${String(n).padStart(4)} | ${lines[n - 1]}`);
  return out.join('\n');
}

export function inkPlugin(options: { storiesDir?: string } = {}): Plugin {
  let root = process.cwd();
  // Files whose last compile failed: the page shows the overlay, so a fix must reload it.
  const failed = new Set<string>();
  let storiesDir = options.storiesDir ?? path.resolve(root, 'stories');
  return {
    name: 'the-long-game:ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      storiesDir = options.storiesDir ?? path.resolve(config.root, 'stories');
    },
    resolveId(id) {
      return id === INDEX_ID ? RESOLVED_INDEX_ID : null;
    },
    load(id) {
      if (id === RESOLVED_INDEX_ID) {
        const entries = listStoryFiles(storiesDir).map((file) => {
          const result = compileInkFile(file);
          const { tags } = parseTags(result.fileTags, 'file');
          const importPath = '/' + path.relative(root, file).split(path.sep).join('/');
          return `{ id: ${JSON.stringify(path.basename(file, '.ink'))}, tags: ${JSON.stringify(tags)}, load: () => import(${JSON.stringify(importPath)}).then((m) => m.default) }`;
        });
        return `export default [\n${entries.join(',\n')}\n];`;
      }
      const file = id.split('?')[0]!;
      // `?raw` asks for the source text (the browser's writer desk supplies the contract to its compiler).
      if (!file.endsWith('.ink') || /[?&]raw\b/.test(id)) return null;
      const result = compileInkFile(file);
      for (const inc of result.included) this.addWatchFile(inc);
      for (const warning of result.diagnostics.filter((d) => d.severity !== 'error')) {
        this.warn(formatDiagnostic(warning));
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0 || result.json === null) {
        failed.add(file);
        const first = errors[0];
        const where = first ? path.resolve(path.dirname(file), first.file) : file;
        let frame: string | undefined;
        try {
          frame = first && first.line > 0 ? codeFrame(readFileSync(where, 'utf8'), first.line) : undefined;
        } catch {
          frame = undefined;
        }
        this.error({
          message: errors.map(formatDiagnostic).join('\n') || 'ink compilation failed',
          id: where,
          frame,
          loc: first ? { file: where, line: first.line, column: 0 } : undefined,
        });
      }
      failed.delete(file);
      const compiled = {
        id: path.basename(file, '.ink'),
        hash: result.hash,
        json: result.json,
        fileTags: result.fileTags,
      };
      return { code: `export default ${JSON.stringify(compiled)};`, map: null };
    },
    hotUpdate({ file, modules }) {
      if (!file.endsWith('.ink')) return;
      const graph = this.environment.moduleGraph;
      const index = graph.getModuleById(RESOLVED_INDEX_ID);
      if (index) graph.invalidateModule(index);
      for (const mod of modules) graph.invalidateModule(mod);
      // A conversation that still compiles is swapped into the running game,
      // which replays the player's choices; anything else reloads the page
      // (a broken file then shows in the overlay with its line).
      const isConversation = path.dirname(file) === storiesDir && !NOT_CONVERSATIONS.has(path.basename(file));
      if (isConversation && !failed.has(file) && compileInkFile(file).json !== null) {
        const url = '/' + path.relative(root, file).split(path.sep).join('/');
        this.environment.hot.send({ type: 'custom', event: STORY_UPDATED, data: { id: path.basename(file, '.ink'), url } });
      } else {
        this.environment.hot.send({ type: 'full-reload' });
      }
      return [];
    },
    configureServer(server) {
      // A story added or removed changes the index: reload so it shows.
      const onChange = (file: string) => {
        if (!file.endsWith('.ink')) return;
        const index = server.moduleGraph.getModuleById(RESOLVED_INDEX_ID);
        if (index) server.moduleGraph.invalidateModule(index);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
