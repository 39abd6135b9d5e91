import type { PhoneSnapshot } from '@e2ee-kit/live';
import { useCallback, useSyncExternalStore } from 'react';
import type { PhoneLike } from './phone-like.js';

/** The phone's current snapshot; the component renders again at each change. */
export function usePhoneSnapshot(phone: PhoneLike): PhoneSnapshot {
  const subscribe = useCallback((listener: () => void) => phone.subscribe(listener), [phone]);
  const snapshot = useCallback(() => phone.snapshot(), [phone]);
  return useSyncExternalStore(subscribe, snapshot);
}
