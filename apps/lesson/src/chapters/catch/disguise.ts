/**
 * The second part of the safety-number demo: a small messenger of its own,
 * where the server registers the ghost as a second device of Bob's. It lives
 * apart from the lesson world, because it is a different attack.
 */
import {
  createKit,
  toBase64url,
  type Device,
  type Kit,
  type Provider,
} from '@e2ee-kit/crypto-demo';

export interface Disguise {
  kit: Kit;
  provider: Provider;
  alice: Device;
  bob: Device;
  /** The ghost registered as `bob/tablet`, once the server slipped it in. */
  ghost: Device | undefined;
}

const SEED_KEY = 'e2ee-kit.disguise.seed';
const CHAT = 'alice-bob';

/** A seed per browser session, like the lesson world's (teaching only). */
function sessionSeed(): string {
  try {
    const saved = sessionStorage.getItem(SEED_KEY);
    if (saved) return saved;
    const seed = toBase64url(crypto.getRandomValues(new Uint8Array(16)));
    sessionStorage.setItem(SEED_KEY, seed);
    return seed;
  } catch {
    return toBase64url(crypto.getRandomValues(new Uint8Array(16)));
  }
}

/** Alice and Bob on a messenger of their own, with a chat, and no ghost yet. */
export async function createDisguise(seed: string = sessionSeed()): Promise<Disguise> {
  const kit = await createKit({ seed });
  // Names are ids, as in the lesson world (demo-kit/world/world.ts); none is shown.
  const provider = kit.provider('provider');
  const alice = kit.device(provider, { user: 'alice', name: 'Alice' });
  const bob = kit.device(provider, { user: 'bob', name: 'Bob' });
  alice.createConversation(CHAT, [bob], { name: 'pair' });
  return { kit, provider, alice, bob, ghost: undefined };
}

/**
 * The server registers a ghost under Bob's account and adds it to the chat,
 * without a notice. Alice's app now lists its key among Bob's.
 */
export function slipInDisguisedGhost(disguise: Disguise): Disguise {
  if (disguise.ghost) return disguise;
  const ghost = disguise.kit.ghost(disguise.provider, {
    disguisedAs: { user: 'bob', name: 'Bob' },
  });
  disguise.provider.executeAccessOrder({ conversation: CHAT, ghost });
  return { ...disguise, ghost };
}

let shared: Promise<Disguise> | undefined;

/** The one disguise scenario of this page (kept while the page is open). */
export function loadDisguise(): Promise<Disguise> {
  shared ??= createDisguise();
  return shared;
}

/** Slips the ghost into the page's scenario and keeps the result. */
export async function slipInSharedGhost(): Promise<Disguise> {
  const next = slipInDisguisedGhost(await loadDisguise());
  shared = Promise.resolve(next);
  return next;
}
