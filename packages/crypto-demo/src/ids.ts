import { utf8 } from './bytes.js';
import { InvalidArgumentError } from './errors.js';

/** The most UTF-8 bytes an id may have on the wire (see `LIMITS.idLength`). */
export const MAX_ID_BYTES = 128;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses an id that an envelope could not carry: empty, longer than
 * `maxBytes` in UTF-8, or holding a lone surrogate (which UTF-8 cannot encode,
 * so two such ids would share one signature).
 *
 * @throws {InvalidArgumentError}
 */
export function checkId(value: string, what: string, maxBytes = MAX_ID_BYTES): string {
  if (value.length === 0 || LONE_SURROGATE.test(value) || utf8(value).length > maxBytes) {
    throw new InvalidArgumentError(`${what} must be 1 to ${maxBytes} bytes of well-formed text.`);
  }
  return value;
}
