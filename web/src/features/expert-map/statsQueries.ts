// The statistics page's server state: the counts (in one network or all) and the names they need.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { registry } from '../../lib/api/clients';
import type { components } from '../../lib/api/generated/registry';

export type NetworkStatsRead = components['schemas']['NetworkStatsRead'];
export type SkillRead = components['schemas']['SkillRead'];
const CHOICES_STALE_MS = 5 * 60_000;

export function useStats(network: string | undefined) {
  return useQuery({
    queryKey: ['network-stats', network ?? null],
    queryFn: async () => (await registry.GET('/map/stats', { params: { query: { network_id: network } } })).data!,
    placeholderData: keepPreviousData,
  });
}

export function useStatsChoices() {
  return useQuery({
    queryKey: ['network-stats', 'choices'],
    queryFn: async () => {
      const [networks, skills] = await Promise.all([registry.GET('/networks'), registry.GET('/skills')]);
      return { networks: networks.data!, skills: skills.data! };
    },
    staleTime: CHOICES_STALE_MS,
  });
}
