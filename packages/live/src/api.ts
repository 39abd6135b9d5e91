/**
 * What the lesson's live pages see of a phone and of the teacher's laptop:
 * plain snapshots, replaced (never mutated) at each change, so a React view
 * reads them with `useSyncExternalStore`.
 */
import type { ReportMethod, Role } from './protocol.js';

/** The connection to the classroom server. */
export interface ConnectionStatus {
  /** `retrying`: lost, the next attempt is in `retryInMs` (backoff); `refused`: the server said no (see `error`). */
  readonly state: 'connecting' | 'online' | 'retrying' | 'refused' | 'closed';
  readonly retryInMs?: number;
  readonly attempts: number;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface LiveMember {
  readonly device: string;
  readonly user: string;
  readonly name: string;
  readonly role: Role;
}

export interface LiveMessage {
  /** The server's sequence number (order of the class chat). */
  readonly seq: number;
  /** crypto-demo's `envelopeId`. */
  readonly id: string;
  readonly from: string;
  readonly fromName: string;
  readonly text: string;
  readonly sentAt: number;
  readonly mine: boolean;
}

/** What a student's phone shows. */
export interface PhoneSnapshot {
  readonly connection: ConnectionStatus;
  readonly code: string;
  readonly me: LiveMember | null;
  readonly mode: 'member-signed' | 'provider-managed' | null;
  /** Who this phone encrypts to (the roster its client follows), itself included. */
  readonly roster: readonly LiveMember[];
  /** Decrypted messages, in order, its own included. */
  readonly messages: readonly LiveMessage[];
  /** Envelopes addressed to it that it could not open (tampered, replayed…), as codes. */
  readonly refused: readonly { readonly seq: number; readonly code: string }[];
  /**
   * Roster notices ("Dana joined", or nothing when suppressed). `by`, member-signed
   * only: the device whose signed commit made the change.
   */
  readonly notices: readonly {
    readonly kind: string;
    readonly device: string;
    readonly by?: string;
  }[];
  /** The open prediction question, and this phone's choice. */
  readonly vote: {
    readonly question: string;
    readonly choices: readonly string[];
    readonly mine: string | null;
  } | null;
  /** True once escrow is mandated: this phone also wraps each key for the agency. */
  readonly escrow: boolean;
  /** The last thing the server or this client refused (an error frame, a forged commit), if any. */
  readonly lastError?: { readonly code: string; readonly message: string } | null;
}

/** A finding of the phone's own checks, ready to report. */
export interface Finding {
  readonly method: ReportMethod;
  /**
   * What the check saw: `hidden` (the roster this phone encrypts to lists a
   * device the provider hides from its user), `signed-by-classmate` (a
   * member-signed roster change made by a student's phone, not the
   * teacher's: see `by`), `unexpected-recipient` (a message it received was
   * also encrypted for a device outside its roster), `mismatch` (a safety
   * number that differed).
   */
  readonly reason?: 'hidden' | 'signed-by-classmate' | 'unexpected-recipient' | 'mismatch';
  /** For `signed-by-classmate`: the phone that signed the change. */
  readonly by?: string;
  readonly suspect: string | null;
  /** English, for the log; the page shows its own words from `method` and `suspect`. */
  readonly detail: string;
}

/** A cell of the live who-can-read table. */
export type ReadCell = 'read' | 'unreadable' | 'pending';

export interface LiveMatrixRow {
  readonly seq: number;
  readonly id: string;
  readonly from: string;
  /** The text as the teacher's device decrypted it (null if it could not). */
  readonly text: string | null;
  readonly sentAt: number;
  /** Column id → cell. Columns: every student's device, the teacher's (`teacher/laptop`), `provider`, `ghost`, `agency`, `mallory`. */
  readonly cells: Readonly<Record<string, ReadCell>>;
}

export interface TrafficRow {
  readonly seq: number;
  readonly from: string;
  readonly to: readonly string[];
  readonly bytes: number;
  readonly relayedAt: number;
  /** The first bytes of the ciphertext, base64url: what the provider really sees. */
  readonly ciphertextStart: string;
}

/** What the teacher's laptop (projector and console) shows. */
export interface TeacherSnapshot {
  readonly connection: ConnectionStatus;
  readonly code: string | null;
  /** The address students open (with the code), for the QR code. */
  readonly joinUrl: string | null;
  readonly mode: 'member-signed' | 'provider-managed' | null;
  readonly open: boolean;
  /** Every device the provider's directory holds. */
  readonly directory: readonly LiveMember[];
  /** The roster as the provider holds it (hidden entries included, marked). */
  readonly roster: readonly (LiveMember & { readonly hidden: boolean })[];
  readonly traffic: readonly TrafficRow[];
  readonly columns: readonly {
    readonly id: string;
    readonly name: string;
    readonly role: Role | 'provider' | 'agency' | 'mallory';
  }[];
  readonly matrix: readonly LiveMatrixRow[];
  readonly ghost: {
    readonly ordered: boolean;
    /** Sequence number of the access order, or null. */
    readonly orderedAtSeq: number | null;
    /** What the ghost really decrypted, with its keys, in the teacher's browser. */
    readonly reads: readonly {
      readonly seq: number;
      readonly from: string;
      readonly text: string;
    }[];
  };
  readonly escrow: { readonly mandated: boolean; readonly stolen: boolean };
  readonly reports: readonly {
    readonly seq: number;
    readonly from: string;
    readonly fromName: string;
    readonly method: ReportMethod;
    readonly suspect: string | null;
    readonly detail: string;
    /** Milliseconds from the access order to the report. */
    readonly afterOrderMs: number | null;
  }[];
  readonly votes: {
    readonly question: string;
    readonly tally: Readonly<Record<string, number>>;
    readonly voters: number;
  } | null;
  /** The last thing the server refused (an API call, a frame), if any. */
  readonly lastError?: { readonly code: string; readonly message: string } | null;
}
