/**
 * The shared scene of the property and fuzz suites: a deterministic group chat
 * with a ghost and mandated key escrow, so that an envelope holds every kind of
 * field (member wraps, a hidden ghost wrap, an escrow wrap), and every kind of
 * party can try to read it.
 */
import {
  createKit,
  E2eeKitError,
  type Envelope,
  type ErrorCode,
  type Party,
} from '../src/index.js';

/** Every {@link ErrorCode}; the `satisfies` makes the compiler flag a code added later. */
const CODES = {
  malformed: true,
  'unsupported-version': true,
  tampered: true,
  'key-commitment-mismatch': true,
  'not-a-recipient': true,
  replayed: true,
  'unknown-participant': true,
  'uncertified-device': true,
  'sender-key-mismatch': true,
  'weak-key': true,
  'unknown-conversation': true,
  'mode-mismatch': true,
  'unknown-epoch': true,
  'stale-epoch': true,
  fork: true,
  'commit-gap': true,
  'invalid-commit': true,
  'not-a-member': true,
  'escrow-missing': true,
  'invalid-argument': true,
} as const satisfies Record<ErrorCode, true>;

export const KNOWN_CODES: readonly string[] = Object.keys(CODES);

/** Asserts that `error` is one of this package's typed errors, with a known code (and, if given, this code). */
export function expectKitError(error: unknown, code?: ErrorCode): asserts error is E2eeKitError {
  // Plain checks rather than expect(): this runs tens of thousands of times in the fuzz suite.
  if (!(error instanceof E2eeKitError)) {
    throw new Error(`expected an E2eeKitError, got ${String(error)}`, { cause: error });
  }
  if (!KNOWN_CODES.includes(error.code))
    throw new Error(`unknown error code ${error.code}`, { cause: error });
  if (code !== undefined && error.code !== code) {
    throw new Error(`expected code ${code}, got ${error.code}`, { cause: error });
  }
}

export async function scene(seed = 'property-tests') {
  const kit = await createKit({ seed });
  const provider = kit.provider('Messenger');
  const alice = kit.device(provider, { user: 'alice', name: 'Alice' });
  const bob = kit.device(provider, { user: 'bob', name: 'Bob' });
  const carol = kit.device(provider, { user: 'carol', name: 'Carol' });
  const dave = kit.device(provider, { user: 'dave', name: 'Dave' });
  const ghost = kit.ghost(provider);
  const agency = kit.escrowAuthority({ name: 'Agency' });
  const mallory = kit.thief({ name: 'Mallory' });
  alice.createConversation('chat', [bob, carol]);
  provider.executeAccessOrder({ conversation: 'chat', ghost });
  provider.mandateEscrow(agency);
  mallory.steal(agency);

  const text = 'Meet at the Assemblée at 6 🙂';
  const envelope: Envelope = alice.send('chat', text);
  const parties: Party[] = [alice, bob, carol, dave, ghost, provider, agency, mallory];
  return {
    kit,
    provider,
    alice,
    bob,
    carol,
    dave,
    ghost,
    agency,
    mallory,
    parties,
    envelope,
    text,
  };
}
