import type { LessonOutline } from './types.js';

/**
 * The lesson without its words: chapters and steps in order, their slugs
 * (stable URL segments), the minutes planned for each chapter, the demo each
 * step shows, the sources each paragraph, quote and timeline item cites, and
 * the quiz's questions with their right answers. The words, in each
 * language, are in `text.<lang>.ts`, keyed by the slugs and ids below.
 *
 * A source id must be a key of `sources.ts`; a demo id named here must have a
 * component `chapters/<chapter slug>/<DemoName>Demo.tsx` (see
 * `chapters/demo-registry.ts`).
 */
export const outline = {
  chapters: [
    {
      slug: 'vote',
      minutes: 8,
      steps: [
        {
          slug: 'the-bill',
          paragraphs: [
            { sources: ['europe1SenateVote', 'publicSenatMission', 'gigazine'] },
            { sources: ['senatAmdt73', 'gecOpenLetter'] },
            { sources: ['nextinkCommittee', 'lemondeNight'] },
          ],
        },
        {
          slug: 'the-night',
          demo: 'vote-tally',
          paragraphs: [
            { sources: ['lemondeNight', 'pinnacleGazette'] },
            { sources: ['lemondeNight', 'pinnacleGazette', 'gigazine'] },
            { sources: ['lemondeNight', 'lcpVote', 'pinnacleGazette'] },
          ],
          quotes: [{ source: 'lemondeNight' }],
        },
        {
          slug: 'who-argued-what',
          paragraphs: [
            { sources: ['gigazine', 'bfmtvDgsi', 'entrevueBerthon'] },
            { sources: ['gecOpenLetter', 'cloudwards', 'effWin'] },
            { sources: ['brusselsSignal'] },
            { sources: ['lemondeNight', 'ccDecision'] },
          ],
          quotes: [
            { source: 'bfmtvDgsi' },
            { source: 'lemondeNight' },
            { source: 'effWin' },
            { source: 'gecOpenLetter' },
          ],
        },
      ],
    },
    {
      slug: 'e2ee',
      minutes: 8,
      steps: [
        {
          slug: 'alice-and-bob',
          demo: 'chat-pair',
          paragraphs: [{ sources: ['whatsappWhitepaper'] }, { sources: [] }, { sources: [] }],
        },
        {
          slug: 'a-group',
          demo: 'chat-group',
          paragraphs: [{ sources: [] }, { sources: [] }, { sources: [] }],
        },
        {
          slug: 'one-message',
          demo: 'step-through',
          paragraphs: [{ sources: [] }, { sources: [] }, { sources: ['whatsappWhitepaper'] }],
        },
      ],
    },
    {
      slug: 'ghost',
      minutes: 8,
      steps: [
        {
          slug: 'the-proposal',
          paragraphs: [
            { sources: ['lawfareGhost'] },
            { sources: ['lawfareOpenLetter'] },
            { sources: ['nextinkCommittee', 'effWin'] },
          ],
        },
        {
          slug: 'access-order',
          demo: 'access-order',
          paragraphs: [{ sources: [] }, { sources: [] }, { sources: [] }],
        },
        {
          slug: 'the-hidden-notice',
          demo: 'reveal-notices',
          paragraphs: [{ sources: [] }, { sources: ['lawfareOpenLetter'] }],
        },
      ],
    },
    {
      slug: 'catch',
      minutes: 7,
      steps: [
        {
          slug: 'safety-numbers',
          demo: 'safety-numbers',
          paragraphs: [
            { sources: ['signalSafetyNumbers'] },
            { sources: ['signalSafetyNumbers'] },
            { sources: [] },
          ],
        },
        {
          slug: 'verify-the-roster',
          demo: 'verify-roster',
          paragraphs: [
            { sources: ['whatsappWhitepaper'] },
            { sources: ['rfc9420'] },
            { sources: ['lawfareOpenLetter'] },
          ],
        },
        {
          slug: 'member-signed',
          demo: 'two-modes',
          paragraphs: [
            { sources: ['whatsappWhitepaper', 'rfc9420'] },
            { sources: ['lawfareOpenLetter'] },
          ],
        },
        {
          slug: 'real-messengers',
          paragraphs: [
            { sources: ['signalSafetyNumbers'] },
            { sources: ['whatsappWhitepaper', 'whatsappKeyTransparency', 'usenixWhatsappKt'] },
            { sources: ['rfc9420'] },
          ],
        },
      ],
    },
    {
      slug: 'escrow',
      minutes: 7,
      steps: [
        {
          slug: 'master-key',
          paragraphs: [
            { sources: [] },
            { sources: [] },
            { sources: ['gecOpenLetter'] },
            { sources: ['blazeClipper'] },
          ],
        },
        {
          slug: 'mallory',
          demo: 'escrow-steal',
          paragraphs: [{ sources: [] }, { sources: [] }, { sources: [] }],
        },
        {
          slug: 'good-guys-only',
          paragraphs: [
            { sources: ['gecOpenLetter'] },
            { sources: ['effWin', 'gecOpenLetter', 'keysUnderDoormats'] },
          ],
        },
      ],
    },
    {
      slug: 'after',
      minutes: 5,
      lastChecked: '2026-11-28',
      steps: [
        {
          slug: 'france',
          paragraphs: [
            { sources: ['europe1FirstReading', 'clubJuristesFinal', 'ccDecision'] },
            { sources: ['ccDecision', 'gazetteCc', 'essorCc', 'faceaurisqueLoi'] },
            { sources: ['lemondeNight', 'pinnacleGazette'] },
            { sources: ['senatResilience1603', 'numeramaArt16bis', 'publicSenatMission'] },
          ],
          timeline: [
            { date: '2025-01-28', sources: ['senatAmdt73'] },
            { date: '2025-03-05', sources: ['nextinkCommittee'] },
            { date: '2025-03-12', sources: ['senatResilience1603'] },
            { date: '2025-03-20', sources: ['lemondeNight', 'lcpVote'] },
            { date: '2025-03-20', sources: ['lemondeNight', 'ccDecision', 'gazetteCc'] },
            { date: '2025-04-01', sources: ['europe1FirstReading'] },
            { date: '2025-04-10', sources: ['clubJuristesFinal'] },
            { date: '2025-04-29', sources: ['clubJuristesFinal'] },
            { date: '2025-06-12', sources: ['ccDecision', 'gazetteCc', 'essorCc'] },
            { date: '2025-06-13', sources: ['faceaurisqueLoi'] },
            { date: '2025-09', sources: ['numeramaArt16bis'] },
            { date: '2025-10-12', sources: ['sweetfmNunez'] },
            { date: '2026-01-21', sources: ['publicSenatMission'] },
          ],
        },
        {
          slug: 'united-kingdom',
          paragraphs: [
            { sources: ['wapoUkApple'] },
            { sources: ['appleAdpUk'] },
            { sources: ['trtGabbard', 'computerWeeklyNewTcn', 'piAppleTcn'] },
          ],
          timeline: [
            { date: '2025-02-07', sources: ['wapoUkApple'] },
            { date: '2025-02-21', sources: ['appleAdpUk'] },
            { date: '2025-08-19', sources: ['trtGabbard'] },
            { date: '2025-10-01', sources: ['computerWeeklyNewTcn'] },
          ],
        },
        {
          slug: 'european-union',
          paragraphs: [
            { sources: ['eurlexCsam'] },
            { sources: ['dpaChatControl', 'euperspectivesCouncil'] },
            { sources: ['notebookcheckInterim', 'ecProtectEU', 'technaduRoadmap'] },
          ],
          timeline: [
            { date: '2022-05-11', sources: ['eurlexCsam'] },
            { date: '2025-04-01', sources: ['ecProtectEU'] },
            { date: '2025-06-24', sources: ['technaduRoadmap'] },
            { date: '2025-11-26', sources: ['dpaChatControl', 'euperspectivesCouncil'] },
            { date: '2026-04-03', sources: ['notebookcheckInterim'] },
          ],
        },
        {
          slug: 'australia',
          paragraphs: [{ sources: ['australiaAct'] }],
          timeline: [{ date: '2018-12-06', sources: ['australiaAct'] }],
        },
      ],
    },
    {
      slug: 'debate',
      minutes: 7,
      steps: [
        {
          slug: 'both-sides',
          paragraphs: [
            { sources: ['gigazine', 'bfmtvDgsi'] },
            { sources: ['bfmtvDgsi', 'cnctrTechniques'] },
            { sources: ['effWin', 'gecOpenLetter', 'lemondeNight'] },
            { sources: ['gecOpenLetter', 'lemondeNight'] },
          ],
        },
        { slug: 'quiz', demo: 'quiz', paragraphs: [{ sources: [] }] },
        { slug: 'exit-question', demo: 'exit-question', paragraphs: [{ sources: [] }] },
      ],
    },
  ],
  quiz: [
    {
      id: 'ghost-reads',
      kind: 'single',
      choices: [
        { id: 'a', correct: false },
        { id: 'b', correct: true },
        { id: 'c', correct: false },
        { id: 'd', correct: false },
      ],
    },
    {
      id: 'server-sees',
      kind: 'multiple',
      choices: [
        { id: 'a', correct: true },
        { id: 'b', correct: true },
        { id: 'c', correct: false },
        { id: 'd', correct: true },
        { id: 'e', correct: false },
      ],
    },
    {
      id: 'escrow-worse',
      kind: 'single',
      choices: [
        { id: 'a', correct: true },
        { id: 'b', correct: false },
        { id: 'c', correct: false },
        { id: 'd', correct: false },
      ],
    },
    {
      id: 'catch-ghost',
      kind: 'multiple',
      choices: [
        { id: 'a', correct: true },
        { id: 'b', correct: true },
        { id: 'c', correct: false },
        { id: 'd', correct: true },
        { id: 'e', correct: false },
      ],
    },
    {
      id: 'vote-numbers',
      kind: 'single',
      choices: [
        { id: 'a', correct: true },
        { id: 'b', correct: false },
        { id: 'c', correct: false },
        { id: 'd', correct: false },
      ],
    },
    {
      id: 'after-vote',
      kind: 'multiple',
      choices: [
        { id: 'a', correct: true },
        { id: 'b', correct: true },
        { id: 'c', correct: false },
        { id: 'd', correct: true },
      ],
    },
  ],
} as const satisfies LessonOutline;
