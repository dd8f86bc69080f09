// The expert search's server state: pages of experts (cursor by cursor), the skill taxonomy and the networks.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { registry } from '../../lib/api/clients';
import type { components, operations } from '../../lib/api/generated/registry';
import type { ExpertSearch } from './search';

export type ExpertSearchRead = components['schemas']['ExpertSearchRead'];
export type ExpertRead = components['schemas']['ExpertRead'];
export type OrganisationBrief = components['schemas']['OrganisationBrief'];
export type SkillRead = components['schemas']['SkillRead'];
export type ExpertRole = components['schemas']['ExpertRole'];
export type OrganisationKind = components['schemas']['OrganisationKind'];
type ApiQuery = NonNullable<operations['search_experts_experts_get']['parameters']['query']>;
type Country = NonNullable<ApiQuery['country']>[number];
type Language = NonNullable<ApiQuery['language']>[number];

export const PAGE_SIZE = 24; // fills rows of 2, 3 or 4 cards
const CHOICES_STALE_MS = 5 * 60_000;

/** The address's search as GET /experts reads it (one value of a facet becomes a list of one). */
export function apiQuery(search: ExpertSearch): ApiQuery {
  const one = <T extends string>(value: T | undefined) => (value ? [value] : undefined);
  return {
    q: search.q, skill: search.skill, city: one(search.city), country: one(search.country as Country | undefined),
    language: one(search.language as Language | undefined), role: one(search.role as ExpertRole | undefined),
    organisation_kind: one(search.kind as OrganisationKind | undefined), network_id: search.network,
    limit: PAGE_SIZE,
  };
}

/** Every page up to the last one asked for; `fetchNextPage` adds the next. */
export function useExpertPages(search: ExpertSearch) {
  const query = apiQuery(search);
  return useInfiniteQuery({
    queryKey: ['expert-search', 'experts', query],
    queryFn: async ({ pageParam }) => (await registry.GET('/experts', {
      params: { query: { ...query, cursor: pageParam ?? undefined } },
    })).data!,
    initialPageParam: null as string | null,
    getNextPageParam: (last: ExpertSearchRead) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

export function useSkills() {
  return useQuery({
    queryKey: ['expert-search', 'skills'],
    queryFn: async () => (await registry.GET('/skills')).data!,
    staleTime: CHOICES_STALE_MS,
  });
}

export function useNetworks() {
  return useQuery({
    queryKey: ['expert-search', 'networks'],
    queryFn: async () => (await registry.GET('/networks')).data!,
    staleTime: CHOICES_STALE_MS,
  });
}
