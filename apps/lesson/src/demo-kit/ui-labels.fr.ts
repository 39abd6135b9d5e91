/* eslint no-irregular-whitespace: ["error", { skipTemplates: true }] -- French typography: no-break spaces (see content/french-typography.test.ts). */
/**
 * The French words of @e2ee-kit/ui's components, one object per component,
 * each typed by the component's `…Labels` interface: a word the component
 * needs and this file lacks fails the type check. English needs no file: the
 * lesson uses ui's `default…Labels` as they are (see `ui-labels.ts`).
 *
 * Counts are French plurals: 0 and 1 take the singular. Typography follows
 * the convention that `content/french-typography.test.ts` states and checks
 * on every string here, label functions included: U+202F before ; ! ?,
 * U+00A0 before : and inside « », and between a number and its unit.
 */
import type { Notice, NoticeKind, PartyRole } from '@e2ee-kit/crypto-demo';
import type {
  BytesLabels,
  ConversationViewLabels,
  EnvelopeInspectorLabels,
  MessageStepThroughLabels,
  ProviderLogLabels,
  QuizLabels,
  ReadReason,
  RosterPanelLabels,
  SafetyNumberCheckLabels,
  VoteTallyLabels,
  WhoCanReadMatrixLabels,
} from '@e2ee-kit/ui';

/** `one` for 0 and 1, `other` from 2 on, as French counts. */
const plural = (count: number, one: string, other: string) => (count < 2 ? one : other);

export const readReasonsFr: Readonly<Record<ReadReason, string>> = {
  member: 'membre de la conversation',
  ghost: 'ajouté en silence par le fournisseur',
  'escrow-key': 'détient la clé maîtresse du séquestre',
  'stolen-key': 'détient une copie volée de la clé maîtresse',
  'not-a-recipient': 'aucune clé n’a été verrouillée pour lui',
  'holds-no-keys': 'ne détient aucune clé',
  tampered: 'le message a été modifié',
  'unknown-sender': 'l’expéditeur n’est pas celui qu’il prétend être',
};

export const partyRolesFr: Readonly<Record<PartyRole, string>> = {
  member: 'membre',
  ghost: 'fantôme',
  provider: 'serveur',
  'escrow-authority': 'séquestre',
  thief: 'attaquante',
};

export const bytesFr: BytesLabels = {
  showAll: 'Tout afficher',
  showLess: 'Afficher moins',
  copy: 'Copier',
  copied: 'Copié',
  copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le vous-même',
  hex: 'hexa',
  base64url: 'base64url',
  byteCount: (n) => plural(n, `${n} octet`, `${n} octets`),
  hiddenBytes: (n) => plural(n, `${n} octet non affiché`, `${n} octets non affichés`),
};

export const conversationViewFr: ConversationViewLabels = {
  seatsLegend: 'Lire la conversation en tant que',
  messageNumber: (n) => `Message ${n}`,
  from: (name) => `De ${name}`,
  cannotRead: 'Chiffré : vous ne pouvez pas le lire',
  ciphertext: (n) => `Texte chiffré du message ${n}`,
  readBecause: 'Lisible parce que :',
  cannotReadBecause: 'Pourquoi pas :',
  summary: (name, readable, total) => `Messages lisibles par ${name} : ${readable} sur ${total}.`,
  empty: 'Aucun message pour l’instant.',
  roles: partyRolesFr,
  reasons: readReasonsFr,
  showEarlier: (count) =>
    count === 1 ? 'Voir le message précédent' : `Voir les ${count} messages précédents`,
  showLatest: (count) => `Ne voir que les ${count} derniers`,
  bytes: bytesFr,
};

export const whoCanReadMatrixFr: WhoCanReadMatrixLabels = {
  caption: 'Qui peut lire chaque message',
  messageHeader: 'Message',
  canRead: 'Peut lire',
  cannotRead: 'Ne peut pas lire',
  notTried: 'Pas essayé',
  cellName: (name, canRead, n) =>
    canRead === undefined
      ? `${name} : message ${n} pas essayé`
      : canRead
        ? `${name} peut lire le message ${n}`
        : `${name} ne peut pas lire le message ${n}`,
  newColumn: 'nouveau',
  keyboardHint:
    'Dans le tableau, les flèches passent d’une case à l’autre ; Début et Fin vont au début et à la fin d’une ligne.',
  roles: partyRolesFr,
  reasons: readReasonsFr,
  showEarlier: (count) =>
    count === 1 ? 'Voir le message précédent' : `Voir les ${count} messages précédents`,
  showLatest: (count) => `Ne voir que les ${count} derniers`,
};

