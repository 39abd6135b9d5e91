import { createContext } from 'react';
import { liveBackend } from './live-backend.js';
import type { PhoneBackend } from './phone-like.js';

/** Where the phone pages get their classroom: the real one, or a fake that tests provide. */
export const PhoneBackendContext = createContext<PhoneBackend>(liveBackend);
