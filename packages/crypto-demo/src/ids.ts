import { InvalidArgumentError } from './errors.js';
import { isId, LIMITS } from './wire.js';

/** The most UTF-8 bytes an id may have on the wire (`LIMITS.idBytes`). */
export const MAX_ID_BYTES = LIMITS.idBytes;

/**
 * Refuses an id that an envelope could not carry (docs/protocol.md §3.1):
 * not a string, empty, longer than `maxBytes` in UTF-8, holding a control
 * character or a lone surrogate.
 *
 * @throws {InvalidArgumentError}
 */
export function checkId(value: unknown, what: string, maxBytes: number = MAX_ID_BYTES): string {
  if (!isId(value, maxBytes)) {
    throw new InvalidArgumentError(
      `${what} must be 1 to ${maxBytes} bytes of text without control characters${typeof value === 'string' ? ` ("${value.slice(0, 40)}" is not)` : ''}.`,
    );
  }
  return value;
}