export const providerLogFr: ProviderLogLabels = {
  title: 'Ce que voit le fournisseur',
  statement: 'Le fournisseur ne détient jamais de clé privée.',
  directoryCaption: 'Annuaire des clés publiques',
  device: 'Appareil',
  user: 'Utilisateur',
  signingKey: 'Clé de signature (Ed25519)',
  agreementKey: 'Clé d’échange (X25519)',
  fingerprintNote: 'Empreinte : les 8 premiers octets de chaque clé publique, en hexadécimal.',
  rosterCaption: (name) => `Liste des membres de « ${name} »`,
  addedBy: 'Ajouté par',
  addedByProvider: 'le fournisseur seul',
  signature: 'Signature d’un membre',
  signed: 'signé',
  unsigned: 'aucune',
  onMemberList: 'Dans la liste affichée',
  shown: 'affiché',
  hidden: 'caché',
  notices: 'Avertissement aux membres',
  noticeShown: 'affiché',
  noticeSuppressed: 'supprimé',
  ghostFlag: 'Fantôme',
  relayCaption: 'Ce que le serveur relaie',
  index: 'N°',
  from: 'De',
  to: 'À',
  sentAt: 'Envoyé le',
  size: 'Taille du texte chiffré',
  bytesCount: (n) => plural(n, `${n} octet`, `${n} octets`),
  ciphertextHeading: 'Le texte chiffré qu’il relaie',
  ciphertextOf: (record) => `Texte chiffré n° ${record.index} de ${record.fromDevice}`,
  empty: 'Rien n’a encore été relayé.',
  bytes: bytesFr,
};

/** « (par bob/phone) » when a signed commit names the device that made the change. */
const by = (n: Notice) => (n.by === null ? '' : ` (par ${n.by})`);

const noticesFr: Readonly<Record<NoticeKind, (n: Notice) => string>> = {
  'conversation-created': (n) => `${n.name} a créé la conversation${by(n)}.`,
  'member-added': (n) => `${n.name} (${n.device}) a rejoint la conversation${by(n)}.`,
  'device-added': (n) => `${n.name} a ajouté un nouvel appareil (${n.device})${by(n)}.`,
  'member-removed': (n) => `${n.name} (${n.device}) a quitté la conversation${by(n)}.`,
  'device-updated': (n) => `${n.name} (${n.device}) a de nouvelles clés${by(n)}.`,
  'safety-number-changed': (n) => `Votre numéro de sécurité avec ${n.name} a changé.`,
  'uncertified-device': (n) =>
    `${n.name} (${n.device}) n’est pas certifié par la clé d’identité de ${n.user} : vos messages ne sont pas chiffrés pour lui.`,
  'unexpected-recipient': (n) =>
    `Un message que vous avez ouvert était aussi chiffré pour ${n.devices.join(', ')}, absent de la liste des membres.`,
};

export const rosterPanelFr: RosterPanelLabels = {
  title: 'Membres et avertissements',
  membersHeading: (count) => `Membres affichés (${count})`,
  noticesHeading: 'Avertissements montrés à l’utilisateur',
  noNotices: 'Aucun avertissement n’a été montré.',
  notice: (n) => noticesFr[n.kind](n),
  reveal: (count) => `Révéler les avertissements supprimés (${count})`,
  hide: (count) => `Masquer les avertissements supprimés (${count})`,
  noneSuppressed: 'Aucun avertissement n’a été supprimé.',
  suppressedHeading: 'Supprimés par le fournisseur : l’utilisateur ne les a jamais vus',
  suppressedFlag: 'Supprimé',
  checkHeading: 'Vérification de la liste',
  verified:
    'Vérifiée : chaque appareil pour lequel votre application chiffre est dans la liste des membres, et certifié.',
  unverified: (count) =>
    plural(
      count,
      `Non vérifiée : votre application chiffre pour ${count} appareil caché de la liste ou non certifié.`,
      `Non vérifiée : votre application chiffre pour ${count} appareils cachés de la liste ou non certifiés.`,
    ),
  status: {
    listed: 'dans la liste du fournisseur',
    hidden: 'destinataire, mais caché par le fournisseur',
    uncertified: 'non certifié par la clé d’identité de son propriétaire',
  },
  ghostFlag: 'Fantôme possible',
  hiddenFlag: 'caché de la liste des membres',
};

