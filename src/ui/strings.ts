/** Every word of the interface that is not story text, keyed by id. */
import type { AccountEvent } from '../engine/model/campaign';
import type { Stage } from '../engine/narrative/tags';
import { isolate } from '../platform/names';
import { attainmentWords } from './campaign-words';

/**
 * How many items a sentence lists before it counts the rest: a list can come
 * from a file or a save (a hostile save listed 100,000 changed conversations),
 * and an alert that names them all freezes the page and helps nobody.
 */
export const LIST_SHOWN = 5;

/**
 * The first `shown` items joined with commas, then "and K more" for the rest.
 * `each` formats only the items shown (isolate names with it), so the cost
 * does not grow with the list.
 */
export function firstFew(items: readonly string[], each: (item: string) => string = (item) => item, shown = LIST_SHOWN): string {
  const listed = items.slice(0, shown).map(each).join(', ');
  const rest = items.length - Math.min(items.length, shown);
  return rest > 0 ? `${listed} and ${rest.toLocaleString('en')} more` : listed;
}

export const STRINGS = {
  gameTitle: 'The Long Game',
  tagline: 'Practise the meetings that make a career, not just a quarter.',
  titleIntro:
    'You are a new account executive. Each buyer is a real conversation: listen, choose what you say, and live with how they take it. Nobody tells you the score until it matters.',
  keysHint: 'Keys: 1-9 choose · Enter or Space continue · arrows and Tab move · Esc menu',
  loading: 'Setting up the meeting room…',
  menu: 'Menu',
  menuTitle: 'Paused',
  resume: 'Resume',
  restartMeeting: 'Restart this meeting',
  backToTitle: 'Back to the title screen',
  soundOn: 'Sound: on',
  soundOff: 'Sound: off',
  yourOptions: 'What do you say?',
  continueHint: 'Enter or Space to skip ahead',
  /** After a line cut short: how much of it is not shown. */
  lineCut: (hidden: number) => `… The rest of this line (${hidden.toLocaleString('en')} more ${hidden === 1 ? 'character' : 'characters'}) is not shown: it is too long to read here.`,
  meetingOver: 'Meeting over',
  seeHowItWent: 'Leave the meeting',
  whatYouSaid: 'What you chose',
  hiddenNote:
    'How much they trust you, and where the deal really stands, stay hidden, as they would after a real meeting.',
  playAgain: 'Play it again',
  errorTitle: 'This conversation could not go on',
  errorAdvice: 'Nothing else is affected. Go back to the title screen and pick a conversation.',
  // The id comes from the address (?story=), which anyone can write: isolated, so it cannot turn the sentence around.
  unknownStory: (id: string) => `There is no conversation called "${isolate(id)}". Pick one below.`,
  moodParting: (name: string, mood: string) => `${name} seemed ${mood} as you left.`,
  you: 'You',
  keysTitle: 'Keys',
  keysClose: 'Close',
  keys: [
    ['1-9', 'choose the option with that number'],
    ['Enter or Space', 'continue; show the rest of a line at once'],
    ['Arrows, Tab', 'move between the options'],
    ['Esc', 'the menu'],
    ['?', 'this list'],
  ] as [string, string][],
  keysScreenReader: 'With a screen reader in browse mode, the reader keeps the number keys for itself: Tab or the arrows to a choice, then Enter (or switch to focus mode first).',
  facilitatorKeys: [
    ['R', 'the hidden meters: a prediction first, R again shows them, R once more hides them'],
    ['P', 'pause for discussion'],
    ['Backspace', 'take back the last choice'],
    ['A-F', 'team session: the team whose choice you enter next'],
    ['Arrows', 'team session: scroll the meeting'],
  ] as [string, string][],
} as const;

/** Facilitator mode: the game presented to a room. */
export const FACILITATOR = {
  enter: 'Facilitate a session (projector mode)',
  leave: 'Leave facilitator mode',
  guide: 'The facilitator’s guide (opens a page to print)',
  badge: 'Facilitator mode',
  clockLabel: 'Session time',
  smaller: 'A−',
  larger: 'A+',
  smallerLabel: 'smaller text',
  largerLabel: 'larger text',
  metersTitle: 'The hidden meters',
  metersNote: 'Only the room sees these: the player in the story never does.',
  metersPredict: 'Predict first: did that last choice raise the buyer’s trust or lower it? By a little or a lot? Press R again to see.',
  paused: 'Paused for discussion',
  resume: 'Carry on',
  discussTitle: 'Discuss',
  discussContinue: 'Carry on (Enter)',
  steppedBack: 'Took back the last choice.',
};

