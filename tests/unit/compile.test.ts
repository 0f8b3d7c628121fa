/**
 * The ink compiler wrapper (src/engine/narrative/compile.ts): how inkjs's
 * messages become typed diagnostics (severity, file, line, message), that a
 * file with an error never yields JSON, even where inkjs itself would hand one
 * back or crash, and how comments are stripped from source lines so file tags
 * and line numbers hold. Writers see these diagnostics in the build and the
 * dev overlay, so each rule here is one a writer depends on.
 *
 * Every compile goes through the real inkjs compiler; the expected values are
 * written by hand from the rule (inkjs's own wording is quoted where it is the
 * message a writer reads).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { codeLines, compileInk, formatDiagnostic, parseInkMessage } from '../../src/engine/narrative/compile';
import { STORIES_DIR } from '../helpers/stories';

/** Compiles `source` as `scene.ink`; INCLUDEs read from the shipped stories folder. */
const compile = (source: string) =>
  compileInk({ fileName: 'scene.ink', source, readInclude: (name) => readFileSync(path.join(STORIES_DIR, name), 'utf8') });

describe('an inkjs message read as a diagnostic', () => {
  it('reads severity, file, line and message from each of ERROR, WARNING and TODO', () => {
    expect(parseInkMessage("ERROR: 'a.ink' line 3: Divert target not found: '-> nowhere'", 'main.ink')).toEqual({
      severity: 'error',
      file: 'a.ink',
      line: 3,
      message: "Divert target not found: '-> nowhere'",
    });
    expect(parseInkMessage("WARNING: 'b.ink' line 12: Blank choice", 'main.ink')).toEqual({
      severity: 'warning',
      file: 'b.ink',
      line: 12,
      message: 'Blank choice',
    });
    expect(parseInkMessage('TODO: line 7: ask legal about the wording', 'main.ink')).toEqual({
      severity: 'todo',
      file: 'main.ink',
      line: 7,
      message: 'ask legal about the wording',
    });
  });

  it('trims the whitespace around a message and before its first word', () => {
    expect(parseInkMessage("  WARNING: 'b.ink' line 2:    spaced out  \n", 'main.ink')).toEqual({
      severity: 'warning',
      file: 'b.ink',
      line: 2,
      message: 'spaced out',
    });
  });

  it('keeps a message without a file and line whole, with its severity, in the file compiled, at line 0', () => {
    expect(parseInkMessage('WARNING: something odd', 'main.ink')).toEqual({ severity: 'warning', file: 'main.ink', line: 0, message: 'something odd' });
    expect(parseInkMessage('TODO: tidy this knot', 'main.ink')).toEqual({ severity: 'todo', file: 'main.ink', line: 0, message: 'tidy this knot' });
    expect(parseInkMessage('ERROR: the story broke', 'main.ink')).toEqual({ severity: 'error', file: 'main.ink', line: 0, message: 'the story broke' });
    // No severity word at all: an error, and the text is kept as it came.
    expect(parseInkMessage('Compilation failed.', 'main.ink')).toEqual({ severity: 'error', file: 'main.ink', line: 0, message: 'Compilation failed.' });
  });

  it('strips only a leading severity word with its colon and the spaces after it', () => {
    expect(parseInkMessage('ERROR:   three spaces', 'm.ink').message).toBe('three spaces');
    expect(parseInkMessage('ERROR:no space', 'm.ink').message).toBe('no space');
    // A severity word later in the text is part of the message.
    expect(parseInkMessage('Saw TODO: in a string', 'm.ink')).toEqual({ severity: 'error', file: 'm.ink', line: 0, message: 'Saw TODO: in a string' });
  });

  it('formats a diagnostic as file:line: severity: message', () => {
    expect(formatDiagnostic({ severity: 'warning', file: 'a.ink', line: 4, message: 'Blank choice' })).toBe('a.ink:4: warning: Blank choice');
  });
});

