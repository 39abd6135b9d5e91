/**
 * The teacher's laptop in a live class: one browser window that holds every
 * teacher-side key. It joins the class as the teacher's own member device
 * (`teacher/laptop`, the admin that signs students into a member-signed
 * class), watches everything the provider sees, calls the teacher API, and
 * holds the ghost's, the escrow agency's and the thief's keys, whose
 * who-can-read columns it computes by really trying to decrypt.
 */
import {
  createKit,
  envelopeId,
  parseEnvelope,
  toBase64url,
  whoCanRead,
  type Device,
  type Envelope,
  type EscrowAuthority,
  type Kit,
  type Thief,
} from '@e2ee-kit/crypto-demo';
import type {
  ConnectionStatus,
  LiveMatrixRow,
  LiveMember,
  ReadCell,
  TeacherSnapshot,
  TrafficRow,
} from './api.js';
import { ClassMirror, readEvent, type LiveEvent } from './class-mirror.js';
import { Connection, type Clock, type WakeSources, type WebSocketClass } from './connection.js';
import type { KeyStore } from './key-store.js';
import {
  bundleToJson,
  envelopeFrameValue,
  escrowKeyToJson,
  exportSecrets,
  newDevice,
  restoreDevice,
} from './mirror.js';
import type { ClientFrame, GroupModeJson, ServerFrame } from './protocol.js';

export interface TeacherOptions {
  /** The classroom server's http origin. */
  readonly origin: string;
  /** From `GET /api/teacher/secret` (loopback only). */
  readonly secret: string;
  readonly store: KeyStore;
  /**
   * The origin phones open, for the join address (default: `origin`). On the
   * network the server's `GET /api/teacher/secret` gives it as `joinOrigin`.
   */
  readonly joinOrigin?: string;
  /** For the join address (default `en`). */
  readonly lang?: 'en' | 'fr';
  readonly WebSocket?: WebSocketClass;
  readonly fetch?: typeof fetch;
  readonly clock?: Clock;
  readonly wake?: WakeSources;
}

/** A teacher API call the server refused. */
export class TeacherApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'TeacherApiError';
  }
}

const STORE_KEY = 'live:teacher';
const TEACHER_USER = 'teacher';
const TEACHER_DEVICE = 'teacher/laptop';
const TEACHER_NAME = 'Teacher';
const GHOST_DEVICE = 'ghost/agency';
/** How long the teacher's device waits for the updated phone's commit before signing anyone in. */
const CLIENT_UPDATE_WAIT_MS = 15_000;

/** What the teacher's laptop keeps in its store, under `live:teacher`. */
interface SavedTeacher {
  readonly v: 1;
  readonly code: string;
  /** The teacher's device. */
  readonly secrets: string | null;
  /** The ghost's device: its column survives a reload of the projector page. */
  readonly ghost?: string | null;
  /** The escrow agency's secrets (`EscrowAuthority.exportSecrets`): its column survives a reload. */
  readonly agency?: string | null;
  /** Whether Mallory stole the agency's key. */
  readonly stolen?: boolean;
  readonly token: string | null;
}

interface Row {
  readonly seq: number;
  readonly id: string;
  readonly from: string;
  readonly envelope: Envelope;
  readonly sentAt: number;
  readonly relayedAt: number;
  text: string | null;
  /** What the ghost decrypted with its own keys, if it could. */
  ghostText: string | null;
  /** Column → cell. */
  readonly cells: Map<string, ReadCell>;
}

/** One class: its mirror and every key the teacher's browser holds for it. */
class ClassSession {
  readonly mirror: ClassMirror;
  readonly device: Device;
  readonly ghost: Device;
  readonly agency: EscrowAuthority;
  readonly mallory: Thief;
  token: string | null;
  watchSeq = 0;
  deviceSeq = 0;
  open = true;
  stolen = false;
  accessOrderAt: number | null = null;
  /** A signed commit sent and not yet seen back. */
  pending: string | null = null;
  /** Set by a client update: the teacher signs no one in until that phone's commit arrives. */
  pausedUntil = 0;
  readonly removed = new Set<string>();
  readonly rows: Row[] = [];
  readonly rowById = new Map<string, Row>();
  readonly receiptsWaiting = new Map<string, Map<string, boolean>>();
  readonly traffic: TrafficRow[] = [];
  readonly reports: TeacherSnapshot['reports'][number][] = [];
  votes: TeacherSnapshot['votes'] = null;
  watcher!: Connection;
  connection!: Connection;

