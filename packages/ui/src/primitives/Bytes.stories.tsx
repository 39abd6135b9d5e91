import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, type MockInstance } from 'storybook/test';
import { counting32, longPlaintext, shortPlaintext } from '../fixtures/bytes.js';
import { Bytes } from './Bytes.js';
import { bytesToHex } from './bytes-encoding.js';

const meta = {
  title: 'Primitives/Bytes',
  component: Bytes,
  args: { label: 'Message as UTF-8 bytes', value: longPlaintext },
} satisfies Meta<typeof Bytes>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 7 bytes: short enough to show whole, so there is no "Show all" button. */
export const Short: Story = {
  args: { value: shortPlaintext },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(bytesToHex(shortPlaintext))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /show all/i })).toBeNull();
  },
};

/** 42 bytes: the first 8 and last 8 are shown, with the count. */
export const Shortened: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('42 bytes, hex')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /show all/i })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

/** After "Show all": every byte, and the button now offers "Show less". */
export const Expanded: Story = {
  play: async ({ canvas, userEvent }) => {
    const toggle = canvas.getByRole('button', { name: /show all/i });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAccessibleName('Show less Message as UTF-8 bytes');
    await expect(canvas.getByText(bytesToHex(longPlaintext))).toBeVisible();
  },
};

/** The same kind of value in base64url. */
export const Base64Url: Story = {
  args: { label: 'Bytes 0 to 31', value: counting32, encoding: 'base64url' },
};

let writeText: MockInstance<Clipboard['writeText']> | undefined;

/** "Copy" puts the whole value on the clipboard and says so. */
export const Copied: Story = {
  beforeEach: () => {
    // Headless Chromium may refuse the real clipboard; the story is about our side of the call.
    writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /copy/i }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Copied');
    await expect(writeText).toHaveBeenCalledWith(bytesToHex(longPlaintext));
  },
};

/** Without a clipboard API (e.g. an insecure origin) the button explains instead of failing silently. */
export const CopyUnavailable: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    return () => {
      Reflect.deleteProperty(navigator, 'clipboard');
    };
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /copy/i }));
    await expect(canvas.getByRole('status')).toHaveTextContent(/could not copy/i);
  },
};
