/**
 * The words of @e2ee-kit/ui's crypto views, built from the demos' strings in
 * the page's language, and the display names of the lesson's parties.
 */
import type { NoticeKind, ReadReport } from '@e2ee-kit/crypto-demo';
import type {
  BytesLabels,
  ConversationViewLabels,
  EnvelopeInspectorLabels,
  MessageStepThroughLabels,
  ProviderViewLabels,
  RosterPanelLabels,
  SafetyNumberCheckLabels,
  WhoCanReadMatrixLabels,
} from '@e2ee-kit/ui';
import type { DemoT } from './use-demo-t.js';

/** The English names world.ts gives, and their key in `names`. */
const translatedNames = {
  Ghost: 'ghost',
  Messenger: 'provider',
  'Messenger with escrow': 'escrowProvider',
  Agency: 'agency',
  Mallory: 'mallory',
} as const;

function isTranslatedName(name: string): name is keyof typeof translatedNames {
  return Object.hasOwn(translatedNames, name);
}

/** A party's name in the page's language (people keep their names). */
export function partyName(t: DemoT, name: string): string {
  return isTranslatedName(name) ? t(`names.${translatedNames[name]}`) : name;
}

/** The same reports with the parties' names translated. */
export function translateReports(t: DemoT, reports: readonly ReadReport[]): ReadReport[] {
  return reports.map((report) => ({
    ...report,
    party: { ...report.party, name: partyName(t, report.party.name) },
  }));
}

export function bytesLabels(t: DemoT): BytesLabels {
  return {
    showAll: t('bytes.showAll'),
    showLess: t('bytes.showLess'),
    copy: t('bytes.copy'),
    copied: t('bytes.copied'),
    copyFailed: t('bytes.copyFailed'),
    hex: t('bytes.hex'),
    base64url: t('bytes.base64url'),
    byteCount: (count) => t('bytes.byteCount', { count }),
    hiddenBytes: (count) => t('bytes.hiddenBytes', { count }),
  };
}

function reasons(t: DemoT): ConversationViewLabels['reasons'] {
  return {
    member: t('reasons.member'),
    ghost: t('reasons.ghost'),
    'escrow-key': t('reasons.escrow-key'),
    'stolen-key': t('reasons.stolen-key'),
    'not-a-recipient': t('reasons.not-a-recipient'),
    'holds-no-keys': t('reasons.holds-no-keys'),
    tampered: t('reasons.tampered'),
    'unknown-sender': t('reasons.unknown-sender'),
  };
}

function roles(t: DemoT): ConversationViewLabels['roles'] {
  return {
    member: t('roles.member'),
    ghost: t('roles.ghost'),
    provider: t('roles.provider'),
    'escrow-authority': t('roles.escrow-authority'),
    thief: t('roles.thief'),
  };
}

export function conversationLabels(t: DemoT): ConversationViewLabels {
  return {
    seatsLegend: t('conversation.seatsLegend'),
    messageNumber: (n) => t('conversation.messageNumber', { n }),
    from: (name) => t('conversation.from', { name }),
    cannotRead: t('conversation.cannotRead'),
    ciphertext: (n) => t('conversation.ciphertext', { n }),
    readBecause: t('conversation.readBecause'),
    cannotReadBecause: t('conversation.cannotReadBecause'),
    summary: (name, readable, count) => t('conversation.summary', { name, readable, count }),
    empty: t('conversation.empty'),
    roles: roles(t),
    reasons: reasons(t),
    bytes: bytesLabels(t),
  };
}

export function matrixLabels(t: DemoT, caption: string): WhoCanReadMatrixLabels {
  return {
    caption,
    messageHeader: t('matrix.messageHeader'),
    canRead: t('matrix.canRead'),
    cannotRead: t('matrix.cannotRead'),
    notTried: t('matrix.notTried'),
    cellName: (name, canRead, n) =>
      canRead === undefined
        ? t('matrix.cellNotTried', { name, n })
        : canRead
          ? t('matrix.cellCan', { name, n })
          : t('matrix.cellCannot', { name, n }),
    newColumn: t('matrix.newColumn'),
    keyboardHint: t('matrix.keyboardHint'),
    roles: roles(t),
    reasons: reasons(t),
  };
}

