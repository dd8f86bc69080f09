// Links from one profile to the organisations and partnerships it is tied to.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { organisationName, place } from './labels';
import { useOrganisations, type Partnership } from './queries';

/** Organisations by id, with their kind and place, and each one's role when given (partnership members). */
export function OrganisationLinks({ ids, roles }: { ids: readonly string[]; roles?: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const organisations = useOrganisations(ids);
  return (
    <ul className="profile-list">
      {organisations.map((query, index) => (
        <li key={ids[index]}>
          {query.data ? (
            <>
              <Link to="/organisations/$organisationId" params={{ organisationId: query.data.id }}>
                {organisationName(query.data, i18n.language)}
              </Link>
              <span className="muted">
                {roles?.[query.data.id] && ` · ${t(`profiles.memberRole.${roles[query.data.id]}`)}`}
                {' · '}{t(`profiles.organisationKind.${query.data.kind}`)}
                {' · '}{place(query.data.city, query.data.country, i18n.language)}
              </span>
            </>
          ) : (
            <span className="muted">{t(query.isError ? 'state.failed' : 'state.loading')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function PartnershipLinks({ partnerships, champion }: { partnerships: Partnership[]; champion?: string }) {
  const { t } = useTranslation();
  if (partnerships.length === 0) return <p className="muted">{t('profiles.partnerships.none')}</p>;
  return (
    <ul className="profile-list">
      {partnerships.map((partnership) => (
        <li key={partnership.id}>
          <Link to="/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>{partnership.name}</Link>
          <span className="muted">
            {partnership.programme && ` · ${partnership.programme}`}
            {' · '}{t('profiles.partnerships.members', { count: partnership.members.length })}
          </span>
          {partnership.id === champion && <> <span className="profile-badge">{t('profiles.network.champion')}</span></>}
        </li>
      ))}
    </ul>
  );
}