/** How a mood reads in a sentence ("Priya seemed ___ as you left"). */
export const MOOD_WORDS: Record<string, string> = {
  warm: 'warm',
  pleased: 'pleased',
  neutral: 'hard to read',
  guarded: 'guarded',
  annoyed: 'annoyed',
  cold: 'cool towards you',
};

/** Stage names as a seller says them. */
export const STAGE_NAMES: Record<Stage, string> = {
  'first-meeting': 'first meeting',
  discovery: 'discovery',
  value: 'making the case',
  proposal: 'proposal',
  negotiation: 'negotiation',
  implementation: 'implementation',
  review: 'review',
  renewal: 'renewal',
  'win-back': 'win-back',
};

/** The campaign's screens. */
export const CAMPAIGN = {
  startCampaign: 'Start the campaign',
  campaignIntro: (quarters: number) =>
    `${quarters} ${quarters === 1 ? 'quarter' : 'quarters'} in a territory of your own: choose whom to meet each quarter, hold the conversations, and live with the results. Your manager will be watching the number.`,
  continueCampaign: (quarter: number, quarters: number) => `Continue your campaign: quarter ${Math.min(quarter, quarters)} of ${quarters}`,
  practiseOne: 'Or practise one conversation',
  resumeFailed: (why: string) => `Your saved campaign could not be resumed: ${why}. It is still stored; you can start a new one.`,
  quarterTitle: (q: number, of: number) => `Quarter ${q} of ${of}`,
  managerName: 'Sam, your manager',
  managerLabel: 'Message from your manager',
  kickoff: 'Welcome aboard. Quota is 90k a quarter. Three prospects are yours: go and meet them.',
  fewerMeetings: (n: number) => `From this quarter you have ${n === 1 ? 'one meeting' : `${n} meetings`} a quarter: your clients take time too, so choose whom you see.`,
  quota: 'Quota this quarter',
  revenueSoFar: 'Revenue since you started',
  meetingsLeft: 'Meetings left this quarter',
  onPlan: 'You are on a performance plan: half commission until a quarter reaches half of quota.',
  notSaved: 'Progress is not being saved: this browser will not let the game store it.',
  whoToMeet: (n: number) => (n === 1 ? 'Whom will you meet? One meeting left.' : `Whom will you meet? ${n} meetings left.`),
  noMeetingsLeft: 'No meetings left this quarter.',
  accountsLabel: 'Your accounts',
  meet: 'Meet',
  client: 'client',
  prospect: 'prospect',
  lastSeen: (mood: string) => `last time: ${mood}`,
  newLead: 'new lead',
  referredBy: (company: string) => `referred to you by ${company}`,
  cameBack: 'left you once; back in touch',
  contractNote: (start: number, years: number, renewal: number) =>
    `signed in quarter ${start} for ${years === 1 ? 'one year' : `${years} years`}; renewal in quarter ${renewal}`,
  promiseDue: (promise: string) => `Promise due this quarter: ${promise}. Keep it at your next meeting, or it lapses at the quarter's end.`,
  noMeeting: (why: 'met-this-quarter' | 'awaiting-decision' | 'nothing-due', renewal: number | null) =>
    why === 'met-this-quarter'
      ? 'met this quarter'
      : why === 'awaiting-decision'
        ? 'the proposal is with them: nothing new to discuss until they decide'
        : renewal
          ? `nothing due until the renewal in quarter ${renewal}`
          : 'nothing due this quarter',
  notThisQuarter: 'Not on the agenda this quarter',
  referralWaiting: (name: string, company: string, from: string) => `${name} of ${company}, introduced by ${from}, is waiting: your agenda is full. They join when a slot frees up.`,
  waitingHeading: 'Waiting for a slot',
  metTimes: (n: number) => (n === 1 ? 'met once' : `met ${n} times`),
  endQuarterEarly: 'End the quarter now',
  seeResults: "See the quarter's results",
  resultsTitle: (q: number, of: number) => `Quarter ${q} of ${of}: results`,
  attainmentLine: (revenue: string, quota: string, share: number) => `${revenue} against a quota of ${quota}: ${attainmentWords(share)}. `,
  attainment: 'Quota attainment',
  breakdown: 'Where the revenue came from',
  newBusiness: 'New business',
  recurring: 'Recurring from clients',
  expansion: 'Expansions',
  acquisitionCost: 'Cost of winning new accounts',
  revenue: 'Revenue this quarter',
  commission: 'Your commission',
  cumulative: 'Revenue since you started',
  news: 'Account by account',
  quietQuarter: 'A quiet quarter: no news from your buyers.',
  commissionOnPlan: 'half rate: performance plan',
  revenueThisQuarter: 'Revenue this quarter',
  planNext: (q: number) => `Plan quarter ${q}`,
  toDebrief: 'Go to the debrief',
  predictTitle: (q: number, of: number) => `Quarter ${q} of ${of}: before the numbers`,
  predictLede: 'Ask the room first, and write the answers up.',
  predictQuestions: [
    'Did this quarter make quota? Over or under, and by how much?',
    'Which account moved the most, and which way?',
    'What will the manager say?',
  ],
  predictShow: 'Show the results (Enter)',
  managerLast: (attainment: number) =>
    attainment >= 1
      ? 'Quota made in your last quarter. That is how you finish. Now let us look at the whole run.'
      : attainment >= 0.5
        ? 'Short of quota in your last quarter. Let us look at the whole run before we judge it.'
        : 'Under half of quota in your last quarter. We need to look at the whole run together.',
} as const;

