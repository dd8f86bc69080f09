// What the door needs from billing: a scan's verdict and the live counts of the event's check-ins.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { billing, events } from '../../lib/api/clients';
import type { components } from '../../lib/api/generated/billing';

export type Verdict = components['schemas']['CheckInResult'];
export type Counts = components['schemas']['CheckInCounts'];

const COUNTS_EVERY_MS = 5_000;

export function useCheckInCounts(eventId: string) {
  return useQuery({
    queryKey: ['check-ins', eventId],
    queryFn: async () => (await billing.GET('/events/{event_id}/check-ins', { params: { path: { event_id: eventId } } })).data!,
    refetchInterval: COUNTS_EVERY_MS,
  });
}

export function useCheckIn(eventId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (code: string) => (await billing.POST('/events/{event_id}/check-ins', {
      params: { path: { event_id: eventId } }, body: { code },
    })).data!,
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['check-ins', eventId] }),
  });
}

/** The event's title in the door's language, so the staff know which event they admit to. */
export function useEventTitle(eventId: string, lang: string) {
  return useQuery({
    queryKey: ['check-ins', 'event', eventId, lang],
    queryFn: async () => (await events.GET('/events/{event_id}', {
      params: { path: { event_id: eventId }, query: { lang } } })).data!.title,
  });
}
