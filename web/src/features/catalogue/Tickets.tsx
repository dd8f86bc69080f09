// Ticket types with price, seats left (billing's count, refreshed), the most per order and the sales window.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney, viewerTimeZone } from '../../lib/format';
import { money, salesState, type SalesState, seatsInAll } from './display';
import type { EventRead, TicketTypeRead } from './queries';

export interface Offer {
  type: TicketTypeRead;
  left: number;
  state: SalesState;
}

/** Each ticket type as it stands now; billing's availability wins over the event's own count once it answers. */
export function offersOf(event: EventRead, availability: Map<string, { left: number; on_sale: boolean }>, now: Date): Offer[] {
  return event.ticket_types.filter((type) => type.visibility === 'public').map((type) => {
    const known = availability.get(type.id);
    const left = known?.left ?? type.seats_left;
    return { type, left, state: salesState(type, left, now, known?.on_sale) };
  });
}

export function SeatsLeft({ offers }: { offers: Offer[] }) {
  const { t } = useTranslation();
  if (!offers.length) return null;
  const left = seatsInAll(offers.map((o) => ({ left: o.left, quota: o.type.quota })));
  return (
    <p className={left > 0 ? 'event-seats' : 'event-seats error'} aria-live="polite">
      {left > 0 ? t('catalogue.seats', { count: left }) : t('catalogue.soldOut')}
    </p>
  );
}

/** "Buy tickets" while some type is on sale; otherwise why not. */
export function BuyTickets({ event, offers }: { event: EventRead; offers: Offer[] }) {
  const { t } = useTranslation();
  const ended = Date.parse(event.ends_at) < Date.now();
  let reason: string | null = null;
  if (event.status !== 'published' || ended) reason = t('catalogue.tickets.eventOver');
  else if (!offers.length) reason = t('catalogue.tickets.none');
  else if (offers.some((o) => o.state.kind === 'onSale')) reason = null;
  else if (offers.every((o) => o.state.kind === 'soldOut')) reason = t('catalogue.tickets.cannotBuySoldOut');
  else reason = t('catalogue.tickets.cannotBuy');
  if (reason) return <p className="event-buy-disabled" aria-live="polite">{reason}</p>;
  return (
    <Link to="/events/$eventId/checkout" params={{ eventId: event.id }} className="button">
      {t('catalogue.tickets.buy')}
    </Link>
  );
}

export function Tickets({ offers }: { offers: Offer[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="event-tickets" className="card">
      <h2 id="event-tickets">{t('catalogue.tickets.heading')}</h2>
      {offers.length === 0 ? <p className="muted">{t('catalogue.tickets.none')}</p> : (
        <>
          <ul className="ticket-types">
            {offers.map((offer) => <TicketType key={offer.type.id} offer={offer} />)}
          </ul>
          <p className="muted hint">{t('catalogue.tickets.refreshed')}</p>
        </>
      )}
    </section>
  );
}

function TicketType({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const { type, left, state } = offer;
  const locale = i18n.language;
  const price = type.price.amount === 0 ? t('catalogue.price.free') : formatMoney(money(type.price), locale);
  return (
    <li className="ticket-type">
      <h3>{type.name}</h3>
      <dl>
        <div><dt>{t('catalogue.tickets.price')}</dt><dd className="ticket-price">{price}</dd></div>
        <div>
          <dt>{t('catalogue.tickets.seatsLeft')}</dt>
          <dd className={left > 0 ? undefined : 'error'}>{left > 0 ? left : t('catalogue.soldOut')}</dd>
        </div>
        <div><dt>{t('catalogue.tickets.perOrder')}</dt><dd>{t('catalogue.tickets.upTo', { count: type.max_per_order })}</dd></div>
        <div><dt>{t('catalogue.tickets.sales')}</dt><dd>{salesText(state, t, locale)}</dd></div>
      </dl>
    </li>
  );
}

function salesText(state: SalesState, t: (key: string, options?: Record<string, unknown>) => string, locale: string): string {
  const zone = viewerTimeZone(); // a sales window matters to the buyer: shown in their zone, named
  switch (state.kind) {
    case 'notYet': return t('catalogue.tickets.notYet', { date: formatDateTime(state.starts, zone, locale) });
    case 'ended': return t('catalogue.tickets.ended');
    case 'soldOut': return t('catalogue.soldOut');
    case 'closed': return t('catalogue.tickets.closed');
    case 'onSale': return state.until
      ? t('catalogue.tickets.onSaleUntil', { date: formatDateTime(state.until, zone, locale) })
      : t('catalogue.tickets.onSale');
  }
}
