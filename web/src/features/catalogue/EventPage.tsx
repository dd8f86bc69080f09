// An event's public page at /events/<id>: its content in the reader's language, agenda, organisers and tickets.
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { apiUrl } from '../../lib/api/clients';
import { Agenda } from './Agenda';
import { EventWhen } from './EventWhen';
import { Place, Status } from './EventStatus';
import { Organisers } from './Organisers';
import { ShareButton } from './ShareButton';
import { BuyTickets, offersOf, SeatsLeft, Tickets } from './Tickets';
import { languageName, shownLanguage } from './names';
import { type EventRead, useAvailability, useEvent } from './queries';
import './catalogue.css';

const route = getRouteApi('/events/$eventId');

export function EventPage() {
  const { eventId } = route.useParams();
  const { i18n } = useTranslation();
  const event = useEvent(eventId, i18n.resolvedLanguage ?? i18n.language);
  return <QueryState query={event}>{(data) => <EventDetails event={data} />}</QueryState>;
}

function EventDetails({ event }: { event: EventRead }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const availability = useAvailability(event.id);
  const known = new Map((availability.data?.ticket_types ?? []).map((a) => [a.ticket_type_id, a]));
  const offers = offersOf(event, known, new Date());
  const calendar = apiUrl('events', `/events/${event.id}/calendar.ics?lang=${encodeURIComponent(lang)}`);

  return (
    <article className="page event-page">
      <p><Link to="/events">{t('catalogue.event.back')}</Link></p>
      <header className="card event-header">
        <p className="event-kind">{t(`catalogue.kinds.${event.kind}`)}</p>
        <h1 lang={shownLanguage(event.titles, lang)}>{event.title}</h1>
        <Status event={event} />
        <dl className="event-facts">
          <div>
            <dt>{t('catalogue.event.when')}</dt>
            <dd><EventWhen starts={event.starts_at} ends={event.ends_at} zone={event.timezone} /></dd>
          </div>
          <div>
            <dt>{t('catalogue.event.where')}</dt>
            <dd><Place event={event} /></dd>
          </div>
          {event.languages.length > 0 && (
            <div>
              <dt>{t('catalogue.event.languages')}</dt>
              <dd>{event.languages.map((code) => languageName(code, i18n.language)).join(', ')}</dd>
            </div>
          )}
          {event.audience.length > 0 && (
            <div>
              <dt>{t('catalogue.event.audience')}</dt>
              <dd>{event.audience.map((a) => t(`catalogue.audience.${a}`)).join(', ')}</dd>
            </div>
          )}
        </dl>
        <SeatsLeft offers={offers} />
        <div className="event-actions">
          <BuyTickets event={event} offers={offers} />
          <a className="button secondary" href={calendar} download={`${event.id}.ics`}>{t('catalogue.actions.calendar')}</a>
          <ShareButton title={event.title} />
        </div>
      </header>
      {(event.description || event.tags.length > 0) && (
        <section aria-labelledby="event-about" className="card">
          <h2 id="event-about">{t('catalogue.event.about')}</h2>
          {event.description && (
            <div lang={shownLanguage(event.descriptions, lang)}>
              {event.description.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>)}
            </div>
          )}
          {event.tags.length > 0 && (
            <ul className="tags" aria-label={t('catalogue.card.tags')}>
              {event.tags.map((tag) => <li key={tag}>{tag}</li>)}
            </ul>
          )}
        </section>
      )}
      <Tickets offers={offers} />
      <Agenda items={event.sessions} zone={event.timezone} />
      <Organisers organisers={event.co_organisers} />
    </article>
  );
}
