/**
 * A tiny lesson for unit and component tests: two chapters, two steps each,
 * with one of every kind of content. Not the real lesson text, which lives in
 * `src/content/`.
 */
import type { LessonContent, SourceId } from '../content/types.js';
import type { SourceEntry } from '../step/citation-numbers.js';

export const sourcesFixture: Partial<Record<SourceId, SourceEntry>> = {
  lemondeNight: {
    id: 'lemondeNight',
    language: 'fr',
    outlet: 'Le Monde',
    title: 'Fixture article about the vote',
    date: '2025-03-21',
    url: 'https://www.lemonde.fr/fixture',
  },
  effWin: {
    id: 'effWin',
    language: 'en',
    outlet: 'EFF',
    title: 'Fixture article about the ghost',
    date: '2025-03',
    url: 'https://www.eff.org/fixture',
  },
};

export const lessonFixture: LessonContent = {
  chapters: [
    {
      slug: 'vote',
      title: 'The vote',
      summary: 'What happened that night.',
      minutes: 5,
      steps: [
        {
          slug: 'the-night',
          title: 'The night',
          lead: 'Lead of the-night.',
          paragraphs: [
            { text: 'A first paragraph with a source.', sources: ['lemondeNight'] },
            { text: 'A second paragraph with two sources.', sources: ['effWin', 'lemondeNight'] },
          ],
          quotes: [{ text: 'A short quote.', speaker: 'A speaker, a role', source: 'effWin' }],
          notes: ['Ask the class what they know.'],
        },
        {
          slug: 'the-count',
          title: 'The count',
          lead: 'Lead of the-count.',
          paragraphs: [{ text: 'The count paragraph.' }],
          demo: 'vote-tally',
          demoTitle: 'The vote',
          notes: ['Point at the tally.'],
        },
      ],
    },
    {
      slug: 'ghost',
      title: 'The ghost',
      summary: 'An invisible member joins.',
      minutes: 10,
      steps: [
        {
          slug: 'join',
          title: 'The ghost joins',
          lead: 'Lead of join.',
          paragraphs: [{ text: 'The ghost paragraph.', sources: ['effWin'] }],
          timeline: [
            {
              date: '2025-03-20',
              status: 'rejected',
              text: 'A timeline entry.',
              sources: ['lemondeNight'],
            },
          ],
          demo: 'access-order',
          demoTitle: 'The access order',
          notes: ['Let them guess.', 'Then reveal.'],
        },
        {
          slug: 'catch',
          title: 'Catching the ghost',
          lead: 'Lead of catch.',
          paragraphs: [{ text: 'The last paragraph.' }],
          demo: 'exit-question',
          demoTitle: 'Exit question',
          notes: [],
        },
      ],
    },
  ],
  quiz: [
    {
      id: 'q1',
      prompt: 'Who can read the message?',
      kind: 'single',
      choices: [
        { id: 'a', text: 'Only the members', correct: true, feedback: 'Yes.' },
        { id: 'b', text: 'The provider', correct: false, feedback: 'No.' },
      ],
    },
  ],
  exitQuestion: { prompt: 'What would you tell a deputy?', hint: 'Think of the ghost.' },
};
