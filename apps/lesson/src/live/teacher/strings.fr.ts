import type { Translation } from '../../i18n/translation.js';
import { liveSharedFr } from '../strings.fr.js';
import type { LiveTeacherStrings } from './strings.en.js';

/** Les mots des pages de la classe en direct, côté enseignant (projecteur et console). */
export const liveTeacherFr: Translation<LiveTeacherStrings> = {
  title: {
    projector: liveSharedFr.title,
    console: 'Classe en direct : console',
  },
  unavailable: {
    heading: liveSharedFr.title,
    noServer:
      'La classe en direct a besoin du serveur de la classe, et ce n’est pas lui qui a servi cette page. Lancez-le sur l’ordinateur de l’enseignant (npm run share -w @e2ee-kit/classroom), ou suivez la leçon sur un seul écran.',
    notLaptop: 'La console de la classe en direct ne s’ouvre que sur l’ordinateur de l’enseignant.',
    elsewhere:
      'La classe en direct est déjà ouverte dans une autre fenêtre de ce navigateur, qui détient les clés de l’enseignant. Utilisez celle-là, ou fermez-la et rechargez celle-ci.',
    checking: liveSharedFr.checking,
    starting: 'Préparation des clés de l’enseignant…',
    failed: 'La classe en direct n’a pas pu démarrer : {{error}}',
    backToLesson: 'Revenir à la leçon',
  },
  connection: {
    ...liveSharedFr.connection,
    refused: 'Refusé par le serveur : {{error}}',
    closed: 'Fermé',
  },
  names: {
    teacher: 'Enseignant',
  },
  mode: {
    'member-signed': 'les membres signent la liste',
    'provider-managed': 'le serveur gère la liste',
  },
  bar: {
    code: 'Classe {{code}}',
    noClass: 'Aucune classe ouverte',
    students_one: '{{count}} élève',
    students_other: '{{count}} élèves',
    panels: 'Panneaux',
    openConsole: 'Ouvrir la console',
    keysHint: '→ / ← ou télécommande : panneaux · B : écran noir',
  },
  panel: {
    join: 'Rejoindre',
    traffic: 'Vue du fournisseur',
    roster: 'Liste des membres',
    'who-can-read': 'Qui peut lire',
    ghost: 'Écran du fantôme',
    reports: 'Signalements',
    vote: 'Vote',
  },
  join: {
    heading: 'Rejoindre la classe',
    noClass: 'Aucune classe n’est encore ouverte. Ouvrez-en une depuis la console.',
    scan: 'Scannez le code, ou ouvrez cette adresse et tapez le code :',
    code: 'Code',
    qrLabel: 'Code QR de l’adresse pour rejoindre {{url}}',
    joined_one: '{{count}} élève a rejoint la classe',
    joined_other: '{{count}} élèves ont rejoint la classe',
  },
  traffic: {
    heading: 'Ce que voit le fournisseur',
    statement:
      'Des données chiffrées, des tailles, qui écrit à qui et quand. Jamais une clé, jamais un mot du texte.',
    caption: 'Messages relayés par le serveur, le dernier en bas',
    seq: 'N°',
    fromTo: 'De → à',
    recipients_one: '{{count}} appareil',
    recipients_other: '{{count}} appareils',
    includesGhost: 'dont le fantôme caché',
    size: 'Taille',
    bytes_one: '{{count}} octet',
    bytes_other: '{{count}} octets',
    time: 'Heure',
    ciphertext: 'Début des données chiffrées',
    empty: 'Rien n’a encore été relayé.',
  },
  roster: {
    heading: 'La liste des membres, telle que la tient le fournisseur',
    statement:
      'Chaque téléphone chiffre pour tous ceux de cette liste. Une entrée cachée y figure, mais les téléphones ne l’affichent pas.',
    caption: 'Liste des membres de la classe {{code}}',
    name: 'Nom',
    role: 'Rôle',
    onList: 'Sur la liste des téléphones',
    shown: 'affiché',
    hidden: 'caché',
    ghostFlag: 'caché par le fournisseur',
    empty: 'Personne n’a encore rejoint la classe.',
  },
  role: {
    student: 'élève',
    teacher: 'enseignant',
    ghost: 'fantôme',
    provider: 'fournisseur',
    agency: 'agence',
    mallory: 'voleuse',
  },
  read: {
    heading: 'Qui peut lire chaque message',
    caption: 'Qui peut lire chaque message (le dernier en bas)',
    message: 'Message',
    read: 'peut lire',
    unreadable: 'ne peut pas lire',
    pending: 'pas encore de réponse',
    cellName: '{{party}} : {{state}}',
    legend:
      '✓ peut lire, ✗ ne peut pas lire, … pas encore de réponse. Les colonnes des élèves viennent des accusés de lecture de leurs téléphones ; celles du fantôme, de l’agence et de Mallory, de vraies tentatives de déchiffrement sur cet ordinateur.',
    receiptsNote:
      'Les accusés de lecture sont eux aussi des métadonnées : le fournisseur voit quel téléphone a ouvert quel message, et quand.',
    row: '{{seq}}. {{from}} : {{text}}',
    unknownText: '(l’appareil de l’enseignant ne peut pas le lire)',
    empty: 'Aucun message pour l’instant.',
  },
  ghost: {
    heading: 'Ce que lit le fantôme',
    notOrdered:
      'Pas encore d’ordre d’accès : le fantôme a des clés, mais aucun message n’a été verrouillé pour lui.',
    ordered:
      'Ordre d’accès donné au message n° {{seq}}. Le fantôme ne lit que ce qui est venu après :',
    before_one: '{{count}} message antérieur lui reste fermé.',
    before_other: '{{count}} messages antérieurs lui restent fermés.',
    none: 'Rien de déchiffré pour l’instant.',
    refused:
      'Ordre d’accès donné au message n° {{seq}}. Les téléphones suivent la liste signée par les membres, et le fantôme n’y figure pas : ils n’ont pas chiffré pour lui, et ne le feront pas tant qu’aucun téléphone n’aura obéi à la mise à jour ordonnée.',
    closed_one: '{{count}} message lui reste fermé.',
    closed_other: 'Les {{count}} messages lui restent fermés.',
    from: '{{from}} :',
  },
  reports: {
    heading: 'Qui a trouvé le fantôme',
    caption: 'Signalements des téléphones, le premier en haut',
    who: 'Qui',
    how: 'Comment',
    suspect: 'Suspect',
    when: 'Après l’ordre',
    noSuspect: '—',
    noOrder: 'avant tout ordre',
    elapsed: '{{minutes}} min {{seconds}} s',
    empty: 'Aucun signalement pour l’instant.',
    method: {
      'roster-check': 'a vérifié la liste des membres',
      'recipient-check': 'a vu un destinataire inattendu',
      'safety-number': 'a comparé les numéros de sécurité',
    },
  },
  vote: {
    none: 'Aucun vote n’est ouvert. Ouvrez-en un depuis la console.',
    prompt: 'Votez sur votre téléphone : le décompte change à mesure que les votes arrivent.',
    voters_one: '{{count}} téléphone a voté',
    voters_other: '{{count}} téléphones ont voté',
  },
  console: {
    heading: 'Classe en direct : console',
    waiting:
      'En attente de la fenêtre du projecteur. Ouvrez d’abord la classe en direct sur l’écran projeté (les clés y sont).',
    openProjector: 'Ouvrir la fenêtre du projecteur',
    status: 'État',
    class: {
      heading: 'Classe',
      mode: 'Mode du groupe',
      open: 'Ouvrir une classe',
      openNew: 'Ouvrir une nouvelle classe',
      current: 'La classe {{code}} est ouverte ({{mode}}).',
      confirmNew:
        'Ouvrir une nouvelle classe ? Cet ordinateur quitte définitivement la classe {{code}} : ses clés pour elle sont remplacées.',
    },
    show: {
      heading: 'Montrer au projecteur',
      language: 'Langue du projecteur',
    },
    ghost: {
      heading: 'Le fantôme',
      order: 'Donner l’ordre d’accès',
      ordered: 'Ordre d’accès donné.',
      updateHelp:
        'Classe où les membres signent : les téléphones refusent l’ordre tant que l’application d’un téléphone n’a pas été mise à jour pour y faire entrer le fantôme.',
      phone: 'Téléphone à mettre à jour',
      update: 'Envoyer la mise à jour ordonnée',
      noPhone: 'Aucun téléphone d’élève pour l’instant.',
    },
    escrow: {
      heading: 'Séquestre',
      mandate: 'Imposer le séquestre',
      mandated: 'Le séquestre est imposé.',
      steal: 'Mallory vole la clé maîtresse',
      stolen: 'Mallory détient la clé maîtresse.',
    },
    vote: {
      heading: 'Vote de prédiction',
      question: 'Question',
      open: 'Ouvrir le vote',
      close: 'Clore le vote',
      reveal: 'Montrer la réponse',
      current: 'Ouvert : {{question}}',
    },
    remove: {
      heading: 'Retirer un élève',
      student: 'Élève',
      remove: 'Retirer',
      confirm: 'Retirer {{name}} de la classe ?',
    },
    lastError: 'Dernier refus du serveur : {{message}} ({{code}})',
    done: 'Fait.',
    failed: 'Échec : {{error}}',
    working: 'En cours…',
    keysHint: 'Les touches de la télécommande pressées ici changent le panneau du projecteur.',
  },
};
