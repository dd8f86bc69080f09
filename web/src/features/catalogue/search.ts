import type { components } from '../../lib/api/generated/events';
import { flag, oneOf, text, texts } from '../../lib/search';

export type EventKind = components['schemas']['EventKind'];
export const KINDS = [
  'seminar', 'workshop', 'master_class', 'webinar', 'festival', 'expo', 'creative_jam', 'panel_discussion',
  'field_trip', 'multiplier_event', 'conference', 'networking_meeting',
] as const satisfies readonly EventKind[];

/** Every filter GET /events has, as the address keeps them; dates are days (YYYY-MM-DD) in the viewer's zone. */
export interface CatalogueSearch {
  q?: string;
  kind?: EventKind;
  city?: string;
  country?: string;
  from?: string;
  to?: string;
  language?: string;
  organiser?: string;
  network?: string;
  tag?: string[];
  paid?: boolean;
  available?: boolean;
  cursor?: string;
  /** The cursors of the pages before this one (the first page has none), so "previous" needs no server help. */
  trail?: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const matching = (pattern: RegExp, value: unknown) => {
  const found = text(value);
  return found && pattern.test(found) ? found : undefined;
};

export function catalogueSearch(raw: Record<string, unknown>): CatalogueSearch {
  const trail = texts(raw.trail)?.filter((cursor) => UUID.test(cursor));
  return {
    q: text(raw.q), kind: oneOf(raw.kind, KINDS), city: text(raw.city),
    country: matching(/^[A-Za-z]{2}$/, raw.country)?.toUpperCase(),
    from: matching(DAY, raw.from), to: matching(DAY, raw.to),
    language: matching(/^[a-z]{2}$/, raw.language), organiser: matching(UUID, raw.organiser),
    network: text(raw.network), tag: texts(raw.tag)?.map((tag) => tag.toLowerCase()),
    paid: flag(raw.paid), available: flag(raw.available),
    cursor: matching(UUID, raw.cursor), trail: trail?.length ? trail : undefined,
  };
}

/** The search without its place in the pages: what a new search starts from. */
export function filtersOf(search: CatalogueSearch): CatalogueSearch {
  const { cursor: _cursor, trail: _trail, ...filters } = search;
  return filters;
}

export function nextPage(search: CatalogueSearch, nextCursor: string): CatalogueSearch {
  const trail = search.cursor ? [...(search.trail ?? []), search.cursor] : undefined;
  return { ...search, cursor: nextCursor, trail };
}

export function previousPage(search: CatalogueSearch): CatalogueSearch {
  const trail = search.trail ?? [];
  return { ...search, cursor: trail.at(-1), trail: trail.length > 1 ? trail.slice(0, -1) : undefined };
}

/** Local midnight of `day` (plus `days`) as an instant with its offset, as the API wants. */
function startOfDay(day: string, days = 0): string {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + days);
  return date.toISOString();
}

export function datesInOrder(search: CatalogueSearch): boolean {
  return !search.from || !search.to || search.from <= search.to;
}

/** The query of GET /events: "to" includes its whole day. */
export function apiQuery(search: CatalogueSearch, lang: string, limit: number) {
  const { from, to, trail: _trail, ...rest } = search;
  return {
    ...rest, lang, limit,
    from: from ? startOfDay(from) : undefined,
    to: to ? startOfDay(to, 1) : undefined,
  };
}
