/**
 * What the interface makes of inputs of any size and any direction: a list
 * names a few items and counts the rest, a very long line is cut with a
 * notice and types in a bounded number of pieces, and a name someone typed
 * or brought in a file is isolated, so a right-to-left override inside it
 * cannot reverse the game's own sentence.
 */
import { describe, expect, it } from 'vitest';
import type { DeskFile } from '../../src/platform/writer/writer-desk';
import { isolate } from '../../src/platform/names';
import { LINE_SHOWN_CHARS, MAX_PIECES, cutLine, typingPieces } from '../../src/ui/meeting-view';
import { LIST_SHOWN, PACKS, SAVES, STRINGS, firstFew } from '../../src/ui/strings';
import { TEAMS } from '../../src/ui/team-strings';
import { WRITER } from '../../src/ui/writer-strings';

const names = (n: number, prefix = 'Story') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

/**
 * True when a direction override or embedding (LRE, RLE, PDF, LRO, RLO) stands
 * outside every isolate (LRI, RLI, FSI ... PDI): there it would act on the
 * sentence around the name, not only on the name.
 */
function overrideReachesSentence(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2066 && code <= 0x2068) depth += 1;
    else if (code === 0x2069) depth = Math.max(0, depth - 1);
    else if (code >= 0x202a && code <= 0x202e && depth === 0) return true;
  }
  return false;
}

describe('lists in sentences', () => {
  it(`name the first ${LIST_SHOWN} items and count the rest`, () => {
    expect(firstFew(names(3))).toBe('Story 1, Story 2, Story 3');
    expect(firstFew(names(LIST_SHOWN))).toBe('Story 1, Story 2, Story 3, Story 4, Story 5');
    expect(firstFew(names(LIST_SHOWN + 1))).toBe('Story 1, Story 2, Story 3, Story 4, Story 5 and 1 more');
    expect(firstFew(names(100_000))).toBe('Story 1, Story 2, Story 3, Story 4, Story 5 and 99,995 more');
    expect(firstFew([])).toBe('');
  });

  it('format only the items they show', () => {
    let formatted = 0;
    firstFew(names(100_000), (name) => {
      formatted += 1;
      return isolate(name);
    });
    expect(formatted).toBe(LIST_SHOWN);
  });

  it('stay short whatever the length of the list (a hostile save listed 100,000 changed conversations)', () => {
    const many = names(100_000);
    const sentences = {
      'changed conversations': SAVES.changed(many),
      'imported conversations': PACKS.imported('Pack', many),
      'conversations a pack would replace': PACKS.replace('Pack', many),
      'loaded files': WRITER.loaded(names(100_000, 'file').map((n) => `${n}.ink`)),
      'teams sitting out': TEAMS.sittingOut(names(100_000, 'Team')),
    };
    for (const [what, sentence] of Object.entries(sentences)) {
      expect(sentence.length, what).toBeLessThan(300);
      expect(sentence, what).toContain('and 99,995 more');
      expect(sentence, what).not.toContain(' 6,');
    }
    expect(SAVES.changed(many)).toBe(
      '100,000 conversations have changed since you played them: \u2068Story 1\u2069, \u2068Story 2\u2069, \u2068Story 3\u2069, \u2068Story 4\u2069, \u2068Story 5\u2069 and 99,995 more',
    );
  });

  it('read as before when the list is short', () => {
    expect(SAVES.changed(['First Meeting'])).toBe('a conversation has changed since you played it: \u2068First Meeting\u2069');
    expect(WRITER.loaded(['a.ink', 'b.ink'])).toBe('Loaded \u2068a.ink\u2069, \u2068b.ink\u2069.');
  });
});

