/**
 * A first join, from the form to the class: start the phone, then wait for
 * the server's welcome or its refusal. A refused phone forgets the keys it
 * just made (their certificate names the refused name) and closes.
 */
import { errorCode, type PhoneBackend, type PhoneJoin, type PhoneLike } from './phone-like.js';

/** The server's refusals the join form explains in its own words; any other code is shown as it is. */
export const joinRefusals = [
  'bad-name',
  'name-taken',
  'class-full',
  'unknown-class',
  'class-closed',
] as const;
export type JoinRefusal = (typeof joinRefusals)[number];

export function isJoinRefusal(code: string): code is JoinRefusal {
  return (joinRefusals as readonly string[]).includes(code);
}

/** `unreachable`: no answer (lost connection, or none within `timeoutMs`). */
export type JoinOutcome = { ok: true; phone: PhoneLike } | { ok: false; code: string };

const defaultTimeoutMs = 15_000;

export async function joinClass(
  backend: PhoneBackend,
  join: PhoneJoin,
  timeoutMs = defaultTimeoutMs,
): Promise<JoinOutcome> {
  let phone: PhoneLike;
  try {
    phone = await backend.start(join);
  } catch (error) {
    return { ok: false, code: errorCode(error) ?? 'unreachable' };
  }
  const result = await new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => {
      finish('unreachable');
    }, timeoutMs);
    let done = false;
    function finish(code: string | null) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(code);
    }
    function check() {
      const { me, connection } = phone.snapshot();
      if (connection.state === 'online' && me) finish(null);
      else if (connection.state === 'refused') finish(connection.error?.code ?? 'other');
      else if (connection.state === 'retrying' || connection.state === 'closed') {
        finish('unreachable');
      }
    }
    const unsubscribe = phone.subscribe(check);
    check();
  });
  if (result === null) return { ok: true, phone };
  // Refused: these keys certify a name the class did not take, so they go. Unanswered: they
  // stay, so that a second try resumes if the server did register this phone.
  if (result !== 'unreachable') await phone.forget().catch(() => undefined);
  phone.close();
  return { ok: false, code: result };
}
