// /orders/<id>?key=<secret>: a buyer's order without an account — where it stands, its tickets with their
// QR codes, the event in the calendar, and tickets to print. The key is the order's secret or its link key.
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { ApiError } from '../../lib/api/clients';
import { formatDateTime, formatDay, formatMoney, formatTime, viewerTimeZone } from '../../lib/format';
import { calendarUrl, isPaid, type OrderRead, payUrl, seatsOf, useEvent, useOrder, useTickets } from './api';
import { HoldCountdown, useRemaining } from '../../components/HoldCountdown';
import { type EventFacts, TicketCard } from './TicketCard';
import './orders.css';

const route = getRouteApi('/orders/$orderId');
const money = (m: { amount: number; currency: string }) => ({ amount_minor: m.amount, currency: m.currency });

export function OrderPage() {
  const { orderId } = route.useParams();
  const { key } = route.useSearch();
  const { t } = useTranslation();
  if (!key) {
    return (
      <div className="page order-page">
        <h1>{t('orders.heading')}</h1>
        <p role="alert" className="card error">{t('orders.noKey')}</p>
      </div>
    );
  }
  return <Order orderId={orderId} orderKey={key} />;
}

function Order({ orderId, orderKey }: { orderId: string; orderKey: string }) {
  const { t } = useTranslation();
  const query = useOrder(orderId, orderKey);
  const notFound = query.error instanceof ApiError && query.error.status === 404; // a wrong key too
  return (
    <div className="page order-page">
      <h1 className="no-print">{t('orders.heading')}</h1>
      {notFound ? <p role="alert" className="card error">{t('orders.notFound')}</p> : (
        <QueryState query={query}>
          {({ order, skewMs }) => <OrderDetails order={order} skewMs={skewMs} orderKey={orderKey} />}
        </QueryState>
      )}
    </div>
  );
}

function OrderDetails({ order, skewMs, orderKey }: { order: OrderRead; skewMs: number; orderKey: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const event = useEvent(order.event_id, lang);
  const tickets = useTickets(order, orderKey);
  const facts = factsOf(order, event.data, i18n.language);
  const issued = tickets.data ?? [];
  return (
    <>
      <Status order={order} skewMs={skewMs} orderKey={orderKey} />
      <section className="card no-print" aria-labelledby="order-event">
        <h2 id="order-event">{facts.title}</h2>
        {facts.when && <p>{facts.when}</p>}
        {facts.where && <p>{facts.where}</p>}
        <p><a className="button secondary" href={calendarUrl(order.event_id, lang)} download={`${order.event_id}.ics`}>
          {t('orders.calendar')}
        </a></p>
      </section>
      <section className="card no-print" aria-labelledby="order-summary">
        <h2 id="order-summary">{t('orders.summary.heading')}</h2>
        <Summary order={order} />
      </section>
      {isPaid(order) && (
        <section aria-labelledby="order-tickets" className="order-tickets">
          <div className="order-tickets-header no-print">
            <h2 id="order-tickets">{t('orders.tickets.heading', { count: seatsOf(order) })}</h2>
            {issued.length > 0 && <button type="button" onClick={() => window.print()}>{t('orders.print')}</button>}
          </div>
          {issued.length < seatsOf(order) && !tickets.isError && (
            <p role="status" className="muted no-print">{t('orders.tickets.issuing')}</p>
          )}
          {tickets.isError && <p role="alert" className="error no-print">{t('state.failed')}</p>}
          <ol className="order-ticket-list">
            {issued.map((ticket, index) => (
              <TicketCard key={ticket.id} ticket={ticket} index={index} count={issued.length} orderId={order.id}
                orderKey={orderKey} buyer={order.buyer.name} event={facts} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function Status({ order, skewMs, orderKey }: { order: OrderRead; skewMs: number; orderKey: string }) {
  const { t, i18n } = useTranslation();
  const running = useRemaining(order.expires_at, skewMs) > 0;
  const state = order.status === 'reserved' && !running ? 'expired' : order.status;
  const refunded = order.refunded && order.refunded.amount > 0 ? formatMoney(money(order.refunded), i18n.language) : '';
  return (
    <section className={`card order-status order-status-${state} no-print`} aria-labelledby="order-status">
      <h2 id="order-status">{t(`orders.status.${state}.heading`)}</h2>
      <p>{t(`orders.status.${state}.text`, { amount: refunded })}</p>
      {state === 'reserved' && (
        <>
          <HoldCountdown expiresAt={order.expires_at} skewMs={skewMs} />
          {order.payment.status === 'declined' && <p role="alert" className="error">{t('orders.declined')}</p>}
          <p><a className="button" href={payUrl(order.id, orderKey)}>{t('orders.pay')}</a></p>
        </>
      )}
    </section>
  );
}

function Summary({ order }: { order: OrderRead }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <dl className="order-summary">
      <div><dt>{t('orders.summary.reference')}</dt><dd className="order-code">{order.id.slice(0, 8).toUpperCase()}</dd></div>
      <div><dt>{t('orders.summary.buyer')}</dt><dd>{order.buyer.name}<br />{order.buyer.email}</dd></div>
      <div><dt>{t('orders.summary.placed')}</dt><dd>{formatDateTime(order.created_at, viewerTimeZone(), locale)}</dd></div>
      {order.lines.map((line) => (
        <div key={line.ticket_type_id}>
          <dt>{t('orders.summary.line', { count: line.quantity, name: line.ticket_type_name })}</dt>
          <dd>{formatMoney(money(line.subtotal), locale)}</dd>
        </div>
      ))}
      {order.discount && (
        <div><dt>{t('orders.summary.discount', { code: order.voucher_code ?? '' })}</dt><dd>−{formatMoney(money(order.discount), locale)}</dd></div>
      )}
      <div className="order-total"><dt>{t('orders.summary.total')}</dt><dd><strong>{formatMoney(money(order.total), locale)}</strong></dd></div>
    </dl>
  );
}

interface EventLike {
  title: string;
  starts_at: string;
  ends_at: string;
  timezone: string;
  venue?: { address: string; city: string; country: string } | null;
  online_url?: string | null;
}

/** What a ticket says about its event; the order's own title while the event loads (or if it is gone). */
function factsOf(order: OrderRead, event: EventLike | undefined, locale: string): EventFacts {
  if (!event) return { title: order.event_title };
  const sameDay = formatDay(event.starts_at, event.timezone, locale) === formatDay(event.ends_at, event.timezone, locale);
  const ends = sameDay ? formatTime(event.ends_at, event.timezone, locale) : formatDateTime(event.ends_at, event.timezone, locale);
  const country = event.venue ? new Intl.DisplayNames([locale], { type: 'region' }).of(event.venue.country) : '';
  return {
    title: event.title,
    when: `${formatDateTime(event.starts_at, event.timezone, locale)} – ${ends}`,
    where: event.venue ? `${event.venue.address}, ${event.venue.city}, ${country}` : event.online_url ?? undefined,
  };
}
