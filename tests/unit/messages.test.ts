/**
 * Sentences the game builds around facts and names: each says only what is
 * true (no backup offered when there is none, "1 quarter"), once (no
 * "Nothing was changed. Nothing was changed."), and keeps a name from a file
 * from turning the sentence around it.
 */
import { describe, expect, it } from 'vitest';
import { CAMPAIGN, DEBRIEF, PACKS, SAVES } from '../../src/ui/strings';
import { TEAMS } from '../../src/ui/team-strings';

describe('messages about saves', () => {
  it('offers the backup only when there is one', () => {
    expect(SAVES.problem('the text is damaged', true)).toBe(
      'Your saved campaign could not be read: the text is damaged. Nothing has been deleted. You can try the backup, download the damaged save to keep it, or start a new campaign.',
    );
    expect(SAVES.problem('the text is damaged', false)).toBe(
      'Your saved campaign could not be read: the text is damaged. Nothing has been deleted. You can download the damaged save to keep it, or start a new campaign.',
    );
    expect(TEAMS.saveProblem('the text is damaged', false)).toBe(
      'The saved team session could not be read: the text is damaged. Nothing has been deleted. You can download the damaged save to keep it, or start a new session.',
    );
    expect(TEAMS.saveProblem('the text is damaged', true)).toContain('You can try the backup (one reveal earlier), download');
  });
});

describe('counts', () => {
  it('says "1 quarter", and "8 quarters"', () => {
    expect(CAMPAIGN.campaignIntro(1)).toMatch(/^1 quarter in a territory of your own/);
    expect(CAMPAIGN.campaignIntro(8)).toMatch(/^8 quarters in a territory of your own/);
    const parts = { you: '10', closer: '5', advisor: '7', firstLeader: '', lastLeader: '', spread: '' };
    expect(DEBRIEF.chartSummary({ ...parts, quarters: 1 })).toMatch(/^Line chart of cumulative revenue over 1 quarter\./);
    expect(DEBRIEF.chartSummary({ ...parts, quarters: 4 })).toMatch(/^Line chart of cumulative revenue over 4 quarters\./);
  });
});

describe('names from files in sentences', () => {
  it('isolates a pack name and its titles, so an override inside one stays inside it', () => {
    expect(PACKS.imported('\u202EPilot', ['One', 'Two'])).toBe(
      'Imported 2 conversations from “\u2068\u202EPilot\u2069”: \u2068One\u2069, \u2068Two\u2069. They are under “Practise one conversation”.',
    );
  });

  it('says that nothing was changed once', () => {
    const said = PACKS.importFailed('this browser would not keep 100 KB of conversations (its storage is full or switched off)');
    expect(said.match(/nothing was changed/gi)).toHaveLength(1);
  });
});
