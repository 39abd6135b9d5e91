/**
 * A client's copy of the class as the provider holds it, built from the
 * server's ordered events: the directory (certified bundles, checked on the
 * way in), the roster (the provider's list, or the signed commit chain) and
 * the escrow keys. Phones and the teacher's laptop share it.
 */
import type { Kit, Provider } from '@e2ee-kit/crypto-demo';
import type { LiveMember } from './api.js';
import {
  bundleFromJson,
  escrowKeyFromJson,
  importCommit,
  importRosterChange,
  registerBundle,
} from './mirror.js';
import type { BundleJson, GroupModeJson, ReportMethod, Role } from './protocol.js';

/** One event of the class log, read from either shape of the `event` frame. */
export type LiveEvent =
  | {
      readonly seq: number;
      readonly kind: 'device';
      readonly bundle: BundleJson;
      readonly role: Role;
    }
  | {
      readonly seq: number;
      readonly kind: 'roster';
      readonly op: 'add' | 'remove' | 'commit';
      readonly device: string;
      readonly commit: string | null;
      readonly hidden: boolean;
      readonly suppressNotice: boolean;
      readonly accessOrder: boolean;
      readonly at: number;
    }
  | {
      readonly seq: number;
      readonly kind: 'envelope';
      readonly from: string;
      readonly relayedAt: number;
      readonly envelope: unknown;
      readonly provider: { readonly readable: boolean; readonly reason: string } | null;
    }
  | { readonly seq: number; readonly kind: 'escrow'; readonly key: unknown; readonly at: number }
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
      readonly method: ReportMethod;
      readonly suspect: string | null;
      readonly detail: string;
      readonly at: number;
    };

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/**
 * Reads an `event` frame (protocol.ts's shape, and the server's older one:
 * `bundle` + `role` for devices, `from` for envelopes). `null` for a kind
 * this client does not know.
 */
export function readEvent(frame: Record<string, unknown>): LiveEvent | null {
  const seq = num(frame.seq);
  switch (frame.kind) {
    case 'device': {
      const d =
        typeof frame.device === 'object' && frame.device !== null
          ? (frame.device as Record<string, unknown>)
          : { ...(frame.bundle as Record<string, unknown>), role: frame.role };
      const { role, ...bundle } = d;
      return {
        seq,
        kind: 'device',
        bundle: bundle as unknown as BundleJson,
        role: str(role, 'student') as Role,
      };
    }
    case 'roster':
      return {
        seq,
        kind: 'roster',
        op: frame.op as 'add' | 'remove' | 'commit',
        device: str(frame.device),
        commit: typeof frame.commit === 'string' ? frame.commit : null,
        hidden: frame.hidden === true,
        suppressNotice: frame.suppressNotice === true,
        accessOrder: frame.accessOrder === true,
        at: num(frame.at),
      };
    case 'envelope': {
      const p = frame.provider as { readable?: unknown; reason?: unknown } | undefined;
      return {
        seq,
        kind: 'envelope',
        from: str(frame.fromDevice ?? frame.from),
        relayedAt: num(frame.relayedAt),
        envelope: frame.envelope,
        provider: p ? { readable: p.readable === true, reason: str(p.reason) } : null,
      };
    }
    case 'escrow':
      return { seq, kind: 'escrow', key: frame.key, at: num(frame.at) };
    case 'receipt':
      return {
        seq,
        kind: 'receipt',
        reader: str(frame.reader),
        envelope: str(frame.envelope),
        readable: frame.readable === true,
        at: num(frame.at),
      };
    case 'report':
      return {
        seq,
        kind: 'report',
        from: str(frame.from),
        method: frame.method as ReportMethod,
        suspect: typeof frame.suspect === 'string' ? frame.suspect : null,
        detail: str(frame.detail),
        at: num(frame.at),
      };
    default:
      return null;
  }
}

/** The directory, roster and escrow keys of one class, mirrored. */
export class ClassMirror {
  readonly provider: Provider;
  conversation = '';
  mode: GroupModeJson | null = null;
  /** Every device of the directory, in the order it joined. */
  readonly members = new Map<string, LiveMember>();
  /** Sequence number of the access order's roster event, if any. */
  accessOrderSeq: number | null = null;
  escrowMandated = false;

  constructor(kit: Kit) {
    this.provider = kit.provider('classroom');
  }

  get exists(): boolean {
    return (
      this.conversation !== '' &&
      this.provider.conversations().some((c) => c.id === this.conversation)
    );
  }

  /**
   * Applies a directory, roster or escrow event. Every check is crypto-demo's:
   * an uncertified bundle, a forged or forked commit throws its typed error.
   * @returns whether the event changed the mirror.
   */
  apply(event: LiveEvent, onEscrow?: (key: ReturnType<typeof escrowKeyFromJson>) => void): boolean {
    switch (event.kind) {
      case 'device': {
        const b = event.bundle;
        this.members.set(b.device, {
          device: b.device,
          user: b.user,
          name: b.name,
          role: event.role,
        });
        return registerBundle(this.provider, bundleFromJson(b));
      }
      case 'roster': {
        if (event.accessOrder && event.op === 'add') this.accessOrderSeq ??= event.seq;
        if (event.op === 'commit') {
          if (event.commit === null) return false;
          return importCommit(this.provider, this.conversation, event.commit);
        }
        // A member-signed class follows the signed chain; only an access order lands on the provider's list.
        if (this.mode === 'member-signed' && !event.accessOrder) return false;
        return importRosterChange(this.provider, this.conversation, {
          op: event.op,
          device: event.device,
          hidden: event.hidden,
          suppressNotice: event.suppressNotice,
          accessOrder: event.accessOrder,
        });
      }
      case 'escrow': {
        const key = escrowKeyFromJson(event.key);
        if (onEscrow) onEscrow(key);
        else this.provider.mandateEscrow(key);
        this.escrowMandated = true;
        return true;
      }
      default:
        return false;
    }
  }

  member(device: string): LiveMember {
    return (
      this.members.get(device) ?? {
        device,
        user: device.split('/')[0] ?? device,
        name: device,
        role: 'student',
      }
    );
  }
}
