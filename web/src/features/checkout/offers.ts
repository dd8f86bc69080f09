// What can be bought now: the event's public ticket types with billing's seats left and the per-order maximum.
import type { Availability, EventRead, TicketTypeRead } from './api';
import type { CheckoutForm } from './attempt';

export type OfferState = 'onSale' | 'soldOut' | 'notYet' | 'ended';

export interface Offer {
  type: TicketTypeRead;
  left: number;
  /** The most this order may take: the per-order maximum or the seats left, whichever is smaller. */
  most: number;
  state: OfferState;
}

export function offersOf(event: EventRead, availability: Availability, now: Date): Offer[] {
  const seats = new Map(availability.ticket_types.map((row) => [row.ticket_type_id, row]));
  return event.ticket_types.filter((type) => type.visibility === 'public' && seats.has(type.id)).map((type) => {
    const row = seats.get(type.id)!;
    const left = row.left;
    let state: OfferState = 'onSale';
    if (row.sales_start && now < new Date(row.sales_start)) state = 'notYet';
    else if (!row.on_sale || (row.sales_end && now >= new Date(row.sales_end))) state = 'ended';
    else if (left <= 0) state = 'soldOut';
    return { type: { ...type, price: row.price }, left, most: Math.min(type.max_per_order, left), state };
  });
}

export const soldOut = (offers: Offer[]) => offers.length > 0 && offers.every((o) => o.state === 'soldOut');

export interface Chosen {
  offer: Offer;
  quantity: number;
}

export function chosen(offers: Offer[], form: CheckoutForm): Chosen[] {
  return offers
    .map((offer) => ({ offer, quantity: form.quantities[offer.type.id] ?? 0 }))
    .filter((line) => line.offer.state === 'onSale' && line.quantity > 0);
}

/** The subtotal per currency (billing refuses mixed currencies, but the buyer should see what they chose). */
export function subtotals(lines: Chosen[]): { amount_minor: number; currency: string }[] {
  const sums = new Map<string, number>();
  for (const { offer, quantity } of lines) {
    const { amount, currency } = offer.type.price;
    sums.set(currency, (sums.get(currency) ?? 0) + amount * quantity);
  }
  return [...sums].map(([currency, amount_minor]) => ({ amount_minor, currency }));
}