  constructor(
    readonly code: string,
    kit: Kit,
    saved: SavedTeacher | null,
  ) {
    this.mirror = new ClassMirror(kit);
    const restore = (secrets: string | null | undefined, careful: boolean): Device | null => {
      if (secrets === null || secrets === undefined) return null;
      try {
        return restoreDevice(kit, this.mirror.provider, secrets, { careful });
      } catch {
        return null;
      }
    };
    const restored = restore(saved?.secrets, true);
    const token = saved?.token ?? null;
    this.device =
      restored ??
      newDevice(kit, this.mirror.provider, {
        user: TEACHER_USER,
        name: TEACHER_NAME,
        device: TEACHER_DEVICE,
        careful: true,
      });
    this.token = restored ? token : null;
    this.ghost =
      restore(saved?.ghost, false) ??
      kit.ghost(this.mirror.provider, { device: GHOST_DEVICE, name: 'Ghost' });
    let agency: EscrowAuthority | null = null;
    if (typeof saved?.agency === 'string') {
      try {
        agency = kit.restoreEscrowAuthority(saved.agency);
      } catch {
        agency = null;
      }
    }
    this.agency = agency ?? kit.escrowAuthority({ id: 'agency', name: 'Agency' });
    this.mallory = kit.thief({ id: 'mallory', name: 'Mallory' });
    // Her copy of the key is the restored agency's; she learns again which directories it trusts
    // as the escrow events are replayed.
    if (agency && saved?.stolen === true) {
      this.mallory.steal(this.agency);
      this.stolen = true;
    }
  }
}

/** The teacher's laptop; see the module comment. Make one with {@link LiveTeacher.start}. */
export class LiveTeacher {
  readonly #o: TeacherOptions;
  readonly #kit: Kit;
  readonly #fetch: typeof fetch;
  readonly #listeners = new Set<() => void>();
  #session: ClassSession | null = null;
  #snapshot: TeacherSnapshot | null = null;
  #notifyQueued = false;
  #lastError: { code: string; message: string } | null = null;
  #saving: Promise<void> = Promise.resolve();

  private constructor(options: TeacherOptions, kit: Kit) {
    this.#o = options;
    this.#kit = kit;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Resumes the stored class (or `code`) if any; otherwise waits for {@link LiveTeacher.openClass}. */
  static async start(options: TeacherOptions & { code?: string }): Promise<LiveTeacher> {
    const teacher = new LiveTeacher(options, await createKit());
    const text = await options.store.get(STORE_KEY);
    let saved: SavedTeacher | null;
    try {
      saved = text === undefined ? null : (JSON.parse(text) as SavedTeacher);
    } catch {
      saved = null;
    }
    const code = options.code?.toUpperCase() ?? saved?.code;
    if (code !== undefined) {
      teacher.#attach(code, saved?.code === code ? saved : null);
    }
    return teacher;
  }

  snapshot(): TeacherSnapshot {
    this.#snapshot ??= this.#build();
    return this.#snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** The ghost's device (tests read it; its keys never leave this browser). */
  get ghost(): Device | null {
    return this.#session?.ghost ?? null;
  }

  /** The teacher's own member device. */
  get device(): Device | null {
    return this.#session?.device ?? null;
  }

  // ---- teacher API -------------------------------------------------------------

  async #api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const res = await this.#fetch(`${this.#o.origin}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.#o.secret}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    let json: Record<string, unknown>;
    try {
      json = (await res.json()) as Record<string, unknown>;
    } catch {
      json = {};
    }
    if (!res.ok) {
      const message = typeof json.message === 'string' ? json.message : res.statusText;
      this.#lastError = { code: `http-${res.status}`, message };
      this.#changed();
      throw new TeacherApiError(res.status, message);
    }
    return json;
  }

  #code(): string {
    const s = this.#session;
    if (!s) throw new TeacherApiError(0, 'No class is open.');
    return s.code;
  }

