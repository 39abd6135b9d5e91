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
