/**
 * A student's phone in a live class: a crypto-demo device (careful client)
 * whose keys are made here with real randomness and never leave the phone
 * but to its own key store, fed by the server's ordered events.
 */
import {
  E2eeKitError,
  createKit,
  envelopeId,
  parseEnvelope,
  type Device,
  type Envelope,
  type Notice,
} from '@e2ee-kit/crypto-demo';
import type { ConnectionStatus, Finding, LiveMember, LiveMessage, PhoneSnapshot } from './api.js';
import { ClassMirror, readEvent, type LiveEvent } from './class-mirror.js';
import { Connection, type Clock, type WakeSources, type WebSocketClass } from './connection.js';
import type { KeyStore } from './key-store.js';
import {
  bundleToJson,
  envelopeFrameValue,
  exportSecrets,
  newDevice,
  obeyClientUpdate,
  readReceiptJson,
  restoreDevice,
} from './mirror.js';
import type { ClientFrame, GroupModeJson, ServerFrame } from './protocol.js';

export interface PhoneOptions {
  /** The WebSocket URL, e.g. `${location.origin.replace(/^http/, 'ws')}/ws`. */
  readonly url: string;
  /** The join code. */
  readonly code: string;
  /** The display name (first join; a resumed phone keeps the certified one). */
  readonly name: string;
  /** Where the keys, token, last event and replay state persist, per join code. */
  readonly store: KeyStore;
  /** Default: the global `WebSocket`. In Node, pass `ws`'s. */
  readonly WebSocket?: WebSocketClass;
  /** Accepted for the pages' sake; the phone's own clock is crypto-demo's (unused here so far). */
  readonly now?: () => number;
  /** Tests: timers and wake-up sources of the connection. */
  readonly clock?: Clock;
  readonly wake?: WakeSources;
}

/** What a phone refuses to do, as a code the page translates. */
export class LiveError extends Error {
  constructor(
    readonly code: 'offline' | 'not-a-member' | 'no-vote' | 'unknown-device' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'LiveError';
  }
}

/** What a phone keeps in its store, under `live:phone:<CODE>`. */
interface SavedPhone {
  readonly v: 1;
  readonly user: string;
  readonly device: string;
  readonly name: string;
  readonly secrets: string;
  readonly token: string | null;
  readonly lastSeq: number;
  readonly replay: string | null;
  readonly conversation: string;
  readonly mode: GroupModeJson | null;
  /** Directory, roster and escrow events: the mirror is rebuilt from them at a reload. */
  readonly log: readonly LiveEvent[];
  readonly messages: readonly LiveMessage[];
  readonly refused: readonly { readonly seq: number; readonly code: string }[];
  readonly vote: { readonly question: string; readonly choice: string } | null;
  /**
   * Every notice this client recorded (roster changes, the recipient check's
   * findings): a reload rebuilds the roster from `log` but opens no message
   * again, so the notices are kept as recorded. Absent in older records.
   */
  readonly notices?: readonly Notice[];
  /** The ghost this phone's client signed in on the provider's order (protocol §12), if any. */
  readonly obeyedUpdate?: string | null;
}

/** A class this phone remembers: it joined and got an answer (a session token). */
export interface SavedPhoneInfo {
  /** The certified display name. */
  readonly name: string;
  /** The phone's device id. */
  readonly device: string;
}

/** The store key of a phone's record in a class. */
export function phoneStoreKey(code: string): string {
  return `live:phone:${code.toUpperCase()}`;
}

/** The most often a phone writes its record while events arrive. */
const SAVE_EVERY_MS = 250;

const USER_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

function randomUserId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `s-${[...bytes].map((b) => USER_ALPHABET[b % USER_ALPHABET.length]).join('')}`;
}

function errorCode(error: unknown): string {
  return error instanceof E2eeKitError ? error.code : 'malformed';
}

/** A student's phone; see the module comment. Make one with {@link LivePhone.start}. */
export class LivePhone {
  readonly #o: PhoneOptions;
  readonly #code: string;
  readonly #mirror: ClassMirror;
  readonly #device: Device;
  readonly #secrets: string;
  readonly #connection: Connection;
  readonly #listeners = new Set<() => void>();
  #token: string | null;
  #lastSeq: number;
  #log: LiveEvent[];
  #messages: LiveMessage[];
  #refused: { seq: number; code: string }[];
  #vote: { question: string; choices: readonly string[]; mine: string | null } | null = null;
  #savedVote: { question: string; choice: string } | null;
  #lastError: { code: string; message: string } | null = null;
  #snapshot: PhoneSnapshot | null = null;
  #notifyQueued = false;
  #saving: Promise<void> = Promise.resolve();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;
  /** Notices recorded before this page load (from the store). */
  #keptNotices: Notice[];
  /** How many of the device's notices the reload's replay made again (already in {@link #keptNotices}). */
  #replayedNotices = 0;
  #obeyedUpdate: string | null;

