import { text } from '../../lib/search';

/** The order's secret link: /orders/<id>?key=<secret>. */
export interface OrderSearch {
  key?: string;
}

export function orderSearch(raw: Record<string, unknown>): OrderSearch {
  return { key: text(raw.key) };
}
