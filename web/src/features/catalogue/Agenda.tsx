// The programme of an event by day in the event's zone, with its speakers and moderators.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDay, formatTime } from '../../lib/format';
import { byDay } from './display';
import type { EventRead } from './queries';

type AgendaItem = EventRead['sessions'][number];
type Person = AgendaItem['speakers'][number];

export function Agenda({ items, zone }: { items: AgendaItem[]; zone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <section aria-labelledby="event-agenda" className="card">
      <h2 id="event-agenda">{t('catalogue.agenda.heading')}</h2>
      {items.length === 0 ? <p className="muted">{t('catalogue.agenda.none')}</p> : (
        <>
          <p className="muted">{t('catalogue.agenda.zone', { zone })}</p>
          {byDay(items, zone).map(({ day, items: ofDay }) => (
            <section key={day} aria-labelledby={`agenda-${day}`} className="agenda-day">
              <h3 id={`agenda-${day}`}>{formatDay(ofDay[0].starts_at, zone, locale)}</h3>
              <ol className="agenda-items">
                {ofDay.map((item) => (
                  <li key={item.id}>
                    <p className="agenda-time">
                      <time dateTime={item.starts_at}>{formatTime(item.starts_at, zone, locale)}</time>
                      {'–'}
                      <time dateTime={item.ends_at}>{formatTime(item.ends_at, zone, locale)}</time>
                    </p>
                    <div>
                      <h4>{item.title}</h4>
                      {item.room && <p className="muted">{t('catalogue.agenda.room', { room: item.room })}</p>}
                      <People label={t('catalogue.agenda.speakers', { count: item.speakers.length })} people={item.speakers} />
                      <People label={t('catalogue.agenda.moderators', { count: item.moderators.length })} people={item.moderators} />
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function People({ label, people }: { label: string; people: Person[] }) {
  const { t } = useTranslation();
  if (!people.length) return null;
  return (
    <p className="agenda-people">
      <span className="agenda-people-label">{label}: </span>
      {people.map((person, index) => (
        <span key={person.expert_id}>
          {index > 0 && ', '}
          {person.name
            ? <Link to="/experts/$expertId" params={{ expertId: person.expert_id }}>{person.name}</Link>
            : <span className="muted">{t('catalogue.agenda.withdrawn')}</span>}
        </span>
      ))}
    </p>
  );
}
