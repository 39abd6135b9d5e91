/**
 * Everything the provider holds, in SQLite (WAL mode): the classes, the
 * directory of public device bundles, the roster and its commits, and the
 * relay log of ciphertext envelopes. No private key and no plaintext ever
 * reach this file: the server never has them.
 *
 * Directory registrations, roster commits and relayed envelopes share one
 * sequence number per class, so a phone that reconnects asks for "everything
 * after n" and gets it in order, once.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type ClassMode = 'member-signed' | 'provider-managed';
export type DeviceRole = 'student' | 'teacher' | 'ghost';

export interface ClassRow {
  readonly code: string;
  readonly conversation: string;
  readonly createdAt: number;
  readonly mode: ClassMode;
  readonly open: boolean;
  readonly lastSeq: number;
  /** The prediction question open for votes, if any. */
  readonly vote: { readonly question: string; readonly choices: readonly string[] } | null;
}

export interface DeviceRow {
  readonly device: string;
  readonly user: string;
  readonly name: string;
  readonly role: DeviceRole;
  readonly identityKey: Uint8Array;
  readonly signingKey: Uint8Array;
  readonly agreementKey: Uint8Array;
  readonly certificate: Uint8Array;
  readonly seq: number;
  readonly joinedAt: number;
}

export interface RosterEntryRow {
  readonly device: string;
  /** The member whose signed commit added it (member-signed), or `null` (the provider). */
  readonly addedBy: string | null;
  readonly hidden: boolean;
  readonly suppressNotice: boolean;
  readonly addedAt: number;
}

/** One entry of a class's ordered log, as phones receive it. */
export type LogEvent =
  | { readonly seq: number; readonly kind: 'device'; readonly device: DeviceRow }
  | {
      readonly seq: number;
      readonly kind: 'roster';
      /** `add` and `remove`: the provider's roster (provider-managed, access orders); `commit`: a member-signed commit. */
      readonly op: 'add' | 'remove' | 'commit';
      /** The device added or removed; for a commit, its committer. */
      readonly device: string;
      readonly addedBy: string | null;
      /** `commit` only: the commit's canonical JSON text (protocol v2 §6.2). */
      readonly commit: string | null;
      readonly hidden: boolean;
      readonly suppressNotice: boolean;
      readonly accessOrder: boolean;
      readonly at: number;
    }
  | {
      readonly seq: number;
      readonly kind: 'envelope';
      readonly fromDevice: string;
      readonly relayedAt: number;
      /** Canonical envelope JSON text. */
      readonly envelope: string;
      /** The provider's own attempt to read it (watchers see it). */
      readonly provider: { readonly readable: boolean; readonly reason: string };
    }
  | {
      readonly seq: number;
      readonly kind: 'escrow';
      /** The escrow key as JSON text: `{id, name, publicKey}`. */
      readonly key: string;
      readonly at: number;
    }
  | {
      readonly seq: number;
      readonly kind: 'receipt';
      readonly reader: string;
      readonly envelope: string;
      readonly readable: boolean;
      readonly at: number;
    }
  | {
      readonly seq: number;
      readonly kind: 'report';
      readonly from: string;
      readonly method: string;
      readonly suspect: string | null;
      readonly detail: string;
      readonly at: number;
    };

/** Event kinds only the teacher's watching connection receives. */
export const WATCHER_ONLY: ReadonlySet<LogEvent['kind']> = new Set(['receipt', 'report']);

