// One ticket as it is shown at the door: its QR code large, its type and code, the buyer, the event.
// Printed, each ticket takes a page of its own (orders.css).
import { useTranslation } from 'react-i18next';
import { qrUrl, type TicketRead } from './api';

export interface EventFacts {
  title: string;
  when?: string;
  where?: string;
}

export function TicketCard({ ticket, index, count, orderId, orderKey, buyer, event }: {
  ticket: TicketRead; index: number; count: number; orderId: string; orderKey: string; buyer: string; event: EventFacts;
}) {
  const { t } = useTranslation();
  const voided = ticket.status !== 'valid';
  return (
    <li className={voided ? 'order-ticket voided' : 'order-ticket'}>
      <article aria-labelledby={`ticket-${ticket.id}`}>
        <h3 id={`ticket-${ticket.id}`}>
          {t('orders.ticket.heading', { index: index + 1, count, type: ticket.ticket_type_name })}
        </h3>
        <div className="order-ticket-body">
          <img className="order-qr" src={qrUrl(orderId, ticket.id, orderKey)} width={240} height={240}
            alt={t('orders.ticket.qrAlt', { code: ticket.code })} />
          <dl className="order-facts">
            <div><dt>{t('orders.ticket.event')}</dt><dd>{event.title}</dd></div>
            {event.when && <div><dt>{t('orders.ticket.when')}</dt><dd>{event.when}</dd></div>}
            {event.where && <div><dt>{t('orders.ticket.where')}</dt><dd>{event.where}</dd></div>}
            <div><dt>{t('orders.ticket.type')}</dt><dd>{ticket.ticket_type_name}</dd></div>
            <div><dt>{t('orders.ticket.holder')}</dt><dd>{buyer}</dd></div>
            <div><dt>{t('orders.ticket.code')}</dt><dd className="order-code">{ticket.code}</dd></div>
          </dl>
        </div>
        {voided && <p className="error">{t('orders.ticket.voided')}</p>}
        {ticket.checked_in_at && <p className="muted">{t('orders.ticket.checkedIn')}</p>}
      </article>
    </li>
  );
}
