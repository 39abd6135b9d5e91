import { describe, expect, it } from 'vitest';
import { predictions, type PredictionId } from './predictions.js';
import { demosEn } from './strings.en.js';
import { demosFr } from './strings.fr.js';

describe('predictions', () => {
  it.each([
    ['en', demosEn.predict],
    ['fr', demosFr.predict],
  ] as const)(
    'have their words for the question, every choice and the why (%s)',
    (_lang, words) => {
      for (const id of Object.keys(predictions) as PredictionId[]) {
        const question = words[id] as Record<string, string>;
        expect(question.question).toBeTruthy();
        expect(question.why).toBeTruthy();
        for (const choice of predictions[id].choices) expect(question[choice]).toBeTruthy();
        expect(predictions[id].choices).toContain(predictions[id].answer);
      }
    },
  );
});
