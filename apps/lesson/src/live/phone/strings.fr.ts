import type { Translation } from '../../i18n/translation.js';
import type { LivePhoneStrings } from './strings.en.js';

/** The words of a student's phone in the live class, in French; see `strings.en.ts`. */
export const livePhoneFr: Translation<LivePhoneStrings> = {
  page: {
    title: 'Cours en direct',
    checking: 'Recherche du serveur de la classe…',
    starting: 'Ouverture du cours sur ce téléphone…',
    oneScreen: 'Ouvrir la leçon sur un seul écran',
  },
  noServer: {
    heading: 'Le cours en direct passe par l’ordinateur de l’enseignant',
    body: 'Cette page n’a pas été ouverte depuis le serveur de la classe : il n’y a donc pas de cours en direct à rejoindre ici. Scannez le code QR projeté, ou suivez la leçon sur un seul écran.',
  },
  join: {
    heading: 'Rejoindre le cours',
    intro: 'Tapez le code affiché au tableau et le nom que verront vos camarades.',
    code: 'Code du cours',
    codeHint: '6 lettres ou chiffres, comme au tableau.',
    name: 'Votre nom',
    nameHint: 'De 1 à 32 caractères. Vos camarades le voient à côté de vos messages.',
    submit: 'Rejoindre',
    joining: 'Connexion…',
    keysNote:
      'Votre téléphone crée maintenant ses propres clés et les garde dans ce navigateur. Le serveur n’en reçoit que la partie publique.',
    errorsHeading: 'Vérifiez le formulaire',
    codeEmpty: 'Tapez le code du cours.',
    codeShape: 'Le code a 6 lettres ou chiffres.',
    nameEmpty: 'Tapez votre nom.',
    nameLong: 'Votre nom a {{count}} caractères : 32 au plus.',
    refused: {
      'bad-name':
        'Le serveur n’a pas accepté ce nom. Utilisez de 1 à 32 caractères ordinaires (lettres, chiffres, espaces).',
      'name-taken':
        'Quelqu’un dans ce cours utilise déjà ce nom. Ajoutez une initiale ou un chiffre.',
      'class-full': 'Ce cours est complet. Demandez à votre enseignant.',
      'unknown-class': 'Aucun cours n’a ce code. Vérifiez-le au tableau.',
      'class-closed': 'Ce cours est terminé. Demandez le nouveau code à votre enseignant.',
      other: 'Le serveur a refusé ce téléphone ({{code}}). Demandez à votre enseignant.',
      unreachable:
        'Le serveur de la classe ne répond pas. Vérifiez que vous êtes sur le wifi de la classe.',
    },
  },
  back: {
    welcome: 'Vous revoilà, {{name}}.',
    joined: 'Vous avez rejoint le cours sous le nom de {{name}}.',
  },
  connection: {
    label: 'Connexion',
    connecting: 'Connexion au cours…',
    online: 'En ligne',
    backOnline: 'De nouveau en ligne.',
    retrying_one: 'Connexion perdue. Nouvel essai dans {{count}} s…',
    retrying_other: 'Connexion perdue. Nouvel essai dans {{count}} s…',
    refused: 'Le serveur de la classe a refusé ce téléphone : {{reason}}',
    refusedCode: 'code {{code}}',
    badToken:
      'il ne connaît plus ce téléphone (le cours a peut-être été réinitialisé). Rejoignez-le à nouveau.',
    closed: 'Vous avez quitté le cours.',
    joinAgain: 'Rejoindre à nouveau',
  },
  lastError: {
    'rate-limited': 'Trop rapide : attendez un instant, puis renvoyez.',
    'not-a-member':
      'Votre téléphone n’est pas encore sur la liste du cours : attendez un instant, puis renvoyez.',
    'too-large': 'C’était trop long pour le serveur.',
    'no-vote': 'Ce vote est clos.',
    offline: 'Votre téléphone est hors ligne : attendez qu’il soit de nouveau en ligne.',
    other: 'Quelque chose a été refusé ({{code}}) : {{message}}',
    dismiss: 'OK',
  },
  chat: {
    heading: 'Discussion de la classe',
    empty: 'Pas encore de message. Dites bonjour !',
    you: 'Vous',
    from: '{{name}}',
    sentAt: 'à {{time}}',
    refused: 'Un message pour vous n’a pas pu être ouvert : {{reason}}',
    refusedReasons: {
      tampered: 'il a été modifié en route.',
      replayed: 'c’est la copie d’un message déjà reçu.',
      other: 'la vérification a échoué ({{code}}).',
    },
    message: 'Message à la classe',
    send: 'Envoyer',
    hint: 'Entrée envoie. Seules les personnes de la liste ci-dessous peuvent le lire.',
    emptyText: 'Tapez d’abord un message.',
    sent: 'Envoyé.',
    offline: 'Non envoyé : ce téléphone est hors ligne. Votre texte est toujours dans la case.',
    failed: 'Non envoyé ({{code}}). Votre texte est toujours dans la case.',
    count: '{{count}} sur {{max}} caractères',
    left_one: 'Il reste {{count}} caractère.',
    left_other: 'Il reste {{count}} caractères.',
    limit: 'C’est la limite : {{max}} caractères.',
    cut: 'Le texte a été coupé à {{max}} caractères.',
  },
  roster: {
    heading: 'Pour qui votre téléphone chiffre',
    intro:
      'Chaque message que vous envoyez est verrouillé pour chaque appareil de cette liste, et pour eux seuls.',
    count_one: '{{count}} appareil',
    count_other: '{{count}} appareils',
    you: '{{name}} (vous)',
    teacher: 'enseignant',
    ghost: 'fantôme : pas un camarade',
    mode: {
      'member-signed': 'Les membres signent chaque changement de cette liste.',
      'provider-managed': 'Le serveur gère cette liste.',
    },
    escrow:
      'Le séquestre des clés est actif : votre téléphone verrouille aussi chaque message pour la clé de l’agence.',
    noticesHeading: 'Notifications',
    noNotices: 'Aucune notification.',
    notice: {
      'conversation-created': '{{name}} a ouvert la discussion de la classe.',
      'member-added': '{{name}} a rejoint le cours.',
      'device-added': '{{name}} a ajouté un appareil.',
      'member-removed': '{{name}} a quitté le cours.',
      'device-updated': 'Les clés de {{name}} ont changé.',
      'safety-number-changed': 'Le numéro de sécurité de {{name}} a changé.',
      'uncertified-device':
        '{{name}} n’a pas de certificat valide : votre téléphone ne chiffre pas pour lui.',
      'unexpected-recipient':
        'Un message était aussi verrouillé pour {{name}}, qui n’est pas dans le cours.',
      other: '{{name}} : {{kind}}.',
    },
  },
  spot: {
    heading: 'Trouvez le fantôme',
    intro: 'Quelqu’un lit-il en douce ? Votre téléphone peut vérifier.',
    check: 'Vérifier la liste',
    checked: 'Vérifié à {{time}}.',
    clean:
      'Rien à signaler : chaque appareil pour lequel votre téléphone chiffre est membre du cours.',
    found_one: 'Votre téléphone a trouvé {{count}} problème :',
    found_other: 'Votre téléphone a trouvé {{count}} problèmes :',
    finding: {
      'roster-check':
        'Votre téléphone chiffre pour {{suspect}}, un appareil qu’aucun membre n’a ajouté au cours.',
      'recipient-check':
        'Un message reçu était aussi verrouillé pour {{suspect}}, absent de votre liste.',
      'safety-number': 'Votre numéro de sécurité avec {{suspect}} ne correspondait pas.',
    },
    unknownSuspect: 'un appareil inconnu',
    report: 'Le signaler à la classe',
    reported: 'Signalé : l’écran de l’enseignant l’affiche.',
    reportFailed: 'Non signalé ({{code}}). Réessayez.',
  },
  compare: {
    heading: 'Comparer avec un voisin',
    intro:
      'Choisissez votre voisin. Lisez chacun les chiffres à voix haute : si quelqu’un a glissé une clé entre vous, ils diffèrent.',
    choose: 'Camarade',
    nobody: 'Aucun camarade n’a encore rejoint le cours.',
    placeholder: 'Choisir un camarade',
    digitsLabel: 'Votre numéro de sécurité avec {{name}}',
    question: 'Le téléphone de {{name}} affiche-t-il les mêmes chiffres ?',
    same: 'Mêmes chiffres',
    different: 'Différents',
    sameResult:
      'Bien : {{name}} et vous voyez les mêmes clés. Personne ne s’est glissé entre vos deux téléphones.',
    differentResult: 'Signalé à la classe : vos chiffres et ceux de {{name}} diffèrent.',
    failed: 'Pas de numéro de sécurité avec {{name}} ({{code}}).',
  },
  vote: {
    heading: 'Pronostic',
    intro:
      'Un seul appui suffit pour voter. Vous pouvez changer d’avis jusqu’à ce que l’enseignant clôture le vote.',
    yours: 'Votre vote : {{choice}}.',
    none: 'Vous n’avez pas encore voté.',
    failed: 'Vote non envoyé ({{code}}). Réessayez.',
    questions: {
      'access-order': {
        question: 'Après l’ordre, le Fantôme lira-t-il les messages envoyés avant ?',
        choices: {
          all: 'Oui, tous',
          after: 'Non : seulement les messages envoyés après l’ordre',
          none: 'Non : aucun, même pas les nouveaux',
        },
      },
      'escrow-steal': {
        question:
          'Si Mallory vole la clé maîtresse, lira-t-elle les messages envoyés avant le vol ?',
        choices: {
          old: 'Oui, les anciens aussi',
          new: 'Non : seulement les messages envoyés après le vol',
        },
      },
      'safety-numbers': {
        question:
          'Le serveur glisse un fantôme déguisé en second appareil d’un camarade. Vos numéros de sécurité correspondront-ils encore ?',
        choices: {
          match: 'Oui, ils correspondent encore',
          differ: 'Non, ils ne correspondent plus',
        },
      },
    },
  },
  leave: {
    button: 'Quitter le cours sur ce téléphone',
    confirm:
      'Quitter pour de bon ? Votre téléphone oublie ses clés pour ce cours ; pour revenir, vous rejoindrez comme une nouvelle personne.',
    yes: 'Quitter et oublier mes clés',
    no: 'Rester',
    done: 'Vous avez quitté le cours. Ce téléphone ne garde plus ses clés.',
  },
};
