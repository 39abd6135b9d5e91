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
 * The name a phone's saved record holds, if the server took it (it has a
 * session token). A record without one is a join that never got an answer:
 * it goes, so that the next join makes keys for the name typed then.
 */
async function remembered(code: string): Promise<string | undefined> {
  const [{ phoneStoreKey }, keys] = await Promise.all([import('@e2ee-kit/live'), store()]);
  const key = phoneStoreKey(code);
  const text = await keys.get(key);
  if (text === undefined) return undefined;
  let record: { name?: unknown; token?: unknown };
  try {
    record = JSON.parse(text) as typeof record;
  } catch {
    record = {};
  }
  if (typeof record.name === 'string' && typeof record.token === 'string') return record.name;
  await keys.delete(key);
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
