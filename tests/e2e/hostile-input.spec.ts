/**
 * Every class of hostile input the game has met, through the production
 * build in Chromium: story packs with many or slow stories, huge and deeply
 * nested JSON as a pack and as a session file, saves and settings another
 * page of the site could write, names that hide or turn text around, and ink
 * written to exhaust whatever plays it, imported and in the writer's desk.
 * Each test asserts only what cannot flake: the tab did not crash and still
 * answers, the bound or budget was hit and the message names it, the message
 * is shown, the player's saved campaign is still there, and no main-thread
 * task from the attack's start took a second. The drivers, shared with
 * `npm run bench -- --only hostile`, are in tests/helpers/hostile-page.ts.
 */
import { type Attack, type AttackRun, type SettingReading, hostileAttacks, longestTaskSinceMark, markAttack, runAttack } from '../helpers/hostile-page';
import { expect, test } from './fixtures';

/** How long a driver waits for each answer of the page: far past what a bounded page needs. */
const WAIT = 30_000;
const BUDGET_MS = 1000;

const attacks = new Map(hostileAttacks().map((attack) => [attack.id, attack]));
const attack = (id: string): Attack => attacks.get(id) ?? (() => { throw new Error(`no attack ${id}`); })();

/** What every class is held to: no crash, an answer, a page that still runs, no task of a second. */
function survived(run: AttackRun): void {
  expect(run.crashed, 'the tab crashed').toBe(false);
  expect(run.failure, 'the driver stopped early').toBeNull();
  expect(run.responds, 'the page no longer answers').toBe(true);
  expect(run.message, 'the page said nothing').not.toBeNull();
  expect(run.longestTaskMs, `longest main-thread task, budget ${BUDGET_MS} ms`).toBeLessThan(BUDGET_MS);
}

test.describe.configure({ timeout: 150_000 });

test('the long-task measure sees a task of the page started after the mark, and not the ones before it', async ({ page }) => {
  const run = await runAttack(page, {
    id: 'self-test',
    what: 'a 300 ms busy loop in the page',
    run: async (p) => {
      await p.goto('./');
      await p.getByRole('button', { name: 'Start the campaign' }).waitFor();
      await markAttack(p);
      expect(await longestTaskSinceMark(p)).toBeLessThan(300);
      // A task of the page's own (a timer): a script run by the test tool itself is not reported as a long task.
      await p.evaluate(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              const until = performance.now() + 300;
              while (performance.now() < until);
              resolve();
            }, 0),
          ),
      );
      return { message: 'busy', facts: {} };
    },
  }, WAIT);
  expect(run.longestTaskMs).toBeGreaterThanOrEqual(300);
});

test.describe('story packs imported from the title screen', () => {
  test('a pack of many stories is refused at the pack budget of 200,000 steps, naming where it ran out', async ({ page }) => {
    const run = await runAttack(page, attack('pack-many-stories'), WAIT);
    survived(run);
    expect(run.message).toMatch(/could not be imported: the pack takes more than 200,000 steps of ink to open; "Story \d+" \(story-\d+\) is where it ran out: split the pack\. Nothing was changed\./);
    expect(run.facts.saveKept, 'the saved campaign is untouched').toBe(true);
  });

  test('a pack of slow stories is refused at the first story, at 20,000 steps, whatever the machine', async ({ page }) => {
    const run = await runAttack(page, attack('pack-slow-stories'), WAIT);
    survived(run);
    expect(run.message).toMatch(/could not be imported: "Story 1" \(story-1\) does not play: Story "story-1" took more than 20000 steps of work without a choice/);
    expect(run.facts.saveKept).toBe(true);
  });

  test('a pack just under the 4 MB limit whose stories are a huge list is refused naming the field, in a message of a few lines', async ({ page }) => {
    const run = await runAttack(page, attack('pack-huge-json'), WAIT);
    survived(run);
    expect(run.message).toMatch(/could not be imported: conversation 1: Invalid type: Expected Object/);
    expect(run.message!.length, 'the message quotes the file at length').toBeLessThan(600);
    expect(run.facts.saveKept).toBe(true);
  });

  test('a pack nested 100,000 deep is called too deep, not "not JSON"', async ({ page }) => {
    const run = await runAttack(page, attack('pack-deep-json'), WAIT);
    survived(run);
    expect(run.message).toContain('could not be imported: the file is not a story pack: its data is nested more than 64 levels deep');
    expect(run.facts.saveKept).toBe(true);
  });

  test('a pack name with a right-to-left override is isolated in the sentence that reports it', async ({ page }) => {
    const run = await runAttack(page, attack('name-rtl-pack'), WAIT);
    survived(run);
    expect(run.message).toContain('Imported 1 conversation from “\u2068Pilot\u202E weiveR\u2069”: \u2068Small Talk\u2069.');
    expect(run.facts.saveKept).toBe(true);
  });
});