/** Every word of the debrief and of "About this model", keyed by id. */
export const DEBRIEF = {
  title: (quarters: number) =>
    `Debrief: ${quarters === 4 ? 'one year' : quarters === 8 ? 'two years' : quarters % 4 === 0 ? `${quarters / 4} years` : `${quarters} ${quarters === 1 ? 'quarter' : 'quarters'}`} in the territory`,
  intro:
    'Until now the numbers behind each buyer stayed hidden. Before you see them, say what you think happened. There is no score for this: it is here so you can compare your feel for the game with what it did.',

  // Prediction
  predictionLabel: 'Your prediction',
  predictionHeading: 'First, your prediction',
  leaderQuestion: 'Who ended ahead after the last quarter?',
  leaderCloser: 'The closer: always pushes for this quarter\'s number',
  leaderAdvisor: 'The advisor: relates, and asks when the buyer is ready',
  leaderYou: 'You',
  ghostNote: 'The closer and the advisor are bots that played this very world, with the same buyers and the same luck.',
  marginQuestion: 'By how much did they end ahead of the next best?',
  margins: [
    { value: 0.1, label: 'About 10%' },
    { value: 0.25, label: 'About 25%' },
    { value: 0.5, label: 'About 50%' },
    { value: 1, label: 'About double, or more' },
  ],
  trustQuestion: 'Which account trusts you most now?',
  reveal: 'Reveal',
  exportJson: 'Download the session (JSON)',
  exportCsv: 'Download the choices (CSV)',
  revealHint: 'Answer all three to reveal what happened.',
  accountName: (company: string, buyer: string) => `${company} (${buyer})`,

  // The reveal, beside the prediction
  predictedHeading: 'What you predicted',
  youPredicted: 'You predicted',
  itWas: 'It was',
  right: 'Right',
  wrong: 'Wrong',
  leaderNames: { closer: 'the closer', advisor: 'the advisor', you: 'you' } as Record<'closer' | 'advisor' | 'you', string>,
  leaderShort: { closer: 'Closer', advisor: 'Advisor', you: 'You' } as Record<'closer' | 'advisor' | 'you', string>,
  leaderQuestionShort: 'Who ended ahead',
  marginQuestionShort: 'By how much',
  trustQuestionShort: 'Who trusts you most',
  marginActual: (share: number, bucket: string, runnerUp: string) =>
    `${Math.round(share * 100)}% ahead of ${runnerUp}: ${bucket.toLowerCase()}`,
  marginEndless: (bucket: string, runnerUp: string) => `ahead of ${runnerUp}, who ended at nothing or less: ${bucket.toLowerCase()}`,
  trustActual: (name: string, trust: string) => `${name}: ${trust}`,
  trustYours: (name: string, trust: string) => `${name}: ${trust}`,

  // The chart and its table
  revenueHeading: 'Revenue, quarter by quarter',
  revenueCaption: 'Cumulative revenue by quarter (k)',
  quarterCol: 'Quarter',
  quarterShort: (q: number) => `Q${q}`,
  quarterLong: (q: number) => `Quarter ${q}`,
  youCol: 'You',
  closerCol: 'Closer, this world',
  advisorCol: 'Advisor, this world',
  closerSpreadCol: (worlds: number) => `Closer across ${worlds} worlds: median (p10 to p90)`,
  advisorSpreadCol: (worlds: number) => `Advisor across ${worlds} worlds: median (p10 to p90)`,
  spreadCell: (median: string, p10: string, p90: string) => `${median} (${p10} to ${p90})`,
  spreadPending: 'Working out the spread across 100 worlds…',
  spreadPendingCell: 'working out…',
  spreadReady: (worlds: number) =>
    `The shaded bands show where each bot ended in the middle 80% of ${worlds} worlds (from the 10th to the 90th percentile): how much of a result is the style, and how much is the world.`,
  chartYou: 'You',
  chartCloser: 'Closer (this world)',
  chartAdvisor: 'Advisor (this world)',
  chartCloserBand: (worlds: number) => `Closer, p10 to p90 of ${worlds} worlds`,
  chartAdvisorBand: (worlds: number) => `Advisor, p10 to p90 of ${worlds} worlds`,
  chartAxisY: 'Cumulative revenue',
  chartAxisX: 'Quarter',
  chartFailed: 'The chart could not be drawn here; the table has the same numbers.',
  chartSummary: (parts: { quarters: number; you: string; closer: string; advisor: string; firstLeader: string; lastLeader: string; spread: string }) =>
    `Line chart of cumulative revenue over ${parts.quarters} ${parts.quarters === 1 ? 'quarter' : 'quarters'}. After the last quarter: you ${parts.you}, the closer ${parts.closer}, the advisor ${parts.advisor}. ${parts.firstLeader} led after quarter 1; ${parts.lastLeader} after quarter ${parts.quarters}. ${parts.spread}The table below has every number.`,
  chartSpreadSummary: (worlds: number, closer: string, advisor: string) =>
    `Across ${worlds} worlds the closer ended between ${closer} and the advisor between ${advisor}. `,
  range: (low: string, high: string) => `${low} and ${high}`,
  leaderCapital: { closer: 'The closer', advisor: 'The advisor', you: 'You' } as Record<'closer' | 'advisor' | 'you', string>,
  attainmentCaption: 'Quota attainment by quarter: you, and the bots in this world',
  attainmentCell: (share: number) => attainmentWords(share),
  planMark: 'on plan',
  planKey: 'On plan: a quarter paid on a performance plan, at half commission, after two quarters in a row under half of quota.',
  planSentence: (quarters: Record<'you' | 'closer' | 'advisor', number>) => {
    const n = (q: number) => (q === 0 ? 'none' : String(q));
    const you = quarters.you === 0 ? 'no quarter' : `${quarters.you} ${quarters.you === 1 ? 'quarter' : 'quarters'}`;
    return `You spent ${you} on a performance plan; the closer ${n(quarters.closer)}; the advisor ${n(quarters.advisor)}.`;
  },
  luckHeading: 'Luck',

  // Accounts
  accountsHeading: 'Each account, choice by choice',
  accountsIntro:
    'Open an account to follow it from each choice, to the change in its meters, to what happened. C is credibility, R reliability and I intimacy (each 0 to 10); S is self-orientation (1 to 10), which divides the rest: trust = (C + R + I) / S. Deal is the momentum towards signing this quarter, 0 to 100.',
  status: { prospect: 'prospect', client: 'client', lost: 'lost' } as Record<'prospect' | 'client' | 'lost', string>,
  trustNow: (trust: string) => trust,
  meterLine: (c: string, r: string, i: string, s: string, deal: string, raw: string) =>
    `C\u00a0${c} · R\u00a0${r} · I\u00a0${i} · S\u00a0${s} · deal\u00a0${deal} · trust\u00a0=\u00a0(C\u00a0+\u00a0R\u00a0+\u00a0I)\u00a0/\u00a0S\u00a0=\u00a0${raw}`,
  grudge: 'Holds a grudge since you pushed: their self-orientation counts for more in trust, for good.',
  scaleHeading: 'How to read trust',
  scaleIntro: 'Trust is shown in words, with a score out of 10 beside them: the Trust Equation’s ratio doubled, capped at 10. Each band starts where the model starts to act differently.',
  scaleBand: (from: string, to: string | null, meaning: string) => `(${to === null ? `${from} and over` : `${from} to ${to}`}): ${meaning}.`,
  eventKinds: {
    arrived: 'Arrived',
    meeting: 'Meeting',
    signed: 'Signed',
    expanded: 'Expanded',
    renewed: 'Renewed',
    lost: 'Lost',
    'tender-won': 'Tender won',
    referred: 'Referred',
    drifted: 'No meeting',
    'promise-lapsed': 'Promise lapsed',
  } satisfies Record<AccountEvent['kind'], string> as Record<string, string>,
  yourMoves: (moves: string) => `Your moves: ${moves}`,
  trustAfter: (trust: string, change: string | null) => (change === null ? `trust: ${trust}` : `trust: ${trust}\u00a0(${change})`),
  dealAfter: (deal: string, change: string | null) => (change === null ? `deal\u00a0${deal}` : `deal\u00a0${deal}\u00a0(${change})`),
  noEvents: 'Nothing happened with this account yet.',

  // Top choices
  topHeading: 'The choices that moved trust most',
  topIntro: 'The choices that built the most trust, and the ones that cost the most: the buyer\'s trust just after the choice against just before it, on the 10-point scale.',
  topNone: 'No single choice moved trust much in this campaign.',
  risesHeading: 'What built trust',
  costsHeading: 'What cost trust',
  scoreChange: (change: number) => {
    const r = Math.round(change * 10) / 10;
    return `${r > 0 ? '+' : r < 0 ? '\u2212' : ''}${Math.abs(r).toFixed(1)} on the 10-point scale`;
  },
  fromTo: (before: string, after: string) => `From ${before} to ${after}.`,
  rawChange: (before: string, after: string, change: string) => `Trust Equation ${before} to ${after} (${change})`,
  principles: {
    'other-focus': 'their interests before yours',
    collaboration: 'work the problem together',
    'long-term': 'the relationship over this quarter\'s number',
    transparency: 'say what you know and what you don\'t',
  } as Record<string, string>,
  principleNames: {
    'other-focus': 'Other-focus',
    collaboration: 'Collaboration',
    'long-term': 'Long-term view',
    transparency: 'Transparency',
  } as Record<string, string>,
  noPrinciple: 'no trust principle',

  // Reflect
  reflectHeading: 'Reflect',
  reflectIntro: 'Your answers stay on this page: nothing is saved or sent.',
  prompts: [
    'Where did you feel the pull of the quarter? What did you choose?',
    'Which buyer would recommend you today, and why?',
    'What would you do differently with the account you pushed hardest?',
  ],

  // Commitment
  commitHeading: 'One account, one move this week',
  commitIntro: 'Take it back to your own territory: one real account, and one move that serves that buyer.',
  commitAccount: 'An account in your own territory',
  commitMove: 'The one move you will make',
  commitPrint: 'Print this commitment',

  // Actions
  actionsLabel: 'What next',
  replayWorld: 'Replay this world',
  replayFromLabel: 'Quarter to replay from',
  replayFrom: (q: number) => `Replay from quarter ${q}`,
  about: 'About this model',

  // About this model
  aboutTitle: 'About this model',
  aboutIntro: [
    'The Long Game runs on a model, and a model is a simplification: real buyers are not equations, and nobody can measure trust to one decimal. What the model can do is make its assumptions visible, so you can argue with them.',
    'Each buyer carries four hidden numbers, after the Trust Equation of Maister, Green and Galford: trust = (credibility + reliability + intimacy) / self-orientation. Every choice in a meeting moves them, and moves the deal. At each quarter end a seeded simulation turns them into outcomes: deals, prices, renewals, tenders and referrals.',
    'Every constant the model uses is listed below: the sourced ones with their citation, the assumptions with the reason for their value. None is tuned for a particular conversation. A sensitivity sweep varies every assumption by half up and down and reports where the lesson stops holding.',
    'The lesson is checked, not hoped for: bots that always push and bots that relate (and ask when the buyer is ready) play the same 500 seeded worlds, and the tests fail if the advisor stops ending far ahead over two years, or if the closer stops winning where pushing should win.',
  ],
  pushingHeading: 'When pushing wins',
  pushingIntro: 'Pushing for this quarter\'s number is not always the wrong bet. In this model it wins when:',
  pushingCases: [
    { text: 'The horizon is short: over one or two quarters the closer comes out ahead.', flag: '?quarters=2' },
    { text: 'Buyers rarely come back: with the return setting at 0.3 or below there are few renewals and few referrals to earn, and the closer ends ahead even after two years.', flag: '?return=0.3' },
    {
      text: 'There are no referrals and no repeat business: what trust pays, it pays through buyers who come back and the buyers they send you. Referrals alone are a smaller part of it than you might think: switched off on their own, the advisor still ends well ahead over two years.',
      flag: null,
    },
    { text: 'Early on, in almost any world: the closer leads after the first quarter in almost every world, and usually after the second. Trust takes time to pay.', flag: null },
  ] as readonly { text: string; flag: string | null }[],
  tryFlag: 'try',
  pushingOutro: 'Trust-based selling still asks for the business. What it refuses is pressure that serves the seller at the buyer\'s expense.',
  constantsHeading: 'Every constant',
  constantsCaption: 'Every constant in the model, sourced first',
  colMeaning: 'Meaning',
  colValue: 'Value',
  colKind: 'Kind',
  colBasis: 'Basis',
  kindSourced: 'Sourced',
  kindAssumption: 'Assumption',
  kindGroup: { sourced: 'Sourced: taken from published work', assumption: 'Assumptions: chosen, with a reason' } as Record<'sourced' | 'assumption', string>,
  back: 'Back',
} as const;

