// The resource map's server state: the list a page at a time, the same search by city, organisations' names.
import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { registry } from '../../lib/api/clients';
import type { components } from '../../lib/api/generated/registry';
import { apiQuery, type ResourceSearch } from './search';

export type Resource = components['schemas']['ResourceRead'];
export type ResourceGeo = components['schemas']['ResourceGeo'];
export type CityResources = components['schemas']['CityResources'];
const PAGE_SIZE = 24;

export function useResources(search: ResourceSearch) {
  const query = apiQuery(search);
  return useInfiniteQuery({
    queryKey: ['resource-map', 'list', query],
    queryFn: async ({ pageParam }) => (await registry.GET('/resources', {
      params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } },
    })).data!,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useResourcesByCity(search: ResourceSearch) {
  const query = apiQuery(search);
  return useQuery({
    queryKey: ['resource-map', 'geo', query],
    // The client widens the [longitude, latitude] pair to number[]: the schema's own type says what it is.
    queryFn: async () => (await registry.GET('/resources/geo', { params: { query } })).data! as ResourceGeo,
    placeholderData: keepPreviousData,
  });
}

/** The organisations offering the resources shown, each fetched once and kept a while. */
export function useOrganisations(ids: readonly string[]) {
  const queries = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['resource-map', 'organisation', id],
      queryFn: async () => (await registry.GET('/organisations/{organisation_id}', {
        params: { path: { organisation_id: id } },
      })).data!,
      staleTime: 5 * 60_000,
    })),
  });
  return new Map(queries.flatMap((query) => (query.data ? [[query.data.id, query.data] as const] : [])));
}
