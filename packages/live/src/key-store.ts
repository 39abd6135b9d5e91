/**
 * Where a phone or the teacher's laptop keeps what makes it itself across a
 * reload: its exported device secrets, its session token, the last event it
 * applied and its replay state. Whoever can read the store IS the device, so
 * a browser keeps it in its own origin's IndexedDB (`@e2ee-kit/live/idb`).
 */

/** A string-to-string store, asynchronous like IndexedDB. */
export interface KeyStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * A store in memory: for Node, tests, and a browser that refuses IndexedDB
 * (private mode): the identity then lasts as long as the page.
 *
 * @example
 * ```ts
 * const store = memoryKeyStore();
 * await store.set('a', '1');
 * await store.get('a'); // '1'
 * ```
 */
export function memoryKeyStore(): KeyStore {
  const map = new Map<string, string>();
  return {
    get: (key) => Promise.resolve(map.get(key)),
    set: (key, value) => {
      map.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      map.delete(key);
      return Promise.resolve();
    },
  };
}
