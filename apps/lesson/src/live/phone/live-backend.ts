/**
 * The real classroom for the phone pages: the classroom server that serves
 * this page, and `LivePhone` from `@e2ee-kit/live`, loaded on demand (it
 * brings crypto-demo and libsodium; the join form and the "no server" page
 * show before it arrives).
 */
import { hasClassroomServer } from '../server.js';
import type { PhoneBackend } from './phone-like.js';

export const liveBackend: PhoneBackend = {
  hasServer: () => hasClassroomServer(),
  remembered: () => Promise.resolve(undefined),
  start: () =>
    Promise.reject(
      Object.assign(new Error('The live client is not here yet.'), { code: 'unreachable' }),
    ),
};
