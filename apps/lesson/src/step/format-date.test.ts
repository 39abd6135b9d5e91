import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.js';

describe(formatDate, () => {
  it('writes a day in the page language without shifting it', () => {
    expect(formatDate('2025-03-20', 'en')).toBe('March 20, 2025');
    expect(formatDate('2025-03-20', 'fr')).toBe('20 mars 2025');
  });

  it('keeps a month or a year as precise as it was given', () => {
    expect(formatDate('2025-03', 'en')).toBe('March 2025');
    expect(formatDate('2025-03', 'fr')).toBe('mars 2025');
    expect(formatDate('2017', 'fr')).toBe('2017');
  });

  it('puts the day first in English when asked, as the lesson’s prose does', () => {
    expect(formatDate('2026-11-28', 'en', 'day-month-year')).toBe('28 November 2026');
    expect(formatDate('2026-11-28', 'fr', 'day-month-year')).toBe('28 novembre 2026');
  });

  it('gives back text it cannot read', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('2025-3-1', 'en')).toBe('2025-3-1');
  });
});
