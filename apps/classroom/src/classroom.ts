/**
 * The provider's logic: classes, joining, the relay and the teacher's
 * operations. It talks to phones through {@link Peer}s (the WebSocket layer
 * is in server.ts) and keeps everything in the {@link Store}.
 */
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type {
  BundleJson,
  ClassFrame,
  ClassState,
  ClientFrame,
  ClientUpdateFrame,
  ErrorCode,
  EventFrame,
  ReportMethod,
  VotesFrame,
  WelcomeFrame,
} from '@e2ee-kit/live/protocol';
import { checkDisplayName, newJoinCode, normalizeJoinCode } from './names.js';
import {
  RESERVED_DEVICE_IDS,
  PUBLIC_KEY_BYTES,
  SIGNATURE_BYTES,
  type ClassCrypto,
  type ProviderCrypto,
  type PublicBundle,
} from './provider/crypto.js';
import {
  hashToken,
  type ClassMode,
  type ClassRow,
  type DeviceRow,
  WATCHER_ONLY,
  type LogEvent,
  type Store,
} from './store.js';

/** One open WebSocket, as the classroom sees it. */
export interface Peer {
  readonly id: number;
  /** Sends a text frame: a string, or its UTF-8 bytes (a broadcast encodes its frame once). */
  send(frame: string | Buffer): void;
}

/** Who a peer is once it has joined, resumed or started watching. */
type Session =
  | {
      /** A member device: a student's phone, or the teacher's laptop (role `teacher`). */
      readonly kind: 'device';
      readonly code: string;
      readonly device: string;
      readonly user: string;
      readonly role: 'student' | 'teacher';
    }
  | { readonly kind: 'watcher'; readonly code: string };

export interface ClassroomLimits {
  /** Students per class (at least 60). */
  readonly classSize: number;
  /** `report` frames one device may send in a class. */
  readonly reportsPerDevice: number;
}

/** A failed operation, with the code of its error frame or HTTP answer. */
export class ClassroomError extends Error {
  constructor(
    readonly code: ErrorCode | 'not-found' | 'bad-request' | 'not-connected',
    message: string,
  ) {
    super(message);
  }
}

/** An escrow authority's public key, as the teacher's console sends it (crypto-demo's `EscrowKeyInfo`, key as base64url). */
export interface EscrowKeyJson {
  readonly id: string;
  readonly name: string;
  readonly publicKey: string;
}

interface LiveClass {
  readonly crypto: ClassCrypto;
  readonly peers: Map<Peer, Session>;
}

export class Classroom {
  readonly #store: Store;
  readonly #crypto: ProviderCrypto;
  readonly #log: Logger;
  readonly #limits: ClassroomLimits;
  readonly #secretHash: Buffer;
  readonly #live = new Map<string, LiveClass>();
  readonly #sessions = new Map<Peer, Session>();
  readonly #now: () => number;

  constructor(options: {
    store: Store;
    crypto: ProviderCrypto;
    log: Logger;
    limits: ClassroomLimits;
    teacherSecret: string;
    now?: () => number;
  }) {
    this.#store = options.store;
    this.#crypto = options.crypto;
    this.#log = options.log;
    this.#limits = options.limits;
    this.#secretHash = createHash('sha256').update(options.teacherSecret).digest();
    this.#now = options.now ?? Date.now;
  }

