import type { DemoStrings } from './strings.en.js';

/** The words of the live crypto demos in French; see `strings.en.ts`. */
export const demosFr: DemoStrings = {
  common: {
    loading: 'Création des clés d’Alice, Bob et Carol…',
    seedNote:
      'Démo pédagogique : toutes les clés sont créées dans ce navigateur à partir d’une graine tirée pour cette session ; un rechargement redonne donc les mêmes clés. Une vraie application ne réutilise jamais une graine.',
    cancel: 'Annuler',
    rowLabel: '{{n}}. {{name}} : « {{text}} »',
    rowUnreadable: '{{n}}. {{name}}',
    before: 'avant',
    after: 'après',
  },
  names: {
    ghost: 'Fantôme',
    provider: 'Messagerie',
    escrowProvider: 'Messagerie avec séquestre',
    agency: 'Agence',
    mallory: 'Mallory',
  },
  conversations: {
    pair: 'Alice et Bob',
    group: 'Groupe de la classe',
  },
  send: {
    legend: 'Envoyer en tant que',
    conversationLegend: 'Conversation',
    message: 'Message pour « {{conversation}} »',
    button: 'Envoyer',
    hint: 'Entrée envoie le message.',
    empty: 'Écrivez d’abord un message.',
    sent: '{{name}} a envoyé un message dans « {{conversation}} ».',
  },
  reset: {
    button: 'Recommencer avec de nouvelles clés',
    title: 'Recommencer avec de nouvelles clés ?',
    body: 'Tous les messages, l’ordre d’accès et la clé volée sont effacés dans toutes les démos de la leçon, et de nouvelles clés sont créées pour tout le monde.',
    confirm: 'Recommencer',
    done: 'De nouvelles clés ont été créées : toutes les conversations sont vides.',
  },
  chatPair: {
    chatHeading: 'La conversation, vue depuis une place',
    providerHint: 'Essayez de lire un message du côté du fournisseur.',
  },
  chatGroup: {
    caption: 'Qui peut lire chaque message du groupe de la classe',
    empty: 'Aucun message pour l’instant : envoyez-en un et regardez le tableau se remplir.',
  },
  stepThrough: {
    emptyChat: 'La conversation d’Alice et Bob est encore vide. Envoyez un message pour le suivre.',
    sample: 'On se retrouve à 18 h devant la bibliothèque ?',
    sendSample: 'Envoyer un message d’exemple en tant qu’Alice',
    pick: 'Message à suivre',
    option: 'Message {{n}}, de {{name}} : « {{text}} »',
    title: 'Message {{n}}, de {{from}} à {{to}}',
    newMessage: 'Envoyer un autre message pour le suivre',
  },
  accessOrder: {
    intro: 'Vous jouez les autorités : l’ordre est adressé au fournisseur, pas aux membres.',
    issue: 'Émettre l’ordre d’accès',
    dialogTitle: 'Émettre l’ordre d’accès ?',
    dialogBody:
      'Le fournisseur va ajouter un appareil « Fantôme » au groupe de la classe sans la signature d’aucun membre, le retirer de la liste affichée et supprimer l’avertissement « a rejoint le groupe ». Dès le prochain message, l’application de chaque membre verrouillera aussi la clé du message pour le Fantôme. Seul « Recommencer avec de nouvelles clés » permet de revenir en arrière.',
    confirm: 'Émettre l’ordre',
    carriedOut:
      'L’ordre d’accès a été exécuté. Une colonne Fantôme a été ajoutée au tableau : il ne peut lire que les messages envoyés après l’ordre.',
    alreadyDone: 'L’ordre d’accès a été exécuté le {{time}}.',
    sendAfter: 'Envoyez maintenant un message au groupe et regardez la colonne du Fantôme.',
    rowBefore: '{{label}} (avant l’ordre)',
    rowAfter: '{{label}} (après l’ordre)',
  },
  revealNotices: {
    noOrder:
      'Pas encore d’ordre d’accès : le fournisseur n’a rien caché aux membres. Émettez-le à l’étape « ',
    noOrderEnd: ' », puis revenez ici.',
    revealAll: 'Révéler ce que le fournisseur a caché, sur les trois téléphones',
    hideAll: 'Masquer de nouveau les avertissements supprimés',
    summary_one:
      'À eux trois, les téléphones ont enregistré {{count}} avertissement sur le groupe et n’en ont montré aucun : le fournisseur a demandé aux applications de se taire.',
    summary_other:
      'À eux trois, les téléphones ont enregistré {{count}} avertissements sur le groupe et n’en ont montré aucun : le fournisseur a demandé aux applications de se taire.',
    panelTitle: {
      alice: 'Le groupe de la classe sur le téléphone d’Alice',
      bob: 'Le groupe de la classe sur le téléphone de Bob',
      carol: 'Le groupe de la classe sur le téléphone de Carol',
    },
  },
  safetyNumbers: {
    partOne: 'Alice et Bob, sur la messagerie de la leçon',
    left: 'Téléphone d’Alice (numéro avec Bob)',
    right: 'Téléphone de Bob (numéro avec Alice)',
    matchWithGhost:
      'Les numéros sont identiques alors que le Fantôme lit le groupe de la classe : un numéro de sécurité compare les clés de deux personnes, pas la liste de ceux qui sont dans un groupe.',
    matchNoGhost:
      'Les numéros sont identiques. Ils le resteront après l’ordre d’accès, car le Fantôme n’ajoute aucune clé au compte d’Alice ni à celui de Bob.',
    partTwo: 'Un fantôme déguisé en second appareil de Bob',
    partTwoIntro:
      'Une petite messagerie à part, créée dans ce navigateur : cette fois, le serveur inscrit le fantôme comme un nouvel appareil de Bob, et l’application d’Alice compte donc sa clé parmi celles de Bob.',
    partTwoCheck: 'Alice et Bob, sur la seconde messagerie',
    slip: 'Laisser le serveur glisser un fantôme déguisé',
    slipped:
      'Le serveur a inscrit le fantôme comme second appareil de Bob, certifié par une clé d’identité qui n’est pas celle de Bob. Le téléphone d’Alice utilise désormais cette clé pour la moitié du numéro qui concerne Bob ; celui de Bob, non. Les numéros ne correspondent plus : les comparer démasque le fantôme.',
    loading: 'Création des clés de la seconde messagerie…',
    disguisedLeft: 'Téléphone d’Alice, seconde messagerie (numéro avec Bob)',
    disguisedRight: 'Téléphone de Bob, seconde messagerie (numéro avec Alice)',
  },
  verifyRoster: {
    intro:
      'L’application de Carol ne se contente pas de croire la liste des membres affichée par le serveur : elle vérifie chaque appareil pour lequel le serveur la fait chiffrer, y compris ceux qu’il lui demande de cacher.',
    run: 'Lancer la vérification sur le téléphone de Carol',
    rerun: 'Relancer la vérification',
    panelTitle: 'Le groupe de la classe sur le téléphone de Carol',
    resultOk:
      'Vérification faite : chaque appareil pour lequel l’application chiffre est dans la liste des membres.',
    resultGhost_one:
      'Vérification faite : l’application chiffre pour {{count}} appareil que le serveur cache de la liste.',
    resultGhost_other:
      'Vérification faite : l’application chiffre pour {{count}} appareils que le serveur cache de la liste.',
    beforeOrder:
      'Pas encore d’ordre d’accès : tous les appareils sont donc vérifiés. Émettez l’ordre à l’étape « ',
    beforeOrderEnd: ' », puis relancez la vérification.',
    afterOrder:
      'Le Fantôme a été ajouté par le fournisseur seul et caché de la liste. Dans ce groupe, c’est la liste du serveur qui décide qui reçoit une clé : l’application de Carol peut signaler le Fantôme, mais chiffre quand même pour lui ; dans un groupe signé par les membres, le serveur n’aurait pas pu l’ajouter.',
  },
  escrowSteal: {
    intro:
      'Une seconde messagerie, où la loi oblige chaque application à verrouiller aussi chaque clé de message pour la clé maîtresse de l’Agence. Mallory ne détient encore rien.',
    caption: 'Qui peut lire chaque message sur la messagerie avec séquestre',
    steal: 'Mallory vole la clé maîtresse',
    stolen:
      'Mallory détient maintenant une copie de la clé maîtresse : elle peut lire {{count}} des {{total}} messages, y compris ceux envoyés avant le vol.',
    stolenAlready: 'Mallory détient une copie volée de la clé maîtresse.',
    contrast:
      'Comparez avec le fantôme : il lit une seule conversation, et seulement depuis son arrivée. Une clé maîtresse volée lit toutes les conversations, le passé comme l’avenir.',
    rowLabel: '{{n}}. {{conversation}} · {{name}} : « {{text}} »',
    rowBefore: '{{label}} (avant le vol)',
    rowAfter: '{{label}} (après le vol)',
  },
  reasons: {
    member: 'membre de la conversation',
    ghost: 'ajouté en silence par le fournisseur',
    'escrow-key': 'détient la clé maîtresse du séquestre',
    'stolen-key': 'détient une copie volée de la clé maîtresse',
    'not-a-recipient': 'aucune clé n’a été verrouillée pour lui',
    'holds-no-keys': 'ne détient aucune clé',
    tampered: 'le message a été modifié',
    'unknown-sender': 'l’expéditeur n’est pas celui qu’il prétend être',
  },
  roles: {
    member: 'membre',
    ghost: 'fantôme',
    provider: 'serveur',
    'escrow-authority': 'séquestre',
    thief: 'attaquante',
  },
  bytes: {
    showAll: 'Tout afficher',
    showLess: 'Afficher moins',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le vous-même',
    hex: 'hexa',
    base64url: 'base64url',
    byteCount_one: '{{count}} octet',
    byteCount_other: '{{count}} octets',
    hiddenBytes_one: '{{count}} octet non affiché',
    hiddenBytes_other: '{{count}} octets non affichés',
  },
  conversation: {
    seatsLegend: 'Lire la conversation en tant que',
    messageNumber: 'Message {{n}}',
    from: 'De {{name}}',
    cannotRead: 'Chiffré : vous ne pouvez pas le lire',
    ciphertext: 'Texte chiffré du message {{n}}',
    readBecause: 'Lisible parce que :',
    cannotReadBecause: 'Pourquoi pas :',
    summary_one: 'Messages lisibles par {{name}} : {{readable}} sur {{count}}.',
    summary_other: 'Messages lisibles par {{name}} : {{readable}} sur {{count}}.',
    empty: 'Aucun message pour l’instant.',
  },
  matrix: {
    messageHeader: 'Message',
    canRead: 'Peut lire',
    cannotRead: 'Ne peut pas lire',
    notTried: 'Pas essayé',
    cellCan: '{{name}} peut lire le message {{n}}',
    cellCannot: '{{name}} ne peut pas lire le message {{n}}',
    cellNotTried: '{{name}} : message {{n}} pas essayé',
    newColumn: 'nouveau',
    keyboardHint:
      'Dans le tableau, les flèches passent d’une case à l’autre ; Début et Fin vont au début et à la fin d’une ligne.',
  },
  provider: {
    title: 'Ce que voit le fournisseur',
    statement: 'Le fournisseur ne détient jamais de clé privée.',
    directoryCaption: 'Annuaire des clés publiques',
    device: 'Appareil',
    user: 'Utilisateur',
    signingKey: 'Clé de signature (Ed25519)',
    agreementKey: 'Clé d’échange (X25519)',
    fingerprintNote: 'Empreinte : les 8 premiers octets de chaque clé publique, en hexadécimal.',
    rosterCaption: 'Liste des membres de « {{name}} »',
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
    relayCaption: 'Journal des relais',
    index: 'N°',
    from: 'De',
    to: 'À',
    sentAt: 'Envoyé le',
    size: 'Taille du texte chiffré',
    bytesCount_one: '{{count}} octet',
    bytesCount_other: '{{count}} octets',
    ciphertextHeading: 'Le texte chiffré qu’il relaie',
    ciphertextOf: 'Texte chiffré n° {{index}} de {{device}}',
    empty: 'Rien n’a encore été relayé.',
  },
  roster: {
    membersHeading: 'Membres affichés ({{count}})',
    noticesHeading: 'Avertissements montrés à l’utilisateur',
    noNotices: 'Aucun avertissement n’a été montré.',
    notice: {
      'member-added': '{{name}} ({{device}}) a rejoint la conversation.',
      'device-added': '{{name}} a ajouté un nouvel appareil ({{device}}).',
      'member-removed': '{{name}} ({{device}}) a quitté la conversation.',
      'safety-number-changed': 'Votre numéro de sécurité avec {{name}} a changé.',
      'conversation-created': '{{name}} a créé la conversation.',
      'device-updated': '{{name}} ({{device}}) a de nouvelles clés.',
      'uncertified-device':
        '{{name}} ({{device}}) n’est pas certifié par la clé d’identité de son propriétaire : vos messages ne sont pas chiffrés pour lui.',
      'unexpected-recipient':
        'Un message que vous avez ouvert était aussi chiffré pour {{devices}}, absent de la liste des membres.',
    },
    reveal: 'Révéler les avertissements supprimés ({{count}})',
    hide: 'Masquer les avertissements supprimés ({{count}})',
    noneSuppressed: 'Aucun avertissement n’a été supprimé.',
    suppressedHeading: 'Supprimés par le fournisseur : l’utilisateur ne les a jamais vus',
    suppressedFlag: 'Supprimé',
    checkHeading: 'Vérification de la liste',
    verified:
      'Vérifiée : chaque appareil pour lequel l’application chiffre est dans la liste, et certifié.',
    unverified_one:
      'Non vérifiée : l’application chiffre pour {{count}} appareil caché de la liste ou non certifié.',
    unverified_other:
      'Non vérifiée : l’application chiffre pour {{count}} appareils cachés de la liste ou non certifiés.',
    status: {
      listed: 'dans la liste du fournisseur',
      hidden: 'destinataire, mais caché par le fournisseur',
      uncertified: 'non certifié par la clé d’identité de son propriétaire',
    },
    ghostFlag: 'Fantôme possible',
    hiddenFlag: 'caché de la liste des membres',
  },
  safety: {
    title: 'Comparer les numéros de sécurité',
    match:
      'Les numéros sont identiques : les deux téléphones voient les mêmes clés pour Alice et Bob.',
    mismatch:
      'Les numéros ne correspondent pas : les téléphones voient des clés différentes. Quelqu’un a peut-être glissé un appareil ; ne vous fiez pas à cette conversation avant de savoir pourquoi.',
    groupsDiffer: '{{differing}} groupes sur {{total}} diffèrent.',
    groupDiffers: '(diffère)',
    qrLabel: 'QR code du numéro de sécurité sur {{side}}',
    qrHint: 'Scannez-le avec l’autre téléphone pour comparer sans lire à voix haute.',
  },
  envelope: {
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
    wrapsSection: 'Copies verrouillées de la clé du message ({{count}})',
    wrapsNote:
      'La clé du message, verrouillée une fois pour chaque destinataire. Qui peut ouvrir une copie peut lire le message.',
    wrapFor: 'Clé pour {{recipient}}',
    wrapNonce: 'Nonce de la clé pour {{recipient}}',
    wrappedKey: 'Clé verrouillée pour {{recipient}}',
    ghostFlag: 'Fantôme : ajouté par le fournisseur, pas par un membre',
    escrowFlag: 'Séquestre : une copie pour l’autorité de séquestre',
    bodySection: 'Texte chiffré',
    bodyNonce: 'Nonce du texte',
    ciphertext: 'Texte chiffré',
    signatureSection: 'Signature',
    signature: 'Signature Ed25519 de l’appareil de l’expéditeur',
  },
  steps: {
    stepOf: 'Étape {{n}} sur {{total}}',
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
      plaintext:
        '{{name}} tape le message. Dans le téléphone, ce ne sont que ces {{count}} octets en UTF-8.',
      messageKey:
        'L’application de {{name}} tire au hasard une clé neuve de {{count}} octets, qui ne sert qu’à ce message.',
      encrypt:
        'XChaCha20-Poly1305 chiffre le texte avec la clé du message et un nonce aléatoire. L’en-tête (expéditeur, compteur, heure) n’est pas chiffré, mais toute modification est détectée.',
      wrap: 'La clé du message est verrouillée séparément pour chacun des {{count}} destinataires, avec une clé que seul ce destinataire peut reconstituer.',
      wrapHidden_one:
        '{{count}} d’entre eux n’apparaît pas sur l’écran de l’expéditeur : qui la détient peut lire ce message lui aussi.',
      wrapHidden_other:
        '{{count}} d’entre eux n’apparaissent pas sur l’écran de l’expéditeur : qui les détient peut lire ce message lui aussi.',
      sign: 'L’appareil de {{name}} signe toute l’enveloppe avec sa clé Ed25519, pour que toute modification en route soit détectée.',
      relay:
        'Le fournisseur transmet {{size}} octets de texte chiffré à {{count}} destinataires. Il voit qui écrit à qui et quand, pas quoi.',
      verifyOk:
        'L’application de {{name}} vérifie la signature avec la clé publique de l’expéditeur : l’enveloppe est exactement celle qui a été envoyée.',
      verifyFailed:
        'L’application de {{name}} vérifie la signature avec la clé publique de l’expéditeur : elle ne correspond pas, l’enveloppe est refusée.',
      unwrapOk:
        'L’appareil de {{name}} ouvre sa propre copie verrouillée et récupère la clé du message.',
      unwrapSame:
        'L’appareil de {{name}} ouvre sa propre copie verrouillée et récupère la clé du message : exactement les octets tirés à l’étape 2.',
      unwrapFailed:
        'L’appareil de {{name}} ne trouve aucune copie verrouillée qu’il puisse ouvrir : il ne peut pas lire le message.',
      decryptOk:
        'Avec la clé du message, l’application de {{name}} déchiffre le texte chiffré et retrouve le texte.',
      decryptFailed:
        'L’application de {{name}} ne peut pas déchiffrer le texte chiffré : il a été modifié en route.',
    },
    plaintext: 'Texte',
    plaintextBytes: 'Le texte en octets UTF-8',
    messageKey: 'Clé du message',
    nonce: 'Nonce',
    associatedData: 'Octets de l’en-tête (authentifiés, non chiffrés)',
    ciphertext: 'Texte chiffré',
    wrappedKeyFor: 'Clé du message verrouillée pour {{recipient}}',
    hiddenRecipient: 'Absent de l’écran de l’expéditeur',
    escrowRecipient: 'Copie pour le séquestre',
    signedBytes: 'Octets signés',
    signature: 'Signature',
    signingKey: 'Clé publique de signature de l’expéditeur',
    relayFrom: 'De',
    relayTo: 'À',
    relaySize: 'Taille du texte chiffré',
    ok: 'Valide',
    failed: 'Échec',
    sameKey: 'Les mêmes octets que la clé du message de l’étape 2',
    decryptedText: 'Texte déchiffré',
  },
};
