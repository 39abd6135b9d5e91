import sodium from 'libsodium-wrappers';

/** The libsodium-wrappers module, usable only after `ready` has resolved. */
export type Sodium = typeof sodium;

/** Resolves once libsodium's WebAssembly is loaded; its functions exist only after that. */
export async function loadSodium(): Promise<Sodium> {
  await sodium.ready;
  return sodium;
}
