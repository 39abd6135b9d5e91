/**
 * Questions to the classroom server (apps/classroom), the only place a live
 * class exists, asked by the phone and the teacher's pages alike: is the page
 * served by it, and (on the teacher's laptop) what is the teacher secret.
 * From `file://` (the single-file build) or `vite preview` there is no such
 * server: live pages say so and point to the one-screen lesson.
 */

/** How long to wait for an answer before deciding there is no server. */
const answerTimeoutMs = 3000;

export interface ServerCheckOptions {
  /** The page's location. Default: `globalThis.location`. */
  location?: Pick<Location, 'protocol' | 'origin'>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The JSON body of `GET <path>` on the page's own origin, or null (no server, not JSON, an error). */
async function getJson(path: string, options: ServerCheckOptions): Promise<unknown> {
  const place = options.location ?? globalThis.location;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- no location outside a browser
  if (!place || (place.protocol !== 'http:' && place.protocol !== 'https:')) return null;
  const get = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await get(`${place.origin}${path}`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
      signal: AbortSignal.timeout(options.timeoutMs ?? answerTimeoutMs),
    });
    if (!response.ok) {
      // Read to the end: a body left unread shows as an aborted request in the browser.
      await response.text();
      return null;
    }
    // Vite's dev server and `vite preview` answer any path with index.html: only JSON counts.
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

/** True when `GET /api/health` on this page's origin answers `{ ok: true }`. */
export async function hasClassroomServer(options: ServerCheckOptions = {}): Promise<boolean> {
  return field(await getJson('/api/health', options), 'ok') === true;
}

let askedOnce: Promise<boolean> | undefined;

/** {@link hasClassroomServer}, asked once per page load (the presenter asks at every step). */
export function hasClassroomServerOnce(): Promise<boolean> {
  askedOnce ??= hasClassroomServer();
  return askedOnce;
}

/**
 * The teacher secret from `GET /api/teacher/secret`, which the server gives
 * only to a loopback client under a loopback host name: null anywhere else
 * (a student's phone), or without the server.
 */
export async function fetchTeacherSecret(options: ServerCheckOptions = {}): Promise<string | null> {
  const secret = field(await getJson('/api/teacher/secret', options), 'secret');
  return typeof secret === 'string' && secret !== '' ? secret : null;
}

/** The classroom server's WebSocket address for this page's origin (`ws:` for `http:`). */
export function classroomSocketUrl(place: Pick<Location, 'origin'> = globalThis.location): string {
  return `${place.origin.replace(/^http/, 'ws')}/ws`;
}
