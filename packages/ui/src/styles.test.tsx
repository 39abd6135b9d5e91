import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { StatusBadge, badgeStatuses } from './primitives/StatusBadge.js';

// WCAG 2.x relative luminance and contrast ratio, from computed rgb() colours.
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('styles.css', () => {
  test.each(['light', 'dark'] as const)(
    'every status badge has AA text contrast, on its tint and on the page (%s)',
    async (theme) => {
      await render(
        <div className="e2k-root" data-theme={theme}>
          {badgeStatuses.map((status) => (
            <StatusBadge key={status} status={status} />
          ))}
        </div>,
      );
      const page = getComputedStyle(document.querySelector('.e2k-root') as Element);
      for (const badge of document.querySelectorAll('.e2k-badge')) {
        const style = getComputedStyle(badge);
        expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
        // The border is the text colour; against the page it must reach 3:1 (WCAG 1.4.11).
        expect(contrast(style.color, page.backgroundColor)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  test('the dark theme really changes the colours', async () => {
    await render(
      <>
        <div className="e2k-root" data-theme="light" data-testid="light" />
        <div className="e2k-root" data-theme="dark" data-testid="dark" />
      </>,
    );
    const light = getComputedStyle(document.querySelector('[data-testid="light"]') as Element);
    const dark = getComputedStyle(document.querySelector('[data-testid="dark"]') as Element);
    expect(luminance(light.backgroundColor)).toBeGreaterThan(0.9);
    expect(luminance(dark.backgroundColor)).toBeLessThan(0.05);
    expect(contrast(dark.color, dark.backgroundColor)).toBeGreaterThanOrEqual(7);
  });

  test('data-scale="projector" makes the base text 1.5 times larger', async () => {
    await render(
      <>
        <div className="e2k-root" data-scale="normal" data-testid="normal">
          text
        </div>
        <div className="e2k-root" data-scale="projector" data-testid="projector">
          text
        </div>
      </>,
    );
    const size = (id: string) =>
      parseFloat(
        getComputedStyle(document.querySelector(`[data-testid="${id}"]`) as Element).fontSize,
      );
    expect(size('projector') / size('normal')).toBeCloseTo(1.5, 2);
  });
});
