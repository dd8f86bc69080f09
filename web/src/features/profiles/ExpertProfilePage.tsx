// An expert's public profile: what they do and speak, where they work, their organisations' partnerships and
// events, and the way to ask for cooperation. Fields the expert keeps to the network are simply not there.
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { EventList } from './EventList';
import { OrganisationLinks, PartnershipLinks } from './Links';
import { RequestCooperation } from './RequestCooperation';
import { languageName, place, skillName } from './labels';
import { useEventsBy, useExpert, usePartnerships, useSkills, type Expert } from './queries';
import './profiles.css';

export function ExpertProfilePage() {
  const { expertId } = useParams({ from: '/experts/$expertId' });
  const expert = useExpert(expertId);
  return (
    <div className="page profile">
      <QueryState query={expert}>{(found) => <ExpertProfile expert={found} />}</QueryState>
    </div>
  );
}

function ExpertProfile({ expert }: { expert: Expert }) {
  const { t, i18n } = useTranslation();
  const skills = useSkills();
  const partnerships = usePartnerships({ organisationIds: expert.organisation_ids });
  const events = useEventsBy({ organisers: expert.organisation_ids }, i18n.language);
  const where = place(expert.city, expert.country, i18n.language);
  return (
    <>
      <header className="card profile-head">
        <p className="profile-kicker">{t('profiles.expert.kicker')}</p>
        <h1>{expert.name}</h1>
        {(where || expert.available_remote) && (
          <p className="muted">
            {[where, expert.available_remote ? t('profiles.expert.remote') : null].filter(Boolean).join(' · ')}
          </p>
        )}
        <RequestCooperation />
      </header>
      <div className="profile-grid">
        <section aria-labelledby="expert-about" className="card">
          <h2 id="expert-about">{t('profiles.expert.about')}</h2>
          {expert.bio ? <p className="profile-text">{expert.bio}</p> : <p className="muted">{t('profiles.expert.noBio')}</p>}
          <dl className="profile-facts">
            {expert.roles && expert.roles.length > 0 && (
              <Fact term={t('profiles.expert.roles')} values={expert.roles.map((role) => t(`profiles.expertRole.${role}`))} />
            )}
            {expert.skills && expert.skills.length > 0 && (
              <Fact term={t('profiles.expert.skills')}
                values={expert.skills.map((slug) => skillName(slug, skills.data, i18n.language))} />
            )}
            {expert.languages && expert.languages.length > 0 && (
              <Fact term={t('profiles.expert.languages')}
                values={expert.languages.map((code) => languageName(code, i18n.language))} />
            )}
            {expert.availability && <Fact term={t('profiles.expert.availability')}>{expert.availability}</Fact>}
            {expert.email && (
              <Fact term={t('profiles.expert.email')}><a href={`mailto:${expert.email}`}>{expert.email}</a></Fact>
            )}
            {expert.phone && <Fact term={t('profiles.expert.phone')}><a href={`tel:${expert.phone}`}>{expert.phone}</a></Fact>}
          </dl>
        </section>
        <section aria-labelledby="expert-organisations" className="card">
          <h2 id="expert-organisations">{t('profiles.expert.organisations')}</h2>
          <OrganisationLinks ids={expert.organisation_ids} />
          <h3>{t('profiles.partnerships.heading')}</h3>
          <QueryState query={partnerships}>{(found) => <PartnershipLinks partnerships={found} />}</QueryState>
        </section>
      </div>
      <EventList query={events} heading={t('profiles.expert.events')} />
    </>
  );
}

/** One fact about the expert: a list of values as tags, or any content. */
function Fact({ term, values, children }: { term: string; values?: string[]; children?: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{values ? <ul className="tags">{values.map((value) => <li key={value}>{value}</li>)}</ul> : children}</dd>
    </div>
  );
}
