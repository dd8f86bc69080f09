// One checkout attempt per event, kept in this tab's sessionStorage so that a reload or a retry sends the
// same request with the same Idempotency-Key (billing answers it with the order placed before, never a second
// one). The attempt ends with a definite refusal, or when its order ends; the next one gets a new key.
import { useCallback, useRef, useState } from 'react';
import type { OrderCreate } from './api';

export interface CheckoutForm {
  quantities: Record<string, number>;
  voucher: string;
  name: string;
  email: string;
}

export interface Attempt {
  key: string;
  body: OrderCreate;
  /** Sent and not answered (no reply, a reload, a server error): only the same request may follow. */
  unanswered: boolean;
}

export interface StoredCheckout {
  form: CheckoutForm;
  attempt?: Attempt;
  order?: { id: string; secret: string };
}

const EMPTY: StoredCheckout = { form: { quantities: {}, voucher: '', name: '', email: '' } };
const storageKey = (eventId: string) => `sparknet.checkout.${eventId}`;

function load(eventId: string): StoredCheckout {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey(eventId)) ?? 'null') as StoredCheckout | null;
    return stored?.form ? stored : EMPTY;
  } catch {
    return EMPTY; // storage blocked or garbled: start afresh
  }
}

function save(eventId: string, checkout: StoredCheckout): void {
  try {
    sessionStorage.setItem(storageKey(eventId), JSON.stringify(checkout));
  } catch {
    // Storage full or blocked: the page still works, only a reload forgets the attempt.
  }
}

/** 128 random bits; getRandomValues exists even where randomUUID does not (plain-http pages). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The stored checkout of `eventId` and a setter that writes through at once (before any request goes out). */
export function useStoredCheckout(eventId: string) {
  const [checkout, setCheckout] = useState<StoredCheckout>(() => load(eventId));
  const latest = useRef(checkout);
  const update = useCallback((change: (current: StoredCheckout) => StoredCheckout): StoredCheckout => {
    const next = change(latest.current);
    latest.current = next;
    save(eventId, next);
    setCheckout(next);
    return next;
  }, [eventId]);
  return [checkout, update] as const;
}

/** The attempt to send `body` with: the unanswered one as it is, else the current one if the request is
 *  unchanged, else a new one with a new key. */
export function attemptFor(current: Attempt | undefined, body: OrderCreate): Attempt {
  if (current?.unanswered) return current;
  if (current && JSON.stringify(current.body) === JSON.stringify(body)) return { ...current, unanswered: true };
  return { key: newIdempotencyKey(), body, unanswered: true };
}