/** What the title screen says about a save it cannot simply resume. */
export const SAVES = {
  title: 'Your saved campaign',
  problem: (why: string, hasBackup: boolean) =>
    `Your saved campaign could not be read: ${why}. Nothing has been deleted. You can ${hasBackup ? 'try the backup, ' : ''}download the damaged save to keep it, or start a new campaign.`,
  tryBackup: (quarter: number, quarters: number) => `Try the backup (quarter ${Math.min(quarter, quarters)} of ${quarters})`,
  downloadDamaged: 'Download the damaged save',
  changed: (titles: string[]) =>
    `${titles.length === 1 ? 'a conversation has' : `${titles.length.toLocaleString('en')} conversations have`} changed since you played ${titles.length === 1 ? 'it' : 'them'}: ${firstFew(titles, isolate)}`,
  storyChanged: (why: string) =>
    `Your saved campaign cannot be replayed exactly: ${why}. You can replay it up to the first change (everything before it is kept, and you carry on from there), download the save, or start a new campaign.`,
  replayUpToChange: 'Replay up to the change',
  download: 'Download the save',
  notSaved: 'Not saved',
  notSavedDetail: 'This browser will not store your progress. Download it to keep it; “Open a saved session…” on the title screen opens it again.',
  downloadProgress: 'Download your progress',
  replaceTitle: 'Start a new campaign?',
  replace: (quarter: number, quarters: number) =>
    `Your campaign is saved at quarter ${Math.min(quarter, quarters)} of ${quarters}. A new campaign takes its place in this browser. Download it first if you may want it back: “Open a saved session…” opens it again.`,
  keepMine: 'Keep my campaign',
  downloadMine: 'Download my campaign',
  startAnyway: 'Start a new campaign',
  continueOpened: (quarter: number, quarters: number) => `Continue the session opened from a file: quarter ${Math.min(quarter, quarters)} of ${quarters}`,
};

