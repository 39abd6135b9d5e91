import type { Translation } from '../../i18n/translation.js';
import { liveSharedFr } from '../strings.fr.js';
import type { LivePhoneStrings } from './strings.en.js';

/** The words of a student's phone in the live class, in French; see `strings.en.ts`. */
export const livePhoneFr: Translation<LivePhoneStrings> = {
  page: {
    title: liveSharedFr.title,
    checking: liveSharedFr.checking,
    starting: 'Ouverture de la classe sur ce téléphone…',
    oneScreen: 'Ouvrir la leçon sur un seul écran',
  },
  noServer: {
    heading: 'La classe en direct passe par l’ordinateur de l’enseignant',
    body: 'Cette page n’a pas été ouverte depuis le serveur de la classe : il n’y a donc pas de classe en direct à rejoindre ici. Scannez le code QR projeté, ou suivez la leçon sur un seul écran.',
  },
  join: {
    heading: 'Rejoindre la classe',
    intro: 'Tapez le code affiché au tableau et le nom que verront vos camarades.',
    code: 'Code de la classe',
    codeHint: '6 lettres ou chiffres, comme au tableau.',
    name: 'Votre nom',
    nameHint: 'De 1 à 32 caractères. Vos camarades le voient à côté de vos messages.',
    submit: 'Rejoindre',
    joining: 'Connexion…',
    keysNote:
      'Votre téléphone crée maintenant ses propres clés et les garde dans ce navigateur. Le serveur n’en reçoit que la partie publique.',
    errorsHeading: 'Vérifiez le formulaire',
    codeEmpty: 'Tapez le code de la classe.',
    codeShape: 'Le code a 6 lettres ou chiffres.',
    nameEmpty: 'Tapez votre nom.',
    nameLong: 'Votre nom a {{count}} caractères : 32 au plus.',
    refused: {
      'bad-name':
        'Le serveur n’a pas accepté ce nom. Utilisez de 1 à 32 caractères ordinaires (lettres, chiffres, espaces).',
      'name-taken':
        'Quelqu’un dans cette classe utilise déjà ce nom. Ajoutez une initiale ou un chiffre.',
      'class-full': 'Cette classe est complète. Demandez à votre enseignant.',
      'unknown-class': 'Aucune classe n’a ce code. Vérifiez-le au tableau.',
      'class-closed': 'Cette classe est terminée. Demandez le nouveau code à votre enseignant.',
      other: 'Le serveur a refusé ce téléphone ({{code}}). Demandez à votre enseignant.',
      unreachable:
        'Le serveur de la classe ne répond pas. Vérifiez que vous êtes sur le wifi de la classe.',
    },
  },
  back: {
    welcome: 'Vous revoilà, {{name}}.',
    joined: 'Vous avez rejoint la classe sous le nom de {{name}}.',
  },
  connection: {
    label: 'Connexion',
    ...liveSharedFr.connection,
    backOnline: 'De nouveau en ligne.',
    refused: 'Le serveur de la classe a refusé ce téléphone : {{reason}}',
    refusedCode: 'code {{code}}',
    badToken:
      'il ne connaît plus ce téléphone (la classe a peut-être été réinitialisée). Rejoignez-la à nouveau.',
    closed: 'Vous avez quitté la classe.',
    joinAgain: 'Rejoindre à nouveau',
  },
  lastError: {
    'rate-limited': 'Trop rapide : attendez un instant, puis renvoyez.',
    'not-a-member':
      'Votre téléphone n’est pas encore sur la liste de la classe : attendez un instant, puis renvoyez.',
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
    ghostName: 'Fantôme',
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
      'member-added': '{{name}} a rejoint la classe.',
      'device-added': '{{name}} a ajouté un appareil.',
      'member-removed': '{{name}} a quitté la classe.',
      'device-updated': 'Les clés de {{name}} ont changé.',
      'safety-number-changed': 'Le numéro de sécurité de {{name}} a changé.',
      'uncertified-device':
        '{{name}} n’a pas de certificat valide : votre téléphone ne chiffre pas pour lui.',
      'unexpected-recipient':
        'Un message était aussi verrouillé pour {{name}}, qui n’est pas dans la classe.',
      other: '{{name}} : {{kind}}.',
      addedBy: 'Le téléphone de {{by}} a ajouté {{name}}.',
      addedByYou: 'Votre téléphone a ajouté {{name}}.',
    },
  },
  spot: {
    heading: 'Trouvez le fantôme',
    intro: 'Quelqu’un lit-il en douce ? Votre téléphone peut vérifier.',
    check: 'Vérifier la liste',
    checked: 'Vérifié à {{time}}.',
    clean:
      'Votre téléphone n’a rien trouvé. Il vérifie avec son propre logiciel : un logiciel modifié par une mise à jour pourrait vous cacher un fantôme, alors comparez aussi avec vos voisins.',
    found_one: 'Votre téléphone a trouvé {{count}} problème :',
    found_other: 'Votre téléphone a trouvé {{count}} problèmes :',
    finding: {
      'roster-check':
        'Votre téléphone chiffre pour {{suspect}}, un appareil qu’aucun membre n’a ajouté à la classe.',
      'signed-by-classmate':
        '{{suspect}} a été ajouté à la classe par le téléphone de {{by}}, et non par celui de l’enseignant.',
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
    nobody: 'Aucun camarade n’a encore rejoint la classe.',
    placeholder: 'Choisir un camarade',
    digitsLabel: 'Votre numéro de sécurité avec {{name}}',
    question: 'Le téléphone de {{name}} affiche-t-il les mêmes chiffres ?',
    same: 'Mêmes chiffres',
    different: 'Différents',
    sameResult:
      'Bien : {{name}} et vous voyez les mêmes clés. Personne n’a remplacé une clé entre vos deux téléphones. Un membre ajouté au groupe, c’est une autre vérification : regardez la liste de ceux pour qui votre téléphone chiffre.',
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
  },
  leave: {
    button: 'Quitter la classe sur ce téléphone',
    confirm:
      'Quitter pour de bon ? Votre téléphone oublie ses clés pour cette classe ; pour revenir, vous rejoindrez comme une nouvelle personne.',
    yes: 'Quitter et oublier mes clés',
    no: 'Rester',
    done: 'Vous avez quitté la classe. Ce téléphone ne garde plus ses clés.',
  },
};