export const safetyNumberCheckFr: SafetyNumberCheckLabels = {
  title: 'Comparer les numéros de sécurité',
  match:
    'Les numéros sont identiques : les deux téléphones voient les mêmes clés. Aucun appareil de plus ne s’est glissé entre eux.',
  mismatch:
    'Les numéros ne correspondent pas : les téléphones voient des clés différentes. Quelqu’un a peut-être glissé un appareil ; ne vous fiez pas à cette conversation avant de savoir pourquoi.',
  groupsDiffer: (differing, total) => `${differing} groupes sur ${total} diffèrent.`,
  groupDiffers: '(diffère)',
  qrLabel: (side) => `QR code du numéro de sécurité sur ${side}`,
  qrHint: 'Scannez-le avec l’autre téléphone pour comparer sans lire à voix haute.',
};

export const envelopeInspectorFr: EnvelopeInspectorLabels = {
  title: 'Dans l’enveloppe',
  headerSection: 'En-tête',
  headerNote:
    'Envoyé en clair : le fournisseur et tous les intermédiaires peuvent le lire. La signature empêche de le modifier.',
  conversation: 'Conversation',
  sender: 'Expéditeur',
  senderKey: 'Clé publique de l’expéditeur (X25519)',
  counter: 'Compteur',
  sentAt: 'Envoyé le',
  version: 'Version du format',
  wrapsSection: (count) => `Copies verrouillées de la clé du message (${count})`,
  wrapsNote:
    'La clé du message, verrouillée une fois pour chaque destinataire. Qui peut ouvrir une copie peut lire le message.',
  wrapFor: (recipient) => `Clé pour ${recipient}`,
  wrapNonce: (recipient) => `Nonce de la clé pour ${recipient}`,
  wrappedKey: (recipient) => `Clé verrouillée pour ${recipient}`,
  ghostFlag: 'Fantôme : ajouté par le fournisseur, pas par un membre',
  escrowFlag: 'Séquestre : une copie pour l’autorité de séquestre',
  bodySection: 'Texte chiffré',
  bodyNonce: 'Nonce du texte',
  ciphertext: 'Texte chiffré',
  signatureSection: 'Signature',
  signature: 'Signature Ed25519 de l’appareil de l’expéditeur',
  bytes: bytesFr,
};