const SCHEMA = `
CREATE TABLE IF NOT EXISTS classes (
  code TEXT PRIMARY KEY,
  conversation TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('member-signed', 'provider-managed')),
  open INTEGER NOT NULL DEFAULT 1,
  last_seq INTEGER NOT NULL DEFAULT 0,
  vote_question TEXT,
  vote_choices TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS devices (
  class TEXT NOT NULL REFERENCES classes(code),
  device TEXT NOT NULL,
  user TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT,
  role TEXT NOT NULL CHECK (role IN ('student', 'teacher', 'ghost')),
  identity_key BLOB NOT NULL,
  signing_key BLOB NOT NULL,
  agreement_key BLOB NOT NULL,
  certificate BLOB NOT NULL,
  token_hash BLOB UNIQUE,
  seq INTEGER NOT NULL,
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (class, device),
  UNIQUE (class, user),
  UNIQUE (class, name_key),
  UNIQUE (class, seq)
) STRICT;
CREATE TABLE IF NOT EXISTS roster_entries (
  class TEXT NOT NULL REFERENCES classes(code),
  device TEXT NOT NULL,
  added_by TEXT,
  hidden INTEGER NOT NULL,
  suppress_notice INTEGER NOT NULL,
  added_at INTEGER NOT NULL,
  PRIMARY KEY (class, device)
) STRICT;
CREATE TABLE IF NOT EXISTS roster_commits (
  class TEXT NOT NULL REFERENCES classes(code),
  seq INTEGER NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('add', 'remove', 'commit')),
  device TEXT NOT NULL,
  added_by TEXT,
  commit_text TEXT,
  hidden INTEGER NOT NULL,
  suppress_notice INTEGER NOT NULL,
  access_order INTEGER NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (class, seq)
) STRICT;
CREATE TABLE IF NOT EXISTS relay_log (
  class TEXT NOT NULL REFERENCES classes(code),
  seq INTEGER NOT NULL,
  from_device TEXT NOT NULL,
  counter INTEGER NOT NULL,
  recipients INTEGER NOT NULL,
  ciphertext_bytes INTEGER NOT NULL,
  relayed_at INTEGER NOT NULL,
  envelope TEXT NOT NULL,
  envelope_id TEXT NOT NULL,
  recipient_ids TEXT NOT NULL,
  provider_readable INTEGER NOT NULL,
  provider_reason TEXT NOT NULL,
  PRIMARY KEY (class, seq),
  UNIQUE (class, from_device, counter),
  UNIQUE (class, envelope_id)
) STRICT;
CREATE TABLE IF NOT EXISTS escrow_keys (
  class TEXT NOT NULL REFERENCES classes(code),
  seq INTEGER NOT NULL,
  key TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (class, seq),
  UNIQUE (class)
) STRICT;
CREATE TABLE IF NOT EXISTS receipts (
  class TEXT NOT NULL REFERENCES classes(code),
  seq INTEGER NOT NULL,
  reader TEXT NOT NULL,
  envelope_id TEXT NOT NULL,
  readable INTEGER NOT NULL,
  at INTEGER NOT NULL,
  receipt TEXT NOT NULL,
  PRIMARY KEY (class, seq),
  UNIQUE (class, reader, envelope_id)
) STRICT;
CREATE TABLE IF NOT EXISTS reports (
  class TEXT NOT NULL REFERENCES classes(code),
  seq INTEGER NOT NULL,
  from_device TEXT NOT NULL,
  method TEXT NOT NULL,
  suspect TEXT,
  detail TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (class, seq)
) STRICT;
CREATE TABLE IF NOT EXISTS votes (
  class TEXT NOT NULL REFERENCES classes(code),
  question TEXT NOT NULL,
  device TEXT NOT NULL,
  choice TEXT NOT NULL,
  PRIMARY KEY (class, question, device)
) STRICT;
`;

interface RawDevice {
  device: string;
  user: string;
  name: string;
  role: DeviceRole;
  identity_key: Buffer;
  signing_key: Buffer;
  agreement_key: Buffer;
  certificate: Buffer;
  seq: number;
  joined_at: number;
}

const toDevice = (r: RawDevice): DeviceRow => ({
  device: r.device,
  user: r.user,
  name: r.name,
  role: r.role,
  identityKey: new Uint8Array(r.identity_key),
  signingKey: new Uint8Array(r.signing_key),
  agreementKey: new Uint8Array(r.agreement_key),
  certificate: new Uint8Array(r.certificate),
  seq: r.seq,
  joinedAt: r.joined_at,
});

