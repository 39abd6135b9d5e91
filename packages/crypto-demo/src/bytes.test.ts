import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteWriter,
  equalBytes,
  fromBase64url,
  fromUtf8,
  toBase64url,
  toHex,
  utf8,
} from './bytes.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64urlChar = fc.constantFrom(...ALPHABET.split(''));
const base64urlText = fc.string({ unit: base64urlChar, maxLength: 64 });

describe(toBase64url.name, () => {
  it('matches RFC 4648 §10 test vectors, without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) expect(toBase64url(utf8(plain))).toBe(encoded);
  });

  it('uses - and _ instead of + and /', () => {
    expect(toBase64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('round-trips any bytes through fromBase64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(text.length).toBe(Math.ceil((bytes.length * 4) / 3));
        const back = fromBase64url(text);
        expect(back).toBeDefined();
        expect(equalBytes(back ?? new Uint8Array(), bytes)).toBe(true);
      }),
    );
  });
});

describe(fromBase64url.name, () => {
  it('accepts each string that is the encoding of its decoded bytes, and only those (canonical)', () => {
    fc.assert(
      fc.property(base64urlText, (text) => {
        const decoded = fromBase64url(text);
        if (decoded !== undefined) expect(toBase64url(decoded)).toBe(text);
      }),
    );
  });

  it('refuses a last character whose unused bits are not zero', () => {
    // 'Zg' is 'f'; 'Zh' carries the same 8 bits plus a non-zero unused bit.
    expect(fromBase64url('Zh')).toBeUndefined();
    expect(fromBase64url('Zm9')).toBeUndefined(); // 'fo' is 'Zm8'
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 40 }).filter((b) => b.length % 3 !== 0),
        fc.integer({ min: 1, max: 15 }),
        (bytes, noise) => {
          const text = toBase64url(bytes);
          const unusedBits = bytes.length % 3 === 1 ? 4 : 2;
          const mask = noise & ((1 << unusedBits) - 1);
          fc.pre(mask !== 0);
          const last = ALPHABET.indexOf(text.charAt(text.length - 1));
          const forged = text.slice(0, -1) + ALPHABET.charAt(last | mask);
          expect(forged).not.toBe(text);
          expect(fromBase64url(forged)).toBeUndefined();
        },
      ),
    );
  });

  it('refuses characters outside the base64url alphabet, wherever they are', () => {
    for (const bad of ['+', '/', '=', ' ', '\n', '.', 'é', '\u0000', '\u{1F600}']) {
      expect(fromBase64url(`${bad}AAA`)).toBeUndefined();
      expect(fromBase64url(`AA${bad}A`)).toBeUndefined();
      expect(fromBase64url(`AAAA${bad}A`)).toBeUndefined();
      expect(fromBase64url(`AAAAA${bad}`)).toBeUndefined();
    }
    expect(fromBase64url('Zg==')).toBeUndefined(); // padding is not part of the format
    fc.assert(
      fc.property(
        base64urlText,
        fc.nat(),
        fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
        (text, at, bad) => {
          fc.pre(!ALPHABET.includes(bad));
          const i = at % (text.length + 1);
          expect(fromBase64url(text.slice(0, i) + bad + text.slice(i))).toBeUndefined();
        },
      ),
    );
  });

  it('refuses every length ≡ 1 (mod 4)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 30 }), base64urlText, (quads, filler) => {
        const text = (filler + 'A'.repeat(4 * quads + 1)).slice(0, 4 * quads + 1);
        expect(text.length % 4).toBe(1);
        expect(fromBase64url(text)).toBeUndefined();
      }),
    );
  });

  it('decodes the empty string to no bytes', () => {
    expect(fromBase64url('')).toEqual(new Uint8Array());
  });
});

describe(toHex.name, () => {
  it('writes two lower-case digits per byte', () => {
    expect(toHex(new Uint8Array([0, 1, 0xab, 0xff]))).toBe('0001abff');
  });
});

describe(fromUtf8.name, () => {
  it('round-trips text and refuses invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fromUtf8(utf8(text))).toBe(text);
      }),
    );
    expect(fromUtf8(new Uint8Array([0xc3]))).toBeUndefined(); // truncated sequence
    expect(fromUtf8(new Uint8Array([0x80]))).toBeUndefined(); // lone continuation byte
    expect(fromUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeUndefined(); // encoded surrogate
  });
});

describe(ByteWriter.name, () => {
  it('writes u64 big-endian up to 2^53 − 1', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(max).toBe(2 ** 53 - 1);
    expect(toHex(new ByteWriter().u64(max).finish())).toBe('001fffffffffffff');
    expect(toHex(new ByteWriter().u64(2 ** 32).finish())).toBe('0000000100000000');
    expect(toHex(new ByteWriter().u64(2 ** 32 - 1).finish())).toBe('00000000ffffffff');
    expect(toHex(new ByteWriter().u64(0).finish())).toBe('0000000000000000');
  });

  it('agrees with BigInt for every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const out = new ByteWriter(1).u64(n).finish();
        const view = new DataView(out.buffer);
        expect(out.length).toBe(8);
        expect(view.getBigUint64(0)).toBe(BigInt(n));
      }),
    );
  });

  it('length-prefixes bytes and text, and grows past its first capacity', () => {
    const out = new ByteWriter(2)
      .text('hé')
      .bytes(new Uint8Array([9]))
      .raw(new Uint8Array([7, 7]))
      .u32(258)
      .finish();
    expect(toHex(out)).toBe('0000000368c3a9' + '0000000109' + '0707' + '00000102');
  });
});
