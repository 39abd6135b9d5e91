/**
 * Whether the page is served by the classroom server (`apps/classroom`), and
 * whether it runs on the teacher's laptop. Both are plain HTTP questions to
 * the page's own origin: from `file://` (the single-file build) or `vite
 * preview` there is no such server, and the live pages say so.
 */

type Fetch = typeof fetch;

function servedOverHttp(): boolean {
  return typeof location !== 'undefined' && /^https?:$/.test(location.protocol);
}

async function getJson(path: string, fetchImpl: Fetch): Promise<unknown> {
  if (!servedOverHttp()) return null;
  try {
    const response = await fetchImpl(path, { cache: 'no-store', credentials: 'same-origin' });
    // `vite preview` answers any path with index.html: only JSON counts.
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) {
      return null;
    }
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

/** True when `GET /api/health` answers `{ok: true}`. */
export async function classroomServerAnswers(fetchImpl: Fetch = fetch): Promise<boolean> {
  const body = await getJson('/api/health', fetchImpl);
  return typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true;
}

let cachedHealth: Promise<boolean> | undefined;

/** {@link classroomServerAnswers}, asked once per page load (the presenter asks at every step). */
export function classroomServerAnswersOnce(): Promise<boolean> {
  cachedHealth ??= classroomServerAnswers();
  return cachedHealth;
}

/**
 * The teacher secret from `GET /api/teacher/secret`, which the server gives
 * only to a loopback client under a loopback host name: null anywhere else
 * (a student's phone), or without the server.
 */
export async function fetchTeacherSecret(fetchImpl: Fetch = fetch): Promise<string | null> {
  const body = await getJson('/api/teacher/secret', fetchImpl);
  const secret =
    typeof body === 'object' && body !== null ? (body as { secret?: unknown }).secret : undefined;
  return typeof secret === 'string' && secret !== '' ? secret : null;
}
