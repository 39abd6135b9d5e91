import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { VoteTally, voteCounts } from './VoteTally.js';

describe(voteCounts, () => {
  test('computes who did not vote', () => {
    expect(voteCounts(119, 24, 577)).toEqual({ against: 119, for: 24, seats: 577, notVoting: 434 });
    expect(voteCounts(0, 0, 10).notVoting).toBe(10);
  });

  test('refuses impossible counts', () => {
    expect(() => voteCounts(500, 100, 577)).toThrow(RangeError);
    expect(() => voteCounts(-1, 24, 577)).toThrow(RangeError);
    expect(() => voteCounts(1.5, 24, 577)).toThrow(RangeError);
    expect(() => voteCounts(119, Number.NaN, 577)).toThrow(RangeError);
  });
});

describe(VoteTally, () => {
  test('states every number in text', async () => {
    const screen = await render(<VoteTally against={119} for={24} seats={577} />);
    await expect
      .element(screen.getByText('143 votes cast out of 577 seats: 119 against, 24 for.'))
      .toBeVisible();
    const terms = Array.from(document.querySelectorAll('dt'), (dt) => dt.textContent);
    const values = Array.from(document.querySelectorAll('dd'), (dd) => dd.textContent);
    expect(terms).toEqual(['Against', 'For', 'No vote cast']);
    expect(values).toEqual(['119', '24', '434']);
  });

  test('the bar is decorative and its parts are sized by their counts', async () => {
    await render(<VoteTally against={119} for={24} seats={577} />);
    const bar = document.querySelector('.e2k-vote__bar');
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    const widths = Array.from(
      document.querySelectorAll<HTMLElement>('.e2k-vote__segment'),
      (segment) => segment.getBoundingClientRect().width,
    );
    expect(widths).toHaveLength(3);
    const [against = 0, inFavour = 0, absent = 0] = widths;
    // Gaps and padding take a few pixels; the ratios must still hold closely.
    expect(against / absent).toBeCloseTo(119 / 434, 1);
    expect(inFavour / against).toBeCloseTo(24 / 119, 1);
  });

  test('a part with no votes is left out of the bar', async () => {
    await render(<VoteTally against={300} for={277} seats={577} />);
    const parts = Array.from(document.querySelectorAll<HTMLElement>('.e2k-vote__segment'), (s) =>
      s.getAttribute('data-part'),
    );
    expect(parts).toEqual(['against', 'for']);
  });

  test('labels and locale translate it', async () => {
    const screen = await render(
      <VoteTally
        against={1200}
        for={24}
        seats={2000}
        locale="fr"
        labels={{ against: 'Contre', summary: ({ notVoting }) => `${notVoting} absents` }}
      />,
    );
    await expect.element(screen.getByText('Contre')).toBeVisible();
    await expect.element(screen.getByText('776 absents')).toBeVisible();
    // French groups thousands with a narrow no-break space.
    await expect.element(screen.getByText('1\u202f200')).toBeVisible();
  });
});