/** The title screen's words for trainers and facilitators: the writer's desk and story packs. */
export const PACKS = {
  importPack: 'Import a story pack…',
  // Names from a file are isolated for direction: an override in one cannot turn the sentence around it.
  imported: (pack: string, titles: string[]) =>
    `Imported ${`${titles.length.toLocaleString('en')} conversation${titles.length === 1 ? '' : 's'}`} from “${isolate(pack)}”: ${firstFew(titles, isolate)}. They are under “Practise one conversation”.`,
  importFailed: (why: string) => `That file could not be imported: ${why}. Nothing was changed.`,
  replaceTitle: 'Replace conversations you imported before?',
  replace: (pack: string, titles: string[]) =>
    `“${isolate(pack)}” has a new version of ${titles.length === 1 ? 'a conversation' : `${titles.length.toLocaleString('en')} conversations`} already imported in this browser: ${firstFew(titles, isolate)}. Importing it replaces ${titles.length === 1 ? 'it' : 'them'}.`,
  keepImported: 'Keep the ones I have',
  keptImported: 'Nothing was imported; your conversations are as they were.',
  replaceImported: 'Import and replace',
  forgetImported: 'Remove imported conversations',
  forgot: 'Imported conversations removed.',
  importedDamaged: 'Some imported conversations could not be read back from this browser’s storage; import their pack again.',
  importedMark: 'imported',
  openDesk: "Writer's desk (for trainers)",
  importSession: 'Open a saved session…',
  sessionFailed: (why: string) => `That session could not be opened: ${why}. Your own campaign is untouched.`,
};
