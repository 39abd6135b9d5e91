/** Byte helpers: strict base64url, UTF-8, and the length-prefixed encoding of docs/protocol.md. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as base64url without padding (RFC 4648 §5). */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out +=
      ALPHABET.charAt((n >> 18) & 63) +
      ALPHABET.charAt((n >> 12) & 63) +
      ALPHABET.charAt((n >> 6) & 63) +
      ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out +=
      ALPHABET.charAt((n >> 18) & 63) +
      ALPHABET.charAt((n >> 12) & 63) +
      ALPHABET.charAt((n >> 6) & 63);
  }
  return out;
}

/**
 * Decodes canonical base64url without padding. Returns `undefined` for any
 * other input, including a final character whose unused bits are not zero:
 * two different strings never decode to the same bytes.
 */
export function fromBase64url(text: string): Uint8Array | undefined {
  const len = text.length;
  if (len % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = sextet(text, i + 2);
    const d = sextet(text, i + 3);
    if ((a | b | c | d) < 0) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest === 2) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    if ((a | b) < 0 || (b & 15) !== 0) return undefined;
    out[o] = (a << 2) | (b >> 4);
  } else if (rest === 3) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = sextet(text, i + 2);
    if ((a | b | c) < 0 || (c & 3) !== 0) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6);
    out[o] = n >> 16;
    out[o + 1] = (n >> 8) & 255;
  }
  return out;
}

function sextet(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? (LOOKUP[code] as number) : -1;
}

/** Lower-case hexadecimal, two digits a byte. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

const encoder = new TextEncoder();
// ignoreBOM: a leading U+FEFF is text like any other, not a marker to drop.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8, returning `undefined` for invalid sequences. */
export function fromUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Constant-shape equality of two byte strings (for public values only). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

// The ids and domain strings of the protocol recur in every message: keep
// their UTF-8 form instead of encoding them again for each hash, wrap and
// signature. Bounded, so that a stream of new ids cannot grow it for ever.
const textCache = new Map<string, Uint8Array>();
const TEXT_CACHE_ENTRIES = 4096;
const TEXT_CACHE_MAX_LENGTH = 256;

/** UTF-8 bytes of a short string, shared: the caller must not modify them. */
function cachedUtf8(s: string): Uint8Array {
  let bytes = textCache.get(s);
  if (!bytes) {
    bytes = encoder.encode(s);
    if (s.length <= TEXT_CACHE_MAX_LENGTH) {
      if (textCache.size >= TEXT_CACHE_ENTRIES) textCache.clear();
      textCache.set(s, bytes);
    }
  }
  return bytes;
}

/** Length in bytes of `lp(utf8(s))`, for sizing a {@link ByteWriter} exactly. */
export function textLength(s: string): number {
  return 4 + cachedUtf8(s).length;
}

/**
 * Builds the byte strings that are hashed, signed or authenticated:
 * `lp(x)` is a 4-byte big-endian length followed by `x`; integers are
 * big-endian. See docs/protocol.md, "Encodings".
 */
export class ByteWriter {
  private buf: Uint8Array;
  private length = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = Math.max(1, this.buf.length * 2);
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** A 4-byte big-endian unsigned integer. */
  u32(n: number): this {
    this.reserve(4);
    const b = this.buf;
    const at = this.length;
    b[at] = n >>> 24;
    b[at + 1] = n >>> 16;
    b[at + 2] = n >>> 8;
    b[at + 3] = n;
    this.length = at + 4;
    return this;
  }

  /** An 8-byte big-endian unsigned integer (0 ≤ n ≤ 2^53 − 1). */
  u64(n: number): this {
    return this.u32(Math.floor(n / 0x1_0000_0000)).u32(n >>> 0);
  }

  /** Length-prefixed bytes. */
  bytes(b: Uint8Array): this {
    this.u32(b.length);
    return this.raw(b);
  }

  /** Length-prefixed UTF-8 text. */
  text(s: string): this {
    return this.bytes(cachedUtf8(s));
  }

  /** Raw bytes without a length (for fixed-size values such as a 32-byte hash). */
  raw(b: Uint8Array): this {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
    return this;
  }

  /** The bytes written (a fresh array the caller owns). */
  finish(): Uint8Array {
    // Sized exactly: hand over the buffer itself instead of copying it.
    return this.length === this.buf.length ? this.buf : this.buf.slice(0, this.length);
  }
}
