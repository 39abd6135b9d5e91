import type { Translation } from './translation.js';
import type { UiStrings } from './ui.en.js';

/** The app's own words in French; see `ui.en.ts`. */
export const uiFr: Translation<UiStrings> = {
  app: {
    newTab: '(s’ouvre dans un nouvel onglet)',
    name: 'Le participant fantôme',
    tagline: 'Une leçon sur le chiffrement de bout en bout',
    skipToContent: 'Aller au contenu',
    documentTitle: '{{page}} · Le participant fantôme',
  },
  language: {
    label: 'Langue',
  },
  theme: {
    dark: 'Thème sombre',
  },
  mode: {
    present: 'Mode présentation',
    student: 'Mode élève',
    switchToPresent: 'Présenter cette étape',
    switchToStudent: 'Vue élève',
  },
  nav: {
    label: 'Navigation dans la leçon',
    previous: 'Précédent',
    next: 'Suivant',
    progress: 'Étape {{step}} sur {{steps}} · Chapitre {{chapter}} sur {{chapters}}',
    chapterNumber: 'Chapitre {{number}}',
    lastChecked: 'Dernière vérification : {{date}}',
    chapterMenu: 'Chapitres',
    contents: 'Sommaire',
    end: 'Fin de la leçon',
    presenterHelp:
      'Touches : → ou Espace pour avancer, ← ou Maj+Espace pour revenir, Début et Fin, N pour les notes, B ou . pour un écran noir, Échap pour quitter une zone de texte.',
  },
  contents: {
    heading: 'Sommaire',
    intro:
      'Cinquante minutes sur le chiffrement de bout en bout, le « participant fantôme » et le vote de l’Assemblée nationale du 20 mars 2025.',
    start: 'Commencer la leçon',
    present: 'Présenter à une classe',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    steps_one: '{{count}} étape',
    optionalSteps: 'Facultatives si le temps manque : {{titles}}',
    steps_other: '{{count}} étapes',
  },
  sources: {
    heading: 'Sources',
    citationPrefix: 'Source',
  },
  timeline: {
    heading: 'Chronologie',
  },
  liveClass: {
    open: 'Classe en direct',
  },
  notes: {
    heading: 'Notes de l’enseignant',
    show: 'Afficher les notes',
    hide: 'Masquer les notes',
    openWindow: 'Ouvrir la fenêtre des notes',
    none: 'Pas de notes pour cette étape.',
    nextUp: 'Ensuite : {{title}}',
    lastStep: 'C’est la dernière étape.',
    following: 'Cette fenêtre suit la fenêtre de présentation.',
    optional: 'Étape facultative',
    windowTitle: 'Notes',
  },
  timer: {
    label: 'Minuteur du chapitre',
    planned: 'sur {{minutes}} min',
    pause: 'Mettre le minuteur en pause',
    start: 'Lancer le minuteur',
    reset: 'Remettre le minuteur à zéro',
    announcement_one: '{{count}} minute écoulée sur {{planned}} prévues.',
    announcement_other: '{{count}} minutes écoulées sur {{planned}} prévues.',
    overTime: 'Temps dépassé',
    paused: 'Minuteur en pause.',
  },
  blank: {
    on: 'Écran noir pour la classe. Appuyez sur une touche pour le rallumer.',
    off: 'Écran rallumé.',
  },
  console: {
    lessonTimer: 'Durée de la leçon',
    lessonPlanned: 'sur {{minutes}} min',
    nextHeading: 'Étape suivante',
    nextChapter: 'Chapitre {{number}} : {{title}}',
    blanked: 'L’écran projeté est noir : appuyez sur une touche pour le rallumer.',
    keysHint:
      'La télécommande fonctionne aussi dans cette fenêtre : Page suivante, → ou Espace pour avancer, Page précédente ou ← pour revenir, B ou . pour un écran noir.',
    waiting: 'En attente de la fenêtre de présentation…',
  },
  livePhone: {
    loading: 'Ouverture du cours en direct…',
  },
  demo: {
    loading: 'Chargement de la démonstration…',
    failed: 'La démonstration n’a pas pu se charger. Rechargez la page pour réessayer.',
  },
  vote: {
    caption:
      'Assemblée nationale, 20 mars 2025 : amendements visant à rétablir la clause sur le chiffrement',
  },
  quiz: {
    score: 'Score : {{right}} questions réussies sur {{total}}.',
    position: 'Question {{n}} sur {{total}}',
    several: 'Plusieurs réponses peuvent être justes.',
    previous: 'Question précédente',
    next: 'Question suivante',
    reveal: 'Révéler la réponse',
    hide: 'Masquer la réponse',
    revealKey: 'Touche R',
    right: 'Bonne réponse',
    tally: 'Vote à main levée',
    votesFor: 'Votes pour la réponse {{letter}}',
    more: 'Une voix de plus pour la réponse {{letter}}',
    fewer: 'Une voix de moins pour la réponse {{letter}}',
  },
  exitQuestion: {
    saved: 'Enregistré sur cet appareil.',
    notSaved: 'Impossible d’enregistrer sur cet appareil : copiez votre réponse avant de partir.',
  },
  handout: {
    heading: 'Fiche à distribuer',
    intro: 'Un résumé de la leçon avec ses sources.',
    print: 'Imprimer la fiche',
    printNow: 'Imprimer',
    back: 'Retour à la leçon',
    sourcesHeading: 'Sources',
    name: 'Nom :',
    group: 'Classe :',
    date: 'Date :',
    ruleHeading: 'La règle',
    rule: 'Vous ne pouvez lire un message que si une clé a été verrouillée pour vous.',
    tableHeading: 'Qui peut lire quoi ?',
    tableIntro:
      'Pendant les démos, notez chaque message sur une ligne, puis mettez ✓ sous qui peut le lire et ✗ sous qui ne le peut pas.',
    messageColumn: 'Message',
    readers: {
      alice: 'Alice',
      bob: 'Bob',
      carol: 'Carol',
      provider: 'Messagerie',
      ghost: 'Fantôme',
      agency: 'Agence',
      mallory: 'Mallory',
    },
    quizHeading: 'Quiz',
    quizSingle: 'Cochez une réponse.',
    quizMultiple: 'Cochez toutes les bonnes réponses.',
    exitHeading: 'Question de sortie',
    /** After a date and its status, before the event. */
    colon: ' :',
    datesHeading: 'Dates clés',
  },

  teacherGuide: {
    link: 'Guide de l’enseignant',
  },
  notFound: {
    heading: 'Page introuvable',
    body: 'Il n’y a pas de page de la leçon à cette adresse.',
    home: 'Aller au sommaire',
  },
};
