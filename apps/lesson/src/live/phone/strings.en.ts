import { liveSharedEn } from '../strings.en.js';

/**
 * The words of a student's phone in the live class, in English: the
 * `livePhone` i18next namespace. `strings.fr.ts` is typed by this object, so
 * it cannot miss a key. They are registered when the phone page's code loads
 * (see `use-phone-t.ts`), so they stay out of the first page load.
 */
export const livePhoneEn = {
  page: {
    title: liveSharedEn.title,
    checking: liveSharedEn.checking,
    starting: 'Opening the class on this phone…',
    oneScreen: 'Open the one-screen lesson',
  },
  noServer: {
    heading: 'The live class needs the teacher’s laptop',
    body: 'This page was not opened from the classroom server, so there is no live class to join here. Scan the QR code on the projector, or follow the lesson on one screen.',
  },
  join: {
    heading: 'Join the class',
    intro: 'Type the code shown on the projector and the name your classmates will see.',
    code: 'Class code',
    codeHint: '6 letters or digits, as on the projector.',
    name: 'Your name',
    nameHint: 'From 1 to 32 characters. Your classmates see it next to your messages.',
    submit: 'Join',
    joining: 'Joining…',
    keysNote:
      'Your phone makes its own keys now and keeps them in this browser. The server only gets the public part.',
    errorsHeading: 'Check the form',
    codeEmpty: 'Type the class code.',
    codeShape: 'The code has 6 letters or digits.',
    nameEmpty: 'Type your name.',
    nameLong: 'Your name has {{count}} characters: keep it to 32 at most.',
    refused: {
      'bad-name':
        'The server did not accept this name. Use from 1 to 32 ordinary characters (letters, digits, spaces).',
      'name-taken': 'Someone in this class already uses this name. Add an initial or a number.',
      'class-full': 'This class is full. Ask your teacher.',
      'unknown-class': 'No class has this code. Check it on the projector.',
      'class-closed': 'This class has ended. Ask your teacher for the new code.',
      other: 'The server refused to let this phone join ({{code}}). Ask your teacher.',
      unreachable: 'The classroom server did not answer. Check that you are on the class Wi-Fi.',
    },
  },
  back: {
    welcome: 'You are back as {{name}}.',
    joined: 'You joined as {{name}}.',
  },
  connection: {
    label: 'Connection',
    ...liveSharedEn.connection,
    backOnline: 'Back online.',
    refused: 'The classroom server refused this phone: {{reason}}',
    refusedCode: 'code {{code}}',
    badToken: 'it no longer knows this phone (the class may have been reset). Join again.',
    closed: 'You left the class.',
    joinAgain: 'Join again',
  },
  lastError: {
    'rate-limited': 'Too fast: wait a moment, then send again.',
    'not-a-member': 'Your phone is not on the class list yet: wait a moment, then send again.',
    'too-large': 'That was too long for the server.',
    'no-vote': 'That vote is closed.',
    offline: 'Your phone is offline: wait until it is back online.',
    other: 'Something was refused ({{code}}): {{message}}',
    dismiss: 'OK',
  },
  chat: {
    heading: 'Class chat',
    empty: 'No messages yet. Say hello!',
    you: 'You',
    from: '{{name}}',
    sentAt: 'at {{time}}',
    refused: 'A message to you could not be opened: {{reason}}',
    refusedReasons: {
      tampered: 'it was changed on the way.',
      replayed: 'it is a copy of one already received.',
      other: 'check failed ({{code}}).',
    },
    message: 'Message to the class',
    send: 'Send',
    hint: 'Enter sends. Only the people in the class list below can read it.',
    emptyText: 'Type a message first.',
    sent: 'Sent.',
    offline: 'Not sent: this phone is offline. Your text is still in the box.',
    failed: 'Not sent ({{code}}). Your text is still in the box.',
    count: '{{count}} of {{max}} characters',
    left_one: '{{count}} character left.',
    left_other: '{{count}} characters left.',
    limit: 'That is the limit: {{max}} characters.',
    cut: 'The text was cut to {{max}} characters.',
  },
  roster: {
    heading: 'Who your phone encrypts to',
    intro: 'Each message you send is locked for every device on this list, and only for them.',
    count_one: '{{count}} device',
    count_other: '{{count}} devices',
    you: '{{name}} (you)',
    teacher: 'teacher',
    ghost: 'ghost: not a classmate',
    ghostName: 'Ghost',
    mode: {
      'member-signed': 'Members sign every change to this list.',
      'provider-managed': 'The server manages this list.',
    },
    escrow: 'Key escrow is on: your phone also locks each message for the agency’s key.',
    noticesHeading: 'Notices',
    noNotices: 'No notices.',
    notice: {
      'conversation-created': '{{name}} started the class chat.',
      'member-added': '{{name}} joined.',
      'device-added': '{{name}} added a device.',
      'member-removed': '{{name}} left.',
      'device-updated': '{{name}}’s keys changed.',
      'safety-number-changed': '{{name}}’s safety number changed.',
      'uncertified-device': '{{name}} has no valid certificate: your phone does not encrypt to it.',
      'unexpected-recipient': 'A message was also locked for {{name}}, who is not in the class.',
      other: '{{name}}: {{kind}}.',
      addedBy: '{{by}}’s phone added {{name}}.',
      addedByYou: 'Your phone added {{name}}.',
    },
  },
  spot: {
    heading: 'Spot the ghost',
    intro: 'Is someone reading along who should not be? Your phone can check.',
    check: 'Check the roster',
    checked: 'Checked at {{time}}.',
    clean:
      'Nothing found by your phone. It checks with its own software: software changed by an update could hide a ghost from you, so compare with your neighbours too.',
    found_one: 'Your phone found {{count}} problem:',
    found_other: 'Your phone found {{count}} problems:',
    finding: {
      'roster-check':
        'Your phone encrypts to {{suspect}}, a device that no member added to the class.',
      'signed-by-classmate':
        '{{suspect}} was signed into the class by {{by}}’s phone, not by the teacher’s.',
      'recipient-check':
        'A message you received was also locked for {{suspect}}, who is not on your class list.',
      'safety-number': 'Your safety number with {{suspect}} did not match.',
    },
    unknownSuspect: 'an unknown device',
    report: 'Report it to the class',
    reported: 'Reported: the teacher’s screen shows it.',
    reportFailed: 'Not reported ({{code}}). Try again.',
  },
  compare: {
    heading: 'Compare with a neighbour',
    intro:
      'Pick the classmate next to you. Each of you reads the digits aloud: if someone slipped a key in between you, they differ.',
    choose: 'Classmate',
    nobody: 'No classmate has joined yet.',
    placeholder: 'Choose a classmate',
    digitsLabel: 'Your safety number with {{name}}',
    question: 'Does {{name}}’s phone show the same digits?',
    same: 'Same digits',
    different: 'Different',
    sameResult:
      'Good: you and {{name}} see the same keys. Nobody swapped a key between your two phones. A member added to the group is another check: look at the list of who your phone encrypts to.',
    differentResult: 'Reported to the class: your digits and {{name}}’s differ.',
    failed: 'No safety number with {{name}} ({{code}}).',
  },
  vote: {
    heading: 'Predict',
    intro: 'One tap votes. You can change your mind until the teacher closes the vote.',
    yours: 'Your vote: {{choice}}.',
    none: 'You have not voted yet.',
    failed: 'Vote not sent ({{code}}). Try again.',
  },
  leave: {
    button: 'Leave the class on this phone',
    confirm:
      'Leave for good? Your phone forgets its keys for this class; to come back you join again as someone new.',
    yes: 'Leave and forget my keys',
    no: 'Stay',
    done: 'You left the class. This phone no longer holds its keys.',
  },
};

/** The shape every language's phone strings must have. */
export type LivePhoneStrings = typeof livePhoneEn;