  /** Opens a new class and starts watching it; returns its join code. */
  async openClass(mode?: GroupModeJson): Promise<string> {
    const json = await this.#api('POST', '/api/classes', mode ? { mode } : {});
    const code = String(json.code);
    this.#attach(code, null);
    return code;
  }

  /** Only before the roster exists (the server answers 400 after). */
  async setMode(mode: GroupModeJson): Promise<void> {
    await this.#api('PUT', `/api/classes/${this.#code()}/mode`, { mode });
  }

  /** The teacher's own message, from the teacher's device. */
  send(text: string): void {
    const s = this.#session;
    if (!s?.connection.online) throw new TeacherApiError(0, 'Not connected.');
    const envelope = s.device.send(s.mirror.conversation, text);
    s.connection.send({ type: 'envelope', envelope: envelopeFrameValue(envelope) });
  }

  /** The provider's access order: registers the ghost's certified bundle (its keys stay here). */
  async accessOrder(): Promise<void> {
    const s = this.#session;
    if (!s) throw new TeacherApiError(0, 'No class is open.');
    await this.#api('POST', `/api/classes/${s.code}/access-order`, {
      bundle: bundleToJson(s.ghost.bundle),
    });
  }

  /** Member-signed: the ordered client update, pushed to one phone, which signs the ghost in. */
  async clientUpdate(device: string): Promise<void> {
    const s = this.#session;
    if (!s) throw new TeacherApiError(0, 'No class is open.');
    // Two members committing at once would fork the chain: the teacher waits for that phone's commit.
    s.pausedUntil = Date.now() + CLIENT_UPDATE_WAIT_MS;
    try {
      await this.#api('POST', `/api/classes/${s.code}/client-update`, { device });
    } catch (error) {
      s.pausedUntil = 0;
      this.#admin(s);
      throw error;
    }
    // If that phone never commits, sign the waiting students in anyway afterwards.
    const timer: unknown = setTimeout(() => {
      if (this.#session === s) this.#admin(s);
    }, CLIENT_UPDATE_WAIT_MS + 100);
    // Node: this timer alone does not keep the process alive.
    (timer as { unref?: () => void }).unref?.();
  }

  /** The provider mandates key escrow with the agency's key. */
  async mandateEscrow(): Promise<void> {
    const s = this.#session;
    if (!s) throw new TeacherApiError(0, 'No class is open.');
    await this.#api('PUT', `/api/classes/${s.code}/escrow`, {
      key: escrowKeyToJson(s.agency.escrowKey),
    });
  }

  /** Mallory steals the agency's master key: from now on, and for every past escrowed message, her column is recomputed. */
  steal(): void {
    const s = this.#session;
    if (!s) return;
    s.mallory.steal(s.agency);
    s.stolen = true;
    void this.#save(s);
    for (const row of s.rows) this.#trial(s, row);
    this.#changed();
  }

  async openVote(question: string, choices: string[]): Promise<void> {
    await this.#api('POST', `/api/classes/${this.#code()}/vote`, { question, choices });
  }

  async closeVote(): Promise<void> {
    await this.#api('DELETE', `/api/classes/${this.#code()}/vote`);
  }

  /** Provider-managed: the server removes the device. Member-signed: the teacher's device signs a `remove` commit. */
  async remove(device: string): Promise<void> {
    const s = this.#session;
    if (!s) throw new TeacherApiError(0, 'No class is open.');
    if (s.mirror.mode === 'member-signed') {
      s.removed.add(device);
      s.device.removeMember(s.mirror.conversation, device);
      this.#sendLastCommit(s);
      return;
    }
    await this.#api('DELETE', `/api/classes/${s.code}/members/${encodeURIComponent(device)}`);
  }

  close(): void {
    const s = this.#session;
    if (!s) return;
    s.watcher.close();
    s.connection.close();
  }

  // ---- connections -----------------------------------------------------------

  #attach(code: string, saved: SavedTeacher | null): void {
    this.close();
    const s = new ClassSession(code, this.#kit, saved);
    this.#session = s;
    const wsUrl = `${this.#o.origin.replace(/^http/, 'ws')}/ws`;
    const common = {
      url: wsUrl,
      ...(this.#o.WebSocket ? { WebSocket: this.#o.WebSocket } : {}),
      ...(this.#o.clock ? { clock: this.#o.clock } : {}),
      ...(this.#o.wake ? { wake: this.#o.wake } : {}),
      onStatus: () => {
        this.#changed();
      },
    };
    s.watcher = new Connection({
      ...common,
      hello: (): ClientFrame => ({
        type: 'watch',
        code,
        secret: this.#o.secret,
        since: s.watchSeq,
      }),
      onFrame: (frame) => {
        this.#watched(s, frame);
      },
    });
    s.connection = new Connection({
      ...common,
      hello: (): ClientFrame =>
        s.token !== null
          ? { type: 'resume', code, token: s.token, since: s.deviceSeq }
          : {
              type: 'join',
              code,
              name: TEACHER_NAME,
              bundle: bundleToJson(s.device.bundle),
              secret: this.#o.secret,
            },
      onFrame: (frame) => {
        this.#ownFrame(s, frame);
      },
    });
    void this.#save(s);
    s.watcher.start();
    s.connection.start();
    this.#changed();
  }

  #save(s: ClassSession): Promise<void> {
    const record: SavedTeacher = {
      v: 1,
      code: s.code,
      secrets: exportSecrets(s.device),
      ghost: exportSecrets(s.ghost),
      agency: s.agency.exportSecrets(),
      stolen: s.stolen,
      token: s.token,
    };
    this.#saving = this.#saving.then(() => this.#o.store.set(STORE_KEY, JSON.stringify(record)));
    return this.#saving;
  }

  /** Resolves once the class, the teacher's keys and token are in the store. */
  async flush(): Promise<void> {
    await this.#saving;
  }

  /** The teacher device's own connection: its token, its errors. Its copy of the events is the watcher's. */
  #ownFrame(s: ClassSession, frame: ServerFrame): void {
    if (frame.type === 'welcome') {
      if (frame.token !== undefined) {
        s.token = frame.token;
        void this.#save(s);
      }
      this.#admin(s);
    } else if (frame.type === 'event') {
      s.deviceSeq = Math.max(s.deviceSeq, frame.seq);
    } else if (frame.type === 'error') {
      this.#lastError = { code: frame.code, message: frame.message };
      if (frame.code === 'bad-commit' || frame.code === 'not-a-member') s.pending = null;
      this.#changed();
    }
  }

  #watched(s: ClassSession, frame: ServerFrame): void {
    if (this.#session !== s) return;
    switch (frame.type) {
      case 'welcome':
      case 'class':
        s.mirror.conversation = frame.conversation;
        if (!s.mirror.exists) s.mirror.mode = frame.mode;
        s.open = frame.open;
        if (frame.vote === null) s.votes = null;
        else if (s.votes?.question !== frame.vote.question)
          s.votes = { question: frame.vote.question, tally: {}, voters: 0 };
        this.#admin(s);
        break;
      case 'votes':
        s.votes = { question: frame.question, tally: frame.tally, voters: frame.voters };
        break;
      case 'event': {
        const event = readEvent(frame as unknown as Record<string, unknown>);
        if (!event || event.seq <= s.watchSeq) return;
        s.watchSeq = event.seq;
        this.#event(s, event);
        this.#admin(s);
        break;
      }
      case 'error':
        this.#lastError = { code: frame.code, message: frame.message };
        break;
      default:
        return;
    }
    this.#changed();
  }

  #event(s: ClassSession, event: LiveEvent): void {
    switch (event.kind) {
      case 'device':
      case 'roster':
      case 'escrow':
        try {
          s.mirror.apply(event, (key) => {
            // The agency's own key: mandating the authority object lets it trust this directory.
            if (key.id === s.agency.id) {
              s.mirror.provider.mandateEscrow(s.agency);
              // A theft before a reload: Mallory learns the directory the agency now trusts.
              if (s.stolen) s.mallory.steal(s.agency);
            } else s.mirror.provider.mandateEscrow(key);
          });
        } catch (error) {
          this.#lastError = {
            code: 'mirror',
            message: error instanceof Error ? error.message : String(error),
          };
        }
        if (event.kind === 'roster') {
          if (event.accessOrder && event.op === 'add') s.accessOrderAt ??= event.at;
          if (event.commit !== null && event.commit === s.pending) s.pending = null;
          if (event.commit !== null && event.device === GHOST_DEVICE) s.pausedUntil = 0;
          if (event.commit !== null && s.pausedUntil > 0 && this.#onChain(s, GHOST_DEVICE))
            s.pausedUntil = 0;
        }
        return;
      case 'envelope':
        this.#envelope(s, event);
        return;
      case 'receipt': {
        const row = s.rowById.get(event.envelope);
        if (row) row.cells.set(event.reader, event.readable ? 'read' : 'unreadable');
        else {
          const waiting = s.receiptsWaiting.get(event.envelope) ?? new Map<string, boolean>();
          waiting.set(event.reader, event.readable);
          s.receiptsWaiting.set(event.envelope, waiting);
        }
        return;
      }
      case 'report':
        s.reports.push({
          seq: event.seq,
          from: event.from,
          fromName: s.mirror.member(event.from).name,
          method: event.method,
          suspect: event.suspect,
          detail: event.detail,
          afterOrderMs: s.accessOrderAt === null ? null : Math.max(0, event.at - s.accessOrderAt),
        });
        return;
    }
  }

  #onChain(s: ClassSession, device: string): boolean {
    if (!s.mirror.exists) return false;
    return s.mirror.provider
      .conversation(s.mirror.conversation)
      .entries.some((e) => e.device === device && !e.hidden);
  }

  #envelope(s: ClassSession, event: Extract<LiveEvent, { kind: 'envelope' }>): void {
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(event.envelope);
    } catch {
      return;
    }
    const id = envelopeId(envelope);
    const row: Row = {
      seq: event.seq,
      id,
      from: event.from,
      envelope,
      sentAt: envelope.header.sentAt,
      relayedAt: event.relayedAt,
      text: null,
      ghostText: null,
      cells: new Map(),
    };
    row.cells.set(
      'provider',
      event.provider ? (event.provider.readable ? 'read' : 'unreadable') : 'pending',
    );
    for (const [reader, readable] of s.receiptsWaiting.get(id) ?? [])
      row.cells.set(reader, readable ? 'read' : 'unreadable');
    s.receiptsWaiting.delete(id);
    this.#trial(s, row);
    s.rows.push(row);
    s.rowById.set(id, row);
    s.traffic.push({
      seq: event.seq,
      from: event.from,
      to: envelope.wraps.map((w) => w.to),
      bytes: envelope.ciphertext.length,
      relayedAt: event.relayedAt,
      ciphertextStart: toBase64url(envelope.ciphertext.subarray(0, 12)),
    });
  }

  /** The columns of the keys this browser holds: each really tries to decrypt. */
  #trial(s: ClassSession, row: Row): void {
    const reports = whoCanRead(row.envelope, [s.device, s.ghost, s.agency, s.mallory]);
    const [own, ghost, agency, mallory] = reports;
    if (own) {
      row.cells.set(s.device.id, own.canRead ? 'read' : 'unreadable');
      row.text = own.canRead ? own.text : null;
    }
    row.cells.set('ghost', ghost?.canRead ? 'read' : 'unreadable');
    row.ghostText = ghost?.canRead ? ghost.text : null;
    row.cells.set('agency', agency?.canRead ? 'read' : 'unreadable');
    row.cells.set('mallory', mallory?.canRead ? 'read' : 'unreadable');
  }

  /** Member-signed: the teacher's device creates the chain and signs each new student in, one commit at a time. */
  #admin(s: ClassSession): void {
    const m = s.mirror;
    if (m.mode !== 'member-signed' || m.conversation === '' || s.pending !== null) return;
    if (!s.connection.online || !m.members.has(s.device.id)) return;
    if (s.pausedUntil > Date.now()) return;
    s.pausedUntil = 0;
    try {
      if (!m.exists) {
        s.device.createConversation(m.conversation, [], { mode: 'member-signed', name: 'class' });
        this.#sendLastCommit(s);
        return;
      }
      const onChain = new Set(m.provider.conversation(m.conversation).entries.map((e) => e.device));
      const next = [...m.members.values()].find(
        (member) =>
          member.role === 'student' && !onChain.has(member.device) && !s.removed.has(member.device),
      );
      if (!next) return;
      s.device.addMember(m.conversation, next.device);
      this.#sendLastCommit(s);
    } catch (error) {
      this.#lastError = {
        code: 'admin',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  #sendLastCommit(s: ClassSession): void {
    const text = s.mirror.provider.commits(s.mirror.conversation).at(-1);
    if (text === undefined) return;
    s.pending = text;
    s.connection.send({ type: 'commit', commit: text });
  }

  // ---- snapshot ----------------------------------------------------------------

  #changed(): void {
    this.#snapshot = null;
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    queueMicrotask(() => {
      this.#notifyQueued = false;
      for (const listener of [...this.#listeners]) listener();
    });
  }

  #build(): TeacherSnapshot {
    const s = this.#session;
    const idle: ConnectionStatus = { state: 'closed', attempts: 0 };
    if (!s) {
      return {
        connection: idle,
        code: null,
        joinUrl: null,
        mode: null,
        open: false,
        directory: [],
        roster: [],
        traffic: [],
        columns: [],
        matrix: [],
        ghost: { ordered: false, orderedAtSeq: null, reads: [] },
        escrow: { mandated: false, stolen: false },
        reports: [],
        votes: null,
        lastError: this.#lastError,
      };
    }
    const m = s.mirror;
    const directory: LiveMember[] = [...m.members.values()];
    // One line per device: in a member-signed class the access order leaves the provider's
    // hidden entry, and the commit of the client update then signs the same ghost in, shown.
    const byDevice = new Map<string, LiveMember & { hidden: boolean }>();
    if (m.exists) {
      for (const e of m.provider.conversation(m.conversation).entries) {
        const known = byDevice.get(e.device);
        if (!known) byDevice.set(e.device, { ...m.member(e.device), hidden: e.hidden });
        else if (known.hidden && !e.hidden) byDevice.set(e.device, { ...known, hidden: false });
      }
    }
    const roster = [...byDevice.values()];
    const people = directory.filter((d) => d.role === 'student' || d.role === 'teacher');
    const columns: TeacherSnapshot['columns'][number][] = [
      ...people.map((d) => ({ id: d.device, name: d.name, role: d.role })),
      { id: 'provider', name: 'Provider', role: 'provider' },
      { id: 'ghost', name: 'Ghost', role: 'ghost' },
      { id: 'agency', name: 'Agency', role: 'agency' },
      { id: 'mallory', name: 'Mallory', role: 'mallory' },
    ];
    const matrix: LiveMatrixRow[] = s.rows.map((row) => {
      const cells: Record<string, ReadCell> = {};
      for (const c of columns) cells[c.id] = row.cells.get(c.id) ?? 'pending';
      return {
        seq: row.seq,
        id: row.id,
        from: row.from,
        text: row.text,
        sentAt: row.sentAt,
        cells,
      };
    });
    const ghostReads: TeacherSnapshot['ghost']['reads'][number][] = [];
    for (const row of s.rows)
      if (row.ghostText !== null)
        ghostReads.push({ seq: row.seq, from: row.from, text: row.ghostText });
    const a = s.watcher.status;
    const b = s.connection.status;
    return {
      connection: a.state !== 'online' ? a : b,
      code: s.code,
      joinUrl: `${this.#o.joinOrigin ?? this.#o.origin}/#/${this.#o.lang ?? 'en'}/live/join?code=${s.code}`,
      mode: m.mode,
      open: s.open,
      directory,
      roster,
      traffic: [...s.traffic],
      columns,
      matrix,
      ghost: {
        ordered: m.accessOrderSeq !== null,
        orderedAtSeq: m.accessOrderSeq,
        reads: ghostReads,
      },
      escrow: { mandated: m.escrowMandated, stolen: s.stolen },
      reports: [...s.reports],
      votes: s.votes,
      lastError: this.#lastError,
    };
  }
}
