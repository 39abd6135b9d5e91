import sodium from 'libsodium-wrappers';

/**
 * The libsodium functions this package calls, in this package's own words.
 * Declared here, not taken from the library's own typings, so that no
 * third-party type appears in the published declarations (issue 11): the
 * libsodium module is checked against it once, in {@link loadSodium}.
 */
export interface Primitives {
  crypto_aead_xchacha20poly1305_ietf_encrypt(
    message: Uint8Array,
    additionalData: Uint8Array | null,
    secretNonce: null,
    publicNonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array;
  crypto_aead_xchacha20poly1305_ietf_decrypt(
    secretNonce: null,
    ciphertext: Uint8Array,
    additionalData: Uint8Array | null,
    publicNonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array;
  crypto_generichash(hashLength: number, message: Uint8Array, key: Uint8Array | null): Uint8Array;
  crypto_scalarmult(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
  crypto_scalarmult_base(privateKey: Uint8Array): Uint8Array;
  crypto_sign_detached(message: Uint8Array, privateKey: Uint8Array): Uint8Array;
  crypto_sign_seed_keypair(seed: Uint8Array): {
    publicKey: Uint8Array;
    privateKey: Uint8Array;
  };
  crypto_sign_verify_detached(
    signature: Uint8Array,
    message: Uint8Array,
    publicKey: Uint8Array,
  ): boolean;
  memcmp(a: Uint8Array, b: Uint8Array): boolean;
  randombytes_buf_deterministic(length: number, seed: Uint8Array): Uint8Array;
}

/** Resolves once libsodium's WebAssembly is loaded; its functions exist only after that. */
export async function loadSodium(): Promise<Primitives> {
  await sodium.ready;
  const primitives: Primitives = sodium;
  return primitives;
}
