/**
 * Every browser test fails on a page error, a console error or a
 * Content-Security-Policy violation, and can play the meeting by data.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface PageProblems {
  list: string[];
}

/** Records a page's errors, console errors and CSP violations into `problems` (a test's second page, say). */
export async function watchProblems(page: Page, problems: PageProblems): Promise<void> {
  page.on('pageerror', (error) => problems.list.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.list.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

export const test = base.extend<{ problems: PageProblems }>({
  // Automatic: every test that uses this `test` fails on any of them, without asking.
  problems: [
    async ({ page }, use) => {
      const problems: PageProblems = { list: [] };
      await watchProblems(page, problems);
      await use(problems);
      expect(problems.list, 'page errors, console errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Opens the title screen's practice list and starts one conversation by its title. */
export async function practise(page: Page, title: string): Promise<void> {
  await page.getByText('Or practise one conversation').click();
  await page.getByRole('button', { name: title }).click();
}

/** The choice buttons now offered. */
export const choices = (page: Page) => page.getByRole('group', { name: 'What do you say?' }).getByRole('button');

/** Waits for a choice point and returns its button texts. */
export async function choiceTexts(page: Page): Promise<string[]> {
  await expect(choices(page).first()).toBeVisible();
  return choices(page).allTextContents();
}

/** The relationship-first path through first-meeting (see tests/story/golden). */
export const LISTENING_PATH = [
  'Ask whether now is still a good time',
  'Ask what happens to the plan once it leaves the office',
  "Say you don't know that model, and offer to find out",
  "Ask how she'll judge, a year from now, whether it was worth it",
  'Ask for an hour with her team next week',
];

/** What has been said in the meeting on screen: a named region the keyboard can scroll (its lines are read by the announcer). */
export function conversationLog(page: Page): Locator {
  return page.getByRole('region', { name: /^Conversation with / });
}
