/**
 * One world, one truth, in the page: a campaign planned in Node with the real
 * engine and the shipped stories is played here by clicking the same
 * choices, and the page must show what the engine decided. The seed is found
 * by search, so the test follows the library as it grows.
 */
import type { Page } from '@playwright/test';
import { type CampaignPlan, type PlannedMeeting, findPlan, personaOf } from '../helpers/campaign-plan';
import { conversationLog, expect, test } from './fixtures';

const choices = (page: Page) => page.getByRole('group', { name: 'What do you say?' }).getByRole('button');
const accounts = (page: Page) => page.getByRole('group', { name: 'Your accounts' }).getByRole('button');

/** Meets the planned account and takes the planned choices, by their words; returns the log's text at the end. */
async function playMeeting(page: Page, meeting: PlannedMeeting): Promise<string> {
  await accounts(page).filter({ hasText: `Meet ${meeting.buyer}, ${meeting.company}` }).click();
  await expect(conversationLog(page)).toBeVisible();
  const leave = page.getByRole('button', { name: 'Leave the meeting' });
  for (const text of meeting.choices) {
    const option = choices(page).filter({ hasText: text });
    await expect(option).toHaveCount(1);
    const handle = await option.elementHandle();
    await option.click();
    await handle!.waitForElementState('hidden');
  }
  await expect(leave).toBeVisible();
  const log = (await conversationLog(page).innerText()).replace(/\s+/g, ' ');
  await leave.click();
  return log;
}

/** The moments this test needs, in one planned campaign, or null. */
function moments(plan: CampaignPlan) {
  const all = plan.quarters.flatMap((q) => q.meetings.map((m) => ({ quarter: q.quarter, ...m })));
  const asked = all.find((m) => m.asked.length > 0);
  const winBack = all.find((m) => m.kind === 'win-back');
  // A referral declared in a meeting whose buyer joins the territory at that quarter's end.
  for (const referral of all.filter((m) => m.gaveReferral && m.quarter < 8)) {
    const arrival = plan.quarters[referral.quarter - 1]!.result.lines.find((l) => l.kind === 'new-lead' && l.referredBy === referral.accountId);
    if (asked && winBack && arrival && arrival.kind === 'new-lead') {
      const personaId = plan.session.state.accounts.find((a) => a.id === arrival.accountId)!.personaId;
      return { asked, winBack, referral, referred: personaOf(personaId) };
    }
  }
  return null;
}

test.describe('one world, one truth', () => {
  test.setTimeout(300_000);

  test('what the story asks the model is what the results book; a referral arrives by name; a company that left comes back for a win-back; the debrief lists each company once', async ({ page }) => {
    const plan = findPlan(Array.from({ length: 150 }, (_, i) => i + 1), 8, (p) => moments(p) !== null);
    const { asked, winBack, referral, referred } = moments(plan)!;

    await page.goto(`./?seed=${plan.seed}`);
    await page.getByRole('button', { name: 'Start the campaign' }).click();
    for (const quarter of plan.quarters) {
      await expect(page.getByRole('heading', { name: `Quarter ${quarter.quarter} of 8`, exact: true })).toBeVisible();
      if (quarter.quarter === referral.quarter + 1) {
        // The buyer named in the referral scene is on this quarter's agenda, introduced by the one who named them.
        await expect(page.locator('#ui')).toContainText(`${referred.name}, ${referred.company}`);
        await expect(page.locator('#ui')).toContainText(`referred to you by ${referral.company}`);
        await page.screenshot({ path: test.info().outputPath('agenda-with-referral.png'), fullPage: true });
      }
      for (const meeting of quarter.meetings) {
        if (meeting.accountId === winBack.accountId && quarter.quarter === winBack.quarter) {
          // The company that left is the same account, back for a win-back: never a first meeting again.
          await expect(accounts(page).filter({ hasText: `${meeting.buyer}, ${meeting.company}` })).toContainText('win-back');
          await expect(accounts(page).filter({ hasText: `${meeting.buyer}, ${meeting.company}` })).toContainText('left you once');
        }
        const log = await playMeeting(page, meeting);
        // What the story told after the last choice is what the engine played, decision and all.
        for (const line of meeting.ending) expect(log).toContain(line.replace(/\s+/g, ' '));
      }
      await page.getByRole('button', { name: /See the quarter's results|End the quarter now/ }).click();
      await expect(page.getByRole('heading', { name: `Quarter ${quarter.quarter} of 8: results` })).toBeVisible();
      const results = await page.locator('#ui').innerText();
      if (quarter.quarter === asked.quarter) {
        // The meeting asked the model; the results book exactly its answer, for that company.
        expect(results).toContain(asked.company);
        await page.screenshot({ path: test.info().outputPath('results-asked.png'), fullPage: true });
        if (asked.agreed) expect(results).toMatch(new RegExp(`${asked.company}[^\\n]*as agreed in the meeting`));
        else expect(results).toMatch(new RegExp(`${asked.company} did not agree to [^\\n]* as they said in the meeting`));
      }
      if (quarter.quarter === referral.quarter) expect(results).toContain(`New lead: ${referred.company}, introduced by ${referral.company}.`);
      await page.getByRole('button', { name: /Plan quarter|Go to the debrief/ }).click();
    }

    // The debrief: one entry per company, whatever happened to it.
    await expect(page.getByRole('heading', { name: 'Debrief: two years in the territory' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Your prediction' });
    await expect(form).toBeVisible();
    for (const group of await form.locator('fieldset').all()) await group.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Reveal' }).click();
    const names = await page.locator('.account-name').allTextContents();
    expect(names.length).toBeGreaterThan(2);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith(winBack.company))).toHaveLength(1);
  });
});
