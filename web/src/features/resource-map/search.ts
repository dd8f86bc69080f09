import type { components } from '../../lib/api/generated/registry';
import { flag, oneOf, text } from '../../lib/search';

export type ResourceKind = components['schemas']['ResourceKind'];
export const KINDS = [
  'coach', 'venue', 'equipment', 'internship_places', 'guest_lecture', 'teacher_internship', 'industrial_practice',
  'funding',
] as const satisfies readonly ResourceKind[];
export const RESOURCE_VIEWS = ['list', 'map'] as const;

/** The resource map's filters as the address keeps them; `from` and `to` are days (YYYY-MM-DD). */
export interface ResourceSearch {
  q?: string;
  kind?: ResourceKind;
  city?: string;
  /** Available today; takes the place of a date window. */
  available?: boolean;
  from?: string;
  to?: string;
  view?: (typeof RESOURCE_VIEWS)[number];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: unknown) => {
  const found = text(value);
  return found && DAY.test(found) ? found : undefined;
};

export function resourceSearch(raw: Record<string, unknown>): ResourceSearch {
  return { q: text(raw.q), kind: oneOf(raw.kind, KINDS), city: text(raw.city), available: flag(raw.available),
           from: day(raw.from), to: day(raw.to), view: oneOf(raw.view, RESOURCE_VIEWS) };
}

/** Today in the viewer's own calendar. */
export function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

export function windowInOrder(search: { from?: string; to?: string }): boolean {
  return !search.from || !search.to || search.from <= search.to;
}

/** The registry's query for GET /resources and /resources/geo. A window's end alone means "from today". */
export function apiQuery(search: ResourceSearch) {
  const { q, kind, city } = search;
  if (search.available) return { q, kind, city, available_on: today() };
  if (!windowInOrder(search)) return { q, kind, city };
  const start = search.from ?? (search.to ? today() : undefined);
  return { q, kind, city, available_on: start, available_to: search.to && start && search.to >= start ? search.to : undefined };
}
