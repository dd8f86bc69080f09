import { oneOf, positive, text, texts } from '../../lib/search';

export const EXPERT_VIEWS = ['cards', 'table'] as const;

/** The expert map's query, shared by the search, graph and geographic views. */
export interface ExpertSearch {
  q?: string;
  skill?: string[];
  city?: string;
  country?: string;
  language?: string;
  role?: string;
  kind?: string;
  network?: string;
  view?: (typeof EXPERT_VIEWS)[number];
  page?: number;
}

export function expertSearch(raw: Record<string, unknown>): ExpertSearch {
  return {
    q: text(raw.q), skill: texts(raw.skill), city: text(raw.city), country: text(raw.country),
    language: text(raw.language), role: text(raw.role), kind: text(raw.kind), network: text(raw.network),
    view: oneOf(raw.view, EXPERT_VIEWS), page: positive(raw.page),
  };
}

/** The statistics page's query: one network, or the whole platform. */
export interface StatsSearch {
  network?: string;
}

export function statsSearch(raw: Record<string, unknown>): StatsSearch {
  return { network: text(raw.network) };
}
