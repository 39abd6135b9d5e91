/**
 * The real classroom for the phone pages: the classroom server that serves
 * this page, and `LivePhone` from `@e2ee-kit/live`, loaded on demand (it
 * brings crypto-demo and libsodium, so the join form and the "no server"
 * page show before it arrives). Keys live in this browser's IndexedDB.
 */
import type { KeyStore } from '@e2ee-kit/live';
import { classroomSocketUrl, hasClassroomServer } from '../server.js';
import type { PhoneBackend } from './phone-like.js';

let keyStore: Promise<KeyStore> | undefined;

function store(): Promise<KeyStore> {
  keyStore ??= import('@e2ee-kit/live/idb').then(({ indexedDbKeyStore }) => indexedDbKeyStore());
  return keyStore;
}

/**
 * The name of the class this browser remembers under `code`, if the server
 * took the join (`LivePhone.saved`). Anything else kept under that code (a
 * join that never got an answer) goes, so that the next join makes keys for
 * the name typed then.
 */
async function remembered(code: string): Promise<string | undefined> {
  const [{ LivePhone, phoneStoreKey }, keys] = await Promise.all([
    import('@e2ee-kit/live'),
    store(),
  ]);
  const saved = await LivePhone.saved(keys, code);
  if (saved) return saved.name;
  await keys.delete(phoneStoreKey(code));
  return undefined;
}

export const liveBackend: PhoneBackend = {
  hasServer: () => hasClassroomServer(),
  remembered,
  async start({ code, name }) {
    const [{ LivePhone }, keys] = await Promise.all([import('@e2ee-kit/live'), store()]);
    return LivePhone.start({ url: classroomSocketUrl(), code, name, store: keys });
  },
};
