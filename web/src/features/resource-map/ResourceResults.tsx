// The resources found, as cards with who offers them and when, a page at a time.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { inLanguage } from '../../lib/format';
import { formatDate } from '../../lib/format';
import { countryName } from './labels';
import { type Resource, useOrganisations, useResources } from './queries';
import type { ResourceSearch } from './search';

export function ResourceResults({ search, filtered }: { search: ResourceSearch; filtered: boolean }) {
  const { t } = useTranslation();
  const found = useResources(search);
  const items = found.data?.pages.flatMap((page) => page.items) ?? [];
  const organisations = useOrganisations([...new Set(items.map((resource) => resource.organisation_id))]);
  return (
    <section aria-labelledby="resource-results-heading" aria-busy={found.isFetching}>
      <div className="resource-results-head">
        <h2 id="resource-results-heading">{t('resourceMap.results.heading')}</h2>
        {filtered && <Link to="/resources" search={{ view: search.view }}>{t('resourceMap.results.clear')}</Link>}
      </div>
      <QueryState query={found}>
        {() => items.length === 0 ? (
          <div role="status" className="card">
            <p><strong>{t('resourceMap.results.none')}</strong></p>
            <p>{t(filtered ? 'resourceMap.results.noneHint' : 'resourceMap.results.noneAtAll')}</p>
          </div>
        ) : (
          <>
            <p role="status" className="muted">
              {t(found.hasNextPage ? 'resourceMap.results.shownMore' : 'resourceMap.results.shown', { count: items.length })}
            </p>
            <ul className="cards">
              {items.map((resource) => (
                <ResourceCard key={resource.id} resource={resource} organisation={organisations.get(resource.organisation_id)} />
              ))}
            </ul>
            {found.hasNextPage && (
              <p className="resource-more">
                <button type="button" className="secondary" onClick={() => void found.fetchNextPage()}
                        disabled={found.isFetchingNextPage}>
                  {t(found.isFetchingNextPage ? 'state.loading' : 'resourceMap.results.more')}
                </button>
              </p>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

type Organisation = { id: string; name: string; names?: Record<string, string> };

function ResourceCard({ resource, organisation }: { resource: Resource; organisation?: Organisation }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const from = resource.available_from && formatDate(resource.available_from, locale);
  const until = resource.available_until && formatDate(resource.available_until, locale);
  const when = from && until ? t('resourceMap.card.between', { from, until })
    : from ? t('resourceMap.card.from', { from }) : until ? t('resourceMap.card.until', { until })
    : t('resourceMap.card.always');
  return (
    <li className="card resource-card">
      <p className="resource-kind">{t(`resourceMap.kinds.${resource.kind}`)}</p>
      <h3>{resource.title}</h3>
      <dl>
        <div><dt>{t('resourceMap.card.offeredBy')}</dt><dd>
          <Link to="/organisations/$organisationId" params={{ organisationId: resource.organisation_id }}>
            {organisation ? inLanguage(organisation.names, locale, organisation.name) : t('resourceMap.card.organisation')}
          </Link>
        </dd></div>
        <div><dt>{t('resourceMap.card.where')}</dt><dd>{resource.city}, {countryName(resource.country, locale)}</dd></div>
        <div><dt>{t('resourceMap.card.when')}</dt><dd>{when}</dd></div>
        <div><dt>{t('resourceMap.card.quantity')}</dt><dd>{resource.quantity}</dd></div>
      </dl>
      {resource.description && <p className="resource-text">{resource.description}</p>}
      {resource.conditions && (
        <p className="resource-text muted">{t('resourceMap.card.conditions', { conditions: resource.conditions })}</p>
      )}
    </li>
  );
}
