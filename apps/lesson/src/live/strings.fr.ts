import type { Translation } from '../i18n/translation.js';
import type { LiveSharedStrings } from './strings.en.js';

/** Les mots que disent à la fois le téléphone et les pages de l’enseignant ; voir `strings.en.ts`. */
export const liveSharedFr: Translation<LiveSharedStrings> = {
  title: 'Classe en direct',
  checking: 'Recherche du serveur de la classe…',
  connection: {
    connecting: 'Connexion à la classe…',
    online: 'En ligne',
    retrying_one: 'Connexion perdue. Nouvel essai dans {{count}} s…',
    retrying_other: 'Connexion perdue. Nouvel essai dans {{count}} s…',
  },
};
