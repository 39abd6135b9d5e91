/**
 * The words of the live crypto demos, in English: the `demos` i18next
 * namespace. `strings.fr.ts` is typed by this object, so it cannot miss a key.
 * They are registered when the first demo's code loads (see `use-demo-t.ts`),
 * so they stay out of the first page load with the crypto.
 */
export const demosEn = {
  common: {
    loading: 'Making keys for Alice, Bob and Carol…',
    seedNote:
      'Teaching demo: every key here is generated in this browser from a seed drawn for this session, so a reload gives back the same keys. Real apps never reuse a seed.',
    cancel: 'Cancel',
    rowLabel: '{{n}}. {{name}}: “{{text}}”',
    rowUnreadable: '{{n}}. {{name}}',
    before: 'before',
    after: 'after',
  },
  seed: {
    homework: 'Homework: page 42',
    doorCode: 'Door code: 4711',
    allergy: 'Allergy: peanuts',
  },
  names: {
    ghost: 'Ghost',
    provider: 'Messenger',
    escrowProvider: 'Messenger with escrow',
    agency: 'Agency',
    mallory: 'Mallory',
  },
  conversations: {
    pair: 'Alice & Bob',
    group: 'Class group',
  },
  send: {
    legend: 'Send as',
    conversationLegend: 'Conversation',
    message: 'Message to {{conversation}}',
    button: 'Send',
    hint: 'Enter sends the message.',
    empty: 'Type a message first.',
    sent: '{{name}} sent a message to the chat “{{conversation}}”.',
    count: '{{count}} of {{max}} characters',
    left_one: '{{count}} character left.',
    left_other: '{{count}} characters left.',
    limit: 'Limit reached: a message here holds at most {{max}} characters, like a text message.',
    cut: 'Cut to {{max}} characters: a message here holds at most {{max}} characters, like a text message.',
  },
  reset: {
    button: 'Start over with new keys',
    title: 'Start over with new keys?',
    body: 'Every message, the access order and the stolen key are erased in all the demos of this lesson, and new keys are made for everyone.',
    confirm: 'Start over',
    done: 'New keys were made: every chat is empty again.',
  },
  chatPair: {
    chatHeading: 'The chat, seen from one seat',
    providerHint: 'Try to read a message from the provider’s side.',
  },
  chatGroup: {
    caption: 'Who can read each message of the class group',
    empty: 'No message yet: send one and watch the table fill in.',
  },
  stepThrough: {
    emptyChat: 'The Alice & Bob chat has no message yet. Send one to follow it.',
    sample: 'Meet at 6 by the library?',
    sendSample: 'Send a sample message as Alice',
    pick: 'Message to follow',
    option: 'Message {{n}}, from {{name}}: “{{text}}”',
    title: 'Message {{n}}, from {{from}} to {{to}}',
    newMessage: 'Send another message to follow it',
  },
  accessOrder: {
    intro: 'You play the authorities: the order goes to the provider, not to the members.',
    issue: 'Issue the access order',
    dialogTitle: 'Issue the access order?',
    dialogBody:
      'The provider will add a Ghost device to the class group without any member’s signature, keep it off the member list and suppress the “joined” notice. From the next message on, every member’s app will also lock the message key for the Ghost. Only “Start over with new keys” undoes it.',
    confirm: 'Issue the order',
    carriedOut:
      'The access order was carried out. A Ghost column was added to the table: it can read only the messages sent after the order.',
    alreadyDone: 'The access order was carried out at {{time}}.',
    sendAfter: 'Now send a message to the group and watch the Ghost column.',
    rowBefore: '{{label}} (before the order)',
    rowAfter: '{{label}} (after the order)',
  },
  revealNotices: {
    noOrder:
      'No access order yet: the provider has hidden nothing from the members. Issue it in the step “',
    noOrderEnd: '”, then come back.',
    revealAll: 'Reveal what the provider hid, on all three phones',
    hideAll: 'Hide the suppressed notices again',
    summary_one:
      'The three phones recorded {{count}} notice about the group between them and showed none: the provider told the apps to keep quiet.',
    summary_other:
      'The three phones recorded {{count}} notices about the group between them and showed none: the provider told the apps to keep quiet.',
    panelTitle: {
      alice: 'The class group on Alice’s phone',
      bob: 'The class group on Bob’s phone',
      carol: 'The class group on Carol’s phone',
    },
  },
  safetyNumbers: {
    match: 'The numbers match: both phones see the same keys for Alice and Bob.',
    partOne: 'Alice and Bob, on the lesson’s messenger',
    left: 'Alice’s phone (number with Bob)',
    right: 'Bob’s phone (number with Alice)',
    matchWithGhost:
      'The numbers match although the Ghost reads the class group: a safety number compares two people’s keys, not the list of who else is in a group.',
    matchNoGhost:
      'The numbers match. They will still match after the access order, because the Ghost adds no key to Alice’s or Bob’s account.',
    partTwo: 'A ghost disguised as Bob’s second device',
    partTwoIntro:
      'A separate small messenger, made in this browser: here the server registers the ghost as a new device of Bob’s, so Alice’s app counts its key as one of Bob’s.',
    partTwoCheck: 'Alice and Bob, on the second messenger',
    slip: 'Let the server slip in a disguised ghost',
    slipped:
      'The server registered the ghost as a second device of Bob’s, certified by an identity key that is not Bob’s. Alice’s phone now uses that key for Bob’s half of the number; Bob’s phone does not. The numbers no longer match: comparing them exposes the ghost.',
    loading: 'Making the keys of the second messenger…',
    disguisedLeft: 'Alice’s phone, second messenger (number with Bob)',
    disguisedRight: 'Bob’s phone, second messenger (number with Alice)',
  },
  verifyRoster: {
    intro:
      'Carol’s app does not simply trust the member list the server shows: it checks every device the server makes it encrypt to, including the ones the server asks it to hide.',
    run: 'Run the check on Carol’s phone',
    rerun: 'Run the check again',
    panelTitle: 'The class group on Carol’s phone',
    resultOk: 'Check done: every device the app encrypts to is on the member list.',
    resultGhost_one:
      'Check done: the app encrypts to {{count}} device the server hides from the list.',
    resultGhost_other:
      'Check done: the app encrypts to {{count}} devices the server hides from the list.',
    beforeOrder: 'No access order yet, so every device verifies. Issue the order in the step “',
    beforeOrderEnd: '”, then run the check again.',
    afterOrder:
      'The Ghost was added by the provider alone and hidden from the list. In this group the server’s list decides who gets a key, so Carol’s app can report the Ghost but still encrypts to it; in a member-signed group, the server could not add it at all.',
  },
  twoModes: {
    intro:
      'The same access order against two groups of Alice, Bob and Carol: in one the server’s list decides who gets a key, in the other only changes signed by a member count.',
    managedTitle: 'Group run by the server (as in WhatsApp)',
    signedTitle: 'Member-signed group (as in Signal, MLS)',
    issue: 'Issue the access order',
    send: 'Alice sends a message',
    clientUpdate: 'Order a client update to Bob’s phone',
    managedCaption: 'Who can read each message of the group run by the server',
    signedCaption: 'Who can read each message of the member-signed group',
    empty: 'No message yet: issue the order, then send.',
    managedBefore: 'The server’s list decides who gets a key.',
    managedAfter:
      'Order carried out: the Ghost is on the list, hidden, and the apps were told to show no notice. Every app now encrypts to it.',
    signedBefore: 'Only a change signed by a member enters the list.',
    signedRefused:
      'Order refused: no member signed the Ghost in, so the members’ apps do not encrypt to it.',
    signedUpdated:
      'Bob’s updated app signed the Ghost in and hides it from Bob. The others’ apps accept his signature: the Ghost reads what is sent next.',
    text1: 'See you at 6?',
    text2: 'Bring the leaflets.',
    text3: 'Is this still private?',
    text4: 'Who else reads this?',
  },
  predict: {
    heading: 'Predict first',
    hands: 'Hands up for an answer, then run the demo.',
    right: 'Right answer',
    votes_one: '{{count}} vote',
    votes_other: '{{count}} votes',
    accessOrder: {
      question: 'After the order, will the Ghost read the messages sent before it?',
      all: 'Yes, all of them',
      after: 'No: only the messages sent after the order',
      none: 'No: none at all, not even new ones',
      why: 'The apps lock a copy of each new message key for the Ghost: older messages were never locked for it.',
    },
    escrowSteal: {
      question:
        'If Mallory steals the master key, will she read the messages sent before the theft?',
      old: 'Yes, the old messages too',
      new: 'No: only the messages sent after the theft',
      why: 'Every message was locked for the master key when it was sent: whoever holds the key opens them all.',
    },
    safetyNumbers: {
      question:
        'The server slips in a ghost disguised as Bob’s second device. Will Alice’s and Bob’s numbers still match?',
      match: 'Yes, they still match',
      differ: 'No, they no longer match',
      why: 'Alice’s phone counts the ghost’s key in Bob’s half of the number; Bob’s phone does not. Comparing exposes the ghost.',
    },
  },
  escrowSteal: {
    intro:
      'A second messenger, where the law makes every app lock each message key for the Agency’s master key too.',
    nothingYet: 'Mallory holds nothing, yet.',
    caption: 'Who can read each message on the messenger with escrow',
    steal: 'Mallory steals the master key',
    stolen:
      'Mallory now holds a copy of the master key: she can read {{count}} of the {{total}} messages, the ones sent before the theft included.',
    stolenAlready: 'Mallory holds a stolen copy of the master key.',
    contrast:
      'Compare with the ghost: it reads one conversation, and only from the moment it joined. A stolen master key reads every conversation, past and future.',
    rowLabel: '{{n}}. {{conversation}} · {{name}}: “{{text}}”',
    rowBefore: '{{label}} (before the theft)',
    rowAfter: '{{label}} (after the theft)',
  },
};

/** The shape every language's demo strings must have. */
export type DemoStrings = typeof demosEn;
