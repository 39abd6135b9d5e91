import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { counting32, longPlaintext, shortPlaintext } from '../fixtures/bytes.js';
import { Bytes } from './Bytes.js';
import { bytesToBase64Url, bytesToHex } from './bytes-encoding.js';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe(Bytes, () => {
  test('a short value is shown whole, without a "Show all" button', async () => {
    const screen = await render(<Bytes label="Greeting" value={shortPlaintext} />);
    await expect.element(screen.getByText(bytesToHex(shortPlaintext))).toBeVisible();
    await expect.element(screen.getByText('7 bytes, hex')).toBeVisible();
    expect(screen.getByRole('button', { name: /show all/i }).query()).toBeNull();
  });

  test('a long value shows the first 8 and last 8 bytes, and "Show all" reveals the rest', async () => {
    const screen = await render(<Bytes label="Message" value={longPlaintext} />);
    const hex = bytesToHex(longPlaintext);
    const code = screen.getByRole('figure', { name: 'Message' }).element().querySelector('code');
    expect(code?.textContent).toBe(`${hex.slice(0, 16)}… (26 bytes not shown) ${hex.slice(-16)}`);

    // Locators are lazy: match both names, since the text changes on click.
    const toggle = screen.getByRole('button', { name: /^Show (all|less) Message$/ });
    await expect.element(toggle).toHaveAccessibleName('Show all Message');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(code?.textContent).toBe(hex);
    await expect.element(toggle).toHaveAccessibleName('Show less Message');
  });

  test('head and tail sizes and base64url are honoured', async () => {
    const screen = await render(
      <Bytes
        label="Counting"
        value={counting32}
        encoding="base64url"
        headBytes={3}
        tailBytes={3}
      />,
    );
    const text = bytesToBase64Url(counting32);
    const code = screen.getByRole('figure').element().querySelector('code');
    expect(code?.textContent).toBe(`${text.slice(0, 4)}… (26 bytes not shown) ${text.slice(-4)}`);
  });

  test('Copy writes the whole encoded value and confirms in a live region', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const screen = await render(<Bytes label="Message" value={longPlaintext} />);
    await screen.getByRole('button', { name: 'Copy Message' }).click();
    expect(writeText).toHaveBeenCalledExactlyOnceWith(bytesToHex(longPlaintext));
    const status = screen.getByRole('status');
    await expect.element(status).toHaveTextContent('Copied');
    await expect.element(status).toHaveAttribute('aria-live', 'polite');
  });

  test('a refused clipboard write is reported, not swallowed', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied'));
    const screen = await render(<Bytes label="Message" value={longPlaintext} />);
    await screen.getByRole('button', { name: 'Copy Message' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent(/could not copy/i);
  });

  test('a missing clipboard API is reported', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const screen = await render(<Bytes label="Message" value={longPlaintext} />);
    await screen.getByRole('button', { name: 'Copy Message' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent(/could not copy/i);
  });

  test('labels can be translated', async () => {
    const screen = await render(
      <Bytes
        label="Message"
        value={longPlaintext}
        labels={{ showAll: 'Tout afficher', byteCount: (n) => `${n} octets` }}
      />,
    );
    await expect
      .element(screen.getByRole('button', { name: 'Tout afficher Message' }))
      .toBeVisible();
    await expect.element(screen.getByText('42 octets, hex')).toBeVisible();
  });
});
