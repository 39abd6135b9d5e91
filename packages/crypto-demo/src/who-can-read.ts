import type { Envelope } from './envelope.js';
import type { ErrorCode } from './errors.js';
import { toSealed } from './wire.js';
import type { Party, PartyRole, ReadableReason, ReadOptions, UnreadableReason } from './party.js';

/**
 * One party's line in the answer of {@link whoCanRead}: codes and data, no
 * sentences. Words belong to the caller (the lesson translates `reason`);
 * {@link explain} writes an English one for terminal tutorials.
 */
export type ReadReport = {
  readonly party: { readonly id: string; readonly name: string; readonly role: PartyRole };
  /** How many wrapped keys the envelope carries: a party that cannot read tried every one. */
  readonly wrapCount: number;
} & (
  | {
      readonly canRead: true;
      readonly reason: ReadableReason;
      readonly text: string;
      /** The `to` of the wrapped key that opened. */
      readonly via: string;
      /** Devices outside the party's verified roster the message was also encrypted for (§10.1). */
      readonly unexpectedRecipients?: readonly string[];
    }
  | { readonly canRead: false; readonly reason: UnreadableReason; readonly error?: ErrorCode }
);

/**
 * Who can read this message? Each party really tries to decrypt the envelope
 * with its own key material — device keys, an escrow master key, a stolen
 * copy of it, or none — and the answer is what happened. Nothing is looked up
 * in a list of members. Trying changes nothing (no replay counter moves).
 *
 * @example
 * ```ts
 * const envelope = alice.send('chat', 'Meet at 6');
 * whoCanRead(envelope, [alice, bob, provider, ghost]).map((r) => `${r.party.name}: ${r.canRead}`);
 * // ['Alice: true', 'Bob: true', 'Messenger: false', 'Ghost: false']
 * ```
 */
export function whoCanRead(
  envelope: Envelope | string,
  parties: readonly Party[],
  options: ReadOptions = {},
): ReadReport[] {
  let wrapCount = 0;
  try {
    wrapCount = toSealed(envelope).wraps.length;
  } catch {
    // Each party reports the malformed input itself.
  }
  return parties.map((party) => {
    const attempt = party.tryRead(envelope, options);
    const summary = { id: party.id, name: party.name, role: party.role };
    return { ...attempt, party: summary, wrapCount };
  });
}

/**
 * One plain-English sentence saying why a party can or cannot read, for
 * terminal tutorials and scripts (`npm run demo`). English only: an app
 * shows its own words, translated, for `report.reason`.
 *
 * @example
 * ```ts
 * whoCanRead(envelope, [provider]).map(explain);
 * // ['Messenger cannot read it: it holds no private key, only the ciphertext and …']
 * ```
 */
export function explain(report: ReadReport): string {
  const name = report.party.name;
  switch (report.reason) {
    case 'member':
      return (
        `${name} can read it: the sender's app locked a copy of the message key ` +
        `for ${name}'s device.`
      );
    case 'ghost':
      return (
        `${name} can read it: the provider added ${name} silently, so the sender's app ` +
        `locked a copy of the key for it too.`
      );
    case 'escrow-key':
      return (
        `${name} can read it: every message key is also locked with the escrow master key ` +
        `${name} holds.`
      );
    case 'stolen-key':
      return `${name} can read it with a stolen copy of the escrow master key.`;
    case 'not-a-recipient':
      return (
        `${name} cannot read it: none of the ${report.wrapCount} locked copies of the ` +
        `message key opens with ${name}'s keys.`
      );
    case 'holds-no-keys':
      return (
        `${name} cannot read it: it holds no private key, only the ciphertext and who sent ` +
        `it to whom, when.`
      );
    case 'tampered':
      return `${name} cannot read it: the message was changed on the way and fails its checks.`;
    case 'unknown-sender':
      return `${name} cannot read it: the sender is not who the message claims.`;
  }
}