  private constructor(
    options: PhoneOptions,
    mirror: ClassMirror,
    device: Device,
    saved: SavedPhone | null,
  ) {
    this.#o = options;
    this.#code = options.code.toUpperCase();
    this.#mirror = mirror;
    this.#device = device;
    this.#secrets = saved?.secrets ?? exportSecrets(device);
    this.#token = saved?.token ?? null;
    this.#lastSeq = saved?.lastSeq ?? 0;
    this.#log = [...(saved?.log ?? [])];
    this.#messages = [...(saved?.messages ?? [])];
    this.#refused = [...(saved?.refused ?? [])];
    this.#savedVote = saved?.vote ?? null;
    this.#keptNotices = [...(saved?.notices ?? [])];
    this.#obeyedUpdate = saved?.obeyedUpdate ?? null;
    mirror.conversation = saved?.conversation ?? '';
    mirror.mode = saved?.mode ?? null;
    this.#connection = new Connection({
      url: options.url,
      ...(options.WebSocket ? { WebSocket: options.WebSocket } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.wake ? { wake: options.wake } : {}),
      hello: () => this.#hello(),
      onFrame: (frame) => {
        this.#frame(frame);
      },
      onStatus: () => {
        this.#changed(false);
      },
    });
  }

  /**
   * Loads this class's keys from the store, or makes new ones (real
   * randomness), then connects: `join` the first time, `resume` after.
   */
  static async start(options: PhoneOptions): Promise<LivePhone> {
    const kit = await createKit();
    const mirror = new ClassMirror(kit);
    const key = phoneStoreKey(options.code);
    const text = await options.store.get(key);
    let saved: SavedPhone | null = null;
    let device: Device | null = null;
    if (text !== undefined) {
      try {
        saved = JSON.parse(text) as SavedPhone;
        device = restoreDevice(kit, mirror.provider, saved.secrets, {
          careful: true,
          replayState: saved.replay ?? undefined,
        });
      } catch {
        device = null;
      }
      if (!device) saved = null;
    }
    if (!device || !saved) {
      const user = randomUserId();
      const name = options.name.normalize('NFC').trim();
      device = newDevice(kit, mirror.provider, {
        user,
        name,
        device: `${user}/phone`,
        careful: true,
      });
    }
    const phone = new LivePhone(options, mirror, device, saved);
    if (saved) phone.#restore(saved);
    phone.#save(true);
    phone.#connection.start();
    return phone;
  }

  /**
   * The class this store remembers under `code`, if this phone joined it and
   * the server answered (it holds a session token): what a page shows before
   * {@link LivePhone.start} resumes it. `null` otherwise, also for a record
   * of a join that never got an answer (the caller may delete
   * {@link phoneStoreKey}`(code)` so that the next join makes new keys).
   */
  static async saved(store: KeyStore, code: string): Promise<SavedPhoneInfo | null> {
    const text = await store.get(phoneStoreKey(code));
    if (text === undefined) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return null;
    }
    if (typeof parsed !== 'object' || parsed === null) return null;
    const record = parsed as Partial<Record<keyof SavedPhone, unknown>>;
    if (
      typeof record.name !== 'string' ||
      typeof record.device !== 'string' ||
      typeof record.token !== 'string'
    )
      return null;
    return { name: record.name, device: record.device };
  }

  /** Rebuilds the mirror from the saved log, and the replay state: nothing is fetched again. */
  #restore(saved: SavedPhone): void {
    for (const event of saved.log) {
      try {
        this.#mirror.apply(event);
      } catch {
        // It was applied once; a failure now would be a bug, and the server's copy follows.
      }
      // One change at a time, as it came: the device records each notice as it did then.
      this.#sync();
    }
    // Those notices are the saved ones made again (if the record has them): counted, not shown twice.
    if (saved.notices !== undefined) this.#replayedNotices = this.#deviceNotices().length;
  }

  #deviceNotices(): Notice[] {
    return this.#mirror.exists ? this.#device.notices(this.#mirror.conversation) : [];
  }

  /** Every notice of this class: those kept from before the reload, then the device's own since. */
  #notices(): Notice[] {
    return [...this.#keptNotices, ...this.#deviceNotices().slice(this.#replayedNotices)];
  }

  get id(): string {
    return this.#device.id;
  }

  /** The crypto-demo device (tests and the teacher's own laptop read it). */
  get device(): Device {
    return this.#device;
  }

  // ---- the page's side -------------------------------------------------------

  /** The phone's state: the same object until the next change. */
  snapshot(): PhoneSnapshot {
    this.#snapshot ??= this.#build();
    return this.#snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Encrypts `text` for the roster this client follows and sends it.
   * @throws {LiveError} `offline` when not connected, `not-a-member` before the phone is on the roster.
   * @throws {E2eeKitError} crypto-demo's typed errors (a text too long, a weak key).
   */
  send(text: string): void {
    if (!this.#connection.online) throw new LiveError('offline', 'Not connected.');
    if (!this.#mirror.exists) throw new LiveError('not-a-member', 'Not on the class roster yet.');
    let envelope: Envelope;
    try {
      envelope = this.#device.send(this.#mirror.conversation, text);
    } catch (error) {
      if (error instanceof E2eeKitError && error.code === 'not-a-member')
        throw new LiveError('not-a-member', 'Not on the class roster yet.');
      throw error;
    }
    this.#connection.send({ type: 'envelope', envelope: envelopeFrameValue(envelope) });
  }

  /**
   * What this phone's own checks found: the roster check (provider-managed:
   * entries the provider hides; member-signed: devices a classmate's phone,
   * not the teacher's, signed in), and the recipient check of every message
   * it opened (devices outside its roster that a message was also
   * encrypted for). See {@link LivePhone.rosterCheckLimits} for what they
   * cannot see.
   */
  checkRoster(): Finding[] {
    const findings: Finding[] = [];
    if (!this.#mirror.exists) return findings;
    const conversation = this.#mirror.conversation;
    const check = this.#device.verifyRoster(conversation);
    for (const e of check.unverified) {
      findings.push({
        method: 'roster-check',
        reason: 'hidden',
        suspect: e.device,
        detail: `${e.device} is on the roster this phone encrypts to, but ${e.status}.`,
      });
    }
    if (check.mode === 'member-signed') {
      // Every signature checks out; who signed is the evidence: the teacher signs students in.
      for (const e of check.entries) {
        if (e.addedBy === null || e.device === this.#device.id) continue;
        const by = this.#mirror.member(e.addedBy);
        if (by.role !== 'student') continue;
        findings.push({
          method: 'roster-check',
          reason: 'signed-by-classmate',
          by: e.addedBy,
          suspect: e.device,
          detail: `${e.device} was signed into the class by ${e.addedBy} (${by.name}), a classmate's phone, not the teacher's.`,
        });
      }
    }
    const seen = new Set<string>();
    for (const n of this.#notices()) {
      if (n.kind !== 'unexpected-recipient' || seen.has(n.device)) continue;
      seen.add(n.device);
      findings.push({
        method: 'recipient-check',
        reason: 'unexpected-recipient',
        suspect: n.device,
        detail: `A message from ${n.sender ?? 'someone'} was also encrypted for ${n.devices.join(', ')}.`,
      });
    }
    return findings;
  }

  /**
   * What {@link LivePhone.checkRoster} cannot see on this phone, in English,
   * or `null`. The one case: this phone's own client obeyed the provider's
   * ordered client update (protocol v2 §12). It signed the ghost in and
   * hides it from its own user, so its checks show nothing by design; the
   * classmates' phones see the signed change, made by this phone.
   */
  rosterCheckLimits(): string | null {
    if (this.#obeyedUpdate === null) return null;
    return (
      `This phone's client obeyed the provider's ordered client update: it signed ` +
      `${this.#obeyedUpdate} in and hides it from you, so its own checks cannot show it ` +
      `(protocol v2 §12). Your classmates' phones see the change, signed by this phone.`
    );
  }

  /**
   * The safety number of this student and the user of `device` (a classmate's
   * phone): both read the digits aloud; a mismatch means someone swapped a key.
   */
  safetyNumberWith(device: string): { digits: string; groups: string[] } {
    const member = this.#mirror.provider.directory.find(device);
    if (!member) throw new LiveError('unknown-device', `${device} is not in the class directory.`);
    const n = this.#device.safetyNumberWith(member.user);
    return { digits: n.digits, groups: [...n.groups] };
  }

  /** Tells the teacher's projector what this phone found. */
  report(finding: Finding): void {
    // Only the frame's fields (protocol.ts), and a detail cut to the frame's 280 characters.
    const frame = {
      type: 'report',
      method: finding.method,
      suspect: finding.suspect,
      detail: cutTo(finding.detail, REPORT_DETAIL_MAX),
    } as const;
    if (!this.#connection.send(frame)) throw new LiveError('closed', 'This phone has left.');
  }

  /** Votes on the open question (again to change the choice). */
  vote(choice: string): void {
    const vote = this.#vote;
    if (!vote || !vote.choices.includes(choice))
      throw new LiveError('no-vote', 'No open question with this choice.');
    this.#connection.send({ type: 'vote', question: vote.question, choice });
    this.#vote = { ...vote, mine: choice };
    this.#savedVote = { question: vote.question, choice };
    this.#changed(true);
  }

  /** Leaves the class on this phone: closes and deletes its keys from the store. */
  async forget(): Promise<void> {
    this.close();
    await this.#saving;
    await this.#o.store.delete(phoneStoreKey(this.#code));
  }

  close(): void {
    if (this.#closed) return;
    if (this.#saveTimer !== undefined) this.#save(true);
    this.#closed = true;
    this.#connection.close();
  }

  /** Resolves once everything applied so far is in the store. */
  async flush(): Promise<void> {
    if (this.#saveTimer !== undefined) this.#save(true);
    await this.#saving;
  }

  // ---- the server's side -----------------------------------------------------

  #hello(): ClientFrame {
    if (this.#token !== null)
      return { type: 'resume', code: this.#code, token: this.#token, since: this.#lastSeq };
    return {
      type: 'join',
      code: this.#code,
      name: this.#device.name,
      bundle: bundleToJson(this.#device.bundle),
    };
  }

  #frame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        this.#classState(frame);
        if (frame.token !== undefined) {
          // Without its token a phone cannot come back: written at once.
          this.#token = frame.token;
          this.#save(true);
        }
        this.#changed(true);
        return;
      case 'class':
        this.#classState(frame);
        this.#changed(true);
        return;
      case 'event': {
        const event = readEvent(frame as unknown as Record<string, unknown>);
        if (!event || event.seq <= this.#lastSeq) return; // seen before a reconnect: applied once
        this.#apply(event);
        this.#lastSeq = event.seq;
        this.#changed(true);
        return;
      }
      case 'client-update':
        this.#clientUpdate(frame.ghost);
        return;
      case 'error':
        // A frame sent again after a lost socket had arrived the first time: nothing to tell.
        if (frame.code === 'duplicate') return;
        this.#lastError = { code: frame.code, message: frame.message };
        this.#changed(false);
        return;
      default:
        return;
    }
  }

  #classState(state: {
    conversation: string;
    mode: GroupModeJson;
    vote: { question: string; choices: readonly string[] } | null;
  }): void {
    this.#mirror.conversation = state.conversation;
    // Fixed once the roster exists (protocol v2): the pinned mode stays.
    if (!this.#mirror.exists) this.#mirror.mode = state.mode;
    const open = state.vote;
    this.#vote = open
      ? {
          question: open.question,
          choices: open.choices,
          mine: this.#savedVote?.question === open.question ? this.#savedVote.choice : null,
        }
      : null;
  }

  #apply(event: LiveEvent): void {
    if (event.kind === 'envelope') {
      this.#envelope(event);
      return;
    }
    if (event.kind !== 'device' && event.kind !== 'roster' && event.kind !== 'escrow') return;
    try {
      this.#mirror.apply(event);
      this.#log.push(event);
    } catch (error) {
      // A refused bundle or commit (forged, forked): this client stays on the history it verified.
      this.#lastError = {
        code: errorCode(error),
        message: error instanceof Error ? error.message : String(error),
      };
    }
    this.#sync();
  }

  /** Lets the device record its notices for the roster change. */
  #sync(): void {
    if (!this.#mirror.exists) return;
    try {
      this.#device.sync(this.#mirror.conversation);
    } catch (error) {
      this.#lastError = {
        code: errorCode(error),
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  #envelope(event: Extract<LiveEvent, { kind: 'envelope' }>): void {
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(event.envelope);
    } catch (error) {
      this.#refused.push({ seq: event.seq, code: errorCode(error) });
      return;
    }
    // Envelopes to others are none of this phone's business (the server takes receipts only from recipients).
    if (!envelope.wraps.some((w) => w.to === this.#device.id)) return;
    let readable = false;
    try {
      const m = this.#device.open(envelope);
      readable = true;
      this.#messages.push({
        seq: event.seq,
        id: envelopeId(envelope),
        from: m.from.device,
        fromName: m.from.name,
        text: m.text,
        sentAt: m.sentAt,
        mine: m.from.device === this.#device.id,
      });
    } catch (error) {
      this.#refused.push({ seq: event.seq, code: errorCode(error) });
    }
    this.#connection.send({
      type: 'receipt',
      receipt: readReceiptJson(this.#device, envelope, readable),
    });
  }

  #clientUpdate(ghost: string): void {
    try {
      const commit = obeyClientUpdate(this.#device, this.#mirror.conversation, ghost);
      this.#obeyedUpdate = ghost;
      this.#connection.send({ type: 'commit', commit });
      this.#save(true);
    } catch (error) {
      this.#lastError = {
        code: errorCode(error),
        message: error instanceof Error ? error.message : String(error),
      };
    }
    this.#changed(false);
  }

  // ---- state ------------------------------------------------------------------

  #changed(persist: boolean): void {
    this.#snapshot = null;
    if (persist) this.#save();
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    queueMicrotask(() => {
      this.#notifyQueued = false;
      for (const listener of [...this.#listeners]) listener();
    });
  }

  #record(): SavedPhone {
    return {
      v: 1,
      user: this.#device.user,
      device: this.#device.id,
      name: this.#device.name,
      secrets: this.#secrets,
      token: this.#token,
      lastSeq: this.#lastSeq,
      // Saved with lastSeq in one record: a reload never re-opens (or falsely refuses) a message.
      replay: this.#device.exportReplayState(),
      conversation: this.#mirror.conversation,
      mode: this.#mirror.mode,
      log: this.#log,
      messages: this.#messages,
      refused: this.#refused,
      vote: this.#savedVote,
      notices: this.#notices(),
      obeyedUpdate: this.#obeyedUpdate,
    };
  }

  /**
   * Writes the record at most every 250 ms (a catch-up of many events is one
   * write), or at once when `now`. Any saved record is consistent: its last
   * sequence number and replay state go together, so a reload from an older
   * one fetches the later events again and opens them once.
   */
  #save(now = false): void {
    if (this.#closed) return;
    if (!now) {
      this.#saveTimer ??= setTimeout(() => {
        this.#saveTimer = undefined;
        this.#save(true);
      }, SAVE_EVERY_MS);
      return;
    }
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const text = JSON.stringify(this.#record());
    const key = phoneStoreKey(this.#code);
    this.#saving = this.#saving
      .then(() => this.#o.store.set(key, text))
      .catch((error: unknown) => {
        this.#lastError = {
          code: 'store',
          message: error instanceof Error ? error.message : String(error),
        };
        this.#changed(false);
      });
  }

  #build(): PhoneSnapshot {
    const m = this.#mirror;
    const me: LiveMember = {
      device: this.#device.id,
      user: this.#device.user,
      name: this.#device.name,
      role: 'student',
    };
    let roster: LiveMember[] = [];
    if (m.exists) {
      try {
        roster = this.#device.visibleRoster(m.conversation).map((b) => m.member(b.device));
      } catch {
        roster = [];
      }
    }
    const notices = this.#notices()
      .filter((n) => n.shown)
      .map((n) =>
        n.by === null
          ? { kind: n.kind, device: n.device }
          : { kind: n.kind, device: n.device, by: n.by },
      );
    const status: ConnectionStatus = this.#connection.status;
    return {
      connection: status,
      code: this.#code,
      me,
      mode: m.mode,
      roster,
      messages: [...this.#messages],
      refused: [...this.#refused],
      notices,
      vote: this.#vote,
      escrow: m.escrowMandated,
      lastError: this.#lastError,
    };
  }
}

/** The longest `detail` a `report` frame carries (protocol.ts), in UTF-16 code units. */
const REPORT_DETAIL_MAX = 280;

/** `text` cut to at most `max` UTF-16 code units, ending in "…" when cut, never inside a character. */
export function cutTo(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}
