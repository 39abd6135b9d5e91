import type { Translation } from '../i18n/translation.js';
import type { DemoStrings } from './strings.en.js';

/** The words of the live crypto demos in French; see `strings.en.ts`. */
export const demosFr: Translation<DemoStrings> = {
  common: {
    loading: 'Création des clés d’Alice, Bob et Carol…',
    seedNote:
      'Démo pédagogique : toutes les clés sont créées dans ce navigateur à partir d’une graine tirée pour cette session ; un rechargement redonne donc les mêmes clés. Une vraie application ne réutilise jamais une graine.',
    cancel: 'Annuler',
    rowLabel: '{{n}}. {{name}} : « {{text}} »',
    rowUnreadable: '{{n}}. {{name}}',
    before: 'avant',
    after: 'après',
  },
  seed: {
    homework: 'Devoirs : page 42',
    doorCode: 'Code de la porte : 4711',
    allergy: 'Allergie : arachides',
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
    count: '{{count}} caractères sur {{max}}',
    left_one: 'Encore {{count}} caractère.',
    left_other: 'Encore {{count}} caractères.',
    limit: 'Limite atteinte : un message ici compte au plus {{max}} caractères, comme un SMS.',
    cut: 'Coupé à {{max}} caractères : un message ici compte au plus {{max}} caractères, comme un SMS.',
  },
  reset: {
    button: 'Recommencer avec de nouvelles clés',
    title: 'Recommencer avec de nouvelles clés ?',
    body: 'Tous les messages, l’ordre d’accès et la clé volée sont effacés dans toutes les démos de la leçon, et de nouvelles clés sont créées pour tout le monde.',
    confirm: 'Recommencer',
    done: 'De nouvelles clés ont été créées : toutes les conversations sont vides.',
  },
  chatPair: {
    chatHeading: 'La conversation, vue d’un participant',
    providerHint: 'Essayez de lire un message du côté du fournisseur.',
  },
  chatGroup: {
    caption: 'Qui peut lire chaque message du groupe de la classe',
    empty: 'Aucun message pour l’instant : envoyez-en un et regardez le tableau se remplir.',
  },
  stepThrough: {
    emptyChat: 'La conversation d’Alice et Bob est encore vide. Envoyez un message pour le suivre.',
    sample: 'On se retrouve à 18 h devant la bibliothèque ?',
    sendSample: 'Envoyer un message d’exemple en tant qu’Alice',
    pick: 'Message à suivre',
    option: 'Message {{n}}, de {{name}} : « {{text}} »',
    title: 'Message {{n}}, de {{from}} à {{to}}',
    newMessage: 'Envoyer un autre message pour le suivre',
  },
  accessOrder: {
    intro: 'Vous jouez les autorités : l’ordre est adressé au fournisseur, pas aux membres.',
    issue: 'Émettre l’ordre d’accès',
    dialogTitle: 'Émettre l’ordre d’accès ?',
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
    match:
      'Les numéros sont identiques : les deux téléphones voient les mêmes clés pour Alice et Bob.',
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
      'Le serveur a inscrit le fantôme comme second appareil de Bob, certifié par une clé d’identité qui n’est pas celle de Bob. Le téléphone d’Alice utilise désormais cette clé pour la moitié du numéro qui concerne Bob ; celui de Bob, non. Les numéros ne correspondent plus : les comparer démasque le fantôme.',
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
      'Le Fantôme a été ajouté par le fournisseur seul et caché de la liste. Dans ce groupe, c’est la liste du serveur qui décide qui reçoit une clé : l’application de Carol peut signaler le Fantôme, mais chiffre quand même pour lui ; dans un groupe signé par les membres, le serveur n’aurait pas pu l’ajouter.',
  },
  twoModes: {
    intro:
      'Le même ordre d’accès contre deux groupes d’Alice, Bob et Carol : dans l’un, la liste du serveur décide qui reçoit une clé ; dans l’autre, seuls comptent les changements signés par un membre.',
    managedTitle: 'Groupe géré par le serveur (comme WhatsApp)',
    signedTitle: 'Groupe signé par les membres (comme Signal, MLS)',
    issue: 'Émettre l’ordre d’accès',
    send: 'Alice envoie un message',
    clientUpdate: 'Imposer une mise à jour au téléphone de Bob',
    managedCaption: 'Qui peut lire chaque message du groupe géré par le serveur',
    signedCaption: 'Qui peut lire chaque message du groupe signé par les membres',
    empty: 'Aucun message pour l’instant : émettez l’ordre, puis envoyez.',
    managedBefore: 'La liste du serveur décide qui reçoit une clé.',
    managedAfter:
      'Ordre exécuté : le Fantôme est sur la liste, caché, et les applis ont reçu l’ordre de ne rien afficher. Chaque appli chiffre désormais pour lui.',
    signedBefore: 'Seul un changement signé par un membre entre dans la liste.',
    signedRefused:
      'Ordre refusé : aucun membre n’a signé l’entrée du Fantôme, donc les applis des membres ne chiffrent pas pour lui.',
    signedUpdated:
      'L’appli de Bob, mise à jour, a signé l’entrée du Fantôme et le cache à Bob. Les autres applis acceptent sa signature : le Fantôme lit la suite.',
    text1: 'On se voit à 18 h ?',
    text2: 'Apporte les tracts.',
    text3: 'C’est toujours privé ?',
    text4: 'Qui d’autre lit ceci ?',
  },
  predict: {
    heading: 'D’abord, pariez',
    hands: 'Levez la main pour une réponse, puis lancez la démo.',
    right: 'Bonne réponse',
    votes_one: '{{count}} vote',
    votes_other: '{{count}} votes',
    accessOrder: {
      question: 'Après l’ordre, le Fantôme lira-t-il les messages envoyés avant ?',
      all: 'Oui, tous',
      after: 'Non : seulement les messages envoyés après l’ordre',
      none: 'Non : aucun, même pas les nouveaux',
      why: 'Les applis verrouillent pour le Fantôme une copie de chaque nouvelle clé : les anciens messages ne l’ont jamais été.',
    },
    escrowSteal: {
      question: 'Si Mallory vole la clé maîtresse, lira-t-elle les messages envoyés avant le vol ?',
      old: 'Oui, les anciens aussi',
      new: 'Non : seulement les messages envoyés après le vol',
      why: 'Chaque message a été verrouillé pour la clé maîtresse à son envoi : qui détient la clé les ouvre tous.',
    },
    safetyNumbers: {
      question:
        'Le serveur glisse un fantôme déguisé en second appareil de Bob. Les numéros d’Alice et de Bob concorderont-ils encore ?',
      match: 'Oui, ils concordent toujours',
      differ: 'Non, ils ne concordent plus',
      why: 'Le téléphone d’Alice compte la clé du fantôme dans la moitié de Bob ; celui de Bob, non. La comparaison démasque le fantôme.',
    },
  },
  escrowSteal: {
    intro:
      'Une seconde messagerie, où la loi oblige chaque application à verrouiller aussi chaque clé de message pour la clé maîtresse de l’Agence.',
    nothingYet: 'Mallory ne détient encore rien.',
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
};
