/**
 * The writer's desk without its screen: the files a trainer loaded, each
 * checked in turn by the ink Worker, and the story pack built from those that
 * passed. It reads files, refuses what is not ink with a reason, and tells its
 * owner whenever something changed.
 */
import type { KnotInfo, Problem } from '../../engine/checker/check-story';
import { MAX_STORY_CHARS } from '../../engine/checker/limits';
import type { CompiledStory } from '../../engine/narrative/runner';
import { InkWorkbench } from './ink-workbench';
import type { BalancedReply } from './protocol';
import { readPackAside } from './pack-reader';
import { PACK_EXTENSION, type PackStory, makePack, packNameProblem } from './story-pack';

export type DeskPhase = 'waiting' | 'linting' | 'balancing' | 'done' | 'stopped' | 'refused';

export interface DeskFile {
  name: string;
  source: string;
  phase: DeskPhase;
  problems: Problem[];
  compiled: CompiledStory | null;
  fileTags: Record<string, string>;
  knots: KnotInfo[];
  balance: BalancedReply | null;
  /** Why the check stopped, when it did. */
  stopped: string | null;
  lintMs: number | null;
}

export const errorsIn = (file: DeskFile) => file.problems.filter((p) => p.severity === 'error').length;

/** Finished with no errors: it may go into a story pack. */
export const isPackable = (file: DeskFile) => file.phase === 'done' && file.compiled !== null && errorsIn(file) === 0;

function newFile(name: string, source: string): DeskFile {
  return {
    name,
    source,
    phase: 'waiting',
    problems: [],
    compiled: null,
    fileTags: {},
    knots: [],
    balance: null,
    stopped: null,
    lintMs: null,
  };
}

function refused(name: string, message: string): DeskFile {
  return { ...newFile(name, ''), phase: 'refused', problems: [{ file: name, line: 0, severity: 'error', message }] };
}

/** Reads a dropped or picked file as ink source text, or says why it cannot be one. */
export async function readInkFile(file: File): Promise<DeskFile> {
  if (!/\.ink$/i.test(file.name)) return refused(file.name, `not an ink file: the desk reads .ink files (this one is "${file.name}")`);
  // Measured before reading, so a huge file is never loaded into the page.
  if (file.size > MAX_STORY_CHARS) return refused(file.name, `the file is ${Math.round(file.size / 1024)} KB; the limit is ${MAX_STORY_CHARS / 1024} KB`);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refused(file.name, 'not an ink file: it is not text (ink files are UTF-8 text)');
  }
  if (source.includes('\u0000')) return refused(file.name, 'not an ink file: it contains binary data');
  return newFile(file.name, source.replace(/^\uFEFF/, ''));
}

export class WriterDesk {
  readonly files: DeskFile[] = [];
  private readonly workbench = new InkWorkbench();
  private checking: DeskFile | null = null;

  constructor(
    private readonly personas: string[],
    private readonly onChange: (file: DeskFile) => void,
    /** The conversations the game ships: a desk file of the same name cannot go in a pack. */
    private readonly shippedIds: ReadonlySet<string> = new Set(),
  ) {
    this.workbench.warm();
  }

  /** Adds files (a file loaded again replaces its earlier version) and checks them in turn. */
  async add(picked: readonly File[]): Promise<DeskFile[]> {
    const added = await Promise.all(picked.map(readInkFile));
    for (const file of added) {
      const at = this.files.findIndex((f) => f.name === file.name);
      if (at === -1) this.files.push(file);
      else {
        if (this.checking === this.files[at]) this.checking = null;
        this.files[at] = file;
      }
      this.onChange(file);
    }
    this.next();
    return added;
  }

  get busy(): boolean {
    return this.files.some((f) => f.phase === 'waiting' || f.phase === 'linting' || f.phase === 'balancing');
  }

  packable(): DeskFile[] {
    return this.files.filter(isPackable);
  }

  /**
   * The story pack of every file that passed, as the file to download. The
   * text is read back through the importer's own validation before it is offered.
   */
  async exportPack(shippedIds: ReadonlySet<string>): Promise<{ fileName: string; text: string; stories: number }> {
    const files = this.packable();
    if (files.length === 0) throw new Error('no file has passed its check yet');
    const stories: PackStory[] = files.map((f) => {
      const compiled = f.compiled!;
      const balance = f.balance;
      return {
        id: compiled.id,
        title: f.fileTags.title ?? compiled.id,
        hash: contentHash(f.source),
        fileTags: compiled.fileTags,
        json: compiled.json,
        source: f.source,
        check: {
          choicePoints: balance?.choicePoints ?? 0,
          paths: balance?.paths ?? 0,
          endings: balance?.endings ?? 0,
          walks: balance?.walks ?? 0,
          temptation: balance?.temptation ?? { tempting: 0, of: 0 },
          warnings: f.problems.map((p) => `line ${p.line}: ${p.message}`),
        },
      };
    });
    const name = stories.length === 1 ? stories[0]!.title : `${stories.length} conversations`;
    const text = JSON.stringify(makePack(name, stories), null, 1);
    await readPackAside(text, this.personas, shippedIds);
    const fileName = `${stories.length === 1 ? stories[0]!.id : 'story-pack'}${PACK_EXTENSION}`;
    return { fileName, text, stories: stories.length };
  }

  dispose(): void {
    this.workbench.stop();
  }

  /** The checker's problems, and the one a pack would find in the file's name. */
  private withNameProblem(file: DeskFile, problems: DeskFile['problems']): DeskFile['problems'] {
    const named = packNameProblem(file.name, this.shippedIds);
    return named === null ? problems : [...problems, { file: file.name, line: 0, severity: 'error', message: named }];
  }

  private next(): void {
    if (this.checking) return;
    const file = this.files.find((f) => f.phase === 'waiting');
    if (!file) return;
    this.checking = file;
    file.phase = 'linting';
    this.onChange(file);
    const current = () => this.checking === file;
    const finish = () => {
      this.checking = null;
      this.onChange(file);
      this.next();
    };
    this.workbench.check(file.name, file.source, this.personas, {
      onLinted: (reply) => {
        if (!current()) return;
        Object.assign(file, { problems: this.withNameProblem(file, reply.problems), compiled: reply.compiled, fileTags: reply.fileTags, knots: reply.knots, lintMs: reply.ms });
        file.phase = reply.balancing ? 'balancing' : 'done';
        if (reply.balancing) this.onChange(file);
        else finish();
      },
      onBalanced: (reply) => {
        if (!current()) return;
        file.problems = this.withNameProblem(file, reply.problems);
        file.balance = reply;
        file.phase = 'done';
        finish();
      },
      onStopped: (phase, reason) => {
        if (!current()) return;
        file.phase = 'stopped';
        file.stopped = `${phase === 'lint' ? 'Compiling' : 'The balance check'} was ${reason}`;
        file.problems = [
          ...file.problems,
          {
            file: file.name,
            line: 0,
            severity: 'error',
            message:
              phase === 'lint'
                ? `compiling was ${reason}: the file is too large or too tangled for the browser; try npm run -s stories:check`
                : `the balance check was ${reason}: some paths run too long (look for loops that never reach a choice)`,
          },
        ];
        finish();
      },
    });
  }
}

/** A short content hash (FNV-1a, 64 bits as two halves): names a version of a story in choice logs. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
