import { useCallback, useSyncExternalStore } from 'react';

/** A live client as the pages watch it: `LivePhone`, `LiveTeacher`, or a test's fake. */
export interface SnapshotSource<Snapshot> {
  /** The same object until the next change (for `useSyncExternalStore`). */
  snapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
}

/** The client's current snapshot; the component renders again at each change. */
export function useLiveSnapshot<Snapshot>(source: SnapshotSource<Snapshot>): Snapshot {
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const snapshot = useCallback(() => source.snapshot(), [source]);
  return useSyncExternalStore(subscribe, snapshot);
}
