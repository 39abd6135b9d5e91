import { liveSharedEn } from '../strings.en.js';

/**
 * The words of the teacher's live-class pages (projector and console), in the
 * `liveTeacher` i18next namespace, added when those pages' code loads
 * (`use-teacher-t.ts`). Every other language is typed `Translation<…>` of this.
 */
export const liveTeacherEn = {
  title: {
    projector: liveSharedEn.title,
    console: 'Live class: console',
  },
  unavailable: {
    heading: liveSharedEn.title,
    noServer:
      'The live class needs the classroom server, and this page was not served by it. Start it on the teacher’s laptop (npm run share -w @e2ee-kit/classroom), or use the lesson on one screen.',
    notLaptop: 'The live class’s console opens only on the teacher’s laptop.',
    elsewhere:
      'The live class is already open in another window of this browser, which holds the teacher’s keys. Use that one, or close it and reload this one.',
    checking: liveSharedEn.checking,
    starting: 'Starting the teacher’s keys…',
    failed: 'The live class could not start: {{error}}',
    backToLesson: 'Back to the lesson',
  },
  connection: {
    ...liveSharedEn.connection,
    refused: 'Refused by the server: {{error}}',
    closed: 'Closed',
  },
  names: {
    teacher: 'Teacher',
  },
  mode: {
    'member-signed': 'members sign the roster',
    'provider-managed': 'the server manages the roster',
  },
  bar: {
    code: 'Class {{code}}',
    noClass: 'No class open',
    students_one: '{{count}} student',
    students_other: '{{count}} students',
    panels: 'Panels',
    openConsole: 'Open the console',
    keysHint: '→ / ← or clicker: panels · B: blank',
  },
  panel: {
    join: 'Join',
    traffic: 'Provider’s view',
    roster: 'Roster',
    'who-can-read': 'Who can read',
    ghost: 'Ghost’s screen',
    reports: 'Reports',
    vote: 'Vote',
  },
  join: {
    heading: 'Join the class',
    noClass: 'No class is open yet. Open one from the console.',
    scan: 'Scan the code, or open this address and type the code:',
    code: 'Code',
    qrLabel: 'QR code of the join address {{url}}',
    joined_one: '{{count}} student joined',
    joined_other: '{{count}} students joined',
  },
  traffic: {
    heading: 'What the provider sees',
    statement: 'Ciphertext, sizes, who sends to whom and when. Never a key, never a word of text.',
    caption: 'Messages the server relayed, latest last',
    seq: 'No.',
    fromTo: 'From → to',
    recipients_one: '{{count}} device',
    recipients_other: '{{count}} devices',
    includesGhost: 'including the hidden ghost',
    size: 'Size',
    bytes_one: '{{count}} byte',
    bytes_other: '{{count}} bytes',
    time: 'Time',
    ciphertext: 'Start of the ciphertext',
    empty: 'Nothing relayed yet.',
  },
  roster: {
    heading: 'The roster, as the provider holds it',
    statement:
      'Every phone encrypts to everyone on this list. A hidden entry is on it, but phones do not show it.',
    caption: 'Roster of class {{code}}',
    name: 'Name',
    role: 'Role',
    onList: 'On the phones’ member list',
    shown: 'shown',
    hidden: 'hidden',
    ghostFlag: 'hidden by the provider',
    empty: 'Nobody has joined yet.',
  },
  role: {
    student: 'student',
    teacher: 'teacher',
    ghost: 'ghost',
    provider: 'provider',
    agency: 'agency',
    mallory: 'thief',
  },
  read: {
    heading: 'Who can read each message',
    caption: 'Who can read each message (latest last)',
    message: 'Message',
    read: 'can read',
    unreadable: 'cannot read',
    pending: 'no answer yet',
    cellName: '{{party}}: {{state}}',
    legend:
      '✓ can read, ✗ cannot read, … no answer yet. Students’ columns come from their phones’ read receipts; the ghost’s, the agency’s and Mallory’s from real decryption attempts on this laptop.',
    receiptsNote:
      'Read receipts are metadata too: the provider sees which phone opened which message, and when.',
    row: '{{seq}}. {{from}}: {{text}}',
    unknownText: '(the teacher’s device could not read it)',
    empty: 'No message yet.',
  },
  ghost: {
    heading: 'What the ghost reads',
    notOrdered: 'No access order yet: the ghost holds keys, but no message was locked for it.',
    ordered: 'Access order given at message no. {{seq}}. The ghost reads only what came after:',
    before_one: '{{count}} earlier message stays closed to it.',
    before_other: '{{count}} earlier messages stay closed to it.',
    none: 'Nothing decrypted yet.',
    refused:
      'Access order given at message no. {{seq}}. The phones follow the roster their members signed, and it does not list the ghost: they did not encrypt for it, and will not until a phone obeys the ordered client update.',
    closed_one: '{{count}} message stays closed to it.',
    closed_other: 'All {{count}} messages stay closed to it.',
    from: '{{from}}:',
  },
  reports: {
    heading: 'Who found the ghost',
    caption: 'Reports from the phones, first first',
    who: 'Who',
    how: 'How',
    suspect: 'Suspect',
    when: 'After the order',
    noSuspect: '—',
    noOrder: 'before any order',
    elapsed: '{{minutes}} min {{seconds}} s',
    empty: 'No report yet.',
    method: {
      'roster-check': 'checked the roster',
      'recipient-check': 'saw an unexpected recipient',
      'safety-number': 'compared safety numbers',
    },
  },
  vote: {
    none: 'No vote is open. Open one from the console.',
    prompt: 'Vote on your phone: the tally changes as votes come in.',
    voters_one: '{{count}} phone voted',
    voters_other: '{{count}} phones voted',
  },
  console: {
    heading: 'Live class: console',
    waiting:
      'Waiting for the projector window. Open the live class on the projected screen first (the keys live there).',
    openProjector: 'Open the projector window',
    status: 'Status',
    class: {
      heading: 'Class',
      mode: 'Group mode',
      open: 'Open a class',
      openNew: 'Open a new class',
      current: 'Class {{code}} is open ({{mode}}).',
      confirmNew:
        'Open a new class? This laptop leaves class {{code}} for good: its keys for it are replaced.',
    },
    show: {
      heading: 'Show on the projector',
      language: 'The projector’s language',
    },
    ghost: {
      heading: 'The ghost',
      order: 'Give the access order',
      ordered: 'Access order given.',
      updateHelp:
        'Member-signed class: phones refuse the order until one phone’s app is updated to sign the ghost in.',
      phone: 'Phone to update',
      update: 'Push the ordered update',
      noPhone: 'No student phone yet.',
    },
    escrow: {
      heading: 'Escrow',
      mandate: 'Mandate escrow',
      mandated: 'Escrow is mandated.',
      steal: 'Mallory steals the master key',
      stolen: 'Mallory holds the master key.',
    },
    vote: {
      heading: 'Prediction vote',
      question: 'Question',
      open: 'Open the vote',
      close: 'Close the vote',
      reveal: 'Reveal the answer',
      current: 'Open: {{question}}',
    },
    remove: {
      heading: 'Remove a student',
      student: 'Student',
      remove: 'Remove',
      confirm: 'Remove {{name}} from the class?',
    },
    lastError: 'Last refusal from the server: {{message}} ({{code}})',
    done: 'Done.',
    failed: 'Failed: {{error}}',
    working: 'Working…',
    keysHint: 'Clicker keys pressed here change the projector’s panel.',
  },
} as const;

/** The shape of the teacher pages' words. */
export type LiveTeacherStrings = typeof liveTeacherEn;
