/**
 * The app's own words (buttons, labels, announcements), in English. The
 * lesson's text is in `src/content/`. `ui.fr.ts` is typed by this object, so
 * it cannot miss a key.
 */
export const uiEn = {
  app: {
    newTab: '(opens in a new tab)',
    name: 'The ghost participant',
    tagline: 'An end-to-end encryption lesson',
    skipToContent: 'Skip to the content',
    documentTitle: '{{page}} · The ghost participant',
  },
  language: {
    label: 'Language',
  },
  theme: {
    dark: 'Dark theme',
  },
  mode: {
    present: 'Presenter mode',
    student: 'Student mode',
    switchToPresent: 'Present this step',
    switchToStudent: 'Student view',
  },
  nav: {
    label: 'Lesson navigation',
    previous: 'Previous',
    next: 'Next',
    progress: 'Step {{step}} of {{steps}} · Chapter {{chapter}} of {{chapters}}',
    chapterNumber: 'Chapter {{number}}',
    lastChecked: 'Last checked: {{date}}',
    chapterMenu: 'Chapters',
    contents: 'Contents',
    end: 'End of the lesson',
    presenterHelp:
      'Keys: → or Space for next, ← or Shift+Space for previous, Home and End, N for notes, B or . to blank the screen, Esc to leave a text box.',
  },
  contents: {
    heading: 'Contents',
    intro:
      'Fifty minutes on end-to-end encryption, the “ghost participant” and the vote of the French National Assembly on 20 March 2025.',
    start: 'Start the lesson',
    present: 'Present to a class',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    steps_one: '{{count}} step',
    optionalSteps: 'Optional if time is short: {{titles}}',
    steps_other: '{{count}} steps',
  },
  sources: {
    heading: 'Sources',
    citationPrefix: 'Source',
  },
  timeline: {
    heading: 'Timeline',
  },
  liveClass: {
    open: 'Live class',
  },
  notes: {
    heading: 'Speaker notes',
    show: 'Show notes',
    hide: 'Hide notes',
    openWindow: 'Open notes window',
    none: 'No notes for this step.',
    nextUp: 'Next: {{title}}',
    lastStep: 'This is the last step.',
    following: 'This window follows the presenter window.',
    optional: 'Optional step',
    windowTitle: 'Notes',
  },
  timer: {
    label: 'Chapter timer',
    planned: 'of {{minutes}} min',
    pause: 'Pause timer',
    start: 'Start timer',
    reset: 'Reset timer',
    announcement_one: '{{count}} minute elapsed of {{planned}} planned.',
    announcement_other: '{{count}} minutes elapsed of {{planned}} planned.',
    overTime: 'Over time',
    paused: 'Timer paused.',
  },
  blank: {
    on: 'Screen blanked for the class. Press any key to show it again.',
    off: 'Screen shown again.',
  },
  console: {
    lessonTimer: 'Lesson time',
    lessonPlanned: 'of {{minutes}} min',
    nextHeading: 'Next step',
    nextChapter: 'Chapter {{number}}: {{title}}',
    blanked: 'The projected screen is blank: press any key to show it again.',
    keysHint:
      'The clicker works in this window too: Page Down, → or Space for next, Page Up or ← for previous, B or . to blank the projected screen.',
    waiting: 'Waiting for the presenter window…',
  },
  /** While the phone page of the live class loads (its code is not in the first load). */
  livePhone: {
    loading: 'Opening the live class…',
  },
  demo: {
    loading: 'Loading the demo…',
    failed: 'This demo could not load. Reload the page to try again.',
  },
  vote: {
    caption: 'National Assembly, 20 March 2025: amendments to restore the encryption clause',
  },
  quiz: {
    score: 'Score: {{right}} of {{total}} questions answered right.',
    position: 'Question {{n}} of {{total}}',
    several: 'Several answers may be right.',
    previous: 'Previous question',
    next: 'Next question',
    reveal: 'Reveal the answer',
    hide: 'Hide the answer',
    revealKey: 'Key R',
    right: 'Right answer',
    tally: 'Show of hands',
    votesFor: 'Votes for answer {{letter}}',
    more: 'One more vote for answer {{letter}}',
    fewer: 'One vote fewer for answer {{letter}}',
  },
  exitQuestion: {
    saved: 'Saved on this device.',
    notSaved: 'Could not save on this device: copy your answer before leaving.',
  },
  handout: {
    heading: 'Handout',
    intro: 'A summary of the lesson with its sources.',
    print: 'Print handout',
    printNow: 'Print',
    back: 'Back to the lesson',
    sourcesHeading: 'Sources',
    name: 'Name:',
    group: 'Class:',
    date: 'Date:',
    ruleHeading: 'The one rule',
    rule: 'You can read a message only if a key was locked for you.',
    tableHeading: 'Who can read what?',
    tableIntro:
      'During the demos, write each message in a row, then put ✓ under whoever can read it and ✗ under whoever cannot.',
    messageColumn: 'Message',
    readers: {
      alice: 'Alice',
      bob: 'Bob',
      carol: 'Carol',
      provider: 'Messenger',
      ghost: 'Ghost',
      agency: 'Agency',
      mallory: 'Mallory',
    },
    quizHeading: 'Quiz',
    quizSingle: 'Tick one answer.',
    quizMultiple: 'Tick every right answer.',
    exitHeading: 'Exit question',
    /** After a date and its status, before the event. */
    colon: ':',
    datesHeading: 'Key dates',
  },

  teacherGuide: {
    link: 'Teacher guide',
  },
  notFound: {
    heading: 'Page not found',
    body: 'There is no lesson page at this address.',
    home: 'Go to the contents',
  },
};

/** The shape every language's UI strings must have. */
export type UiStrings = typeof uiEn;
