// What an organisation (or a partnership's members) offers the network.
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { place } from './labels';
import type { Resource } from './queries';

export function ResourceList({ query }: { query: UseQueryResult<Resource[]> }) {
  const { t, i18n } = useTranslation();
  const availability = (resource: Resource) => {
    const from = resource.available_from && formatDate(resource.available_from, i18n.language);
    const until = resource.available_until && formatDate(resource.available_until, i18n.language);
    if (from && until) return t('profiles.resources.between', { from, until });
    if (from) return t('profiles.resources.from', { from });
    if (until) return t('profiles.resources.until', { until });
    return null;
  };
  return (
    <section aria-labelledby="profile-resources" className="card">
      <h2 id="profile-resources">{t('profiles.resources.heading')}</h2>
      <QueryState query={query}>
        {(found) => found.length === 0 ? <p className="muted">{t('profiles.resources.none')}</p> : (
          <ul className="profile-list">
            {found.map((resource) => (
              <li key={resource.id}>
                <strong>{resource.title}</strong>
                <span className="muted">
                  {' · '}{t(`profiles.resourceKind.${resource.kind}`)}
                  {' · '}{t('profiles.resources.quantity', { count: resource.quantity })}
                  {' · '}{place(resource.city, resource.country, i18n.language)}
                  {availability(resource) && ` · ${availability(resource)}`}
                </span>
                {resource.conditions && <p className="profile-note">{resource.conditions}</p>}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <p><Link to="/resources">{t('profiles.resources.all')}</Link></p>
    </section>
  );
}