test.describe('session files opened from the title screen', () => {
  test('a session file just under the 2 MB limit whose meetings are a huge list is refused naming the field, in a message of a few lines', async ({ page }) => {
    const run = await runAttack(page, attack('session-huge-json'), WAIT);
    survived(run);
    expect(run.message).toMatch(/could not be opened: the session's record is damaged at meetings\.0: Invalid type: Expected Object/);
    expect(run.message!.length, 'the message quotes the file at length').toBeLessThan(600);
    expect(run.facts.saveKept).toBe(true);
  });

  test('a session file nested 100,000 deep is called too deep', async ({ page }) => {
    const run = await runAttack(page, attack('session-deep-json'), WAIT);
    survived(run);
    expect(run.message).toContain('could not be opened: the file is not a session file: its data is nested more than 64 levels deep');
    expect(run.facts.saveKept).toBe(true);
  });
});

test.describe('saves another page of the site wrote', () => {
  test('a save listing 100,000 changed stories beside a large imported list: Continue answers at once with a summary, and the save stays', async ({ page }) => {
    const run = await runAttack(page, attack('save-changed-stories'), WAIT);
    survived(run);
    expect(run.message).toMatch(/cannot be replayed exactly: 100,?000 conversations have changed since you played them/);
    // The alert summarises: not a hundred thousand names.
    expect(run.message!.length, 'the alert lists every name').toBeLessThan(2000);
    expect(run.facts.saveKept, 'the save is still stored as it was').toBe(true);
    // The page reads the save as it boots: that task counts too.
    expect(run.facts.bootTaskMs as number, `longest task while the page read the save at boot, budget ${BUDGET_MS} ms`).toBeLessThan(BUDGET_MS);
  });

  test('a damaged save pointer in front of two good slots: the campaign is offered and resumes', async ({ page }) => {
    const run = await runAttack(page, attack('save-damaged-pointer'), WAIT);
    survived(run);
    expect(run.message).toBe('offered and resumed: Continue your campaign: quarter 1 of 2');
    expect(run.facts.saveKept).toBe(true);
    expect(run.facts.bootTaskMs as number, `longest task while the page read the save at boot, budget ${BUDGET_MS} ms`).toBeLessThan(BUDGET_MS);
  });
});

test('settings no button writes, stored as text size and both volumes: each read as a size and volumes the controls offer', async ({ page }) => {
  // One boot of the meeting per stored value: forty and more page loads.
  test.setTimeout(400_000);
  const run = await runAttack(page, attack('settings-stored'), WAIT);
  survived(run);
  const normal = run.facts.normalPx as number;
  for (const reading of run.facts.readings as SettingReading[]) {
    const stored = `stored ${JSON.stringify(reading.value)}`;
    expect(reading.shownPx, `${stored}: the text is shown`).not.toBeNull();
    // The six sizes a facilitator steps through run from 0.8 to 1.5 times the default.
    expect(reading.shownPx! / normal, `${stored}: text size against the default`).toBeGreaterThanOrEqual(0.79);
    expect(reading.shownPx! / normal, `${stored}: text size against the default`).toBeLessThanOrEqual(1.51);
    expect(reading.choicesInView, `${stored}: the choices are on screen`).toBe(true);
    for (const volume of [reading.music, reading.effects]) {
      expect(volume, `${stored}: a volume slider`).not.toBeNull();
      expect(Number(volume), `${stored}: a volume slider shows ${volume}`).toBeGreaterThanOrEqual(0);
      expect(Number(volume), `${stored}: a volume slider shows ${volume}`).toBeLessThanOrEqual(100);
    }
  }
});

test('a team named with zero-width spaces only is refused, with the reason', async ({ page }) => {
  const run = await runAttack(page, attack('name-invisible-team'), WAIT);
  survived(run);
  expect(run.message).toBe('Give every team a name, each different.');
  expect(run.facts.started).toBe(false);
});

test.describe("ink bombs in the writer's desk", () => {
  test('a string doubled 26 times: the checker and the play both stop at the text bound, and the desk carries on', async ({ page }) => {
    const run = await runAttack(page, attack('desk-string-bomb'), WAIT);
    survived(run);
    expect(run.facts.problemsText).toContain('built a text longer than 20000 characters');
    expect(run.message).toContain('The story stopped: Story "string-doubling-26-after-choice" built a text longer than 20000 characters');
  });

  test('a file with 12,000 problems: the desk lists the first ones and counts the rest', async ({ page }) => {
    const run = await runAttack(page, attack('desk-many-problems'), WAIT);
    survived(run);
    const found = Number(/^(\d+) errors$/.exec(run.facts.state as string)?.[1]);
    expect(found, run.message!).toBeGreaterThan(12_000);
    const shown = run.facts.problemsShown as number;
    expect(shown).toBeGreaterThan(0);
    expect(shown, 'problems listed one by one').toBeLessThanOrEqual(200);
    expect(run.facts.more, 'a count of the problems not listed').toBe(`${(found - shown).toLocaleString('en')} more`);
  });
});

test.describe('ink bombs imported in a pack and played', () => {
  test('a string doubled 26 times after the first choice stops at the text bound with a clear message', async ({ page }) => {
    const run = await runAttack(page, attack('played-string-bomb'), WAIT);
    survived(run);
    expect(run.message).toContain('This conversation could not go on');
    expect(run.message).toContain('built a text longer than 20000 characters');
    expect(run.facts.saveKept).toBe(true);
  });

  test('a million words glued into one line stop at the line bound with a clear message', async ({ page }) => {
    const run = await runAttack(page, attack('played-word-flood'), WAIT);
    survived(run);
    expect(run.message).toContain('This conversation could not go on');
    expect(run.message).toContain('built a line of more than 500 pieces');
    expect(run.facts.saveKept).toBe(true);
  });

  test('the longest line the runner lets through is shown without an element per word', async ({ page }) => {
    const run = await runAttack(page, attack('played-long-line'), WAIT);
    survived(run);
    expect(run.facts.lineElements as number, 'elements in the long line').toBeLessThan(100);
    expect(run.message).toMatch(/The rest of this line \([\d,]+ more characters\) is not shown: it is too long to read here\.$/);
    expect(run.facts.saveKept).toBe(true);
  });
});
