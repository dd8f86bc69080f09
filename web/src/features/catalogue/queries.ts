// The catalogue's server state: events (in the reader's language), seats left, and the choices its filters offer.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { billing, events, registry } from '../../lib/api/clients';
import type { components } from '../../lib/api/generated/events';
import { apiQuery, type CatalogueSearch } from './search';

export type EventRead = components['schemas']['EventRead'];
export type TicketTypeRead = components['schemas']['TicketTypeRead'];
export const PAGE_SIZE = 12;
const SEATS_REFRESH_MS = 10_000;

export function useEvents(search: CatalogueSearch, lang: string, enabled: boolean) {
  const query = apiQuery(search, lang, PAGE_SIZE);
  return useQuery({
    queryKey: ['catalogue', 'events', query],
    queryFn: async () => (await events.GET('/events', { params: { query } })).data!,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEvent(eventId: string, lang: string) {
  return useQuery({
    queryKey: ['catalogue', 'event', eventId, lang],
    queryFn: async () => (await events.GET('/events/{event_id}', {
      params: { path: { event_id: eventId }, query: { lang } },
    })).data!,
    placeholderData: keepPreviousData, // switching language keeps the page on screen while the texts load
  });
}

/** Seats left per ticket type, refreshed while the page is open. */
export function useAvailability(eventId: string) {
  return useQuery({
    queryKey: ['catalogue', 'availability', eventId],
    queryFn: async () => (await billing.GET('/events/{event_id}/availability', {
      params: { path: { event_id: eventId } },
    })).data!,
    refetchInterval: SEATS_REFRESH_MS,
  });
}

const CHOICES_STALE_MS = 5 * 60_000;

/** Partnerships and organisations that may organise, for the organiser filter. */
export function useOrganiserChoices() {
  return useQuery({
    queryKey: ['catalogue', 'organisers'],
    queryFn: async () => {
      const [partnerships, organisations] = await Promise.all([
        registry.GET('/partnerships', { params: { query: { limit: 200 } } }),
        registry.GET('/organisations', { params: { query: { limit: 200 } } }),
      ]);
      return { partnerships: partnerships.data!.items, organisations: organisations.data!.items };
    },
    staleTime: CHOICES_STALE_MS,
  });
}

export function useNetworks() {
  return useQuery({
    queryKey: ['catalogue', 'networks'],
    queryFn: async () => (await registry.GET('/networks')).data!,
    staleTime: CHOICES_STALE_MS,
  });
}
