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
      'Amendement n° 73 (C. Perrin et al.) — proposition de loi visant à sortir la France du piège du narcotrafic',
    date: '2025-01-28',
    url: 'https://senat.fr/enseance/2024-2025/254/Amdt_73.html',
    language: 'fr',
    note: 'Adopted by the Senate on 28 January 2025; it became Article 8 ter of the Senate text (often called "Article 8" in English-language coverage). The date is the day of the vote. Link not re-checked on 28 November 2026.',
  },
  europe1SenateVote: {
    id: 'europe1SenateVote',
    outlet: 'Europe 1',
    title: 'Le Sénat adopte la proposition de loi contre le narcotrafic à la quasi-unanimité',
    date: '2025-02-04',
    url: 'https://www.europe1.fr/Police-Justice/le-senat-adopte-la-proposition-de-loi-contre-le-narcotrafic-a-la-quasi-unanimite-291219',
    language: 'fr',
    note: 'Adopted by 338 votes to 1; text of senators Étienne Blanc (LR) and Jérôme Durain (PS). Title taken from the page address; date is the day of the vote. Le Monde reported “unanimity of the 339 senators present”; the Senate’s record (https://senat.fr/cra/s20250204/s20250204_0.html) was not read for the figures.',
  },
  gecOpenLetter: {
    id: 'gecOpenLetter',
    outlet: 'Global Encryption Coalition (steering committee)',
    title:
      'Open letter calling for the removal of Article 8 ter of the French drug-trafficking bill',
    date: '2025-03-04',
    url: 'https://www.globalencryption.org/?p=5767',
    language: 'en',
    note: 'Descriptive title. The link is the coalition’s short link to the letter. The letter also cites the CNIL’s position that no provision should weaken encryption. Link not re-checked on 28 November 2026.',
  },
  nextinkCommittee: {
    id: 'nextinkCommittee',
    outlet: 'Next',
    title: 'Narcotrafic : l’article 8 ter sur l’affaiblissement du chiffrement est supprimé',
    date: '2025-03-06',
    url: 'https://next.ink/brief_article/narcotrafic-larticle-8-ter-sur-laffaiblissement-du-chiffrement-est-supprime/',
    language: 'fr',
    note: 'Reports the committee vote of the evening of 5 March 2025 (33 for deletion, 9 abstentions) and the minister’s description of a copy sent to a third party, the so-called "ghost" solution. Link not re-checked on 28 November 2026.',
  },
  entrevueBerthon: {
    id: 'entrevueBerthon',
    outlet: 'Entrevue',
    title: 'Narcotrafic : la DGSI réclame l’accès aux messageries cryptées, l’Assemblée bloque',
    date: '2025-03',
    url: 'https://entrevue.fr/narcotrafic-la-dgsi-reclame-lacces-aux-messageries-cryptees-lassemblee-bloque/',
    language: 'fr',
    note: 'Gives the French wording of Céline Berthon’s remark, from her interview in the Journal du Dimanche of Sunday 16 March 2025 (the Assembly debate opened on Monday 17 March). BFM Tech reported the same interview on 17 March (see bfmtvDgsi). Exact publication day of this page not checked.',
  },
  bfmtvDgsi: {
    id: 'bfmtvDgsi',
    outlet: 'BFM Tech',
    title:
      '“Nous sommes aveugles” : la patronne de la DGSI plaide pour la fin du chiffrement des messageries privées',
    date: '2025-03-17',
    url: 'https://hightech.bfmtv.com/tech/cybersecurite/nous-sommes-aveugles-la-patronne-de-la-dgsi-plaide-pour-la-fin-du-chiffrement-des-messageries-privees_AV-202503170362.html',
    language: 'fr',
    note: 'Reports Céline Berthon’s interview in the Journal du Dimanche of Sunday 16 March 2025, with her French words: “Très concrètement, nous sommes aveugles sur le contenu des conversations de nos cibles” and “il ne s’agit absolument pas de surveillance généralisée”.',
  },
  cnctrTechniques: {
    id: 'cnctrTechniques',
    outlet: 'CNCTR',
    title: 'Les techniques de renseignement',
    date: '2026',
    url: 'https://www.cnctr.fr/techniques-de-renseignement',
    language: 'fr',
    note: 'The independent commission that gives an opinion before the Prime Minister authorises an intelligence technique, and checks it afterwards. Undated page; year of reading.',
  },
  brusselsSignal: {
    id: 'brusselsSignal',
    outlet: 'Brussels Signal',
    title: 'Messaging app Signal threatens to leave France over anti-encryption demands',
    date: '2025-03-19',
    url: 'https://brusselssignal.eu/2025/03/messaging-app-signal-threatens-to-leave-france-over-anti-encryption-demands',
    language: 'en',
    note: 'Link not re-checked on 28 November 2026.',
  },
  lcpVote: {
    id: 'lcpVote',
    outlet: 'LCP – Assemblée nationale',
    title:
      'Narcotrafic : l’Assemblée refuse l’accès aux messageries chiffrées, contre l’avis de Bruno Retailleau',
    date: '2025-03-21',
    url: 'https://lcp.fr/actualites/narcotrafic-l-assemblee-refuse-l-acces-aux-messageries-chiffrees-contre-l-avis-de-bruno',
    language: 'fr',
    note: 'Published during the night of 20–21 March 2025; check the page for the exact time. Link not re-checked on 28 November 2026.',
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
    note: 'Link not re-checked on 28 November 2026.',
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
    title: 'Narcotrafic : les députés approuvent le texte en première lecture',
    date: '2025-04-01',
    url: 'https://www.europe1.fr/politique/narcotrafic-les-deputes-approuvent-le-texte-en-premiere-lecture-670615',
    language: 'fr',
    note: 'Link not re-checked on 28 November 2026.',
  },
  clubJuristesFinal: {
    id: 'clubJuristesFinal',
    outlet: 'Le Club des juristes',
    title: 'Loi Narcotrafic : adoption définitive du texte par les deux chambres',
    date: '2025-04',
    url: 'https://www.leclubdesjuristes.com/en-bref/loi-narcotrafic-adoption-definitive-du-texte-par-les-deux-chambres-10516',
    language: 'fr',
    note: 'Joint committee agreement on 10 April 2025; final adoption by the Senate on 28 April and by the Assembly on 29 April. Exact publication day not checked. Link not re-checked on 28 November 2026.',
  },
  ccDecision: {
    id: 'ccDecision',
    outlet: 'Conseil constitutionnel',
    title:
      'Décision n° 2025-885 DC du 12 juin 2025 — Loi visant à sortir la France du piège du narcotrafic',
    date: '2025-06-12',
    url: 'https://www.conseil-constitutionnel.fr/decision/2025/2025885DC.htm',
    language: 'fr',
    note: 'Full text also on Lexbase: https://www.lexbase.fr/texte-de-loi/120198661-decision-n-2025885-dc-du-12-juin-2025. Link not re-checked on 28 November 2026.',
  },
  gazetteCc: {
    id: 'gazetteCc',
    outlet: 'Gazette du Palais',
    title: 'Loi Narcotrafic : le Conseil constitutionnel censure six articles',
    date: '2025-06-12',
    url: 'https://www.gazette-du-palais.fr/actualites-professionnelles/loi-narcotrafic-le-conseil-constitutionnel-censure-six-articles/',
    language: 'fr',
    note: 'Written on the day of the decision, by its own account.',
  },
  essorCc: {
    id: 'essorCc',
    outlet: 'L’Essor de la sécurité',
    title:
      'La loi visant à sortir la France du piège du narcotrafic est-elle tombée dans le piège de la surveillance quasi généralisée ?',
    date: '2025-06',
    url: 'https://lessordelasecurite.org/la-loi-visant-a-sortir-la-france-du-piege-du-narcotrafic-est-elle-tombee-dans-le-piege-de-la-surveillance-quasi-generalisee',
    language: 'fr',
    note: 'Lists the articles censured (5, 15, 19, 40 in part, 55, …) and some upheld, including remote activation of fixed and mobile devices to record image and sound. Title from the page address; exact day not checked.',
  },
  faceaurisqueLoi: {
    id: 'faceaurisqueLoi',
    outlet: 'Face au risque',
    title: 'Loi n° 2025-532 du 13 juin 2025 visant à sortir la France du piège du narcotrafic',
    date: '2025-06',
    url: 'https://www.faceaurisque.com/loi-n-2025-532-du-13-juin-2025-visant-a-sortir-la-france-du-piege-du-narcotrafic',
    language: 'fr',
    note: 'Summary of the law as published in the Journal officiel of 14 June 2025. The official text is on Légifrance. Link not re-checked on 28 November 2026.',
  },
  senatResilience1603: {
    id: 'senatResilience1603',
    outlet: 'Sénat',
    title:
      'Séance du 12 mars 2025 — projet de loi relatif à la résilience des infrastructures critiques et au renforcement de la cybersécurité',
    date: '2025-03-12',
    url: 'https://senat.fr/seances/s202503/s20250312/s20250312009.html',
    language: 'fr',
    note: 'Debate on the amendment that became article 16 bis (no imposed backdoors). The minister for digital affairs, Clara Chappaz, spoke of targeted access “sous le contrôle d’un juge ou d’une autorité indépendante” without a general weakening of encryption.',
  },
  numeramaArt16bis: {
    id: 'numeramaArt16bis',
    outlet: 'Numerama',
    title:
      'Les députés rejettent les ruses autorisant les intrusions invisibles dans les messageries chiffrées',
    date: '2025-09',
    url: 'https://www.numerama.com/politique/2071391-les-deputes-rejettent-les-ruses-autorisant-les-intrusions-invisibles-dans-les-messageries-chiffrees.html',
    language: 'fr',
    note: 'Amendment by Philippe Latombe (MoDem) adopted by the Assembly’s special committee: “tout autre mécanisme ou processus permettant un accès non consenti”, against the ghost technique. Title from the page address; exact day not checked. The bill’s final status was not found.',
  },
  sweetfmNunez: {
    id: 'sweetfmNunez',
    outlet: 'Sweet FM',
    title: 'Laurent Nuñez et Nicolas Forissier : deux Berrichons font leur entrée au gouvernement',
    date: '2025-10-13',
    url: 'https://www.sweetfm.fr/laurent-nunez-et-nicolas-forissier-deux-berrichons-font-leur-entree-au-gouvernement',
    language: 'fr',
    note: 'Laurent Nuñez named Interior Minister on Sunday 12 October 2025, succeeding Bruno Retailleau (Lecornu II government). A regional outlet; the Journal officiel decree was not checked.',
  },
  publicSenatMission: {
    id: 'publicSenatMission',
    outlet: 'Public Sénat',
    title:
      'Narcotrafic : gouvernement et parlementaires relancent le débat sulfureux sur l’accès des messageries cryptées',
    date: '2026-01-23',
    url: 'https://www.publicsenat.fr/actualites/politique/narcotrafic-gouvernement-et-parlementaires-relancent-le-debat-sulfureux-sur-lacces-des-messageries-cryptees',
    language: 'fr',
    note: 'Decree of 21 January 2026: mission to Florent Boudié (EPR), chair of the Assembly’s law committee, conclusions expected within three months. Also recalls that the 2025 bill came from Jérôme Durain and Étienne Blanc. Title from the page address.',
  },
  lawfareGhost: {
    id: 'lawfareGhost',
    outlet: 'Lawfare',
    title:
      'Principles for a More Informed Exceptional Access Debate (Ian Levy and Crispin Robinson)',
    date: '2018-11-29',
    url: 'https://www.lawfaremedia.org/article/principles-more-informed-exceptional-access-debate',
    language: 'en',
    note: 'Written by two senior officials of GCHQ and its National Cyber Security Centre. The source of the "ghost" idea. Link not re-checked on 28 November 2026.',
  },
  lawfareOpenLetter: {
    id: 'lawfareOpenLetter',
    outlet: 'Lawfare',
    title: 'Open Letter to GCHQ on the Threats Posed by the Ghost Proposal',
    date: '2019-05-30',
    url: 'https://www.lawfaremedia.org/article/open-letter-gchq-threats-posed-ghost-proposal',
    language: 'en',
    note: 'Coordinated by New America’s Open Technology Institute; 47 signatories, including Apple, Google, Microsoft and WhatsApp. Link not re-checked on 28 November 2026.',
  },
  blazeClipper: {
    id: 'blazeClipper',
    outlet: 'NIST',
    title: 'Statement in response to Blaze key escrow paper',
    date: '1994-06-02',
    url: 'https://www.nist.gov/news-events/news/1994/06/statement-response-blaze-key-escrow-paper',
    language: 'en',
    note: 'The US standards body’s answer to Matt Blaze, “Protocol Failure in the Escrowed Encryption Standard” (AT&T Bell Laboratories, 1994; ACM Conference on Computer and Communications Security, 1994): it accepts that “the law enforcement access feature could be nullified”. No checked link to the paper itself.',
  },
  keysUnderDoormats: {
    id: 'keysUnderDoormats',
    outlet: 'MIT CSAIL (technical report MIT-CSAIL-TR-2015-026)',
    title:
      'Keys Under Doormats: Mandating insecurity by requiring government access to all data and communications',
    date: '2015-07-06',
    url: 'https://dspace.mit.edu/handle/1721.1/97690',
    language: 'en',
    note: 'By H. Abelson, R. Anderson, S. M. Bellovin, J. Benaloh, M. Blaze, W. Diffie, J. Gilmore, M. Green, S. Landau, P. G. Neumann, R. L. Rivest, J. I. Schiller, B. Schneier, M. Specter and D. J. Weitzner. (The link was seen as http in the fact check; its https form is the one cited in other public documents. The page itself was not opened.)',
  },
  signalSafetyNumbers: {
    id: 'signalSafetyNumbers',
    outlet: 'Signal (blog)',
    title: 'Verified safety number updates',
    date: '2017',
    url: 'https://signal.org/blog/verified-safety-number-updates',
    language: 'en',
    note: 'Year only: by its own account the post came about six months after Signal’s November 2016 change to safety-number warnings. Link not re-checked on 28 November 2026.',
  },
  whatsappWhitepaper: {
    id: 'whatsappWhitepaper',
    outlet: 'WhatsApp',
    title: 'WhatsApp Encryption Overview (technical white paper)',
    date: '2016-04-05',
    url: 'https://www.whatsapp.com/security/WhatsApp-Security-Whitepaper.pdf',
    language: 'en',
    note: 'First published when WhatsApp turned on end-to-end encryption for everyone (5 April 2016) and updated since; read the current version. Describes Sender Keys for groups. Link not re-checked on 28 November 2026.',
  },
  whatsappKeyTransparency: {
    id: 'whatsappKeyTransparency',
    outlet: 'Engineering at Meta',
    title: 'Deploying key transparency at WhatsApp',
    date: '2023-04-13',
    url: 'https://engineering.fb.com/2023/04/13/security/whatsapp-key-transparency/',
    language: 'en',
  },
  usenixWhatsappKt: {
    id: 'usenixWhatsappKt',
    outlet: 'USENIX PEPR ’23',
    title: 'WhatsApp Key Transparency (Kevin Lewi, Meta)',
    date: '2023-09-11',
    url: 'https://www.usenix.org/conference/pepr23/presentation/lewi',
    language: 'en',
    note: 'Says WhatsApp “announced their plans to launch key transparency for all WhatsApp users” earlier in 2023: a roll-out, not a switch-on date.',
  },
  rfc9420: {
    id: 'rfc9420',
    outlet: 'IETF (RFC Editor)',
    title: 'RFC 9420: The Messaging Layer Security (MLS) Protocol',
    date: '2023-07',
    url: 'https://www.rfc-editor.org/rfc/rfc9420',
    language: 'en',
    note: 'Published July 2023 (RFCs carry a month, not a day). Link not re-checked on 28 November 2026.',
  },
  wapoUkApple: {
    id: 'wapoUkApple',
    outlet: 'The Washington Post',
    title: 'U.K. orders Apple to let it spy on users’ encrypted accounts',
    date: '2025-02-07',
    url: 'https://www.washingtonpost.com/technology/2025/02/07/apple-encryption-backdoor-uk/',
    language: 'en',
    note: 'The report that revealed a technical capability notice served on Apple under the Investigatory Powers Act 2016. The notice itself is secret. Link not re-checked on 28 November 2026.',
  },
  appleAdpUk: {
    id: 'appleAdpUk',
    outlet: 'Apple Support',
    title: 'Apple can no longer offer Advanced Data Protection in the United Kingdom to new users',
    date: '2025-02-21',
    url: 'https://support.apple.com/en-us/122234',
    language: 'en',
    note: 'Link not re-checked on 28 November 2026.',
  },
  trtGabbard: {
    id: 'trtGabbard',
    outlet: 'TRT World (Reuters)',
    title:
      'UK dropped request for backdoor access to encrypted Apple data, says US spy chief Gabbard',
    date: '2025-08-19',
    url: 'https://www.trtworld.com/article/faec000e45dd',
    language: 'en',
    note: 'Reports Tulsi Gabbard’s post on X. The UK government did not confirm; it does not comment on such notices.',
  },
  computerWeeklyNewTcn: {
    id: 'computerWeeklyNewTcn',
    outlet: 'Computer Weekly',
    title: 'Home Office issues new back door order over Apple encryption',
    date: '2025-10-01',
    url: 'https://www.computerweekly.com/news/366632159/Home-Office-issues-new-back-door-order-over-Apple-encryption',
    language: 'en',
    note: 'Follows a Financial Times report: a new notice served in September 2025, limited to British users. Quotes Apple: still unable to offer ADP to new UK users.',
  },
  piAppleTcn: {
    id: 'piAppleTcn',
    outlet: 'Privacy International',
    title: 'PI Apple TCN Challenge',
    date: '2025',
    url: 'https://privacyinternational.org/legal-action/pi-apple-tcn-challenge',
    language: 'en',
    note: 'Case IPT/25/83/CH at the Investigatory Powers Tribunal, with Liberty; status “open” when read. Case page, updated over time: year only.',
  },
  eurlexCsam: {
    id: 'eurlexCsam',
    outlet: 'European Commission (EUR-Lex)',
    title:
      'Proposal for a Regulation laying down rules to prevent and combat child sexual abuse, COM(2022) 209 final',
    date: '2022-05-11',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0209',
    language: 'en',
    note: 'The proposal critics call "Chat Control". It included detection orders that could require providers to scan messages. Link not re-checked on 28 November 2026.',
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
  euperspectivesCouncil: {
    id: 'euperspectivesCouncil',
    outlet: 'EU Perspectives',
    title:
      'Council position on the regulation to prevent and combat child sexual abuse (“chat control”)',
    date: '2025-11-26',
    url: 'https://euperspectives.eu/?p=9809',
    language: 'en',
    note: 'Descriptive title. Reports the removal of mandatory scanning, permanent voluntary scanning and the risk-mitigation duties; quotes the Danish Justice Minister. The Council’s own press release was not found.',
  },
  notebookcheckInterim: {
    id: 'notebookcheckInterim',
    outlet: 'Notebookcheck',
    title:
      'EU rejects extension: No legal basis for voluntary scans by Google, Meta, Microsoft, and Snapchat',
    date: '2026-04',
    url: 'https://www.notebookcheck.net/Google-Meta-Microsoft-and-Snapchat-EU-rejects-extension-for-voluntary-scans.1266617.0.html',
    language: 'en',
    note: 'Secondary: reports that the interim regulation (EU) 2021/1232 expired on 3 April 2026 after the Parliament’s vote of 26 March 2026 (311 against, 228 for). Confirm the figures on europarl.europa.eu. Exact day not checked.',
  },
  ecProtectEU: {
    id: 'ecProtectEU',
    outlet: 'European Commission (press corner)',
    title: 'Commission unveils ProtectEU – a new European Internal Security Strategy',
    date: '2025-04-01',
    url: 'https://ec.europa.eu/commission/presscorner/detail/en/ip_25_920',
    language: 'en',
    note: 'Link and title seen quoted in a forum post, not opened (unchecked). Announces a roadmap on lawful access to data (2025) and a technology roadmap on encryption (2026). Date from secondary reports.',
  },
  technaduRoadmap: {
    id: 'technaduRoadmap',
    outlet: 'TechNadu',
    title: 'EU Plans Lawful Access to Encrypted Data by 2030',
    date: '2025-06',
    url: 'https://www.technadu.com/?p=602016',
    language: 'en',
    note: 'Secondary: the roadmap of 24 June 2025 (six areas; encryption technology roadmap in 2026; Europol “next-generation decryption capabilities” by 2030). The Commission’s document was not found. Exact day not checked.',
  },
  australiaAct: {
    id: 'australiaAct',
    outlet: 'Federal Register of Legislation (Australia)',
    title:
      'Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 (Act No. 148, 2018)',
    date: '2018-12-06',
    url: 'https://www.legislation.gov.au/C2018A00148/latest/text',
    language: 'en',
    note: 'Passed by Parliament on 6 December 2018 (the date given here). Section 317ZG bars notices that would require a "systemic weakness" or "systemic vulnerability". Link not re-checked on 28 November 2026.',
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
