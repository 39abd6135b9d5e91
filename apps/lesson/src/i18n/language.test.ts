import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language.js';

describe(pickLanguage, () => {
  it('gives French for any French preference', () => {
    expect(pickLanguage(null, ['fr'])).toBe('fr');
    expect(pickLanguage(null, ['fr-FR', 'en'])).toBe('fr');
    expect(pickLanguage(null, ['FR-ca'])).toBe('fr');
  });

  it('gives English for English and for languages the lesson lacks', () => {
    expect(pickLanguage(null, ['en-GB', 'fr'])).toBe('en');
    expect(pickLanguage(null, ['de', 'es'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });

  it('takes the first preference the lesson has', () => {
    expect(pickLanguage(null, ['de-DE', 'fr-FR', 'en'])).toBe('fr');
  });

  it('prefers the remembered choice, when it is a lesson language', () => {
    expect(pickLanguage('en', ['fr-FR'])).toBe('en');
    expect(pickLanguage('fr', ['en-US'])).toBe('fr');
    expect(pickLanguage('de', ['fr-FR'])).toBe('fr');
  });
});