describe('compiling ink', () => {
  it('gives JSON and no diagnostics for clean ink', () => {
    const result = compile('Hello.\n-> END\n');
    expect(result.diagnostics).toEqual([]);
    expect(new Story(result.json!).Continue()).toBe('Hello.\n');
  });

  it('still gives JSON when the only messages are warnings and TODOs, and reports each with its severity', () => {
    const result = compile(['TODO: a better opening', 'Hello.', '-> END', '=== knot', 'Hi.', '*', '  -> END', ''].join('\n'));
    // In the order inkjs reports them.
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'scene.ink',
        line: 6,
        message: 'Choice is completely empty. Interpretting as a default fallback choice. Add a divert arrow to remove this warning: * ->',
      },
      { severity: 'todo', file: 'scene.ink', line: 1, message: 'a better opening' },
    ]);
    expect(result.json).not.toBeNull();
  });

  it('reports a broken file with one diagnostic per problem, and no JSON', () => {
    const result = compile('Hello.\n-> nowhere\n');
    expect(result).toEqual({
      json: null,
      diagnostics: [{ severity: 'error', file: 'scene.ink', line: 2, message: "Divert target not found: '-> nowhere'" }],
      fileTags: [],
    });
  });

  it('reports a message inkjs repeats only once', () => {
    // inkjs sends "Unresolved variable: nope" twice here, once for each use on the line.
    expect(compile('Hello. {nope} {nope}\n-> END\n').diagnostics).toEqual([
      { severity: 'error', file: 'scene.ink', line: 1, message: 'Unresolved variable: nope' },
    ]);
  });

  it('gives no JSON for a file with an error, even when a later warning makes inkjs hand a story back', () => {
    // inkjs forgets the error once the warning follows it and builds the story anyway.
    const result = compile(['Hello. {nope}', '-> k', '=== function f', '~ return 1', '=== k', '{f}', '-> END', ''].join('\n'));
    expect(result.json).toBeNull();
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 1],
      ['warning', 6],
    ]);
  });

  it('names the file that could not be included, keeping inkjs\'s whole message', () => {
    const result = compileInk({
      fileName: 'scene.ink',
      source: 'INCLUDE gone.ink\nHi.\n-> END\n',
      readInclude: (name) => {
        throw new Error(`no such file: ${name}`);
      },
    });
    expect(result.json).toBeNull();
    expect(result.diagnostics).toEqual([
      { severity: 'error', file: 'scene.ink', line: 1, message: "Failed to load: 'gone.ink'.\nError:Error: no such file: gone.ink" },
    ]);
  });

  it('turns a compiler crash into one error at line 0 instead of throwing, after any TODOs and warnings it had', () => {
    // A constant holding a divert target crashes inkjs 2.4 without a message of its own.
    const crash = 'CONST x = -> knot\n=== knot\nHi\n-> END\n';
    const alone = compile(crash);
    expect(alone.json).toBeNull();
    expect(alone.diagnostics).toHaveLength(1);
    expect(alone.diagnostics[0]).toMatchObject({ severity: 'error', file: 'scene.ink', line: 0 });

    const withTodo = compile(`TODO: tidy\n${crash}`);
    expect(withTodo.json).toBeNull();
    expect(withTodo.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['todo', 1],
      ['error', 0],
    ]);
  });

  it('counts visits only where the ink reads them, as inklecate does by default', () => {
    const result = compile(['-> passing', '=== passing', 'Passing through.', '-> counted', '=== counted', 'Seen {counted} time.', '-> END', ''].join('\n'));
    const story = new Story(result.json!);
    expect(story.ContinueMaximally()).toBe('Passing through.\nSeen 1 time.\n');
    expect(story.state.VisitCountAtPathString('counted')).toBe(1);
    // Visited, but never read: not counted, so saves stay small.
    expect(story.state.VisitCountAtPathString('passing')).toBe(0);
  });
});

describe('source lines without comments', () => {
  it('blanks every line of a block comment, the middle ones too, and keeps the line count', () => {
    expect(codeLines(['Before.', '/* a block', '   of three lines', '   ends here */ After.', 'Last.'].join('\n'))).toEqual([
      'Before.',
      '',
      '',
      ' After.',
      'Last.',
    ]);
  });

  it('removes a block comment within a line and reads on after it', () => {
    expect(codeLines('Hello /* aside */ there /* and */ on.\nNext.')).toEqual(['Hello  there  on.', 'Next.']);
  });

  it('does not close a block comment on the star of its own opening', () => {
    expect(codeLines('a /*/ still comment */ b')).toEqual(['a  b']);
  });

  it('removes a line comment, but keeps // after a colon (a URL)', () => {
    expect(codeLines('Hi. // note\nSee https://example.com // note')).toEqual(['Hi. ', 'See https://example.com ']);
  });
});
