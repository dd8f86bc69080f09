// One event in the catalogue: what someone needs to decide whether to open it.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EventWhen } from './EventWhen';
import { PriceRange } from './Price';
import { shownLanguage } from './names';
import type { EventRead } from './queries';

export function EventCard({ event }: { event: EventRead }) {
  const { t, i18n } = useTranslation();
  const offered = event.ticket_types.length > 0;
  return (
    <li className="card event-card">
      <h3 lang={shownLanguage(event.titles, i18n.language)}>
        <Link to="/events/$eventId" params={{ eventId: event.id }}>{event.title}</Link>
      </h3>
      <p className="event-kind">{t(`catalogue.kinds.${event.kind}`)}</p>
      <p className="event-when"><EventWhen starts={event.starts_at} ends={event.ends_at} zone={event.timezone} /></p>
      <p>{event.venue ? event.venue.city : t('catalogue.card.online')}</p>
      <p className="event-price"><PriceRange types={event.ticket_types} /></p>
      {offered && (
        <p className={event.seats_left > 0 ? 'muted' : 'error'}>
          {event.seats_left > 0 ? t('catalogue.seats', { count: event.seats_left }) : t('catalogue.soldOut')}
        </p>
      )}
      {event.tags.length > 0 && (
        <ul className="tags" aria-label={t('catalogue.card.tags')}>
          {event.tags.map((tag) => <li key={tag}>{tag}</li>)}
        </ul>
      )}
    </li>
  );
}