/**
 * Bumped when the schema changes: protocol v2 bundles and commits (2); the
 * teacher's device, receipts, reports, escrow and votes (3).
 */
const SCHEMA_VERSION = 3;

/** A session token is stored only as its SHA-256: a copy of the database does not let anyone resume as a student. */
export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/** The file name of the database inside the data folder. */
export const DATABASE_FILE = 'classroom.sqlite';

/** The provider's storage. Synchronous: better-sqlite3 runs each statement to completion. */
export class Store {
  readonly #db: Database.Database;
  readonly file: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, DATABASE_FILE);
    this.#db = new Database(this.file);
    this.#db.pragma('journal_mode = WAL');
    // WAL with NORMAL is durable across a process crash (a power cut may
    // lose the last transactions, not corrupt the file).
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    const empty = this.#prepare(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'",
    ).get() as { n: number };
    if (empty.n > 0 && version !== SCHEMA_VERSION) {
      this.#db.close();
      throw new Error(
        `${this.file} was written by an older classroom server (schema ${version}, this one reads ${SCHEMA_VERSION}): delete the data folder.`,
      );
    }
    this.#db.exec(SCHEMA);
    this.#db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  close(): void {
    this.#db.close();
  }

  /** better-sqlite3 compiles a statement at each `prepare`: each SQL text is compiled once. */
  readonly #statements = new Map<string, Database.Statement>();

  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs `fn` in one transaction (all or nothing). */
  transaction<T>(fn: () => T): T {
    return this.#db.transaction(fn)();
  }

  createClass(code: string, conversation: string, mode: ClassMode, at: number): ClassRow {
    this.#prepare(
      'INSERT INTO classes (code, conversation, created_at, mode) VALUES (?, ?, ?, ?)',
    ).run(code, conversation, at, mode);
    return { code, conversation, createdAt: at, mode, open: true, lastSeq: 0, vote: null };
  }

  getClass(code: string): ClassRow | undefined {
    const r = this.#prepare(
      'SELECT code, conversation, created_at, mode, open, last_seq, vote_question, vote_choices FROM classes WHERE code = ?',
    ).get(code) as
      | {
          code: string;
          conversation: string;
          created_at: number;
          mode: ClassMode;
          open: number;
          last_seq: number;
          vote_question: string | null;
          vote_choices: string | null;
        }
      | undefined;
    return (
      r && {
        code: r.code,
        conversation: r.conversation,
        createdAt: r.created_at,
        mode: r.mode,
        open: r.open === 1,
        lastSeq: r.last_seq,
        vote:
          r.vote_question === null
            ? null
            : {
                question: r.vote_question,
                choices: JSON.parse(r.vote_choices ?? '[]') as string[],
              },
      }
    );
  }

  listClassCodes(): string[] {
    return (
      this.#prepare('SELECT code FROM classes ORDER BY created_at').all() as { code: string }[]
    ).map((r) => r.code);
  }

  setMode(code: string, mode: ClassMode): void {
    this.#prepare('UPDATE classes SET mode = ? WHERE code = ?').run(mode, code);
  }

  setOpen(code: string, open: boolean): void {
    this.#prepare('UPDATE classes SET open = ? WHERE code = ?').run(open ? 1 : 0, code);
  }

  /** The next sequence number of a class (call inside a transaction). */
  #nextSeq(code: string): number {
    const r = this.#prepare(
      'UPDATE classes SET last_seq = last_seq + 1 WHERE code = ? RETURNING last_seq',
    ).get(code) as { last_seq: number };
    return r.last_seq;
  }

  addDevice(
    code: string,
    d: Omit<DeviceRow, 'seq'>,
    nameKey: string | null,
    tokenHash: Buffer | null,
  ): DeviceRow {
    return this.transaction(() => {
      const seq = this.#nextSeq(code);
      this.#prepare(
        `INSERT INTO devices (class, device, user, name, name_key, role, identity_key, signing_key, agreement_key, certificate, token_hash, seq, joined_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        code,
        d.device,
        d.user,
        d.name,
        nameKey,
        d.role,
        Buffer.from(d.identityKey),
        Buffer.from(d.signingKey),
        Buffer.from(d.agreementKey),
        Buffer.from(d.certificate),
        tokenHash,
        seq,
        d.joinedAt,
      );
      return { ...d, seq };
    });
  }

  devices(code: string): DeviceRow[] {
    return (
      this.#prepare(
        'SELECT device, user, name, role, identity_key, signing_key, agreement_key, certificate, seq, joined_at FROM devices WHERE class = ? ORDER BY seq',
      ).all(code) as RawDevice[]
    ).map(toDevice);
  }

  deviceByToken(code: string, tokenHash: Buffer): DeviceRow | undefined {
    const r = this.#prepare(
      'SELECT device, user, name, role, identity_key, signing_key, agreement_key, certificate, seq, joined_at FROM devices WHERE class = ? AND token_hash = ?',
    ).get(code, tokenHash) as RawDevice | undefined;
    return r && toDevice(r);
  }

  /** Is this name key, device id or user id taken in the class? */
  taken(
    code: string,
    what: { nameKey?: string; device?: string; user?: string },
  ): 'name' | 'device' | 'user' | null {
    if (
      what.nameKey !== undefined &&
      this.#prepare('SELECT 1 FROM devices WHERE class = ? AND name_key = ?').get(
        code,
        what.nameKey,
      )
    )
      return 'name';
    if (
      what.device !== undefined &&
      this.#prepare('SELECT 1 FROM devices WHERE class = ? AND device = ?').get(code, what.device)
    )
      return 'device';
    if (
      what.user !== undefined &&
      this.#prepare('SELECT 1 FROM devices WHERE class = ? AND user = ?').get(code, what.user)
    )
      return 'user';
    return null;
  }

  /** The class's teacher device, if it has joined. */
  teacherDevice(code: string): string | undefined {
    const r = this.#prepare("SELECT device FROM devices WHERE class = ? AND role = 'teacher'").get(
      code,
    ) as { device: string } | undefined;
    return r?.device;
  }

  /** The device added by the class's access order, if one was carried out. */
  accessOrderedDevice(code: string): string | undefined {
    const r = this.#prepare(
      'SELECT device FROM roster_commits WHERE class = ? AND access_order = 1 ORDER BY seq LIMIT 1',
    ).get(code) as { device: string } | undefined;
    return r?.device;
  }

  countStudents(code: string): number {
    return (
      this.#prepare("SELECT count(*) AS n FROM devices WHERE class = ? AND role = 'student'").get(
        code,
      ) as { n: number }
    ).n;
  }

  roster(code: string): RosterEntryRow[] {
    return (
      this.#prepare(
        'SELECT device, added_by, hidden, suppress_notice, added_at FROM roster_entries WHERE class = ? ORDER BY added_at, rowid',
      ).all(code) as {
        device: string;
        added_by: string | null;
        hidden: number;
        suppress_notice: number;
        added_at: number;
      }[]
    ).map((r) => ({
      device: r.device,
      addedBy: r.added_by,
      hidden: r.hidden === 1,
      suppressNotice: r.suppress_notice === 1,
      addedAt: r.added_at,
    }));
  }

  onRoster(code: string, device: string): boolean {
    return (
      this.#prepare('SELECT 1 FROM roster_entries WHERE class = ? AND device = ?').get(
        code,
        device,
      ) !== undefined
    );
  }

  rosterSize(code: string): number {
    return (
      this.#prepare('SELECT count(*) AS n FROM roster_entries WHERE class = ?').get(code) as {
        n: number;
      }
    ).n;
  }

  /** Adds a roster entry and its commit; returns the commit's sequence number. */
  addToRoster(code: string, entry: RosterEntryRow, accessOrder: boolean): number {
    return this.transaction(() => {
      const seq = this.#nextSeq(code);
      this.#prepare(
        'INSERT OR REPLACE INTO roster_entries (class, device, added_by, hidden, suppress_notice, added_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(code, entry.device, entry.addedBy, +entry.hidden, +entry.suppressNotice, entry.addedAt);
      this.#prepare(
        `INSERT INTO roster_commits (class, seq, op, device, added_by, commit_text, hidden, suppress_notice, access_order, at)
           VALUES (?, ?, 'add', ?, ?, NULL, ?, ?, ?, ?)`,
      ).run(
        code,
        seq,
        entry.device,
        entry.addedBy,
        +entry.hidden,
        +entry.suppressNotice,
        +accessOrder,
        entry.addedAt,
      );
      return seq;
    });
  }

  /** Removes a roster entry and records the commit; returns its sequence number. */
  removeFromRoster(code: string, device: string, suppressNotice: boolean, at: number): number {
    return this.transaction(() => {
      const seq = this.#nextSeq(code);
      this.#prepare('DELETE FROM roster_entries WHERE class = ? AND device = ?').run(code, device);
      this.#prepare(
        `INSERT INTO roster_commits (class, seq, op, device, added_by, commit_text, hidden, suppress_notice, access_order, at)
           VALUES (?, ?, 'remove', ?, NULL, NULL, 0, ?, 0, ?)`,
      ).run(code, seq, device, +suppressNotice, at);
      return seq;
    });
  }

  /**
   * Appends a member-signed commit (already checked) and applies it to the
   * roster: `adds` join it, signed in by the committer; `removes` leave it.
   * Returns its sequence number.
   */
  appendCommit(
    code: string,
    c: {
      text: string;
      committer: string;
      at: number;
      adds: readonly string[];
      removes: readonly string[];
    },
  ): number {
    return this.transaction(() => {
      const seq = this.#nextSeq(code);
      for (const device of c.adds) {
        this.#prepare(
          'INSERT OR REPLACE INTO roster_entries (class, device, added_by, hidden, suppress_notice, added_at) VALUES (?, ?, ?, 0, 0, ?)',
        ).run(code, device, c.committer, c.at);
      }
      for (const device of c.removes) {
        this.#prepare('DELETE FROM roster_entries WHERE class = ? AND device = ?').run(
          code,
          device,
        );
      }
      this.#prepare(
        `INSERT INTO roster_commits (class, seq, op, device, added_by, commit_text, hidden, suppress_notice, access_order, at)
           VALUES (?, ?, 'commit', ?, ?, ?, 0, 0, 0, ?)`,
      ).run(code, seq, c.committer, c.committer, c.text, c.at);
      return seq;
    });
  }

  /** The member-signed commits of a class, oldest first (canonical JSON texts). */
  commits(code: string): string[] {
    return (
      this.#prepare(
        "SELECT commit_text FROM roster_commits WHERE class = ? AND op = 'commit' ORDER BY seq",
      ).all(code) as { commit_text: string }[]
    ).map((r) => r.commit_text);
  }

  /** The last member-signed commit of a class, if any. */
  lastCommit(code: string): string | undefined {
    const r = this.#prepare(
      "SELECT commit_text FROM roster_commits WHERE class = ? AND op = 'commit' ORDER BY seq DESC LIMIT 1",
    ).get(code) as { commit_text: string } | undefined;
    return r?.commit_text;
  }

  /** Whether the class's roster has ever changed (its group mode is then fixed). */
  hasRosterHistory(code: string): boolean {
    return (
      this.#prepare('SELECT 1 FROM roster_commits WHERE class = ? LIMIT 1').get(code) !== undefined
    );
  }

  /**
   * Appends an envelope to the relay log. Returns `null` if this sender
   * already sent this counter (a duplicate is stored once, never twice).
   */
  appendEnvelope(
    code: string,
    e: {
      fromDevice: string;
      counter: number;
      recipients: number;
      ciphertextBytes: number;
      relayedAt: number;
      json: string;
      id: string;
      to: readonly string[];
      provider: { readable: boolean; reason: string };
    },
  ): number | null {
    return this.transaction(() => {
      const dup = this.#prepare(
        'SELECT 1 FROM relay_log WHERE class = ? AND ((from_device = ? AND counter = ?) OR envelope_id = ?)',
      ).get(code, e.fromDevice, e.counter, e.id);
      if (dup) return null;
      const seq = this.#nextSeq(code);
      this.#prepare(
        `INSERT INTO relay_log (class, seq, from_device, counter, recipients, ciphertext_bytes, relayed_at, envelope, envelope_id, recipient_ids, provider_readable, provider_reason)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        code,
        seq,
        e.fromDevice,
        e.counter,
        e.recipients,
        e.ciphertextBytes,
        e.relayedAt,
        e.json,
        e.id,
        JSON.stringify(e.to),
        +e.provider.readable,
        e.provider.reason,
      );
      return seq;
    });
  }

  /** A relayed envelope's recipients, by its id (`undefined`: never relayed in this class). */
  envelopeRecipients(code: string, id: string): string[] | undefined {
    const r = this.#prepare(
      'SELECT recipient_ids FROM relay_log WHERE class = ? AND envelope_id = ?',
    ).get(code, id) as { recipient_ids: string } | undefined;
    return r && (JSON.parse(r.recipient_ids) as string[]);
  }

  /** Records a checked read receipt; `null` if this reader already sent one for this envelope. */
  appendReceipt(
    code: string,
    r: { reader: string; envelope: string; readable: boolean; at: number; text: string },
  ): number | null {
    return this.transaction(() => {
      const dup = this.#prepare(
        'SELECT 1 FROM receipts WHERE class = ? AND reader = ? AND envelope_id = ?',
      ).get(code, r.reader, r.envelope);
      if (dup) return null;
      const seq = this.#nextSeq(code);
      this.#prepare(
        'INSERT INTO receipts (class, seq, reader, envelope_id, readable, at, receipt) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(code, seq, r.reader, r.envelope, +r.readable, r.at, r.text);
      return seq;
    });
  }

  appendReport(
    code: string,
    r: { from: string; method: string; suspect: string | null; detail: string; at: number },
  ): number {
    return this.transaction(() => {
      const seq = this.#nextSeq(code);
      this.#prepare(
        'INSERT INTO reports (class, seq, from_device, method, suspect, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(code, seq, r.from, r.method, r.suspect, r.detail, r.at);
      return seq;
    });
  }

  countReports(code: string, from: string): number {
    return (
      this.#prepare('SELECT count(*) AS n FROM reports WHERE class = ? AND from_device = ?').get(
        code,
        from,
      ) as { n: number }
    ).n;
  }

  /** The class's escrow key (JSON text) and its sequence number, if mandated. */
  escrowKey(code: string): { key: string; seq: number } | undefined {
    return this.#prepare('SELECT key, seq FROM escrow_keys WHERE class = ?').get(code) as
      { key: string; seq: number } | undefined;
  }

  appendEscrow(code: string, key: string, at: number): number {
    return this.transaction(() => {
      const seq = this.#nextSeq(code);
      this.#prepare('INSERT INTO escrow_keys (class, seq, key, at) VALUES (?, ?, ?, ?)').run(
        code,
        seq,
        key,
        at,
      );
      return seq;
    });
  }

  /** Opens a vote (its earlier ballots, if the same question was asked before, are forgotten) or closes it (`null`). */
  setVote(code: string, vote: { question: string; choices: readonly string[] } | null): void {
    this.transaction(() => {
      this.#prepare('UPDATE classes SET vote_question = ?, vote_choices = ? WHERE code = ?').run(
        vote?.question ?? null,
        vote ? JSON.stringify(vote.choices) : null,
        code,
      );
      if (vote)
        this.#prepare('DELETE FROM votes WHERE class = ? AND question = ?').run(
          code,
          vote.question,
        );
    });
  }

  /** Records (or changes) a device's vote. */
  castVote(code: string, question: string, device: string, choice: string): void {
    this.#prepare(
      'INSERT INTO votes (class, question, device, choice) VALUES (?, ?, ?, ?) ON CONFLICT (class, question, device) DO UPDATE SET choice = excluded.choice',
    ).run(code, question, device, choice);
  }

  /** How many devices chose each choice (never who). */
  tally(code: string, question: string): Map<string, number> {
    const rows = this.#prepare(
      'SELECT choice, count(*) AS n FROM votes WHERE class = ? AND question = ? GROUP BY choice',
    ).all(code, question) as { choice: string; n: number }[];
    return new Map(rows.map((r) => [r.choice, r.n]));
  }

  /** Every event of a class after `since`, in order; receipts and reports only for `watcher`. */
  eventsAfter(code: string, since: number, watcher = false): LogEvent[] {
    const devices: LogEvent[] = (
      this.#prepare(
        'SELECT device, user, name, role, identity_key, signing_key, agreement_key, certificate, seq, joined_at FROM devices WHERE class = ? AND seq > ? ORDER BY seq',
      ).all(code, since) as RawDevice[]
    ).map((r) => ({ seq: r.seq, kind: 'device', device: toDevice(r) }));
    const commits: LogEvent[] = (
      this.#prepare(
        'SELECT seq, op, device, added_by, commit_text, hidden, suppress_notice, access_order, at FROM roster_commits WHERE class = ? AND seq > ? ORDER BY seq',
      ).all(code, since) as {
        seq: number;
        op: 'add' | 'remove' | 'commit';
        device: string;
        added_by: string | null;
        commit_text: string | null;
        hidden: number;
        suppress_notice: number;
        access_order: number;
        at: number;
      }[]
    ).map((r) => ({
      seq: r.seq,
      kind: 'roster',
      op: r.op,
      device: r.device,
      addedBy: r.added_by,
      commit: r.commit_text,
      hidden: r.hidden === 1,
      suppressNotice: r.suppress_notice === 1,
      accessOrder: r.access_order === 1,
      at: r.at,
    }));
    const envelopes: LogEvent[] = (
      this.#prepare(
        'SELECT seq, from_device, relayed_at, envelope, provider_readable, provider_reason FROM relay_log WHERE class = ? AND seq > ? ORDER BY seq',
      ).all(code, since) as {
        seq: number;
        from_device: string;
        relayed_at: number;
        envelope: string;
        provider_readable: number;
        provider_reason: string;
      }[]
    ).map((r) => ({
      seq: r.seq,
      kind: 'envelope',
      fromDevice: r.from_device,
      relayedAt: r.relayed_at,
      envelope: r.envelope,
      provider: { readable: r.provider_readable === 1, reason: r.provider_reason },
    }));
    const escrow: LogEvent[] = (
      this.#prepare(
        'SELECT seq, key, at FROM escrow_keys WHERE class = ? AND seq > ? ORDER BY seq',
      ).all(code, since) as { seq: number; key: string; at: number }[]
    ).map((r) => ({ seq: r.seq, kind: 'escrow', key: r.key, at: r.at }));
    const events = [...devices, ...commits, ...envelopes, ...escrow];
    if (watcher) {
      for (const r of this.#prepare(
        'SELECT seq, reader, envelope_id, readable, at FROM receipts WHERE class = ? AND seq > ? ORDER BY seq',
      ).all(code, since) as {
        seq: number;
        reader: string;
        envelope_id: string;
        readable: number;
        at: number;
      }[])
        events.push({
          seq: r.seq,
          kind: 'receipt',
          reader: r.reader,
          envelope: r.envelope_id,
          readable: r.readable === 1,
          at: r.at,
        });
      for (const r of this.#prepare(
        'SELECT seq, from_device, method, suspect, detail, at FROM reports WHERE class = ? AND seq > ? ORDER BY seq',
      ).all(code, since) as {
        seq: number;
        from_device: string;
        method: string;
        suspect: string | null;
        detail: string;
        at: number;
      }[])
        events.push({
          seq: r.seq,
          kind: 'report',
          from: r.from_device,
          method: r.method,
          suspect: r.suspect,
          detail: r.detail,
          at: r.at,
        });
    }
    return events.sort((a, b) => a.seq - b.seq);
  }
}
