// Checkout's server state: the event and its seats, placing the order, and the order while it is held.
import { useQuery } from '@tanstack/react-query';
import { apiUrl, billing, events } from '../../lib/api/clients';
import type { components as BillingSchemas } from '../../lib/api/generated/billing';
import type { components as EventsSchemas } from '../../lib/api/generated/events';

export type EventRead = EventsSchemas['schemas']['EventRead'];
export type TicketTypeRead = EventsSchemas['schemas']['TicketTypeRead'];
export type Availability = BillingSchemas['schemas']['Availability'];
export type OrderCreate = BillingSchemas['schemas']['OrderCreate'];
export type OrderRead = BillingSchemas['schemas']['OrderRead'];
export type OrderPlaced = BillingSchemas['schemas']['OrderPlaced'];

const SEATS_REFRESH_MS = 15_000;
const HELD_ORDER_REFRESH_MS = 15_000;

export function useEvent(eventId: string, lang: string) {
  return useQuery({
    queryKey: ['checkout', 'event', eventId, lang],
    queryFn: async () => (await events.GET('/events/{event_id}', {
      params: { path: { event_id: eventId }, query: { lang } },
    })).data!,
  });
}

/** Billing's word on what is on sale and how many seats are left, refreshed while the buyer chooses. */
export function useAvailability(eventId: string, refresh: boolean) {
  return useQuery({
    queryKey: ['checkout', 'availability', eventId],
    queryFn: async () => (await billing.GET('/events/{event_id}/availability', {
      params: { path: { event_id: eventId } },
    })).data!,
    refetchInterval: refresh ? SEATS_REFRESH_MS : false,
  });
}

/** The order with how far the server's clock is ahead of ours, so the countdown shows the server's hold. */
export interface HeldOrder {
  order: OrderRead;
  skewMs: number;
}

export function skewOf(response: Response): number {
  const served = Date.parse(response.headers.get('Date') ?? '');
  // The header counts whole seconds, cut off: half a second more is the better guess.
  return Number.isNaN(served) ? 0 : served + 500 - Date.now();
}

export function heldOrderKey(orderId: string) {
  return ['checkout', 'order', orderId] as const;
}

export function useHeldOrder(orderId: string, secret: string) {
  return useQuery({
    queryKey: heldOrderKey(orderId),
    queryFn: async (): Promise<HeldOrder> => {
      const { data, response } = await billing.GET('/orders/{order_id}', {
        params: { path: { order_id: orderId } }, headers: { 'Order-Secret': secret },
      });
      return { order: data!, skewMs: skewOf(response) };
    },
    refetchInterval: (query) => (query.state.data?.order.status === 'reserved' ? HELD_ORDER_REFRESH_MS : false),
  });
}

/** POST /orders with the attempt's one Idempotency-Key: a retry with it answers the order placed before. */
export async function placeOrder(body: OrderCreate, key: string): Promise<{ placed: OrderPlaced; skewMs: number }> {
  const { data, response } = await billing.POST('/orders', {
    body, params: { header: { 'Idempotency-Key': key } },
  });
  // Both 201 (placed) and 200 (a replay of the same attempt) carry the order.
  return { placed: data!, skewMs: skewOf(response) };
}

/** The web order page, where the provider sends the buyer back. */
export function orderPageUrl(orderId: string, secret: string): string {
  return `${window.location.origin}/orders/${encodeURIComponent(orderId)}?key=${encodeURIComponent(secret)}`;
}

/** Billing's payment start: it sends the buyer to the provider's page, which brings them back here. */
export function payUrl(orderId: string, secret: string): string {
  const query = new URLSearchParams({ secret, return_url: orderPageUrl(orderId, secret) });
  return apiUrl('billing', `/orders/${encodeURIComponent(orderId)}/pay?${query}`);
}
