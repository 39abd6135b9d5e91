/**
 * The channel an "ordered client update" (docs/protocol.md §12) travels on:
 * a device registers what its client does when it receives one, and the
 * provider, which never imports `device.ts`, triggers it.
 */
import type { HasBundle } from './provider-records.js';

/** What the update tells a client to do. */
export interface ClientUpdateOrder {
  readonly conversation: string;
  readonly ghost: HasBundle;
}

const hooks = new WeakMap<object, (order: ClientUpdateOrder) => void>();

/** Called by `Device`'s constructor. */
export function registerUpdateHook(
  device: HasBundle,
  hook: (order: ClientUpdateOrder) => void,
): void {
  hooks.set(device, hook);
}

/** Runs the device's update; `false` if the object is not a device made by the kit. */
export function pushUpdate(device: HasBundle, order: ClientUpdateOrder): boolean {
  const hook = hooks.get(device);
  if (!hook) return false;
  hook(order);
  return true;
}
