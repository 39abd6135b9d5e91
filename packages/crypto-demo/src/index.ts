export { createKit } from './kit.js';
export type { Kit, KitOptions, DeviceOptions, GhostOptions, RestoreOptions } from './kit.js';
export type { KitToken } from './context.js';

export { Device } from './device.js';
export type {
  Member,
  Notice,
  NoticeKind,
  RosterCheck,
  RosterCheckEntry,
  CreateConversationOptions,
} from './roster.js';
export type { SendOptions, EscrowBehaviour } from './send.js';
export type { ReceivedMessage, ReceiveResult } from './receive.js';

export { Provider, Directory } from './provider.js';
export type {
  AccessOrderOptions,
  ClientUpdateOptions,
  ImportedRosterChange,
  ProviderOptions,
} from './provider.js';
export type {
  AccessOrder,
  ConversationRecord,
  DeviceBundle,
  EscrowKeyInfo,
  HasBundle,
  ProviderView,
  RelayRecord,
  RosterChange,
  RosterEntry,
} from './provider-records.js';

export { parseCommit, serializeCommit, commitBytes } from './commits.js';
export type { Commit, CommitAction } from './commits.js';
export { certificateBytes } from './identity.js';

export { parseReadReceipt, receiptToJson } from './receipt.js';
export type { ReadReceipt } from './receipt.js';

export { EscrowAuthority, Thief } from './escrow.js';
export type { EscrowReading } from './escrow.js';

export { whoCanRead, explain } from './who-can-read.js';
export type { ReadReport } from './who-can-read.js';
export type {
  Party,
  PartyRole,
  ReadAttempt,
  ReadOptions,
  ReadableReason,
  UnreadableReason,
} from './party.js';

export { Trace } from './trace.js';
export type { TraceEvent, TraceStep } from './trace.js';

export {
  ESCROW_PREFIX,
  KEY_BYTES,
  NONCE_BYTES,
  PROTOCOL_SUITE,
  PROTOCOL_VERSION,
  SIGNATURE_BYTES,
  TAG_BYTES,
  WRAPPED_KEY_BYTES,
  envelopeId,
} from './envelope.js';
export type { Envelope, EnvelopeHeader, GroupMode, WrappedKey } from './envelope.js';

export { parseEnvelope, serializeEnvelope, envelopeToJson, LIMITS } from './wire.js';
export type { EnvelopeJson } from './wire.js';

export { FINGERPRINT_ITERATIONS } from './safety-number.js';
export type { SafetyIdentity, SafetyNumber } from './safety-number.js';

export { toBase64url, fromBase64url, toHex } from './bytes.js';

export {
  CommitGapError,
  E2eeKitError,
  EscrowMissingError,
  ForkError,
  InvalidArgumentError,
  InvalidCommitError,
  KeyCommitmentError,
  MalformedEnvelopeError,
  MalformedInputError,
  ModeMismatchError,
  NotAMemberError,
  NotARecipientError,
  ReplayedMessageError,
  SenderKeyMismatchError,
  StaleEpochError,
  TamperedEnvelopeError,
  TamperedReceiptError,
  UncertifiedDeviceError,
  UnknownConversationError,
  UnknownEpochError,
  UnknownParticipantError,
  UnsupportedVersionError,
  WeakKeyError,
} from './errors.js';
export type { ErrorCode, ForkReason, InvalidCommitReason, TamperedPart } from './errors.js';
