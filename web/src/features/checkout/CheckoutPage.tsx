// /events/<id>/checkout: buying tickets without an account. Choose and reserve, then pay at the provider's
// page within the hold; the attempt survives a reload (attempt.ts).
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { ApiError } from '../../lib/api/clients';
import { formatDateTime } from '../../lib/format';
import { type EventRead, useAvailability, useEvent } from './api';
import { type StoredCheckout, useStoredCheckout } from './attempt';
import { HeldOrder } from './HeldOrder';
import { TicketForm } from './TicketForm';
import './checkout.css';

const route = getRouteApi('/events/$eventId/checkout');

export function CheckoutPage() {
  const { eventId } = route.useParams();
  const { t, i18n } = useTranslation();
  const event = useEvent(eventId, i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className="page checkout">
      <p className="no-print"><Link to="/events/$eventId" params={{ eventId }}>{t('checkout.backToEvent')}</Link></p>
      <QueryState query={event}>{(data) => <Checkout event={data} />}</QueryState>
    </div>
  );
}

function Checkout({ event }: { event: EventRead }) {
  const { t, i18n } = useTranslation();
  const [stored, update] = useStoredCheckout(event.id);
  const availability = useAvailability(event.id, !stored.order);
  // A new attempt: the key and the order go; the form stays (the choice too, unless it was bought).
  const startOver = (bought: boolean) => update((c): StoredCheckout => ({
    form: bought ? { ...c.form, quantities: {} } : c.form,
  }));
  return (
    <>
      <header>
        <h1>{t('checkout.heading', { title: event.title })}</h1>
        <p className="muted">
          {formatDateTime(event.starts_at, event.timezone, i18n.language)}
          {event.venue && <> · {event.venue.city}</>}
        </p>
      </header>
      {stored.order ? (
        <HeldOrder orderId={stored.order.id} secret={stored.order.secret} onStartOver={startOver} />
      ) : availability.isError ? (
        <p className="card" role="status">
          {availability.error instanceof ApiError && availability.error.status === 404
            ? t('checkout.notOnSale') : t('state.failed')}
        </p>
      ) : availability.isPending ? (
        <p role="status" className="muted">{t('state.loading')}</p>
      ) : (
        <TicketForm event={event} availability={availability.data} stored={stored} update={update}
          onSeatsChanged={() => void availability.refetch()} />
      )}
    </>
  );
}