  /** Constant-time check of the teacher secret. */
  isTeacher(secret: string | undefined): boolean {
    if (secret === undefined) return false;
    return timingSafeEqual(createHash('sha256').update(secret).digest(), this.#secretHash);
  }

  // ---- teacher operations (the HTTP layer checks the secret) ---------------

  openClass(mode: ClassMode = 'member-signed'): ClassRow {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newJoinCode();
      if (this.#store.getClass(code)) continue;
      const row = this.#store.createClass(code, `class:${code}`, mode, this.#now());
      this.#log.info({ event: 'class-opened', class: code, mode }, 'class opened');
      return row;
    }
    throw new ClassroomError('bad-request', 'No free join code.');
  }

  classInfo(code: string) {
    const row = this.#class(code);
    return {
      code: row.code,
      conversation: row.conversation,
      mode: row.mode,
      open: row.open,
      lastSeq: row.lastSeq,
      students: this.#store.countStudents(code),
      directory: this.#store.devices(code).map((d) => ({ ...this.#bundleJson(d), role: d.role })),
      roster: this.#store.roster(code).map((e) => this.#rosterJson(e)),
      vote: row.vote,
      escrow: ((key) => (key ? (JSON.parse(key.key) as EscrowKeyJson) : null))(
        this.#store.escrowKey(code),
      ),
    };
  }

  setOpen(code: string, open: boolean): void {
    this.#class(code);
    this.#store.setOpen(code, open);
    this.#log.info({ event: open ? 'class-reopened' : 'class-closed', class: code }, 'class state');
    this.#broadcastRaw(code, this.#classFrame(code));
  }

  /**
   * Protocol v2 fixes a conversation's group mode when it is created, so the
   * mode can change only while the roster has never changed.
   */
  setMode(code: string, mode: ClassMode): void {
    const row = this.#class(code);
    if (row.mode !== mode && this.#store.hasRosterHistory(code)) {
      throw new ClassroomError(
        'bad-request',
        'The group mode is fixed once the class roster exists (protocol v2): open a new class.',
      );
    }
    this.#store.setMode(code, mode);
    this.#log.info({ event: 'mode', class: code, mode }, 'mode switched');
    this.#broadcastRaw(code, this.#classFrame(code));
  }

  /**
   * The access order: the provider registers the agency's certified device
   * and puts it on the provider's roster, hidden, and (in provider-managed
   * mode) with notices suppressed: every phone then encrypts to it. In a
   * member-signed class phones follow the signed commit chain, not this
   * list, so the order reaches nobody (as crypto-demo's `executeAccessOrder`).
   * The ghost's private keys are not here: whoever reads as the ghost holds
   * them elsewhere.
   */
  accessOrder(code: string, ghost: BundleJson): { seq: number } {
    const row = this.#class(code);
    const bundle = this.#decodeBundle(ghost);
    this.#checkFree(code, bundle.device, bundle.user);
    const live = this.#liveClass(code);
    this.#register(live, bundle);
    const at = this.#now();
    const device = this.#store.addDevice(
      code,
      { ...bundle, role: 'ghost', joinedAt: at },
      null,
      null,
    );
    this.#broadcastEvent(code, { seq: device.seq, kind: 'device', device });
    const suppress = row.mode === 'provider-managed';
    const seq = this.#addProviderEntry(code, bundle.device, at, {
      hidden: true,
      suppressNotice: suppress,
      accessOrder: true,
    });
    this.#log.info(
      { event: 'access-order', class: code, device: bundle.device, suppressNotices: suppress, seq },
      'access order carried out',
    );
    return { seq };
  }

  /**
   * The provider adds a device to its own roster (provider-managed classes,
   * and every access order): stored, then broadcast in sequence order.
   */
  #addProviderEntry(
    code: string,
    device: string,
    at: number,
    flags: { hidden: boolean; suppressNotice: boolean; accessOrder: boolean },
  ): number {
    const entry = {
      device,
      addedBy: null,
      hidden: flags.hidden,
      suppressNotice: flags.suppressNotice,
      addedAt: at,
    };
    const seq = this.#store.addToRoster(code, entry, flags.accessOrder);
    this.#broadcastEvent(code, {
      seq,
      kind: 'roster',
      op: 'add',
      ...entry,
      commit: null,
      at,
      accessOrder: flags.accessOrder,
    });
    return seq;
  }

  removeMember(code: string, device: string): { seq: number } {
    const row = this.#class(code);
    if (row.mode === 'member-signed') {
      throw new ClassroomError(
        'bad-request',
        'In a member-signed class only a member can remove someone, with a signed commit.',
      );
    }
    if (!this.#store.onRoster(code, device))
      throw new ClassroomError('not-found', 'No such device on the roster.');
    const at = this.#now();
    const seq = this.#store.removeFromRoster(code, device, false, at);
    this.#broadcastEvent(code, {
      seq,
      kind: 'roster',
      op: 'remove',
      device,
      addedBy: null,
      commit: null,
      hidden: false,
      suppressNotice: false,
      accessOrder: false,
      at,
    });
    this.#log.info({ event: 'member-removed', class: code, device, seq }, 'member removed');
    return { seq };
  }

  /**
   * The provider mandates key escrow: every phone adds a wrap for this key
   * from then on. One key per class; the same key again is a no-op.
   */
  mandateEscrow(code: string, key: EscrowKeyJson): { seq: number } {
    this.#class(code);
    const bytes = this.#crypto.decodeBytes(key.publicKey);
    if (bytes?.length !== PUBLIC_KEY_BYTES)
      throw new ClassroomError('bad-request', 'publicKey must be 32 bytes of base64url.');
    if (RESERVED_DEVICE_IDS.includes(`escrow:${key.id}`))
      throw new ClassroomError('bad-request', 'This escrow id is reserved.');
    const text = JSON.stringify({ id: key.id, name: key.name, publicKey: key.publicKey });
    const existing = this.#store.escrowKey(code);
    if (existing) {
      if (existing.key === text) return { seq: existing.seq };
      throw new ClassroomError('bad-request', 'This class already has an escrow key.');
    }
    const at = this.#now();
    const seq = this.#store.appendEscrow(code, text, at);
    this.#log.info({ event: 'escrow-mandated', class: code, authority: key.id, seq }, 'escrow');
    this.#broadcastEvent(code, { seq, kind: 'escrow', key: text, at });
    return { seq };
  }

  /**
   * The ordered client update (protocol §12): the provider pushes to ONE
   * member's phone an update naming the access-ordered ghost; that phone's
   * client then signs an `add` commit for it. Member-signed classes only,
   * after an access order, to a connected phone.
   */
  clientUpdate(code: string, device: string): { ghost: string } {
    const row = this.#class(code);
    if (row.mode !== 'member-signed')
      throw new ClassroomError(
        'bad-request',
        'Only a member-signed class needs an ordered client update.',
      );
    const ghost = this.#store.accessOrderedDevice(code);
    if (ghost === undefined)
      throw new ClassroomError('bad-request', 'Carry out an access order first.');
    const target = this.#store.devices(code).find((d) => d.device === device);
    if (!target || target.role === 'ghost')
      throw new ClassroomError('not-found', 'No such phone in this class.');
    const peers = [...(this.#live.get(code)?.peers ?? [])].filter(
      ([, s]) => s.kind === 'device' && s.device === device,
    );
    if (peers.length === 0)
      throw new ClassroomError('not-connected', 'This phone is not connected.');
    const frame: ClientUpdateFrame = { type: 'client-update', ghost };
    const text = JSON.stringify(frame);
    for (const [peer] of peers) peer.send(text);
    this.#log.info({ event: 'client-update', class: code, device, ghost }, 'client update pushed');
    return { ghost };
  }

  /** Opens a prediction question for votes (an open one is replaced), or closes it (`null`). */
  setVote(code: string, vote: { question: string; choices: readonly string[] } | null): void {
    this.#class(code);
    this.#store.setVote(code, vote);
    this.#log.info(
      { event: vote ? 'vote-opened' : 'vote-closed', class: code, question: vote?.question },
      'vote',
    );
    this.#broadcastRaw(code, this.#classFrame(code));
    if (vote) this.#sendVotes(code);
  }

  // ---- frames from phones --------------------------------------------------

  /** Handles one well-formed frame. @throws {ClassroomError} for a refusal. */
  handle(peer: Peer, frame: ClientFrame): void {
    const session = this.#sessions.get(peer);
    switch (frame.type) {
      case 'ping':
        peer.send('{"type":"pong"}');
        return;
      case 'join':
        if (session)
          throw new ClassroomError('already-joined', 'This connection has already joined.');
        this.#join(peer, frame);
        return;
      case 'resume':
        if (session)
          throw new ClassroomError('already-joined', 'This connection has already joined.');
        this.#resume(peer, frame);
        return;
      case 'watch':
        if (session)
          throw new ClassroomError('already-joined', 'This connection has already joined.');
        this.#watch(peer, frame);
        return;
      case 'envelope':
        this.#relay(this.#member(session), frame.envelope);
        return;
      case 'commit':
        this.#commit(this.#member(session), frame);
        return;
      case 'receipt':
        this.#receipt(this.#member(session), frame.receipt);
        return;
      case 'report':
        this.#report(this.#member(session), frame);
        return;
      case 'vote':
        this.#vote(this.#member(session), frame);
        return;
    }
  }

  /** Forgets a closed connection. */
  disconnect(peer: Peer): void {
    const session = this.#sessions.get(peer);
    if (!session) return;
    this.#sessions.delete(peer);
    this.#live.get(session.code)?.peers.delete(peer);
  }

  #join(peer: Peer, frame: Extract<ClientFrame, { type: 'join' }>): void {
    const teacher = frame.secret !== undefined;
    if (teacher && !this.isTeacher(frame.secret))
      throw new ClassroomError('forbidden', 'The teacher secret is wrong.');
    const code = normalizeJoinCode(frame.code);
    const row = code === undefined ? undefined : this.#store.getClass(code);
    if (!code || !row) throw new ClassroomError('unknown-class', 'No class has this code.');
    if (!row.open) throw new ClassroomError('class-closed', 'This class is closed.');
    if (teacher && this.#store.teacherDevice(code) !== undefined)
      throw new ClassroomError(
        'device-taken',
        'The teacher’s device has already joined this class: resume it.',
      );
    const name = checkDisplayName(frame.name);
    if (!name.ok) {
      const why = {
        empty: 'is empty',
        'too-long': 'is longer than 32 characters',
        'control-characters': 'holds control characters',
      }[name.reason];
      throw new ClassroomError('bad-name', `The name ${why}.`);
    }
    if (!teacher && this.#store.countStudents(code) >= this.#limits.classSize) {
      throw new ClassroomError(
        'class-full',
        `This class is full (${this.#limits.classSize} students).`,
      );
    }
    const bundle = this.#decodeBundle(frame.bundle);
    if (bundle.name !== name.name) {
      throw new ClassroomError(
        'bad-bundle',
        'The name in the certified bundle must be the display name (trimmed, NFC).',
      );
    }
    if (this.#store.taken(code, { nameKey: name.key })) {
      throw new ClassroomError('name-taken', 'Someone in this class already has this name.');
    }
    this.#checkFree(code, bundle.device, bundle.user);
    const live = this.#liveClass(code);
    this.#register(live, bundle);
    const token = randomBytes(32).toString('base64url');
    const at = this.#now();
    const role = teacher ? 'teacher' : 'student';
    const device = this.#store.addDevice(
      code,
      { ...bundle, role, joinedAt: at },
      name.key,
      hashToken(token),
    );
    this.#log.info(
      { event: 'joined', class: code, device: bundle.device, role, seq: device.seq },
      'device joined',
    );
    // The welcome, then the log from the start (directory and roster
    // included), then live events: one ordered stream.
    this.#attach(
      peer,
      { kind: 'device', code, device: bundle.device, user: bundle.user, role },
      0,
      {
        token,
      },
    );
    this.#broadcastEvent(code, { seq: device.seq, kind: 'device', device }, peer);
    if (row.mode === 'provider-managed') {
      this.#addProviderEntry(code, bundle.device, at, {
        hidden: false,
        suppressNotice: false,
        accessOrder: false,
      });
    }
  }

  #resume(peer: Peer, frame: Extract<ClientFrame, { type: 'resume' }>): void {
    const code = normalizeJoinCode(frame.code);
    const row = code === undefined ? undefined : this.#store.getClass(code);
    if (!code || !row) throw new ClassroomError('unknown-class', 'No class has this code.');
    const device = this.#store.deviceByToken(code, hashToken(frame.token));
    if (!device || device.role === 'ghost')
      throw new ClassroomError('bad-token', 'This phone is not known in this class.');
    this.#log.info(
      { event: 'resumed', class: code, device: device.device, since: frame.since },
      'device resumed',
    );
    this.#attach(
      peer,
      { kind: 'device', code, device: device.device, user: device.user, role: device.role },
      frame.since,
      {},
    );
  }

  #watch(peer: Peer, frame: Extract<ClientFrame, { type: 'watch' }>): void {
    if (!this.isTeacher(frame.secret))
      throw new ClassroomError('forbidden', 'The teacher secret is wrong.');
    const code = normalizeJoinCode(frame.code);
    if (!code || !this.#store.getClass(code))
      throw new ClassroomError('unknown-class', 'No class has this code.');
    this.#log.info({ event: 'watching', class: code }, 'projector watching');
    this.#attach(peer, { kind: 'watcher', code }, frame.since, {});
  }

  /** Sends the welcome and the events after `since`, then adds the peer to the live set (same tick: no gap, no repeat). */
  #attach(peer: Peer, session: Session, since: number, extra: { token?: string }): void {
    const live = this.#liveClass(session.code);
    const watcher = session.kind === 'watcher';
    const welcome: WelcomeFrame = {
      type: 'welcome',
      ...this.#classState(session.code),
      ...(watcher
        ? { watcher: true }
        : { device: session.device, user: session.user, role: session.role }),
      ...extra,
    };
    peer.send(JSON.stringify(welcome));
    // Phones skip the watcher-only events (receipts, reports): their
    // sequence numbers have gaps, which is fine, as they only need order.
    for (const event of this.#store.eventsAfter(session.code, since, watcher))
      peer.send(this.#eventFrame(event, watcher));
    this.#sessions.set(peer, session);
    live.peers.set(peer, session);
    if (watcher && this.#store.getClass(session.code)?.vote) this.#sendVotes(session.code, peer);
  }

  #relay(session: DeviceSession, value: unknown): void {
    const row = this.#class(session.code);
    if (!row.open) throw new ClassroomError('class-closed', 'This class is closed.');
    const read = this.#crypto.readEnvelope(value);
    if (!read.ok)
      throw new ClassroomError(
        'bad-envelope',
        `Not an envelope: ${read.issues.slice(0, 3).join('; ')}`,
      );
    const e = read.envelope;
    if (e.senderDevice !== session.device || e.senderUser !== session.user) {
      throw new ClassroomError(
        'wrong-sender',
        'An envelope must be sent by the device that signed it.',
      );
    }
    if (e.conversation !== row.conversation)
      throw new ClassroomError('bad-envelope', 'Wrong conversation for this class.');
    if (!this.#store.onRoster(session.code, session.device)) {
      throw new ClassroomError('not-a-member', 'This device is not on the class roster.');
    }
    const classCrypto = this.#liveClass(session.code).crypto;
    const check = classCrypto.verifyEnvelope(e);
    if (!check.ok) {
      throw new ClassroomError(
        check.reason === 'bad-signature' ? 'bad-signature' : 'wrong-sender',
        check.reason === 'bad-signature'
          ? 'The signature does not check out.'
          : 'The sender key is not the registered one.',
      );
    }
    const relayedAt = this.#now();
    const provider = classCrypto.providerRead(e);
    const seq = this.#store.appendEnvelope(session.code, {
      fromDevice: e.senderDevice,
      counter: e.counter,
      recipients: e.to.length,
      ciphertextBytes: e.ciphertextBytes,
      relayedAt,
      json: e.json,
      id: e.id,
      to: e.to,
      provider,
    });
    if (seq === null) throw new ClassroomError('duplicate', 'This message was already relayed.');
    // Metadata only: sizes and ids, the provider's view. Never the envelope.
    this.#log.info(
      {
        event: 'relayed',
        class: session.code,
        from: e.senderDevice,
        seq,
        recipients: e.to.length,
        bytes: e.ciphertextBytes,
      },
      'envelope relayed',
    );
    this.#broadcastEvent(session.code, {
      seq,
      kind: 'envelope',
      fromDevice: e.senderDevice,
      relayedAt,
      envelope: e.json,
      provider,
    });
  }

  /**
   * A signed read receipt: the reader is this connection's device, the
   * envelope was relayed in this class and addressed to it, and the
   * signature checks out against the reader's certified bundle (the crypto
   * layer). Stored, then sent to the watchers only.
   */
  #receipt(session: DeviceSession, value: unknown): void {
    const read = this.#liveClass(session.code).crypto.readReceipt(value);
    if (!read.ok) {
      throw new ClassroomError(
        read.reason === 'bad-signature' ? 'bad-signature' : 'bad-receipt',
        read.reason === 'bad-signature'
          ? 'The receipt is not signed by the reader it names.'
          : read.reason === 'unknown-reader'
            ? 'The reader is not in this class’s directory.'
            : `Not a read receipt: ${read.issues.slice(0, 3).join('; ')}`,
      );
    }
    const r = read.receipt;
    if (r.reader !== session.device)
      throw new ClassroomError('wrong-sender', 'A receipt must be sent by the device that read.');
    const to = this.#store.envelopeRecipients(session.code, r.envelope);
    if (to === undefined)
      throw new ClassroomError('bad-receipt', 'No such envelope was relayed in this class.');
    if (!to.includes(session.device))
      throw new ClassroomError('bad-receipt', 'This envelope was not addressed to this device.');
    const seq = this.#store.appendReceipt(session.code, {
      reader: r.reader,
      envelope: r.envelope,
      readable: r.readable,
      at: r.at,
      text: JSON.stringify(value),
    });
    if (seq === null)
      throw new ClassroomError('duplicate', 'This device already sent a receipt for it.');
    this.#log.info(
      { event: 'receipt', class: session.code, reader: r.reader, readable: r.readable, seq },
      'read receipt',
    );
    this.#broadcastEvent(session.code, { seq, kind: 'receipt', ...r });
  }

  /** Spot the ghost: a student's finding, for the projector only. */
  #report(session: DeviceSession, frame: Extract<ClientFrame, { type: 'report' }>): void {
    const row = this.#class(session.code);
    if (!row.open) throw new ClassroomError('class-closed', 'This class is closed.');
    if (this.#store.countReports(session.code, session.device) >= this.#limits.reportsPerDevice)
      throw new ClassroomError(
        'rate-limited',
        `At most ${this.#limits.reportsPerDevice} reports per phone.`,
      );
    const at = this.#now();
    const report = {
      from: session.device,
      method: frame.method,
      suspect: frame.suspect,
      detail: frame.detail,
      at,
    };
    const seq = this.#store.appendReport(session.code, report);
    this.#log.info(
      { event: 'report', class: session.code, from: session.device, method: frame.method, seq },
      'ghost report',
    );
    this.#broadcastEvent(session.code, { seq, kind: 'report', ...report });
  }

  /** One vote per device on the open question; it may change. Watchers get the tally. */
  #vote(session: DeviceSession, frame: Extract<ClientFrame, { type: 'vote' }>): void {
    const row = this.#class(session.code);
    if (!row.open) throw new ClassroomError('class-closed', 'This class is closed.');
    if (!row.vote || row.vote.question !== frame.question)
      throw new ClassroomError('no-vote', 'This question is not open for votes.');
    if (!row.vote.choices.includes(frame.choice))
      throw new ClassroomError('no-vote', 'This is not one of the choices.');
    this.#store.castVote(session.code, frame.question, session.device, frame.choice);
    this.#sendVotes(session.code);
  }

  /** The open vote's tally, to every watcher (or one): counts only, never who chose what. */
  #sendVotes(code: string, only?: Peer): void {
    const vote = this.#store.getClass(code)?.vote;
    if (!vote) return;
    const counts = this.#store.tally(code, vote.question);
    const tally: Record<string, number> = {};
    let voters = 0;
    for (const choice of vote.choices) {
      tally[choice] = counts.get(choice) ?? 0;
      voters += tally[choice];
    }
    const frame: VotesFrame = { type: 'votes', question: vote.question, tally, voters };
    const text = JSON.stringify(frame);
    if (only) {
      only.send(text);
      return;
    }
    for (const [peer, s] of this.#live.get(code)?.peers ?? [])
      if (s.kind === 'watcher') peer.send(text);
  }

  /**
   * A member-signed roster change: a crypto-demo v2 commit, signed by this
   * connection's device, that extends the class's chain (epoch, `prev`
   * hash, signer on the roster, signature, bundles equal to the directory's
   * certified ones). Stored and relayed in order; the phones check the whole
   * chain again themselves.
   */
  #commit(session: DeviceSession, frame: Extract<ClientFrame, { type: 'commit' }>): void {
    const row = this.#class(session.code);
    if (!row.open) throw new ClassroomError('class-closed', 'This class is closed.');
    if (row.mode !== 'member-signed')
      throw new ClassroomError('bad-commit', 'The provider manages this class’s roster.');
    const read = this.#crypto.readCommit(frame.commit);
    if (!read.ok)
      throw new ClassroomError('bad-commit', `Not a commit: ${read.issues.slice(0, 3).join('; ')}`);
    const c = read.commit;
    if (c.conversation !== row.conversation)
      throw new ClassroomError('bad-commit', 'Wrong conversation for this class.');
    if (c.committer !== session.device)
      throw new ClassroomError(
        'wrong-sender',
        'A commit must be sent by the device that signed it.',
      );
    if (c.action === 'create' && session.role !== 'teacher')
      throw new ClassroomError('forbidden', 'Only the teacher’s device creates the class chat.');
    const devices = new Map(this.#store.devices(session.code).map((d) => [d.device, d]));
    const roster = this.#store
      .roster(session.code)
      .filter((e) => e.addedBy !== null)
      .map((e) => devices.get(e.device))
      .filter((d) => d !== undefined);
    const check = this.#crypto.checkCommit(
      c,
      this.#store.lastCommit(session.code),
      roster,
      (id) => {
        const d = devices.get(id);
        return d?.role === 'teacher' || (d && c.action !== 'create') ? d : undefined;
      },
    );
    if (!check.ok) {
      if (check.reason === 'signer')
        throw new ClassroomError('not-a-member', 'Only a member can change the roster.');
      if (check.reason === 'signature')
        throw new ClassroomError('bad-signature', 'The commit’s signature does not check out.');
      throw new ClassroomError(
        'bad-commit',
        `The commit does not extend the chain (${check.reason}).`,
      );
    }
    const adds = c.action === 'create' || c.action === 'add' ? c.members.map((m) => m.device) : [];
    const removes = c.removed === null ? [] : [c.removed];
    const seq = this.#store.appendCommit(session.code, {
      text: c.text,
      committer: c.committer,
      at: this.#now(),
      adds,
      removes,
    });
    this.#log.info(
      {
        event: 'roster-commit',
        class: session.code,
        action: c.action,
        epoch: c.epoch,
        by: session.device,
        seq,
      },
      'roster commit',
    );
    this.#broadcastEvent(session.code, {
      seq,
      kind: 'roster',
      op: 'commit',
      device: c.committer,
      addedBy: c.committer,
      commit: c.text,
      hidden: false,
      suppressNotice: false,
      accessOrder: false,
      at: c.at,
    });
  }

  // ---- helpers -------------------------------------------------------------

  #member(session: Session | undefined): DeviceSession {
    if (!session) throw new ClassroomError('not-joined', 'Join a class first.');
    if (session.kind !== 'device')
      throw new ClassroomError('forbidden', 'A projector only watches.');
    return session;
  }

  #class(code: string): ClassRow {
    const row = this.#store.getClass(code);
    if (!row) throw new ClassroomError('not-found', 'No class has this code.');
    return row;
  }

  #classState(code: string): ClassState {
    const row = this.#class(code);
    return {
      code: row.code,
      conversation: row.conversation,
      mode: row.mode,
      open: row.open,
      lastSeq: row.lastSeq,
      vote: row.vote,
    };
  }

  /** A `class` frame: the class as it stands (sent when it changes). */
  #classFrame(code: string): string {
    const frame: ClassFrame = { type: 'class', ...this.#classState(code) };
    return JSON.stringify(frame);
  }

  #liveClass(code: string): LiveClass {
    let live = this.#live.get(code);
    if (!live) {
      // After a restart: rebuild the checks from the stored directory.
      const crypto = this.#crypto.forClass();
      for (const d of this.#store.devices(code)) crypto.register(d);
      live = { crypto, peers: new Map() };
      this.#live.set(code, live);
    }
    return live;
  }

  #decodeBundle(b: BundleJson): PublicBundle {
    const ik = this.#crypto.decodeBytes(b.identityKey);
    const sk = this.#crypto.decodeBytes(b.signingKey);
    const ak = this.#crypto.decodeBytes(b.agreementKey);
    const cert = this.#crypto.decodeBytes(b.certificate);
    if (
      ik?.length !== PUBLIC_KEY_BYTES ||
      sk?.length !== PUBLIC_KEY_BYTES ||
      ak?.length !== PUBLIC_KEY_BYTES ||
      cert?.length !== SIGNATURE_BYTES
    ) {
      throw new ClassroomError(
        'bad-bundle',
        'Each public key must be 32 bytes, the certificate 64 bytes, of base64url.',
      );
    }
    if (!/^[A-Za-z0-9._:/-]{1,64}$/.test(b.device) || !/^[A-Za-z0-9._:/-]{1,64}$/.test(b.user)) {
      throw new ClassroomError('bad-bundle', 'Bad device or user id.');
    }
    const bundle = {
      device: b.device,
      user: b.user,
      name: b.name,
      identityKey: ik,
      signingKey: sk,
      agreementKey: ak,
      certificate: cert,
    };
    if (!this.#crypto.isCertified(bundle)) {
      throw new ClassroomError(
        'bad-bundle',
        'The certificate is not the identity key’s signature over this device.',
      );
    }
    return bundle;
  }

  /** Adds a checked bundle to the class's directory of checks. */
  #register(live: LiveClass, bundle: PublicBundle): void {
    try {
      live.crypto.register(bundle);
    } catch (error) {
      throw new ClassroomError(
        'bad-bundle',
        error instanceof Error ? error.message : 'This bundle is refused.',
      );
    }
  }

  #checkFree(code: string, device: string, user: string): void {
    if (RESERVED_DEVICE_IDS.includes(device) || user === 'provider') {
      throw new ClassroomError('device-taken', 'This device id is reserved.');
    }
    const taken = this.#store.taken(code, { device, user });
    if (taken)
      throw new ClassroomError(
        'device-taken',
        `This ${taken} id is already registered in the class.`,
      );
  }

  #bundleJson(d: DeviceRow | PublicBundle): BundleJson {
    return {
      device: d.device,
      user: d.user,
      name: d.name,
      identityKey: this.#crypto.encodeBytes(d.identityKey),
      signingKey: this.#crypto.encodeBytes(d.signingKey),
      agreementKey: this.#crypto.encodeBytes(d.agreementKey),
      certificate: this.#crypto.encodeBytes(d.certificate),
    };
  }

  #rosterJson(e: {
    device: string;
    addedBy: string | null;
    hidden: boolean;
    suppressNotice: boolean;
  }) {
    return {
      device: e.device,
      addedBy: e.addedBy,
      hidden: e.hidden,
      suppressNotice: e.suppressNotice,
    };
  }

  /** One event as a frame of the shared protocol; `watcher` adds what only the projector sees. */
  #eventFrame(event: LogEvent, watcher: boolean): string {
    switch (event.kind) {
      case 'device':
        return frameText({
          type: 'event',
          seq: event.seq,
          kind: 'device',
          device: { ...this.#bundleJson(event.device), role: event.device.role },
        });
      case 'roster':
        return frameText({
          type: 'event',
          seq: event.seq,
          kind: 'roster',
          op: event.op,
          device: event.device,
          commit: event.commit,
          hidden: event.hidden,
          suppressNotice: event.suppressNotice,
          accessOrder: event.accessOrder,
          at: event.at,
        });
      case 'envelope': {
        // The stored canonical JSON goes out as is: no re-encoding.
        const provider = watcher ? `,"provider":${JSON.stringify(event.provider)}` : '';
        return `{"type":"event","seq":${event.seq},"kind":"envelope","fromDevice":${JSON.stringify(event.fromDevice)},"relayedAt":${event.relayedAt}${provider},"envelope":${event.envelope}}`;
      }
      case 'escrow':
        return frameText({
          type: 'event',
          seq: event.seq,
          kind: 'escrow',
          key: JSON.parse(event.key) as unknown,
          at: event.at,
        });
      case 'receipt':
        return frameText({
          type: 'event',
          seq: event.seq,
          kind: 'receipt',
          reader: event.reader,
          envelope: event.envelope,
          readable: event.readable,
          at: event.at,
        });
      case 'report':
        return frameText({
          type: 'event',
          seq: event.seq,
          kind: 'report',
          from: event.from,
          method: event.method as ReportMethod,
          suspect: event.suspect,
          detail: event.detail,
          at: event.at,
        });
    }
  }

  /** Sends an event to the class: watchers get their version; phones never get watcher-only events. */
  #broadcastEvent(code: string, event: LogEvent, except?: Peer): void {
    const live = this.#live.get(code);
    if (!live) return;
    const onlyWatchers = WATCHER_ONLY.has(event.kind);
    // Encoded once: the same bytes go to every peer (not the same text encoded per peer).
    let forPhones: Buffer | undefined;
    let forWatchers: Buffer | undefined;
    for (const [peer, session] of live.peers) {
      if (peer === except) continue;
      if (session.kind === 'watcher')
        peer.send((forWatchers ??= Buffer.from(this.#eventFrame(event, true))));
      else if (!onlyWatchers)
        peer.send((forPhones ??= Buffer.from(this.#eventFrame(event, false))));
    }
  }

  #broadcastRaw(code: string, text: string, except?: Peer): void {
    const live = this.#live.get(code);
    if (!live) return;
    const bytes = Buffer.from(text);
    for (const peer of live.peers.keys()) if (peer !== except) peer.send(bytes);
  }
}

type DeviceSession = Extract<Session, { kind: 'device' }>;

/** Type-checks a frame against the shared protocol, then writes it. */
const frameText = (frame: EventFrame): string => JSON.stringify(frame);
