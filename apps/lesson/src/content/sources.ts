/**
 * Every public source the lesson cites. Paragraphs, quotes and timeline items
 * in `outline.ts` (and a few quotes in `text.<lang>.ts`) refer to these entries
 * by id; `SourceId` is `keyof typeof sources`, so an unknown id does not compile.
 *
 * Where a fact reached us through a secondary text (an English summary or a
 * machine translation), the entry names the original outlet and the `note`
 * says how it was read.
 */

/** One cited source: enough for a teacher to find and check it. */
export interface Source {
  /** Stable id, used by the content files (same as the key in {@link sources}). */
  id: string;
  /** Who published it, e.g. "Le Monde", "Conseil constitutionnel". */
  outlet: string;
  /** Title of the page, article or document (a descriptive title when it has none). */
  title: string;
  /**
   * Publication date, ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only
   * the month or year is certain (the `note` then says so).
   */
  date: string;
  /** Link to the original (always https). */
  url: string;
  /** Language of the original. */
  language: 'en' | 'fr';
  /** How the source was used, or a caveat about its date or wording. */
  note?: string;
}

/**
 * The citation list, keyed by source id. Order: the French story (chapter 1
 * and 6), then the ghost proposal and real messengers (chapters 3 and 4),
 * then other countries (chapter 6).
 */
