/**
 * One lesson world per tab, outside React: every crypto demo on every step
 * reads the same world, and it outlives navigation between steps. It is kept
 * in session storage as a seed plus the list of actions, and rebuilt from
 * them after a reload.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { toBase64url } from '@e2ee-kit/crypto-demo';
import { applyAction, createWorld, type LessonAction, type LessonWorld } from './world.js';

const SEED_KEY = 'e2ee-kit.world.seed';
const ACTIONS_KEY = 'e2ee-kit.world.actions';

let world: LessonWorld | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage can be blocked (file:// in some browsers, privacy settings)
  }
}

function readSeed(): string {
  const saved = storage()?.getItem(SEED_KEY);
  if (saved) return saved;
  const seed = toBase64url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  storage()?.setItem(SEED_KEY, seed);
  return seed;
}

function readActions(): LessonAction[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(ACTIONS_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as LessonAction[]) : [];
  } catch {
    return [];
  }
}

function publish(next: LessonWorld): void {
  world = next;
  storage()?.setItem(ACTIONS_KEY, JSON.stringify(next.actions));
  for (const listener of listeners) listener();
}

function load(): Promise<void> {
  loading ??= createWorld(readSeed(), readActions()).then(publish, async () => {
    // A stored action list that no longer replays: start afresh rather than fail, and with a
    // fresh seed. Rebuilding the same seed with other actions would make the same keys send
    // different messages, and the old envelopes would still verify (docs/protocol.md §15).
    storage()?.removeItem(ACTIONS_KEY);
    storage()?.removeItem(SEED_KEY);
    publish(await createWorld(readSeed()));
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Carries out an action on the shared world (ignored until the world has loaded). */
export function dispatch(action: LessonAction): void {
  if (world) publish(applyAction(world, action));
}

/** Throws the world away and starts a new one with fresh keys. */
export async function resetWorld(): Promise<void> {
  storage()?.removeItem(SEED_KEY);
  storage()?.removeItem(ACTIONS_KEY);
  world = undefined;
  loading = undefined;
  for (const listener of listeners) listener();
  await load();
}

/** The shared world (undefined while libsodium loads) and the way to change it. */
export function useLessonWorld(): {
  world: LessonWorld | undefined;
  dispatch: (action: LessonAction) => void;
  reset: () => void;
} {
  const current = useSyncExternalStore(subscribe, () => world);
  useEffect(() => {
    void load();
  }, []);
  const reset = useCallback(() => void resetWorld(), []);
  return { world: current, dispatch, reset };
}
