// What the catalogue's pages derive from the data before showing it: price ranges, sales windows, days. No React.
import type { Money } from '../../lib/format';

export interface Price {
  amount: number;
  currency: string;
}
export interface TicketSale {
  price: Price;
  sales_start: string | null;
  sales_end: string | null;
  visibility?: string;
}
export interface Timed {
  starts_at: string;
}

export const money = (price: Price): Money => ({ amount_minor: price.amount, currency: price.currency });

export type PriceRange =
  | { kind: 'none' }
  | { kind: 'free' }
  | { kind: 'single'; price: Price }
  | { kind: 'from'; price: Price; alsoFree: boolean };

/** "free", one price, or "from" the lowest paid price of the public ticket types. */
export function priceRange(types: readonly TicketSale[]): PriceRange {
  const prices = types.filter((t) => (t.visibility ?? 'public') === 'public').map((t) => t.price);
  if (!prices.length) return { kind: 'none' };
  const paid = prices.filter((p) => p.amount > 0).sort((a, b) => a.amount - b.amount);
  if (!paid.length) return { kind: 'free' };
  const alsoFree = paid.length < prices.length;
  const single = !alsoFree && paid.every((p) => p.amount === paid[0].amount && p.currency === paid[0].currency);
  return single ? { kind: 'single', price: paid[0] } : { kind: 'from', price: paid[0], alsoFree };
}

export type SalesState =
  | { kind: 'notYet'; starts: string }
  | { kind: 'ended' }
  | { kind: 'soldOut' }
  | { kind: 'closed' }
  | { kind: 'onSale'; until: string | null };

/** Where a ticket type stands now; `onSale` is billing's word when it has answered. */
export function salesState(type: TicketSale, left: number, now: Date, onSale?: boolean): SalesState {
  if (type.sales_start && now < new Date(type.sales_start)) return { kind: 'notYet', starts: type.sales_start };
  if (type.sales_end && now >= new Date(type.sales_end)) return { kind: 'ended' };
  if (left <= 0) return { kind: 'soldOut' };
  if (onSale === false) return { kind: 'closed' };
  return { kind: 'onSale', until: type.sales_end };
}

/** Seats left in all without counting a shared quota twice: its types' `left` are each capped by it already. */
export function seatsInAll(types: readonly { left: number; quota?: string | null }[]): number {
  const byQuota = new Map<string, number>();
  let total = 0;
  for (const type of types) {
    if (type.quota) byQuota.set(type.quota, Math.max(byQuota.get(type.quota) ?? 0, type.left));
    else total += type.left;
  }
  return total + [...byQuota.values()].reduce((sum, left) => sum + left, 0);
}

/** The calendar day of `iso` in `timeZone`, as YYYY-MM-DD. */
export function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(iso));
}

/** Agenda items by start time, grouped by their day in the event's zone. */
export function byDay<T extends Timed>(items: readonly T[], timeZone: string): { day: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at));
  const days = new Map<string, T[]>();
  for (const item of sorted) {
    const day = dayIn(item.starts_at, timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days].map(([day, grouped]) => ({ day, items: grouped }));
}