export const sources = {
  senatAmdt73: {
    id: 'senatAmdt73',
    outlet: 'Sénat',
    title:
      'Amendement n° 73 (C. Perrin et al.) — proposition de loi visant à sortir la France du piège du narcotrafic',
    date: '2025-01-28',
    url: 'https://senat.fr/enseance/2024-2025/254/Amdt_73.html',
    language: 'fr',
    note: 'Adopted by the Senate on 28 January 2025; it became Article 8 ter of the Senate text (often called "Article 8" in English-language coverage). The date is the day of the vote.',
  },
  rmcSenateVote: {
    id: 'rmcSenateVote',
    outlet: 'RMC',
    title:
      "Narcotrafic : la proposition de loi de Bruno Retailleau risque d'animer l'Assemblée nationale",
    date: '2025-03-17',
    url: 'https://rmc.bfmtv.com/actualites/politique/narcotrafic-la-proposition-de-loi-de-bruno-retailleau-risque-d-animer-l-assemblee-nationale_AV-202503170229.html',
    language: 'fr',
    note: 'Source for the bill’s origin (senators Jérôme Durain and Étienne Blanc) and its unanimous adoption by the Senate on 4 February 2025.',
  },
  gecOpenLetter: {
    id: 'gecOpenLetter',
    outlet: 'Global Encryption Coalition (steering committee)',
    title:
      'Open letter calling for the removal of Article 8 ter of the French drug-trafficking bill',
    date: '2025-03-04',
    url: 'https://www.globalencryption.org/?p=5767',
    language: 'en',
    note: 'Descriptive title. The link is the coalition’s short link to the letter. The letter also cites the CNIL’s position that no provision should weaken encryption.',
  },
  nextinkCommittee: {
    id: 'nextinkCommittee',
    outlet: 'Next',
    title: 'Narcotrafic : l’article 8 ter sur l’affaiblissement du chiffrement est supprimé',
    date: '2025-03-06',
    url: 'https://next.ink/brief_article/narcotrafic-larticle-8-ter-sur-laffaiblissement-du-chiffrement-est-supprime/',
    language: 'fr',
    note: 'Reports the committee vote of the evening of 5 March 2025 (33 for deletion, 9 abstentions) and the minister’s description of a copy sent to a third party, the so-called "ghost" solution.',
  },
  entrevueBerthon: {
    id: 'entrevueBerthon',
    outlet: 'Entrevue',
    title: 'Narcotrafic : la DGSI réclame l’accès aux messageries cryptées, l’Assemblée bloque',
    date: '2025-03',
    url: 'https://entrevue.fr/narcotrafic-la-dgsi-reclame-lacces-aux-messageries-cryptees-lassemblee-bloque/',
    language: 'fr',
    note: 'Gives the French wording of Céline Berthon’s remark, from an interview with the Journal du Dimanche published the Sunday before the Assembly debate opened (17 March 2025). Exact publication day not checked.',
  },
  brusselsSignal: {
    id: 'brusselsSignal',
    outlet: 'Brussels Signal',
    title: 'Messaging app Signal threatens to leave France over anti-encryption demands',
    date: '2025-03-19',
    url: 'https://brusselssignal.eu/2025/03/messaging-app-signal-threatens-to-leave-france-over-anti-encryption-demands',
    language: 'en',
  },
  lcpVote: {
    id: 'lcpVote',
    outlet: 'LCP – Assemblée nationale',
    title:
      'Narcotrafic : l’Assemblée refuse l’accès aux messageries chiffrées, contre l’avis de Bruno Retailleau',
    date: '2025-03-21',
    url: 'https://lcp.fr/actualites/narcotrafic-l-assemblee-refuse-l-acces-aux-messageries-chiffrees-contre-l-avis-de-bruno',
    language: 'fr',
    note: 'Published during the night of 20–21 March 2025; check the page for the exact time.',
  },
  lemondeNight: {
    id: 'lemondeNight',
    outlet: 'Le Monde',
    title:
      'L’Assemblée nationale vote pour le maintien de la confidentialité des messageries cryptées, lors d’une nuit agitée',
    date: '2025-03-21',
    url: 'https://www.lemonde.fr/societe/article/2025/03/21/l-assemblee-vote-pour-le-maintien-de-la-confidentialite-des-messageries-cryptees-lors-d-une-nuit-agitee_6584121_3224.html',
    language: 'fr',
    note: 'Read through an English machine translation republished by EUROtoday. Quotes taken from it are translations: check the original wording in Le Monde.',
  },
  effWin: {
    id: 'effWin',
    outlet: 'Electronic Frontier Foundation (Deeplinks)',
    title: 'A Win for Encryption: France Rejects Backdoor Mandate',
    date: '2025-03-21',
    url: 'https://www.eff.org/deeplinks/2025/03/win-encryption-france-rejects-backdoor-mandate',
    language: 'en',
  },
  pinnacleGazette: {
    id: 'pinnacleGazette',
    outlet: 'The Pinnacle Gazette',
    title: 'French Assembly Upholds Confidentiality Of Encrypted Messaging Services',
    date: '2025-03-22',
    url: 'https://evrimagaci.org/tpg/french-assembly-upholds-confidentiality-of-encrypted-messaging-services-282831',
    language: 'en',
    note: 'English-language report. Remarks by French speakers appear in English translation; it calls Meredith Whittaker "CEO" (she is president of the Signal Foundation).',
  },
  gigazine: {
    id: 'gigazine',
    outlet: 'GIGAZINE',
    title:
      'France rejects bill to make backdoors mandatory for messaging apps, accidentally breaks electronic voting system, sparking fuss over hacking',
    date: '2025-03-25',
    url: 'https://gigazine.net/gsc_news/en/20250325-france-rejects-backdoor',
    language: 'en',
    note: 'English article built on LCP, Le Monde and the EFF (linked in it). Used for the bill’s name and the minister’s argument about the Mohamed Amra manhunt; it misspells the minister’s name.',
  },
  cloudwards: {
    id: 'cloudwards',
    outlet: 'Cloudwards',
    title: 'French National Assembly Rejects Encryption Backdoor',
    date: '2025-03',
    url: 'https://www.cloudwards.net/?p=122090',
    language: 'en',
    note: 'English explainer published shortly after the vote (exact day not checked). Used for the warnings of the CNIL and security experts.',
  },
  europe1FirstReading: {
    id: 'europe1FirstReading',
    outlet: 'Europe 1',
    title: 'Narcotrafic : les députés approuvent le texte en première lecture',
    date: '2025-04-01',
    url: 'https://www.europe1.fr/politique/narcotrafic-les-deputes-approuvent-le-texte-en-premiere-lecture-670615',
    language: 'fr',
  },
  clubJuristesFinal: {
    id: 'clubJuristesFinal',
    outlet: 'Le Club des juristes',
    title: 'Loi Narcotrafic : adoption définitive du texte par les deux chambres',
    date: '2025-04',
    url: 'https://www.leclubdesjuristes.com/en-bref/loi-narcotrafic-adoption-definitive-du-texte-par-les-deux-chambres-10516',
    language: 'fr',
    note: 'Joint committee agreement on 10 April 2025; final adoption by the Senate on 28 April and by the Assembly on 29 April. Exact publication day not checked.',
  },
  ccDecision: {
    id: 'ccDecision',
    outlet: 'Conseil constitutionnel',
    title:
      'Décision n° 2025-885 DC du 12 juin 2025 — Loi visant à sortir la France du piège du narcotrafic',
    date: '2025-06-12',
    url: 'https://www.conseil-constitutionnel.fr/decision/2025/2025885DC.htm',
    language: 'fr',
  },
  gazetteCc: {
    id: 'gazetteCc',
    outlet: 'Gazette du Palais',
    title: 'Loi Narcotrafic : le Conseil constitutionnel censure six articles',
    date: '2025-06-12',
    url: 'https://www.gazette-du-palais.fr/actualites-professionnelles/loi-narcotrafic-le-conseil-constitutionnel-censure-six-articles/',
    language: 'fr',
    note: 'Written on the day of the decision, by its own account.',
  },
  faceaurisqueLoi: {
    id: 'faceaurisqueLoi',
    outlet: 'Face au risque',
    title: 'Loi n° 2025-532 du 13 juin 2025 visant à sortir la France du piège du narcotrafic',
    date: '2025-06',
    url: 'https://www.faceaurisque.com/loi-n-2025-532-du-13-juin-2025-visant-a-sortir-la-france-du-piege-du-narcotrafic',
    language: 'fr',
    note: 'Summary of the law as published in the Journal officiel of 14 June 2025. The official text is on Légifrance.',
  },
  lawfareGhost: {
    id: 'lawfareGhost',
    outlet: 'Lawfare',
    title:
      'Principles for a More Informed Exceptional Access Debate (Ian Levy and Crispin Robinson)',
    date: '2018-11-29',
    url: 'https://www.lawfaremedia.org/article/principles-more-informed-exceptional-access-debate',
    language: 'en',
    note: 'Written by two senior officials of GCHQ and its National Cyber Security Centre. The source of the "ghost" idea.',
  },
  lawfareOpenLetter: {
    id: 'lawfareOpenLetter',
    outlet: 'Lawfare',
    title: 'Open Letter to GCHQ on the Threats Posed by the Ghost Proposal',
    date: '2019-05-30',
    url: 'https://www.lawfaremedia.org/article/open-letter-gchq-threats-posed-ghost-proposal',
    language: 'en',
    note: 'Coordinated by New America’s Open Technology Institute; 47 signatories, including Apple, Google, Microsoft and WhatsApp.',
  },
  signalSafetyNumbers: {
    id: 'signalSafetyNumbers',
    outlet: 'Signal (blog)',
    title: 'Verified safety number updates',
    date: '2017',
    url: 'https://signal.org/blog/verified-safety-number-updates',
    language: 'en',
    note: 'Year only: by its own account the post came about six months after Signal’s November 2016 change to safety-number warnings.',
  },
  whatsappWhitepaper: {
    id: 'whatsappWhitepaper',
    outlet: 'WhatsApp',
    title: 'WhatsApp Encryption Overview (technical white paper)',
    date: '2016-04-05',
    url: 'https://www.whatsapp.com/security/WhatsApp-Security-Whitepaper.pdf',
    language: 'en',
    note: 'First published when WhatsApp turned on end-to-end encryption for everyone (5 April 2016) and updated since; read the current version. Describes Sender Keys for groups.',
  },
  whatsappKeyTransparency: {
    id: 'whatsappKeyTransparency',
    outlet: 'Engineering at Meta',
    title: 'Deploying key transparency at WhatsApp',
    date: '2023-04-13',
    url: 'https://engineering.fb.com/2023/04/13/security/whatsapp-key-transparency/',
    language: 'en',
  },
  rfc9420: {
    id: 'rfc9420',
    outlet: 'IETF (RFC Editor)',
    title: 'RFC 9420: The Messaging Layer Security (MLS) Protocol',
    date: '2023-07',
    url: 'https://www.rfc-editor.org/rfc/rfc9420',
    language: 'en',
    note: 'Published July 2023 (RFCs carry a month, not a day).',
  },
  wapoUkApple: {
    id: 'wapoUkApple',
    outlet: 'The Washington Post',
    title: 'U.K. orders Apple to let it spy on users’ encrypted accounts',
    date: '2025-02-07',
    url: 'https://www.washingtonpost.com/technology/2025/02/07/apple-encryption-backdoor-uk/',
    language: 'en',
    note: 'The report that revealed a technical capability notice served on Apple under the Investigatory Powers Act 2016. The notice itself is secret.',
  },
  appleAdpUk: {
    id: 'appleAdpUk',
    outlet: 'Apple Support',
    title: 'Apple can no longer offer Advanced Data Protection in the United Kingdom to new users',
    date: '2025-02-21',
    url: 'https://support.apple.com/en-us/122234',
    language: 'en',
  },
  eurlexCsam: {
    id: 'eurlexCsam',
    outlet: 'European Commission (EUR-Lex)',
    title:
      'Proposal for a Regulation laying down rules to prevent and combat child sexual abuse, COM(2022) 209 final',
    date: '2022-05-11',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0209',
    language: 'en',
    note: 'The proposal critics call "Chat Control". It included detection orders that could require providers to scan messages.',
  },
  dpaChatControl: {
    id: 'dpaChatControl',
    outlet: 'Digital Policy Alert',
    title:
      'Council reached agreement on proposal for a Regulation laying down rules to prevent and combat child sexual abuse',
    date: '2025-11-26',
    url: 'https://digitalpolicyalert.org/event/35712-council-reached-agreement-on-proposal-for-a-regulation-laying-down-rules-to-prevent-and-combat-child-sexual-abuse',
    language: 'en',
    note: 'The date is the date of the Council’s position, which the entry records.',
  },
  australiaAct: {
    id: 'australiaAct',
    outlet: 'Federal Register of Legislation (Australia)',
    title:
      'Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 (Act No. 148, 2018)',
    date: '2018-12-06',
    url: 'https://www.legislation.gov.au/C2018A00148/latest/text',
    language: 'en',
    note: 'Passed by Parliament on 6 December 2018 (the date given here). Section 317ZG bars notices that would require a "systemic weakness" or "systemic vulnerability".',
  },
} as const satisfies Record<string, Source>;

/** The id of a source that exists in {@link sources}. */
export type KnownSourceId = keyof typeof sources;

/** The sources as a list, in the order of {@link sources}. */
export const sourceList: readonly Source[] = Object.values(sources);

/** Whether `id` names a source in {@link sources}. */
export function isKnownSourceId(id: string): id is KnownSourceId {
  return Object.hasOwn(sources, id);
}
