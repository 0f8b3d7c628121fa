/**
 * Every word of team mode (facilitator mode's team session) that is not story
 * text. Team names are typed by the room: every sentence isolates them for
 * direction, so a right-to-left override in one cannot reverse the sentence.
 */
import { isolate } from '../platform/names';
import { firstFew } from './strings';

const pct = (p: number) => `${Math.round(p * 100)}%`;

export const RETURN_CHOICES: readonly { value: number; label: string }[] = [
  { value: 0.3, label: 'Rarely (30%): one-off deals' },
  { value: 0.6, label: 'Sometimes (60%)' },
  { value: 0.85, label: 'Usually (85%): renewals and referrals' },
  { value: 1, label: 'Always (100%)' },
];

/** Default team names, in the order teams are added. */
export const TEAM_NAMES = ['Harbour', 'Summit', 'Beacon', 'Meridian', 'Lantern', 'Granite'] as const;

export const TEAMS = {
  start: 'Run a team session',
  resume: (quarter: number, quarters: number) => `Continue the team session: quarter ${Math.min(quarter, quarters)} of ${quarters}`,
  savedTitle: 'Your saved team session',
  replaceTitle: 'Start a new team session?',
  replace: (quarter: number, quarters: number) =>
    `A team session is saved at quarter ${Math.min(quarter, quarters)} of ${quarters}. A new one takes its place in this browser. Download it first if the room may want it back.`,
  keepSaved: 'Keep the saved session',
  downloadSaved: 'Download the saved session',
  startAnyway: 'Start a new team session',
  continueOpened: (quarter: number, quarters: number) => `Continue the team session opened from a file: quarter ${Math.min(quarter, quarters)} of ${quarters}`,
  saveProblem: (why: string, hasBackup: boolean) =>
    `The saved team session could not be read: ${why}. Nothing has been deleted. You can ${hasBackup ? 'try the backup (one reveal earlier), ' : ''}download the damaged save to keep it, or start a new session.`,
  resumeFailed: (why: string) => `The saved team session could not be resumed: ${why}. It is still stored; you can start a new one.`,
  setupTitle: 'A team session',
  setupLede:
    'Two to six teams play the same world at the same time. Each team tells you its choice; you lock it in with the team’s letter and the choice’s number, and every team’s choice is shown together. Then each team’s world moves on its own.',
  teamsLegend: 'Teams',
  teamLabel: (letter: string) => `Team ${letter}`,
  addTeam: 'Add a team',
  removeTeam: (name: string) => `Remove ${isolate(name)}`,
  horizonLegend: 'The horizon',
  quartersLabel: 'Quarters',
  returnLabel: 'How likely buyers are to come back',
  estimate: (minutes: number) => `About ${minutes} minutes of play with three teams, before your debrief.`,
  begin: 'Start the team session',
  namesProblem: 'Give every team a name, each different.',
  back: 'Back to the title screen',
  // The meeting
  turnTitle: (quarter: number, quarters: number, meeting: number) => `Quarter ${quarter} of ${quarters} · meeting ${meeting}`,
  allTeams: 'All teams',
  meetingRegion: 'The meeting',
  moreBelow: 'More below: the arrow keys scroll the meeting.',
  noSuchChoice: (team: string, n: number) => `${isolate(team)} has no choice ${n} here.`,
  buyerLine: (buyer: string, role: string, company: string) => `${buyer}, ${role} · ${company}`,
  meetingOver: 'This meeting is over.',
  discussTitle: 'Discuss',
  discussContinue: 'Carry on to the choices (Enter)',
  discussHold: 'Talk it over first: the choices wait.',
  choicesWait: 'The choices appear when the room has talked it over.',
  sittingOut: (teams: readonly string[]) => `${firstFew(teams, isolate)}: nobody left to meet this quarter.`,
  lockBar: 'Locks',
  lockHint: 'Press a team’s letter, then its choice’s number. Or click the team, then the choice.',
  choosing: 'choosing',
  locked: 'locked',
  done: 'meeting over',
  out: 'no meeting',
  selected: (team: string) => `${isolate(team)} is choosing: press the number of its choice.`,
  /** `waiting` is the teams still choosing, already joined: isolated as one. */
  lockedStatus: (team: string, waiting: string) => (waiting ? `${isolate(team)} locked. Waiting for ${isolate(waiting)}.` : `${isolate(team)} locked. Every team has chosen.`),
  allLocked: 'Every team has locked. Before the reveal: which team’s buyer will warm up, and which will cool?',
  reveal: 'Reveal the choices (Enter)',
  revealedTitle: 'What each team said',
  teamChose: (team: string, text: string) => `${isolate(team)}: “${isolate(text)}”`,
  carryOn: 'Meetings over: carry on (Enter)',
  tookBack: 'Took back the last choices.',
  locksCleared: 'Locks cleared.',
  // The hidden meters, per team
  metersTitle: 'The hidden meters, team by team',
  metersPredict: 'Predict first: which team’s buyer trusts them most now? Press R again to show the numbers.',
  metersCaption: 'Each team’s buyer in this meeting',
  colTeam: 'Team',
  colBuyer: 'Buyer',
  colTrust: 'Trust',
  /** Trust as a person reads it: the band's words and the score out of 10. */
  trustWords: (words: string, score: string) => `${words}, ${score}/10`,
  /** The Trust Equation's raw ratio, in smaller text beside the words. */
  rawTrust: (raw: string) => `(ratio\u00a0${raw})`,
  colDeal: 'Deal',
  // Between quarters
  predictTitle: (q: number, of: number) => `Quarter ${q} of ${of}: before the sales floor`,
  predictQuestions: ['Which team made quota this quarter?', 'Who is ahead, and will they stay there?', 'Which choice of yours do you think cost the most?'],
  predictShow: 'Show the sales floor (Enter)',
  boardTitle: (q: number, of: number) => `Quarter ${q} of ${of}: the sales floor`,
  boardLede: 'What a sales floor sees: this quarter’s revenue against quota. Nothing else is on the board.',
  boardCaption: 'This quarter’s revenue against quota, best first',
  colRevenue: 'Revenue',
  colQuota: 'Against quota',
  madeQuota: 'made quota',
  missedQuota: 'missed',
  nextQuarter: (q: number) => `Quarter ${q} (Enter)`,
  toFinal: 'To the final reveal (Enter)',
  // The end
  finalPredictTitle: 'Before the final reveal',
  finalPredictQuestions: ['Which team earned the most over the whole session?', 'Which team’s buyers trust it most?', 'Did the early leaders win?'],
  finalPredictShow: 'Show the final reveal (Enter)',
  finalTitle: 'The final reveal',
  finalLede: (quarters: number, returnLikelihood: number) => `${quarters} quarters, buyers coming back ${pct(returnLikelihood)} of the time. Revenue and trust, side by side.`,
  finalCaption: 'Each team: all its revenue, and how much its buyers trust it',
  colCumulative: 'Revenue, whole session',
  colAvgTrust: 'Trust of the buyers it met',
  colLed: 'Top of the floor in',
  ledNever: '—',
  ledIn: (quarters: number[]) => quarters.map((q) => `Q${q}`).join(', '),
  earlyLeaders: (early: string, winner: string, same: boolean) =>
    same ? `${isolate(early)} led the floor early and still finished with the most revenue.` : `${isolate(early)} led the floor early; ${isolate(winner)} finished with the most revenue.`,
  trustLeader: (team: string) => `${isolate(team)}’s buyers trust it most.`,
  exportJson: 'Download the session (JSON)',
  exportCsv: 'Download every choice (CSV)',
  print: 'Print this page',
  shadow: 'Rerun each team’s style under another horizon',
  endSession: 'End the session: back to the title screen',
  // The shadow of the future
  shadowTitle: 'The shadow of the future',
  shadowLede:
    'Each team’s style (its share of closing, relating and asking at each stage) and two bots, replayed in many worlds: once under the horizon you played, once under another. Does the horizon change who wins?',
  shadowOther: 'The other horizon',
  shadowRun: 'Run both (Enter)',
  shadowRunning: (done: number) => `Replaying… ${Math.round(done * 100)}%`,
  shadowPlayed: 'As played',
  shadowAlternative: 'The other horizon',
  horizonLine: (quarters: number, returnLikelihood: number) => `${quarters} quarter${quarters === 1 ? '' : 's'}, buyers return ${pct(returnLikelihood)}`,
  shadowCaption: (horizon: string, worlds: number) => `${horizon}: median revenue over ${worlds} worlds`,
  styleOf: (team: string) => `${isolate(team)}’s style`,
  botCloser: 'Closer bot',
  botAdvisor: 'Advisor bot',
  colMedian: 'Median revenue',
  winnerIs: (name: string) => `Most revenue: ${isolate(name)}.`,
  horizonChanged: (played: string, other: string) => `The horizon changed the winner: ${isolate(played)} as played, ${isolate(other)} under the other horizon.`,
  horizonSame: (name: string) => `${isolate(name)} wins under both horizons in these worlds.`,
  shadowBack: 'Back to the final reveal',
};
