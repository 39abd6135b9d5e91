/**
 * A {@link KeyStore} in the browser's IndexedDB, through idb-keyval (its own
 * database and object store, so nothing else of the origin's data is
 * touched). Browser only: import it from `@e2ee-kit/live/idb`.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { KeyStore } from './key-store.js';

/**
 * @param dbName the IndexedDB database (default `e2ee-kit-live`); its one object store is `keys`.
 * @example
 * ```ts
 * import { indexedDbKeyStore } from '@e2ee-kit/live/idb';
 * const phone = await LivePhone.start({ url, code, name, store: indexedDbKeyStore() });
 * ```
 */
export function indexedDbKeyStore(dbName = 'e2ee-kit-live'): KeyStore {
  const store = createStore(dbName, 'keys');
  return {
    async get(key) {
      const value: unknown = await get(key, store);
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
  };
}