/** A conversation's name (as world.ts gives it) in the page's language. */
export function conversationName(t: DemoT, name: string): string {
  if (name === 'Alice & Bob') return t('conversations.pair');
  if (name === 'Class group') return t('conversations.group');
  return name;
}

export function providerLabels(t: DemoT): ProviderViewLabels {
  return {
    title: t('provider.title'),
    statement: t('provider.statement'),
    directoryCaption: t('provider.directoryCaption'),
    device: t('provider.device'),
    user: t('provider.user'),
    signingKey: t('provider.signingKey'),
    agreementKey: t('provider.agreementKey'),
    fingerprintNote: t('provider.fingerprintNote'),
    rosterCaption: (name) => t('provider.rosterCaption', { name: conversationName(t, name) }),
    addedBy: t('provider.addedBy'),
    addedByProvider: t('provider.addedByProvider'),
    signature: t('provider.signature'),
    signed: t('provider.signed'),
    unsigned: t('provider.unsigned'),
    onMemberList: t('provider.onMemberList'),
    shown: t('provider.shown'),
    hidden: t('provider.hidden'),
    notices: t('provider.notices'),
    noticeShown: t('provider.noticeShown'),
    noticeSuppressed: t('provider.noticeSuppressed'),
    ghostFlag: t('provider.ghostFlag'),
    relayCaption: t('provider.relayCaption'),
    index: t('provider.index'),
    from: t('provider.from'),
    to: t('provider.to'),
    sentAt: t('provider.sentAt'),
    size: t('provider.size'),
    bytesCount: (count) => t('provider.bytesCount', { count }),
    ciphertextHeading: t('provider.ciphertextHeading'),
    ciphertextOf: (record) =>
      t('provider.ciphertextOf', { index: record.index, device: record.fromDevice }),
    empty: t('provider.empty'),
    bytes: bytesLabels(t),
  };
}

const noticeKinds: readonly NoticeKind[] = [
  'conversation-created',
  'member-added',
  'device-added',
  'member-removed',
  'device-updated',
  'safety-number-changed',
  'uncertified-device',
  'unexpected-recipient',
];

export function rosterLabels(t: DemoT, title: string): RosterPanelLabels {
  return {
    title,
    membersHeading: (count) => t('roster.membersHeading', { count }),
    noticesHeading: t('roster.noticesHeading'),
    noNotices: t('roster.noNotices'),
    notice: (n) => {
      const kind = noticeKinds.includes(n.kind) ? n.kind : 'member-added';
      return t(`roster.notice.${kind}`, {
        name: partyName(t, n.name),
        device: n.device,
        devices: n.devices.join(', '),
      });
    },
    reveal: (count) => t('roster.reveal', { count }),
    hide: (count) => t('roster.hide', { count }),
    noneSuppressed: t('roster.noneSuppressed'),
    suppressedHeading: t('roster.suppressedHeading'),
    suppressedFlag: t('roster.suppressedFlag'),
    checkHeading: t('roster.checkHeading'),
    verified: t('roster.verified'),
    unverified: (count) => t('roster.unverified', { count }),
    status: {
      listed: t('roster.status.listed'),
      hidden: t('roster.status.hidden'),
      uncertified: t('roster.status.uncertified'),
    },
    ghostFlag: t('roster.ghostFlag'),
    hiddenFlag: t('roster.hiddenFlag'),
  };
}

export function safetyLabels(t: DemoT, title: string): SafetyNumberCheckLabels {
  return {
    title,
    match: t('safety.match'),
    mismatch: t('safety.mismatch'),
    groupsDiffer: (differing, total) => t('safety.groupsDiffer', { differing, total }),
    groupDiffers: t('safety.groupDiffers'),
    qrLabel: (side) => t('safety.qrLabel', { side }),
    qrHint: t('safety.qrHint'),
  };
}

