/** Every word of the interface that is not story text, keyed by id. */
export const STRINGS = {
  gameTitle: 'The Long Game',
  tagline: 'Practise the meetings that make a career, not just a quarter.',
  titleIntro:
    'You are a new account executive. Each buyer is a real conversation: listen, choose what you say, and live with how they take it. Nobody tells you the score until it matters.',
  startMeeting: 'Start the meeting',
  moreConversations: 'Other conversations',
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
  meetingOver: 'Meeting over',
  seeHowItWent: 'Leave the meeting',
  whatYouSaid: 'What you chose',
  hiddenNote:
    'How much they trust you, and where the deal really stands, stay hidden, as they would after a real meeting.',
  playAgain: 'Play it again',
  errorTitle: 'This conversation could not go on',
  errorAdvice: 'Nothing else is affected. Go back to the title screen and pick a conversation.',
  unknownStory: (id: string) => `There is no conversation called "${id}". Pick one below.`,
  moodParting: (name: string, mood: string) => `${name} seemed ${mood} as you left.`,
  you: 'You',
} as const;

/** How a mood reads in a sentence ("Priya seemed ___ as you left"). */
export const MOOD_WORDS: Record<string, string> = {
  warm: 'warm',
  pleased: 'pleased',
  neutral: 'hard to read',
  guarded: 'guarded',
  annoyed: 'annoyed',
  cold: 'cool towards you',
};
