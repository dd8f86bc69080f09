import { flag, text, texts } from '../../lib/search';

/** Every filter GET /events has, as the address keeps them. */
export interface CatalogueSearch {
  q?: string;
  kind?: string;
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
}

export function catalogueSearch(raw: Record<string, unknown>): CatalogueSearch {
  return {
    q: text(raw.q), kind: text(raw.kind), city: text(raw.city), country: text(raw.country),
    from: text(raw.from), to: text(raw.to), language: text(raw.language), organiser: text(raw.organiser),
    network: text(raw.network), tag: texts(raw.tag), paid: flag(raw.paid), available: flag(raw.available),
    cursor: text(raw.cursor),
  };
}
