/** How {@link Bytes} writes bytes as text. */
export type BytesEncoding = 'hex' | 'base64url';

/**
 * Lower-case hexadecimal, two characters per byte, no separators.
 *
 * @example
 * ```ts
 * bytesToHex(new Uint8Array([0, 171, 255])); // "00abff"
 * ```
 */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Base64url (RFC 4648 §5) without padding: 4 characters per 3 bytes.
 *
 * @example
 * ```ts
 * bytesToBase64Url(new Uint8Array([251, 255])); // "-_8"
 * ```
 */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += BASE64URL.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

/** Encodes bytes as text in the chosen encoding. */
export function encodeBytes(bytes: Uint8Array, encoding: BytesEncoding): string {
  return encoding === 'hex' ? bytesToHex(bytes) : bytesToBase64Url(bytes);
}

/** Characters that encode `byteCount` bytes at the start of a string in this encoding. */
export function charsForBytes(byteCount: number, encoding: BytesEncoding): number {
  return encoding === 'hex' ? byteCount * 2 : Math.ceil((byteCount * 4) / 3);
}
