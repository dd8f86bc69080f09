// An organisation's public profile: who it is, its partnerships, experts, resources and events.
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { EventList } from './EventList';
import { PartnershipLinks } from './Links';
import { RequestCooperation } from './RequestCooperation';
import { ResourceList } from './ResourceList';
import { organisationName, place, skillName } from './labels';
import {
  useEventsBy, useExpertsOf, useOrganisation, usePartnerships, useResourcesOf, useSkills, type Organisation,
} from './queries';
import './profiles.css';

export function OrganisationProfilePage() {
  const { organisationId } = useParams({ from: '/organisations/$organisationId' });
  const organisation = useOrganisation(organisationId);
  return (
    <div className="page profile">
      <QueryState query={organisation}>{(found) => <OrganisationProfile organisation={found} />}</QueryState>
    </div>
  );
}

function OrganisationProfile({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const ids = [organisation.id];
  const partnerships = usePartnerships({ organisationIds: ids });
  const experts = useExpertsOf(organisation.id);
  const resources = useResourcesOf(ids);
  const events = useEventsBy({ organisers: ids }, i18n.language);
  const skills = useSkills();
  const name = organisationName(organisation, i18n.language);
  return (
    <>
      <header className="card profile-head">
        <p className="profile-kicker">{t(`profiles.organisationKind.${organisation.kind}`)}</p>
        <h1>{name}</h1>
        {name !== organisation.name && <p className="muted">{organisation.name}</p>}
        <p className="muted">{place(organisation.city, organisation.country, i18n.language)}</p>
        {organisation.status !== 'active' && <p className="error">{t('profiles.organisation.inactive')}</p>}
        <RequestCooperation />
      </header>
      <div className="profile-grid">
        <section aria-labelledby="organisation-about" className="card">
          <h2 id="organisation-about">{t('profiles.organisation.about')}</h2>
          {organisation.description
            ? <p className="profile-text">{organisation.description}</p>
            : <p className="muted">{t('profiles.organisation.noDescription')}</p>}
          {organisation.sectors.length > 0 && (
            <>
              <h3>{t('profiles.organisation.sectors')}</h3>
              <ul className="tags">
                {organisation.sectors.map((sector) => (
                  <li key={sector}>
                    {t(`profiles.sector.${sector}`, { defaultValue: skillName(sector, skills.data, i18n.language) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {organisation.website && (
            <p><a href={organisation.website} rel="noopener noreferrer">{t('profiles.organisation.website')}</a></p>
          )}
          {organisation.contact_email && (
            <p>{t('profiles.organisation.contact')}{' '}
              <a href={`mailto:${organisation.contact_email}`}>{organisation.contact_email}</a></p>
          )}
        </section>
        <section aria-labelledby="organisation-partnerships" className="card">
          <h2 id="organisation-partnerships">{t('profiles.partnerships.heading')}</h2>
          <QueryState query={partnerships}>{(found) => <PartnershipLinks partnerships={found} />}</QueryState>
          <h3>{t('profiles.organisation.experts')}</h3>
          <QueryState query={experts}>
            {(found) => found.items.length === 0 ? <p className="muted">{t('profiles.organisation.noExperts')}</p> : (
              <ul className="profile-list">
                {found.items.map((expert) => (
                  <li key={expert.id}>
                    <Link to="/experts/$expertId" params={{ expertId: expert.id }}>{expert.name}</Link>
                    {expert.city && <span className="muted"> · {expert.city}</span>}
                  </li>
                ))}
                {found.total > found.items.length && (
                  <li className="muted">{t('profiles.organisation.moreExperts', { count: found.total - found.items.length })}</li>
                )}
              </ul>
            )}
          </QueryState>
        </section>
      </div>
      <ResourceList query={resources} />
      <EventList query={events} heading={t('profiles.organisation.events')} />
    </>
  );
}