export const messageStepThroughFr: MessageStepThroughLabels = {
  title: 'Un message, étape par étape',
  stepOf: (n, total) => `Étape ${n} sur ${total}`,
  previous: 'Précédente',
  next: 'Suivante',
  keyboardHint: 'Utilisez les boutons, ou les flèches gauche et droite quand l’étape a le focus.',
  empty: 'Aucune étape n’a été enregistrée.',
  stepTitles: {
    plaintext: 'Le texte',
    'message-key': 'Une clé de message toute neuve',
    encrypt: 'Chiffrer',
    wrap: 'Verrouiller la clé pour chaque destinataire',
    sign: 'Signer',
    relay: 'Relayer',
    verify: 'Vérifier la signature',
    unwrap: 'Déverrouiller la clé',
    decrypt: 'Déchiffrer',
  },
  explanations: {
    plaintext: (s, name) =>
      `${name(s.party)} tape le message. Dans le téléphone, ce ne sont que ces ${s.plaintext.length} octets en UTF-8.`,
    'message-key': (s, name) =>
      `L’application de ${name(s.party)} tire au hasard une clé neuve de ${s.messageKey.length} octets, qui ne sert qu’à ce message.`,
    encrypt: () =>
      'XChaCha20-Poly1305 chiffre le texte avec la clé du message et un nonce aléatoire. L’en-tête (expéditeur, compteur, heure) n’est pas chiffré, mais toute modification est détectée.',
    wrap: (s) => {
      const base = `La clé du message est verrouillée séparément pour chacun des ${s.wraps.length} destinataires, avec une clé que seul ce destinataire peut reconstituer.`;
      const hidden = s.wraps.filter((w) => !w.shownToSender).length;
      if (hidden === 0) return base;
      return `${base} ${plural(
        hidden,
        `${hidden} d’entre eux n’apparaît pas sur l’écran de l’expéditeur : qui la détient peut lire ce message lui aussi.`,
        `${hidden} d’entre eux n’apparaissent pas sur l’écran de l’expéditeur : qui les détient peut lire ce message lui aussi.`,
      )}`;
    },
    sign: (s, name) =>
      `L’appareil de ${name(s.party)} signe toute l’enveloppe avec sa clé Ed25519, pour que toute modification en route soit détectée.`,
    relay: (s) =>
      `Le fournisseur transmet ${s.size} octets de texte chiffré à ${s.to.length} destinataires. Il voit qui écrit à qui et quand, pas quoi.`,
    verify: (s, name) =>
      s.ok
        ? `L’application de ${name(s.party)} vérifie la signature avec la clé publique de l’expéditeur : l’enveloppe est exactement celle qui a été envoyée.`
        : `L’application de ${name(s.party)} vérifie la signature avec la clé publique de l’expéditeur : elle ne correspond pas, l’enveloppe est refusée.`,
    unwrap: (s, name) =>
      s.ok
        ? s.sameAsSenderKey
          ? `L’appareil de ${name(s.party)} ouvre sa propre copie verrouillée et récupère la clé du message : exactement les octets tirés à l’étape 2.`
          : `L’appareil de ${name(s.party)} ouvre sa propre copie verrouillée et récupère la clé du message.`
        : `L’appareil de ${name(s.party)} ne trouve aucune copie verrouillée qu’il puisse ouvrir : il ne peut pas lire le message.`,
    decrypt: (s, name) =>
      s.ok
        ? `Avec la clé du message, l’application de ${name(s.party)} déchiffre le texte chiffré et retrouve le texte.`
        : `L’application de ${name(s.party)} ne peut pas déchiffrer le texte chiffré : il a été modifié en route.`,
  },
  plaintext: 'Texte',
  plaintextBytes: 'Le texte en octets UTF-8',
  messageKey: 'Clé du message',
  nonce: 'Nonce',
  associatedData: 'Octets de l’en-tête (authentifiés, non chiffrés)',
  ciphertext: 'Texte chiffré',
  wrappedKeyFor: (recipient) => `Clé du message verrouillée pour ${recipient}`,
  hiddenRecipient: 'Absent de l’écran de l’expéditeur',
  escrowRecipient: 'Copie pour le séquestre',
  signedBytes: 'Octets signés',
  signature: 'Signature',
  signingKey: 'Clé publique de signature de l’expéditeur',
  relayFrom: 'De',
  relayTo: 'À',
  relaySize: 'Taille du texte chiffré',
  bytesCount: (n) => plural(n, `${n} octet`, `${n} octets`),
  ok: 'Valide',
  failed: 'Échec',
  sameKey: 'Les mêmes octets que la clé du message de l’étape 2',
  decryptedText: 'Texte déchiffré',
  bytes: bytesFr,
};

export const quizQuestionFr: QuizLabels = {
  check: 'Vérifier',
  chooseOne: 'Choisissez une réponse.',
  chooseAll: 'Choisissez toutes les bonnes réponses.',
  nothingChosen: 'Choisissez d’abord une réponse.',
  correct: 'Correct',
  incorrect: 'Incorrect',
  missed: 'Bonne réponse, non choisie',
  summary: (result) => {
    if (result.correct) return 'Bonne réponse, bravo.';
    if (result.kind === 'single') return 'Pas tout à fait : la bonne réponse est indiquée.';
    const found = result.correctIds.length - result.missedIds.length;
    return `Pas tout à fait : ${found} bonnes réponses trouvées sur ${result.correctIds.length}, ${result.wrongIds.length} mauvaises choisies.`;
  },
};

export const voteTallyFr: VoteTallyLabels = {
  title: 'Résultat du vote',
  against: 'Contre',
  for: 'Pour',
  notVoting: 'Pas de vote exprimé',
  summary: ({ against, for: inFavour, seats }) =>
    `${against + inFavour} votes exprimés sur ${seats} sièges : ${against} contre, ${inFavour} pour.`,
};
