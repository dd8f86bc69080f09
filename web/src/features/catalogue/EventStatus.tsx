// What state an event is in (cancelled, over, draft) and where it takes place.
import { useTranslation } from 'react-i18next';
import { countryName } from './names';
import type { EventRead } from './queries';

export function Status({ event }: { event: EventRead }) {
  const { t } = useTranslation();
  if (event.status === 'cancelled') {
    return (
      <div role="alert" className="event-notice error">
        <p>{t('catalogue.event.cancelled')}</p>
        {event.cancel_reason && <p>{t('catalogue.event.cancelReason', { reason: event.cancel_reason })}</p>}
      </div>
    );
  }
  if (event.status === 'completed' || Date.parse(event.ends_at) < Date.now()) {
    return <p className="event-notice muted">{t('catalogue.event.over')}</p>;
  }
  if (event.status === 'draft') return <p className="event-notice muted">{t('catalogue.event.draft')}</p>;
  return null;
}

export function Place({ event }: { event: EventRead }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {event.venue && (
        <address>
          {event.venue.address}<br />
          {event.venue.city}, {countryName(event.venue.country, i18n.language)}
        </address>
      )}
      {event.online_url && (
        <p>
          {!event.venue && <>{t('catalogue.card.online')}: </>}
          <a href={event.online_url} target="_blank" rel="noopener noreferrer">{t('catalogue.event.onlineLink')}</a>
        </p>
      )}
    </>
  );
}
