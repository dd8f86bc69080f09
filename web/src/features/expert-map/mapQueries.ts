// The graph's and the geographic view's server state, for the expert search's query in the address.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { registry } from '../../lib/api/clients';
import type { components, operations } from '../../lib/api/generated/registry';
import type { ExpertSearch } from './search';

export type GraphRead = components['schemas']['GraphRead'];
export type GraphNode = components['schemas']['GraphNode'];
export type NodeKind = GraphNode['kind'];
export type GeoRead = components['schemas']['MapGeoRead'];
export type CityCounts = components['schemas']['MapCityCounts'];
export type CityRead = components['schemas']['MapCityRead'];
type MapQuery = NonNullable<operations['network_graph_map_graph_get']['parameters']['query']>;
type Role = NonNullable<MapQuery['role']>[number];
type OrganisationKind = NonNullable<MapQuery['organisation_kind']>[number];
type Country = NonNullable<MapQuery['country']>[number];
type Language = NonNullable<MapQuery['language']>[number];

/** Experts drawn at most: the registry says when more are in scope. */
export const MAX_EXPERTS = 2000;

/** The address's query as GET /map/graph and /map/geo read it (a single value becomes a list of one). */
export function mapQuery(search: ExpertSearch): Omit<MapQuery, 'max_experts'> {
  const one = <T extends string>(value: T | undefined) => (value ? [value] : undefined);
  return {
    network_id: search.network, q: search.q, skill: search.skill, city: one(search.city),
    country: one(search.country as Country | undefined), language: one(search.language as Language | undefined), role: one(search.role as Role | undefined),
    organisation_kind: one(search.kind as OrganisationKind | undefined),
  };
}

export function useGraph(search: ExpertSearch) {
  const query = mapQuery(search);
  return useQuery({
    queryKey: ['expert-map', 'graph', query],
    queryFn: async () => (await registry.GET('/map/graph', { params: { query: { ...query, max_experts: MAX_EXPERTS } } })).data!,
    placeholderData: keepPreviousData,
  });
}

export function useGeo(search: ExpertSearch) {
  const query = mapQuery(search);
  return useQuery({
    queryKey: ['expert-map', 'geo', query],
    queryFn: async () => (await registry.GET('/map/geo', { params: { query } })).data!,
    placeholderData: keepPreviousData,
  });
}

export interface Place {
  city: string;
  country: string;
}

export function useCity(search: ExpertSearch, place: Place | null) {
  const query = mapQuery(search);
  return useQuery({
    queryKey: ['expert-map', 'city', query, place],
    queryFn: async () => (await registry.GET('/map/geo/city', {
      params: { query: { ...query, name: place!.city, in_country: place!.country as Country } },
    })).data!,
    enabled: place !== null,
  });
}
