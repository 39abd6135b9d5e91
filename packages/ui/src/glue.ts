/**
 * The glue every author writes between `@e2ee-kit/crypto-demo` and the crypto
 * views: seats from parties, message rows from envelopes and the directory,
 * matrix rows from message rows.
 *
 * None of these imports the crypto at run time (the reading function is passed
 * in), so an app can keep `@e2ee-kit/crypto-demo` in a lazily loaded chunk.
 */
import type { Directory, Envelope, Party, ReadReport } from '@e2ee-kit/crypto-demo';
import type { ReactNode } from 'react';
import type { ConversationMessage, ConversationSeat } from './crypto-views/ConversationView.js';
import type { WhoCanReadRow } from './crypto-views/WhoCanReadMatrix.js';

/**
 * One seat of {@link ConversationView} per party, in the same order: the
 * reader can then see the chat as each of them.
 *
 * @param parties - Devices, ghosts, the provider, escrow authorities, thieves:
 *   anything with an `id`, a `name` and a `role`.
 * @returns Plain `{ id, name, role }` objects (no keys), safe to keep in React state.
 *
 * @example
 * ```tsx
 * const seats = seatsFromParties([alice, bob, ghost, provider]);
 * <ConversationView seats={seats} selectedSeat={seats[0].id} … />
 * ```
 */
export function seatsFromParties(
  parties: readonly Pick<Party, 'id' | 'name' | 'role'>[],
): ConversationSeat[] {
  return parties.map(({ id, name, role }) => ({ id, name, role }));
}

/** What {@link conversationMessages} needs besides the envelopes. */
export interface ConversationMessagesOptions {
  /** Everyone whose reading the views show; each one really tries to decrypt. */
  parties: readonly Party[];
  /**
   * Names the senders: the provider's public-key directory
   * (`provider.directory`). A device it does not list is named by its user id.
   */
  directory: Pick<Directory, 'find'>;
  /**
   * `whoCanRead` from `@e2ee-kit/crypto-demo`. It is passed in rather than
   * imported, so that importing `@e2ee-kit/ui` never pulls the crypto into an
   * app's first chunk.
   */
  whoCanRead: (envelope: Envelope, parties: readonly Party[]) => readonly ReadReport[];
}

/**
 * Message rows for {@link ConversationView}: for each envelope, the sender's
 * name from the directory and one read report per party, found by really
 * trying to decrypt (`whoCanRead`).
 *
 * @param envelopes - The envelopes in the order to show, e.g. what `send` returned.
 * @returns One {@link ConversationMessage} per envelope, in the same order.
 *
 * @example
 * ```ts
 * import { whoCanRead } from '@e2ee-kit/crypto-demo';
 *
 * const messages = conversationMessages([first, second], {
 *   parties: [alice, bob, ghost, provider],
 *   directory: provider.directory,
 *   whoCanRead,
 * });
 * messages[1].reports.find((r) => r.party.id === ghost.id)?.canRead; // true after the access order
 * ```
 */
export function conversationMessages(
  envelopes: readonly Envelope[],
  { parties, directory, whoCanRead }: ConversationMessagesOptions,
): ConversationMessage[] {
  return envelopes.map((envelope) => ({
    envelope,
    senderName: directory.find(envelope.header.senderDevice)?.name ?? envelope.header.senderUser,
    reports: whoCanRead(envelope, parties),
  }));
}

/**
 * Rows for {@link WhoCanReadMatrix} from the same message rows that
 * {@link ConversationView} takes, so both views show the same reports.
 *
 * @param messages - From {@link conversationMessages} (or built by hand).
 * @param label - The row header; by default "Message 1", "Message 2", …
 *   Pass your own to translate it or to quote the text.
 *
 * @example
 * ```tsx
 * <WhoCanReadMatrix rows={matrixRowsFromMessages(messages)} />
 * <WhoCanReadMatrix rows={matrixRowsFromMessages(messages, (m, i) => `${i + 1}. ${m.senderName}`)} />
 * ```
 */
export function matrixRowsFromMessages(
  messages: readonly ConversationMessage[],
  label: (message: ConversationMessage, index: number) => ReactNode = (_message, index) =>
    `Message ${index + 1}`,
): WhoCanReadRow[] {
  return messages.map((message, index) => ({
    label: label(message, index),
    reports: message.reports,
  }));
}
