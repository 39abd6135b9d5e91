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
    sent: '{{name}} sent a message to {{conversation}}.',
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
    resultGhost_one: 'Check done: the app encrypts to {{count}} device the server hides from the list.',
    resultGhost_other:
      'Check done: the app encrypts to {{count}} devices the server hides from the list.',
    beforeOrder: 'No access order yet, so every device verifies. Issue the order in the step “',
    beforeOrderEnd: '”, then run the check again.',
    afterOrder:
      'The Ghost was added by the provider alone and hidden from the list. In this group the server’s list decides who gets a key, so Carol’s app can report the Ghost but still encrypts to it; in a member-signed group, the server could not add it at all.',
  },
  escrowSteal: {
    intro:
      'A second messenger, where the law makes every app lock each message key for the Agency’s master key too. Mallory holds nothing, yet.',
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
  reasons: {
    member: 'member of the chat',
    ghost: 'added silently by the provider',
    'escrow-key': 'holds the escrow master key',
    'stolen-key': 'holds a stolen copy of the master key',
    'not-a-recipient': 'no key was locked for it',
    'holds-no-keys': 'holds no keys',
    tampered: 'the message was altered',
    'unknown-sender': 'the sender is not who it claims',
  },
  roles: {
    member: 'member',
    ghost: 'ghost',
    provider: 'provider',
    'escrow-authority': 'escrow',
    thief: 'attacker',
  },
  bytes: {
    showAll: 'Show all',
    showLess: 'Show less',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it yourself',
    hex: 'hex',
    base64url: 'base64url',
    byteCount_one: '{{count}} byte',
    byteCount_other: '{{count}} bytes',
    hiddenBytes_one: '{{count}} byte not shown',
    hiddenBytes_other: '{{count}} bytes not shown',
  },
  conversation: {
    seatsLegend: 'Read the chat as',
    messageNumber: 'Message {{n}}',
    from: 'From {{name}}',
    cannotRead: 'Encrypted: you cannot read this',
    ciphertext: 'Ciphertext of message {{n}}',
    readBecause: 'Readable because:',
    cannotReadBecause: 'Why not:',
    summary_one: '{{name}} can read {{readable}} of {{count}} message.',
    summary_other: '{{name}} can read {{readable}} of {{count}} messages.',
    empty: 'No messages yet.',
  },
  matrix: {
    messageHeader: 'Message',
    canRead: 'Can read',
    cannotRead: 'Cannot read',
    notTried: 'Not tried',
    cellCan: '{{name}} can read message {{n}}',
    cellCannot: '{{name}} cannot read message {{n}}',
    cellNotTried: '{{name}}: message {{n}} not tried',
    newColumn: 'just added',
    keyboardHint:
      'In the table, arrow keys move between cells; Home and End go to the start and end of a row.',
  },
  provider: {
    title: 'What the provider sees',
    statement: 'The provider never holds a private key.',
    directoryCaption: 'Directory of public keys',
    device: 'Device',
    user: 'User',
    signingKey: 'Signing key (Ed25519)',
    agreementKey: 'Key-agreement key (X25519)',
    fingerprintNote: 'Fingerprint: the first 8 bytes of each public key, in hex.',
    rosterCaption: 'Member list of {{name}}',
    addedBy: 'Added by',
    addedByProvider: 'the provider alone',
    signature: 'Member’s signature',
    signed: 'signed',
    unsigned: 'none',
    onMemberList: 'On the member list',
    shown: 'shown',
    hidden: 'hidden',
    notices: 'Notice to members',
    noticeShown: 'shown',
    noticeSuppressed: 'suppressed',
    ghostFlag: 'Ghost',
    relayCaption: 'Relay log',
    index: '#',
    from: 'From',
    to: 'To',
    sentAt: 'Sent at',
    size: 'Ciphertext size',
    bytesCount_one: '{{count}} byte',
    bytesCount_other: '{{count}} bytes',
    ciphertextHeading: 'Ciphertext it relays',
    ciphertextOf: 'Ciphertext no. {{index}} from {{device}}',
    empty: 'Nothing relayed yet.',
  },
  roster: {
    membersHeading: 'Members shown ({{count}})',
    noticesHeading: 'Notices shown to the user',
    noNotices: 'No notice was shown.',
    notice: {
      'member-added': '{{name}} ({{device}}) joined the conversation.',
      'device-added': '{{name}} added a new device ({{device}}).',
      'member-removed': '{{name}} ({{device}}) left the conversation.',
      'safety-number-changed': 'Your safety number with {{name}} changed.',
      'conversation-created': '{{name}} created the conversation.',
      'device-updated': '{{name}} ({{device}}) has new keys.',
      'uncertified-device':
        '{{name}} ({{device}}) is not certified by its owner’s identity key: your messages are not encrypted for it.',
      'unexpected-recipient':
        'A message you opened was also encrypted for {{devices}}, who is not on the member list.',
    },
    reveal: 'Reveal suppressed notices ({{count}})',
    hide: 'Hide suppressed notices ({{count}})',
    noneSuppressed: 'No notice was suppressed.',
    suppressedHeading: 'Suppressed by the provider: the user never saw these',
    suppressedFlag: 'Suppressed',
    checkHeading: 'Roster check',
    verified: 'Verified: every device the app encrypts to is on the list, and certified.',
    unverified_one:
      'Unverified: the app encrypts to {{count}} device hidden from the list or not certified.',
    unverified_other:
      'Unverified: the app encrypts to {{count}} devices hidden from the list or not certified.',
    status: {
      listed: 'listed by the provider',
      hidden: 'encrypted to, but hidden by the provider',
      uncertified: 'not certified by its owner’s identity key',
    },
    ghostFlag: 'Possible ghost',
    hiddenFlag: 'hidden from the member list',
  },
  safety: {
    title: 'Compare safety numbers',
    match: 'The numbers match: both phones see the same keys for Alice and Bob.',
    mismatch:
      'The numbers do not match: the phones see different keys. Someone may have slipped in a device; do not trust this chat until you know why.',
    groupsDiffer: '{{differing}} of {{total}} groups differ.',
    groupDiffers: '(differs)',
    qrLabel: 'QR code of the safety number on {{side}}',
    qrHint: 'Scan it with the other phone to compare without reading aloud.',
  },
  envelope: {
    title: 'Inside the envelope',
    headerSection: 'Header',
    headerNote:
      'Sent in clear: the provider and everyone on the way can read it. The signature protects it from changes.',
    conversation: 'Conversation',
    sender: 'Sender',
    senderKey: 'Sender’s public key (X25519)',
    counter: 'Counter',
    sentAt: 'Sent at',
    version: 'Format version',
    wrapsSection: 'Locked copies of the message key ({{count}})',
    wrapsNote:
      'The message key, locked once for each recipient. Whoever can open one copy can read the message.',
    wrapFor: 'Key for {{recipient}}',
    wrapNonce: 'Nonce of the key for {{recipient}}',
    wrappedKey: 'Locked key for {{recipient}}',
    ghostFlag: 'Ghost: added by the provider, not by a member',
    escrowFlag: 'Escrow: a copy for the key-escrow authority',
    bodySection: 'Encrypted text',
    bodyNonce: 'Nonce of the text',
    ciphertext: 'Ciphertext',
    signatureSection: 'Signature',
    signature: 'Ed25519 signature of the sender’s device',
  },
  steps: {
    stepOf: 'Step {{n}} of {{total}}',
    previous: 'Previous',
    next: 'Next',
    keyboardHint: 'Use the buttons, or the left and right arrow keys while the step has focus.',
    empty: 'No steps were recorded.',
    stepTitles: {
      plaintext: 'The text',
      'message-key': 'A fresh message key',
      encrypt: 'Encrypt',
      wrap: 'Lock the key for each recipient',
      sign: 'Sign',
      relay: 'Relay',
      verify: 'Check the signature',
      unwrap: 'Unlock the key',
      decrypt: 'Decrypt',
    },
    explanations: {
      plaintext:
        '{{name}} types the message. Inside the phone it is just these {{count}} bytes of UTF-8.',
      messageKey:
        '{{name}}’s app draws a fresh random {{count}}-byte key, used for this one message only.',
      encrypt:
        'XChaCha20-Poly1305 encrypts the text with the message key and a random nonce. The header (sender, counter, time) is not encrypted, but any change to it is detected.',
      wrap: 'The message key is locked separately for each of the {{count}} recipients, with a key only that recipient can rebuild.',
      wrapHidden_one:
        '{{count}} of them is not on the sender’s screen: whoever holds it can read this message too.',
      wrapHidden_other:
        '{{count}} of them are not on the sender’s screen: whoever holds them can read this message too.',
      sign: '{{name}}’s device signs the whole envelope with its Ed25519 key, so that any change on the way is detected.',
      relay:
        'The provider passes {{size}} bytes of ciphertext on to {{count}} recipients. It sees who writes to whom and when, not what.',
      verifyOk:
        '{{name}}’s app checks the signature with the sender’s public key: the envelope is exactly as it was sent.',
      verifyFailed:
        '{{name}}’s app checks the signature with the sender’s public key: it does not match, so the envelope is refused.',
      unwrapOk: '{{name}}’s device opens its own locked copy and gets the message key back.',
      unwrapSame:
        '{{name}}’s device opens its own locked copy and gets the message key back: the very bytes drawn in step 2.',
      unwrapFailed:
        '{{name}}’s device finds no locked copy it can open: it cannot read the message.',
      decryptOk:
        'With the message key, {{name}}’s app decrypts the ciphertext and gets the text back.',
      decryptFailed: '{{name}}’s app cannot decrypt the ciphertext: it was changed on the way.',
    },
    plaintext: 'Text',
    plaintextBytes: 'The text as UTF-8 bytes',
    messageKey: 'Message key',
    nonce: 'Nonce',
    associatedData: 'Header bytes (authenticated, not encrypted)',
    ciphertext: 'Ciphertext',
    wrappedKeyFor: 'Message key locked for {{recipient}}',
    hiddenRecipient: 'Not shown on the sender’s screen',
    escrowRecipient: 'Escrow copy',
    signedBytes: 'Signed bytes',
    signature: 'Signature',
    signingKey: 'Sender’s public signing key',
    relayFrom: 'From',
    relayTo: 'To',
    relaySize: 'Ciphertext size',
    ok: 'Valid',
    failed: 'Failed',
    sameKey: 'Same bytes as the message key of step 2',
    decryptedText: 'Decrypted text',
  },
};

/** The shape every language's demo strings must have. */
export type DemoStrings = typeof demosEn;
