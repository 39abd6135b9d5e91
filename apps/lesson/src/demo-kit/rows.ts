import type { WhoCanReadRow } from '@e2ee-kit/ui';
import { SEED_TEXTS, type ReadableMessage } from './world/world.js';
import { displayName, namedReports } from './party-names.js';
import type { DemoT } from './use-demo-t.js';

/**
 * The text of a message as its sender's own device reads it (the sender's app
 * locks a copy of the key for itself), or the first member's reading.
 */
export function messageText(message: ReadableMessage): string | undefined {
  const sender = message.envelope.header.senderDevice;
  const own = message.reports.find((r) => r.party.id === sender);
  if (own?.canRead === true) return own.text;
  const member = message.reports.find((r) => r.canRead && r.party.role === 'member');
  return member?.canRead === true ? member.text : undefined;
}

const seedKeys = new Map<string, keyof typeof SEED_TEXTS>(
  Object.entries(SEED_TEXTS).map(([key, text]) => [text, key as keyof typeof SEED_TEXTS]),
);

/** A decrypted text as the page shows it: the world's first messages in the page's language. */
export function shownText(t: DemoT, text: string): string {
  const key = seedKeys.get(text);
  return key === undefined ? text : t(`seed.${key}`);
}

/** "3. Alice: “Meet at 6?”" for a row of a matrix. */
export function rowLabel(t: DemoT, message: ReadableMessage, n: number): string {
  const text = messageText(message);
  const name = displayName(t, message.senderName);
  return text === undefined
    ? t('common.rowUnreadable', { n, name })
    : t('common.rowLabel', { n, name, text: shownText(t, text) });
}

/** Matrix rows for messages, with the parties' names translated. */
export function matrixRows(
  t: DemoT,
  messages: readonly ReadableMessage[],
  label: (message: ReadableMessage, index: number) => string = (m, i) => rowLabel(t, m, i + 1),
): WhoCanReadRow[] {
  return messages.map((message, index) => ({
    label: label(message, index),
    reports: namedReports(t, message.reports),
  }));
}
