// Coming events of a profile, each linked to its page in the catalogue.
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/format';
import type { EventRead } from './queries';

export function EventList({ query, heading }: { query: UseQueryResult<EventRead[]>; heading: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="profile-events" className="card">
      <h2 id="profile-events">{heading}</h2>
      <QueryState query={query}>
        {(found) => found.length === 0 ? <p className="muted">{t('profiles.events.none')}</p> : (
          <ul className="profile-list">
            {found.map((event) => (
              <li key={event.id}>
                <Link to="/events/$eventId" params={{ eventId: event.id }}>{event.title}</Link>
                <span className="muted">
                  {' · '}{formatDateTime(event.starts_at, event.timezone, i18n.language)}
                  {event.venue ? ` · ${event.venue.city}` : ` · ${t('profiles.events.online')}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
