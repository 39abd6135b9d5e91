/**
 * Whether this page is served by the classroom server (apps/classroom), the
 * only place a live class exists. From `file://` (the single-file build) or
 * `vite preview` there is none: live pages say so and point to the
 * one-screen lesson.
 */

/** How long to wait for `GET /api/health` before deciding there is no server. */
const healthTimeoutMs = 3000;

export interface ServerCheckOptions {
  /** The page's location. Default: `globalThis.location`. */
  location?: Pick<Location, 'protocol' | 'origin'>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** True when `GET /api/health` on this page's origin answers `{ ok: true }`. */
export async function hasClassroomServer(options: ServerCheckOptions = {}): Promise<boolean> {
  const place = options.location ?? globalThis.location;
  if (place.protocol !== 'http:' && place.protocol !== 'https:') return false;
  const get = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await get(`${place.origin}/api/health`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? healthTimeoutMs),
    });
    if (!response.ok) {
      // Read to the end: a body left unread shows as an aborted request in the browser.
      await response.text();
      return false;
    }
    // Vite's dev server and `vite preview` answer any path with index.html: only JSON counts.
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/** The classroom server's WebSocket address for this page's origin (`ws:` for `http:`). */
export function classroomSocketUrl(place: Pick<Location, 'origin'> = globalThis.location): string {
  return `${place.origin.replace(/^http/, 'ws')}/ws`;
}
