/**
 * Compiles ink source with the real inkjs compiler. Used by the Vite plugin,
 * the tests and the command-line tools; it reads no files itself; the caller
 * supplies them through `readInclude`, so it runs in Node and in a Worker alike.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';

/** One compiler message, with its file and line where ink gives them. */
export interface InkDiagnostic {
  severity: 'error' | 'warning' | 'todo';
  file: string;
  /** 1-based line, or 0 when ink gives none. */
  line: number;
  message: string;
}

export interface CompileResult {
  /** Compiled JSON, or null when compilation failed. */
  json: string | null;
  diagnostics: InkDiagnostic[];
  /** The file's top tags (`title: ...`), raw. */
  fileTags: string[];
}

export interface CompileInput {
  /** The file name reported in messages (for example `first-meeting.ink`). */
  fileName: string;
  source: string;
  /** Returns the text of an INCLUDEd file, by the name written in the ink. */
  readInclude: (name: string) => string;
}

const MESSAGE = /^(ERROR|WARNING|TODO): (?:'([^']*)' )?line (\d+): ([\s\S]*)$/;

/** Parses inkjs's `ERROR: 'file.ink' line 5: message` into a diagnostic. */
export function parseInkMessage(raw: string, fallbackFile: string): InkDiagnostic {
  const match = MESSAGE.exec(raw.trim());
  if (!match) {
    const severity = raw.startsWith('WARNING') ? 'warning' : raw.startsWith('TODO') ? 'todo' : 'error';
    return { severity, file: fallbackFile, line: 0, message: raw.replace(/^(ERROR|WARNING|TODO):\s*/, '') };
  }
  const kind = match[1]!;
  return {
    severity: kind === 'ERROR' ? 'error' : kind === 'WARNING' ? 'warning' : 'todo',
    file: match[2] || fallbackFile,
    line: Number(match[3]),
    message: match[4]!.trim(),
  };
}

/** Formats a diagnostic as `file:line: severity: message`. */
export function formatDiagnostic(d: InkDiagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}

/**
 * The source's lines with ink comments (line and block comments) removed, one
 * entry per source line so line numbers still hold. `//` after a colon (a URL)
 * is kept.
 */
export function codeLines(source: string): string[] {
  let inBlockComment = false;
  return source.split(/\r?\n/).map((raw) => {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end === -1) return '';
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    for (let start = line.indexOf('/*'); start !== -1; start = line.indexOf('/*')) {
      const end = line.indexOf('*/', start + 2);
      if (end === -1) {
        inBlockComment = true;
        line = line.slice(0, start);
        break;
      }
      line = line.slice(0, start) + line.slice(end + 2);
    }
    const comment = line.search(/(?<!:)\/\//);
    return comment === -1 ? line : line.slice(0, comment);
  });
}

/**
 * Reads a file's own tags: the `# key: value` lines at its top, before any
 * content (INCLUDEs, comments and blank lines may come first). Read from the
 * source because inkjs mixes them into the first line's tags when the file
 * starts with an INCLUDE.
 */
export function readFileTags(source: string): string[] {
  const tags: string[] = [];
  for (const code of codeLines(source)) {
    const line = code.trim();
    if (line === '' || /^INCLUDE\b/.test(line)) continue;
    if (!line.startsWith('#')) break;
    tags.push(...line.split('#').map((t) => t.trim()).filter(Boolean));
  }
  return tags;
}

/** Compiles one ink file. Never throws for bad ink: problems come back as diagnostics. */
export function compileInk(input: CompileInput): CompileResult {
  const seen = new Set<string>();
  const diagnostics: InkDiagnostic[] = [];
  const options = new CompilerOptions(
    input.fileName,
    // Stryker disable next-line ArrayDeclaration: inkjs 2.4 stores pluginNames but never reads them, so no list can change a compile
    [],
    false,
    (message: string) => {
      // inkjs can report the same message more than once.
      if (seen.has(message)) return;
      seen.add(message);
      diagnostics.push(parseInkMessage(message, input.fileName));
    },
    {
      ResolveInkFilename: (name: string) => name,
      LoadInkFileContents: (name: string) => input.readInclude(name),
    },
  );
  const compiler = new Compiler(input.source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (!diagnostics.some((d) => d.severity === 'error')) json = story.ToJson() ?? null;
  } catch (error) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        severity: 'error',
        file: input.fileName,
        line: 0,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { json, diagnostics, fileTags: readFileTags(input.source) };
}
