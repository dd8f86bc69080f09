// Who organises an event: the lead and the co-organisers who agreed, each linked to their profile.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EventRead } from './queries';

type CoOrganiser = EventRead['co_organisers'][number];

export function Organisers({ organisers }: { organisers: CoOrganiser[] }) {
  const { t } = useTranslation();
  // A co-organiser is named in public only once it has agreed to the event.
  const shown = organisers.filter((o) => o.consented).sort((a, b) => Number(b.lead) - Number(a.lead));
  if (!shown.length) return null;
  return (
    <section aria-labelledby="event-organisers" className="card">
      <h2 id="event-organisers">{t('catalogue.organisers.heading')}</h2>
      <ul className="event-organisers">
        {shown.map((o) => (
          <li key={o.partnership_id ?? o.organisation_id}>
            <p className="muted">{t(o.lead ? 'catalogue.organisers.lead' : 'catalogue.organisers.co')}</p>
            <p className="event-organiser-name"><OrganiserLink organiser={o} /></p>
            {o.programme && <p className="muted">{t('catalogue.organisers.programme', { programme: o.programme })}</p>}
            {o.partnership_id && o.organisations.length > 0 && (
              <p>{t('catalogue.organisers.members', { names: o.organisations.join(', ') })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OrganiserLink({ organiser }: { organiser: CoOrganiser }) {
  const { t } = useTranslation();
  const name = organiser.name ?? t('catalogue.organisers.unnamed');
  if (organiser.partnership_id) {
    return <Link to="/partnerships/$partnershipId" params={{ partnershipId: organiser.partnership_id }}>{name}</Link>;
  }
  if (organiser.organisation_id) {
    return <Link to="/organisations/$organisationId" params={{ organisationId: organiser.organisation_id }}>{name}</Link>;
  }
  return <>{name}</>;
}