export function envelopeLabels(t: DemoT): EnvelopeInspectorLabels {
  return {
    title: t('envelope.title'),
    headerSection: t('envelope.headerSection'),
    headerNote: t('envelope.headerNote'),
    conversation: t('envelope.conversation'),
    sender: t('envelope.sender'),
    senderKey: t('envelope.senderKey'),
    counter: t('envelope.counter'),
    sentAt: t('envelope.sentAt'),
    version: t('envelope.version'),
    wrapsSection: (count) => t('envelope.wrapsSection', { count }),
    wrapsNote: t('envelope.wrapsNote'),
    wrapFor: (recipient) => t('envelope.wrapFor', { recipient }),
    wrapNonce: (recipient) => t('envelope.wrapNonce', { recipient }),
    wrappedKey: (recipient) => t('envelope.wrappedKey', { recipient }),
    ghostFlag: t('envelope.ghostFlag'),
    escrowFlag: t('envelope.escrowFlag'),
    bodySection: t('envelope.bodySection'),
    bodyNonce: t('envelope.bodyNonce'),
    ciphertext: t('envelope.ciphertext'),
    signatureSection: t('envelope.signatureSection'),
    signature: t('envelope.signature'),
    bytes: bytesLabels(t),
  };
}

export function stepLabels(t: DemoT, title: string): MessageStepThroughLabels {
  return {
    title,
    stepOf: (n, total) => t('steps.stepOf', { n, total }),
    previous: t('steps.previous'),
    next: t('steps.next'),
    keyboardHint: t('steps.keyboardHint'),
    empty: t('steps.empty'),
    stepTitles: {
      plaintext: t('steps.stepTitles.plaintext'),
      'message-key': t('steps.stepTitles.message-key'),
      encrypt: t('steps.stepTitles.encrypt'),
      wrap: t('steps.stepTitles.wrap'),
      sign: t('steps.stepTitles.sign'),
      relay: t('steps.stepTitles.relay'),
      verify: t('steps.stepTitles.verify'),
      unwrap: t('steps.stepTitles.unwrap'),
      decrypt: t('steps.stepTitles.decrypt'),
    },
    explanations: {
      plaintext: (s, name) =>
        t('steps.explanations.plaintext', { name: name(s.party), count: s.plaintext.length }),
      'message-key': (s, name) =>
        t('steps.explanations.messageKey', { name: name(s.party), count: s.messageKey.length }),
      encrypt: () => t('steps.explanations.encrypt'),
      wrap: (s) => {
        const base = t('steps.explanations.wrap', { count: s.wraps.length });
        const hidden = s.wraps.filter((w) => !w.shownToSender).length;
        return hidden === 0
          ? base
          : `${base} ${t('steps.explanations.wrapHidden', { count: hidden })}`;
      },
      sign: (s, name) => t('steps.explanations.sign', { name: name(s.party) }),
      relay: (s) => t('steps.explanations.relay', { size: s.size, count: s.to.length }),
      verify: (s, name) =>
        s.ok
          ? t('steps.explanations.verifyOk', { name: name(s.party) })
          : t('steps.explanations.verifyFailed', { name: name(s.party) }),
      unwrap: (s, name) =>
        s.ok
          ? s.sameAsSenderKey
            ? t('steps.explanations.unwrapSame', { name: name(s.party) })
            : t('steps.explanations.unwrapOk', { name: name(s.party) })
          : t('steps.explanations.unwrapFailed', { name: name(s.party) }),
      decrypt: (s, name) =>
        s.ok
          ? t('steps.explanations.decryptOk', { name: name(s.party) })
          : t('steps.explanations.decryptFailed', { name: name(s.party) }),
    },
    plaintext: t('steps.plaintext'),
    plaintextBytes: t('steps.plaintextBytes'),
    messageKey: t('steps.messageKey'),
    nonce: t('steps.nonce'),
    associatedData: t('steps.associatedData'),
    ciphertext: t('steps.ciphertext'),
    wrappedKeyFor: (recipient) => t('steps.wrappedKeyFor', { recipient }),
    hiddenRecipient: t('steps.hiddenRecipient'),
    escrowRecipient: t('steps.escrowRecipient'),
    signedBytes: t('steps.signedBytes'),
    signature: t('steps.signature'),
    signingKey: t('steps.signingKey'),
    relayFrom: t('steps.relayFrom'),
    relayTo: t('steps.relayTo'),
    relaySize: t('steps.relaySize'),
    bytesCount: (count) => t('bytes.byteCount', { count }),
    ok: t('steps.ok'),
    failed: t('steps.failed'),
    sameKey: t('steps.sameKey'),
    decryptedText: t('steps.decryptedText'),
    bytes: bytesLabels(t),
  };
}
