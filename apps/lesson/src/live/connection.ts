import type { ConnectionStatus } from '@e2ee-kit/live';

/** Whole seconds until the next reconnection attempt, at least 1 (what "Reconnecting in N s" says). */
export function retrySeconds(connection: ConnectionStatus): number {
  return Math.max(1, Math.ceil((connection.retryInMs ?? 0) / 1000));
}
