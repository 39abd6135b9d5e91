import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { effWinForEncryption, leMondeNuitAgitee } from '../fixtures/news.js';
import { NewsCard, formatCalendarDate } from './NewsCard.js';

describe(formatCalendarDate, () => {
  test('formats the calendar day in English and French', () => {
    expect(formatCalendarDate('2025-03-20', 'en')).toBe('March 20, 2025');
    expect(formatCalendarDate('2025-03-20', 'en-GB')).toBe('20 March 2025');
    expect(formatCalendarDate('2025-03-20', 'fr')).toBe('20 mars 2025');
  });

  test('the first and last day of a year stay on their day', () => {
    expect(formatCalendarDate('2025-01-01', 'en-GB')).toBe('1 January 2025');
    expect(formatCalendarDate('2024-12-31', 'en-GB')).toBe('31 December 2024');
  });

  test('rejects anything but YYYY-MM-DD', () => {
    expect(() => formatCalendarDate('20/03/2025', 'en')).toThrow(RangeError);
    expect(() => formatCalendarDate('2025-3-20', 'en')).toThrow(RangeError);
  });
});

describe(NewsCard, () => {
  test('an article named by its headline, with a machine-readable date', async () => {
    const screen = await render(<NewsCard {...effWinForEncryption} />);
    const article = screen.getByRole('article', { name: effWinForEncryption.headline });
    await expect.element(article).toBeVisible();
    await expect
      .element(screen.getByRole('heading', { level: 3, name: effWinForEncryption.headline }))
      .toBeVisible();
    const time = article.element().querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2025-03-21');
    expect(time?.textContent).toBe('March 21, 2025');
  });

  test('the quote is a blockquote with its speaker in cite', async () => {
    const screen = await render(<NewsCard {...effWinForEncryption} />);
    const article = screen.getByRole('article').element();
    expect(article.querySelector('blockquote')?.textContent).toBe(
      '“a victory for digital rights, privacy and security, and common sense”',
    );
    expect(article.querySelector('blockquote')?.getAttribute('cite')).toBe(effWinForEncryption.url);
    expect(article.querySelector('cite')?.textContent).toBe('Electronic Frontier Foundation');
  });

  test('the link says it opens the source, and opens it safely in a new tab', async () => {
    const screen = await render(<NewsCard {...effWinForEncryption} />);
    const link = screen.getByRole('link', {
      name: 'Read the source on Electronic Frontier Foundation (opens in a new tab)',
    });
    await expect.element(link).toHaveAttribute('href', effWinForEncryption.url);
    await expect.element(link).toHaveAttribute('target', '_blank');
    await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('locale "fr" gives a French date and French words; labels override them', async () => {
    const screen = await render(
      <NewsCard
        {...leMondeNuitAgitee}
        locale="fr"
        quote={{ text: 'test', speaker: 'X' }}
        labels={{ published: 'Paru le' }}
      />,
    );
    await expect.element(screen.getByText('21 mars 2025')).toBeVisible();
    await expect.element(screen.getByText('Paru le', { exact: false })).toBeVisible();
    await expect.element(screen.getByRole('link', { name: /nouvel onglet/ })).toBeVisible();
    await expect.element(screen.getByText('«\u00a0test\u00a0»')).toBeVisible();
    expect(screen.getByRole('heading').element().getAttribute('lang')).toBe('fr');
  });

  test('no quote, no blockquote', async () => {
    const screen = await render(<NewsCard {...leMondeNuitAgitee} headingLevel={2} />);
    expect(screen.getByRole('article').element().querySelector('blockquote')).toBeNull();
    await expect.element(screen.getByRole('heading', { level: 2 })).toBeVisible();
  });
});
