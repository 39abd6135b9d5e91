/**
 * Which directories an escrow holder trusts: those of the providers that
 * mandate its key. `Provider.mandateEscrow` records them here, and the holder
 * looks senders up there (docs/protocol.md §11.2), so that provider.ts and
 * escrow.ts never import each other.
 */
import type { DeviceBundle } from './identity.js';

/** The one lookup a holder needs of a directory. */
export interface SenderDirectory {
  find(device: string): DeviceBundle | undefined;
}

const directoriesOf = new WeakMap<object, Set<SenderDirectory>>();

/** Records that `holder` trusts `directory`. */
export function trustDirectory(holder: object, directory: SenderDirectory): void {
  let set = directoriesOf.get(holder);
  if (!set) {
    set = new Set();
    directoriesOf.set(holder, set);
  }
  set.add(directory);
}

/** The directories `holder` trusts. */
export function trustedDirectories(holder: object): ReadonlySet<SenderDirectory> {
  return directoriesOf.get(holder) ?? new Set();
}
