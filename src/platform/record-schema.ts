/**
 * The shapes of a campaign's record and a team session's record, as valibot
 * schemas: one definition for every place a record comes back in from
 * outside the running game (a save in this browser, a session file).
 */
import * as v from 'valibot';
import { MAX_TEAMS, MAX_TEAM_NAME, MIN_TEAMS } from '../engine/teams/team-session';

const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const SettingsSchema = v.object({
  seed: whole(0, 2 ** 31 - 1),
  quarters: whole(1, 40),
  returnLikelihood: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

export const CampaignRecordSchema = v.object({
  version: v.literal(1),
  settings: SettingsSchema,
  meetings: v.pipe(
    v.array(
      v.object({
        quarter: whole(1, 40),
        accountId: v.pipe(v.string(), v.maxLength(40)),
        storyId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,79}$/)),
        contentHash: v.pipe(v.string(), v.maxLength(64)),
        choices: v.pipe(v.array(v.object({ index: whole(0, 99), text: v.pipe(v.string(), v.maxLength(500)) })), v.maxLength(40)),
        finished: v.boolean(),
      }),
    ),
    v.maxLength(200),
  ),
  quartersEnded: whole(0, 40),
});

export const TeamRecordSchema = v.object({
  version: v.literal(1),
  settings: SettingsSchema,
  teams: v.pipe(
    v.array(v.object({ name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TEAM_NAME)), record: CampaignRecordSchema })),
    v.minLength(MIN_TEAMS),
    v.maxLength(MAX_TEAMS),
  ),
});

/** The first problem valibot found, as "at meetings.0.storyId: Invalid format". */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const where = v.getDotPath(issue);
  return `${where ? `at ${where}` : ''}${where ? ': ' : ''}${issue.message}`;
}
