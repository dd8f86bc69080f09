// The profiles' server state, always read without a token: a profile shows what the registry makes public.
import { useQueries, useQuery } from '@tanstack/react-query';
import { events, registry } from '../../lib/api/clients';
import type { components as EventsApi } from '../../lib/api/generated/events';
import type { components as RegistryApi } from '../../lib/api/generated/registry';

export type Expert = RegistryApi['schemas']['ExpertRead'];
export type Organisation = RegistryApi['schemas']['OrganisationRead'];
export type Partnership = RegistryApi['schemas']['PartnershipRead'];
export type Network = RegistryApi['schemas']['NetworkRead'];
export type Resource = RegistryApi['schemas']['ResourceRead'];
export type EventRead = EventsApi['schemas']['EventRead'];

const STALE_MS = 60_000;
const EVENTS_SHOWN = 10;
const LIST_LIMIT = 200;

export function useExpert(expertId: string) {
  return useQuery({
    queryKey: ['profiles', 'expert', expertId],
    queryFn: async () => (await registry.GET('/experts/{expert_id}', { params: { path: { expert_id: expertId } } })).data!,
  });
}

function organisationQuery(organisationId: string) {
  return {
    queryKey: ['profiles', 'organisation', organisationId],
    queryFn: async () => (await registry.GET('/organisations/{organisation_id}', {
      params: { path: { organisation_id: organisationId } },
    })).data!,
    staleTime: STALE_MS,
  };
}

export function useOrganisation(organisationId: string) {
  return useQuery(organisationQuery(organisationId));
}

/** Several organisations by id (an expert's, a partnership's members), each cached on its own. */
export function useOrganisations(ids: readonly string[]) {
  return useQueries({ queries: ids.map(organisationQuery) });
}

export function usePartnership(partnershipId: string) {
  return useQuery({
    queryKey: ['profiles', 'partnership', partnershipId],
    queryFn: async () => (await registry.GET('/partnerships/{partnership_id}', {
      params: { path: { partnership_id: partnershipId } },
    })).data!,
  });
}

/** The partnerships any of `organisationIds` belongs to, or those of a network. */
export function usePartnerships(scope: { organisationIds?: readonly string[]; networkId?: string }) {
  const ids = scope.organisationIds ?? [];
  return useQuery({
    queryKey: ['profiles', 'partnerships', ids, scope.networkId],
    queryFn: async () => {
      const asked = scope.networkId ? [{ network_id: scope.networkId }] : ids.map((id) => ({ organisation_id: id }));
      const pages = await Promise.all(asked.map(async (query) =>
        (await registry.GET('/partnerships', { params: { query: { ...query, limit: LIST_LIMIT } } })).data!.items));
      const unique = new Map(pages.flat().map((partnership) => [partnership.id, partnership]));
      return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    enabled: Boolean(scope.networkId) || ids.length > 0,
    staleTime: STALE_MS,
  });
}

export function useNetwork(networkId: string) {
  return useQuery({
    queryKey: ['profiles', 'network', networkId],
    queryFn: async () => (await registry.GET('/networks/{network_id}', { params: { path: { network_id: networkId } } })).data!,
  });
}

export function useNetworksOf(partnershipId: string) {
  return useQuery({
    queryKey: ['profiles', 'networks', partnershipId],
    queryFn: async () => (await registry.GET('/networks', { params: { query: { partnership_id: partnershipId } } })).data!,
    staleTime: STALE_MS,
  });
}

export function useExpertsOf(organisationId: string) {
  return useQuery({
    queryKey: ['profiles', 'experts-of', organisationId],
    queryFn: async () => (await registry.GET('/experts', {
      params: { query: { organisation_id: [organisationId], limit: 100 } },
    })).data!,
  });
}

/** Resources the organisations offer, listed ones only. */
export function useResourcesOf(organisationIds: readonly string[]) {
  return useQuery({
    queryKey: ['profiles', 'resources', organisationIds],
    queryFn: async () => (await Promise.all(organisationIds.map(async (id) =>
      (await registry.GET('/resources', { params: { query: { organisation_id: id, limit: LIST_LIMIT } } })).data!.items)))
      .flat(),
    enabled: organisationIds.length > 0,
  });
}

/** Coming events organised by any of `organisers` (partnerships or organisations), or within a network. */
export function useEventsBy(scope: { organisers?: readonly string[]; network?: string }, lang: string) {
  const organisers = scope.organisers ?? [];
  return useQuery({
    queryKey: ['profiles', 'events', organisers, scope.network, lang],
    queryFn: async () => {
      const asked = scope.network ? [{ network: scope.network }] : organisers.map((id) => ({ organiser: id }));
      const pages = await Promise.all(asked.map(async (query) => (await events.GET('/events', {
        params: { query: { ...query, lang, limit: EVENTS_SHOWN } },
      })).data!.items));
      const unique = new Map(pages.flat().map((event) => [event.id, event]));
      return [...unique.values()].sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at)).slice(0, EVENTS_SHOWN);
    },
    enabled: Boolean(scope.network) || organisers.length > 0,
  });
}

/** The skill taxonomy, for skill names in the reader's language. */
export function useSkills() {
  return useQuery({
    queryKey: ['profiles', 'skills'],
    queryFn: async () => (await registry.GET('/skills')).data!,
    staleTime: 10 * STALE_MS,
  });
}
