export { Connection, retryDelay, FIRST_RETRY_MS, MAX_RETRY_MS } from './connection.js';
export type {
  Clock,
  ConnectionOptions,
  SocketLike,
  WakeSources,
  WebSocketClass,
} from './connection.js';
export { memoryKeyStore } from './key-store.js';
export type { KeyStore } from './key-store.js';
export { LivePhone, LiveError, phoneStoreKey } from './phone.js';
export type { PhoneOptions } from './phone.js';
export { LiveTeacher, TeacherApiError } from './teacher.js';
export type { TeacherOptions } from './teacher.js';
export type * from './api.js';
export type {
  BundleJson,
  ClassState,
  ClientFrame,
  ErrorCode,
  EventFrame,
  ReportMethod,
  Role,
  ServerFrame,
} from './protocol.js';
