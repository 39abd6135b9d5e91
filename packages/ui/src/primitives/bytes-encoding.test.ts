import { describe, expect, test } from 'vitest';
import { bytesToBase64Url, bytesToHex, charsForBytes } from './bytes-encoding.js';

// Independent references: the browser's own btoa, and Number#toString per byte.
function referenceBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function referenceHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
}

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

describe(bytesToHex, () => {
  test('known values', () => {
    expect(bytesToHex(new Uint8Array([]))).toBe('');
    expect(bytesToHex(new Uint8Array([0, 1, 171, 255]))).toBe('0001abff');
  });

  test('matches an independent encoder for every length 0–64', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = randomBytes(length);
      expect(bytesToHex(bytes)).toBe(referenceHex(bytes));
    }
  });
});

describe(bytesToBase64Url, () => {
  test('RFC 4648 test vectors, without padding', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(bytesToBase64Url(text(''))).toBe('');
    expect(bytesToBase64Url(text('f'))).toBe('Zg');
    expect(bytesToBase64Url(text('fo'))).toBe('Zm8');
    expect(bytesToBase64Url(text('foo'))).toBe('Zm9v');
    expect(bytesToBase64Url(text('foob'))).toBe('Zm9vYg');
    expect(bytesToBase64Url(text('fooba'))).toBe('Zm9vYmE');
    expect(bytesToBase64Url(text('foobar'))).toBe('Zm9vYmFy');
  });

  test('uses the URL-safe alphabet', () => {
    expect(bytesToBase64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
  });

  test('matches btoa for every length 0–64', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = randomBytes(length);
      expect(bytesToBase64Url(bytes)).toBe(referenceBase64Url(bytes));
    }
  });
});

describe(charsForBytes, () => {
  test('hex is two characters a byte; base64url rounds up', () => {
    expect(charsForBytes(8, 'hex')).toBe(16);
    expect(charsForBytes(8, 'base64url')).toBe(11);
    expect(charsForBytes(3, 'base64url')).toBe(4);
  });
});
