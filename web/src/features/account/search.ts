import { text } from '../../lib/search';

/** Where to go back to after signing in (an app path). */
export interface SignInSearch {
  next?: string;
}

export function signInSearch(raw: Record<string, unknown>): SignInSearch {
  const next = text(raw.next);
  return { next: next?.startsWith('/') && !next.startsWith('//') ? next : undefined };
}

/** A page opened from an e-mailed one-time link. */
export interface LinkSearch {
  token?: string;
}

export function linkSearch(raw: Record<string, unknown>): LinkSearch {
  return { token: text(raw.token) };
}
