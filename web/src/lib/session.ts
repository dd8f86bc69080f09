// Who is signed in, for every page: the access token lives in memory only; the refresh token in an HttpOnly
// cookie only the registry's session endpoints see. On load the app asks for a fresh access token with it, and
// again shortly before each one expires. Tabs take turns refreshing (a Web Lock): a refresh token is good once,
// and two tabs spending the same one at the same moment would look like a stolen copy and end the session.
import { useSyncExternalStore } from 'react';

export type Session =
  | { status: 'unknown' }
  | { status: 'signed-out'; ended?: boolean }
  | { status: 'signed-in'; accessToken: string; expiresAt: number; userId: string; email?: string };

type Issued = { access_token: string; expires_at: string; user_id: string };

const SESSIONS = '/api/registry/auth/sessions';
const REFRESH_AHEAD_MS = 60_000;
const LOCK = 'sparknet-session-refresh';

let current: Session = { status: 'unknown' };
const listeners = new Set<() => void>();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

function publish(next: Session): void {
  current = next;
  clearTimeout(refreshTimer);
  if (next.status === 'signed-in') {
    const due = Math.max(5_000, next.expiresAt - Date.now() - REFRESH_AHEAD_MS);
    refreshTimer = setTimeout(() => void refresh(), due);
  }
  listeners.forEach((listener) => listener());
}

async function signedIn(issued: Issued): Promise<Session> {
  const session: Session = {
    status: 'signed-in', accessToken: issued.access_token, expiresAt: Date.parse(issued.expires_at),
    userId: issued.user_id,
  };
  const me = await fetch('/api/registry/auth/me', { headers: { Authorization: `Bearer ${issued.access_token}` } });
  return me.ok ? { ...session, email: (await me.json()).email } : session;
}

/** Takes the cross-tab turn when the browser offers one (every browser the app supports does). */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request(LOCK, work) as Promise<T>) : work();
}

/** A failed sign-in: the status and the registry's problem, so the page can say which it was. */
export class SignInRefused extends Error {
  constructor(readonly status: number, readonly code?: string, readonly retryAfterSeconds?: number) {
    super(`sign-in refused: ${status}`);
  }
}

export async function signIn(email: string, password: string): Promise<void> {
  const answer = await inTurn(() => fetch(SESSIONS, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  }));
  if (!answer.ok) {
    const problem = await answer.json().catch(() => ({}));
    throw new SignInRefused(answer.status, problem.code, Number(answer.headers.get('Retry-After')) || undefined);
  }
  publish(await signedIn(await answer.json()));
}

/** A fresh access token from the cookie; signed out when there is no session (any more). */
export async function refresh(): Promise<Session> {
  const before = current;
  const next = await inTurn(async () => {
    const answer = await fetch(`${SESSIONS}/refresh`, { method: 'POST' });
    if (answer.ok) return signedIn(await answer.json());
    const ended = answer.status === 401 && before.status === 'signed-in';
    return { status: 'signed-out', ended } satisfies Session;
  }).catch((): Session => ({ status: 'signed-out' }));
  publish(next);
  return next;
}

export async function signOut(): Promise<void> {
  await inTurn(() => fetch(`${SESSIONS}/current`, { method: 'DELETE' })).catch(() => undefined);
  publish({ status: 'signed-out' });
}

export function currentSession(): Session {
  return current;
}

export function useSession(): Session {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentSession);
}
