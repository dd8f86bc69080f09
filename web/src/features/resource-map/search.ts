import { flag, oneOf, text } from '../../lib/search';

export const RESOURCE_VIEWS = ['list', 'map'] as const;

export interface ResourceSearch {
  q?: string;
  kind?: string;
  city?: string;
  available?: boolean;
  view?: (typeof RESOURCE_VIEWS)[number];
}

export function resourceSearch(raw: Record<string, unknown>): ResourceSearch {
  return { q: text(raw.q), kind: text(raw.kind), city: text(raw.city), available: flag(raw.available),
           view: oneOf(raw.view, RESOURCE_VIEWS) };
}