describe('names in sentences, from the room and from files', () => {
  const hostile = '\u202Eevil';
  const file = { name: `${hostile}.ink`, fileTags: { stage: 'discovery', persona: hostile }, lintMs: 12 } as unknown as DeskFile;
  const sentences: Record<string, string> = {
    'a team to remove': TEAMS.removeTeam(hostile),
    'no such choice': TEAMS.noSuchChoice(hostile, 4),
    'a team choosing': TEAMS.selected(hostile),
    'a team locked': TEAMS.lockedStatus(hostile, `Summit, ${hostile}`),
    'a team locked last': TEAMS.lockedStatus(hostile, ''),
    'what a team said': TEAMS.teamChose(hostile, `I ${hostile} agree`),
    'teams sitting out': TEAMS.sittingOut([hostile, 'Summit']),
    'the early leader': TEAMS.earlyLeaders(hostile, 'Summit', false),
    'the early leader who won': TEAMS.earlyLeaders(hostile, hostile, true),
    'the trust leader': TEAMS.trustLeader(hostile),
    'a team’s style': TEAMS.styleOf(hostile),
    'the winner': TEAMS.winnerIs(hostile),
    'the winner changed': TEAMS.horizonChanged(hostile, 'Summit'),
    'the same winner': TEAMS.horizonSame(hostile),
    'files loaded': WRITER.loaded([`${hostile}.ink`]),
    'a file checked': WRITER.checked(`${hostile}.ink`, 1, 0),
    'a file described': WRITER.describe(file),
    'a story in the address': STRINGS.unknownStory(hostile),
    'changed conversations': SAVES.changed([hostile, 'Other']),
    'an imported pack': PACKS.imported(hostile, [hostile]),
    'a pack that would replace': PACKS.replace(hostile, [hostile, 'Other']),
  };

  it.each(Object.entries(sentences))('keep an override inside the name: %s', (_, sentence) => {
    expect(sentence).toContain('\u202Eevil');
    expect(overrideReachesSentence(sentence), JSON.stringify(sentence)).toBe(false);
  });

  it('leave the sentence itself as it was', () => {
    expect(TEAMS.lockedStatus('Harbour', 'Summit, Beacon')).toBe('\u2068Harbour\u2069 locked. Waiting for \u2068Summit, Beacon\u2069.');
    expect(TEAMS.teamChose('Harbour', 'Ask')).toBe('\u2068Harbour\u2069: “\u2068Ask\u2069”');
    expect(WRITER.checked('pilot-review.ink', 2, 0)).toBe('\u2068pilot-review.ink\u2069: 2 errors.');
  });

  it('the check itself sees an override left outside a name', () => {
    expect(overrideReachesSentence(`${hostile} locked.`)).toBe(true);
    expect(overrideReachesSentence(`${isolate(hostile)} locked.`)).toBe(false);
  });
});

describe('a very long line in the meeting', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 10}`).join(' ');

  it(`is shown whole up to ${LINE_SHOWN_CHARS} characters`, () => {
    const line = 'x'.repeat(LINE_SHOWN_CHARS);
    expect(cutLine(line)).toEqual({ shown: line, hidden: 0 });
    expect(cutLine('Sorry. Go on.')).toEqual({ shown: 'Sorry. Go on.', hidden: 0 });
  });

  it('past that, is cut at a space and counts what it leaves out', () => {
    const line = words(6_660); // 19,979 characters: the runner allows 20,000
    const { shown, hidden } = cutLine(line);
    expect(shown.length).toBeLessThanOrEqual(LINE_SHOWN_CHARS);
    expect(shown.length).toBeGreaterThan(LINE_SHOWN_CHARS * 0.9);
    expect(line.startsWith(shown)).toBe(true);
    expect(line[shown.length]).toBe(' ');
    expect(hidden).toBe(line.length - shown.length - 1);
    expect(STRINGS.lineCut(hidden)).toContain(`${hidden.toLocaleString('en')} more characters`);
  });

  it('never splits a character in two, and counts characters, not code units', () => {
    // One letter, then emoji of two code units each: the bound falls inside one.
    const line = `a${'😀'.repeat(LINE_SHOWN_CHARS)}`;
    const { shown, hidden } = cutLine(line);
    expect(shown.length).toBe(LINE_SHOWN_CHARS - 1);
    expect(shown).toBe(`a${'😀'.repeat((LINE_SHOWN_CHARS - 2) / 2)}`);
    expect(hidden).toBe([...line].length - [...shown].length);
  });

  it(`types in at most ${MAX_PIECES} pieces holding every word, and word by word when it is short`, () => {
    const long = typingPieces(words(10_000));
    expect(long.pieces.length).toBeLessThanOrEqual(MAX_PIECES);
    expect(long.pieces.join(' ')).toBe(words(10_000));
    expect(long.wordsEach).toBe(Math.ceil(10_000 / MAX_PIECES));
    const short = typingPieces('I would rather find out than guess.');
    expect(short).toEqual({ pieces: ['I', 'would', 'rather', 'find', 'out', 'than', 'guess.'], wordsEach: 1 });
    expect(typingPieces(words(MAX_PIECES)).pieces).toHaveLength(MAX_PIECES);
    expect(typingPieces('   ').pieces).toEqual([]);
  });
});

describe('the desk’s problems cut short', () => {
  it('say how many more there are', () => {
    expect(WRITER.moreProblems(47_901)).toBe('… and 47,901 more problems: fix the first ones and check the file again.');
    expect(WRITER.moreProblems(1)).toContain('and 1 more problem:');
  });
});
