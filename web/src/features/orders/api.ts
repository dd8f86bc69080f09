// The order page's server state: the order (by its secret or link key), its tickets and its event.
import { useQuery } from '@tanstack/react-query';
import { apiUrl, billing, events } from '../../lib/api/clients';
import type { components as BillingSchemas } from '../../lib/api/generated/billing';

export type OrderRead = BillingSchemas['schemas']['OrderRead'];
export type TicketRead = BillingSchemas['schemas']['TicketRead'];

const AWAITING_REFRESH_MS = 3_000;
const TICKETS_REFRESH_MS = 2_000;
const PAID = ['paid', 'partially_refunded', 'refunded'];

export const isPaid = (order: OrderRead) => PAID.includes(order.status);
export const seatsOf = (order: OrderRead) => order.lines.reduce((sum, line) => sum + line.quantity, 0);

function skewOf(response: Response): number {
  const served = Date.parse(response.headers.get('Date') ?? '');
  // The header counts whole seconds, cut off: half a second more is the better guess.
  return Number.isNaN(served) ? 0 : served + 500 - Date.now();
}

/** The order, polled while it awaits payment (the buyer may come back before the provider's word arrives). */
export function useOrder(orderId: string, key: string) {
  return useQuery({
    queryKey: ['orders', 'order', orderId, key],
    queryFn: async () => {
      const { data, response } = await billing.GET('/orders/{order_id}', {
        params: { path: { order_id: orderId } }, headers: { 'Order-Secret': key },
      });
      return { order: data!, skewMs: skewOf(response) };
    },
    refetchInterval: (query) => (query.state.data?.order.status === 'reserved' ? AWAITING_REFRESH_MS : false),
  });
}

/** The tickets of a paid order, polled until there is one per seat. */
export function useTickets(order: OrderRead | undefined, key: string) {
  return useQuery({
    queryKey: ['orders', 'tickets', order?.id, key],
    queryFn: async () => (await billing.GET('/orders/{order_id}/tickets', {
      params: { path: { order_id: order!.id } }, headers: { 'Order-Secret': key },
    })).data!.items,
    enabled: order !== undefined && isPaid(order),
    refetchInterval: (query) => ((query.state.data?.length ?? 0) < seatsOf(order!) ? TICKETS_REFRESH_MS : false),
  });
}

export function useEvent(eventId: string | undefined, lang: string) {
  return useQuery({
    queryKey: ['orders', 'event', eventId, lang],
    queryFn: async () => (await events.GET('/events/{event_id}', {
      params: { path: { event_id: eventId! }, query: { lang } },
    })).data!,
    enabled: eventId !== undefined,
  });
}

/** The ticket's QR code as an <img> source: billing takes the order's key as `?secret=` too. */
export function qrUrl(orderId: string, ticketId: string, key: string): string {
  return apiUrl('billing', `/orders/${orderId}/tickets/${ticketId}/qr?${new URLSearchParams({ secret: key })}`);
}

export function calendarUrl(eventId: string, lang: string): string {
  return apiUrl('events', `/events/${eventId}/calendar.ics?${new URLSearchParams({ lang })}`);
}

/** Billing's payment start, which brings the buyer back to this very page. */
export function payUrl(orderId: string, key: string): string {
  const back = `${window.location.origin}/orders/${encodeURIComponent(orderId)}?key=${encodeURIComponent(key)}`;
  return apiUrl('billing', `/orders/${encodeURIComponent(orderId)}/pay?${new URLSearchParams({ secret: key, return_url: back })}`);
}
