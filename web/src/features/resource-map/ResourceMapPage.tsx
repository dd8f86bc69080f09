// The resource map at /resources: what the network's organisations offer (coaches, venues, equipment,
// internship places, guest lectures ...), found by kind, city and availability, as a list or on a map.
// Every filter lives in the address, so a search can be shared.
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { countryName } from './labels';
import { type CityResources, type ResourceGeo, useResourcesByCity } from './queries';
import { ResourceFilters } from './ResourceFilters';
import { ResourceResults } from './ResourceResults';
import { resourceSearch, type ResourceSearch } from './search';
import './resource-map.css';

const ResourceMap = lazy(() => import('./ResourceMap'));
const route = getRouteApi('/resources');

const filtersOf = ({ view: _view, ...filters }: ResourceSearch) => filters;

export function ResourceMapPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // The map shows every city matching the other filters, so another city is one press away.
  const byCity = useResourcesByCity({ ...search, city: undefined });
  const view = search.view ?? 'list';
  const filtered = Object.values(filtersOf(search)).some((value) => value !== undefined);
  const cities = [...new Set([...(byCity.data?.features.map((f) => f.properties.city) ?? []),
    ...(byCity.data?.unlocated.map((c) => c.city) ?? [])])].sort();

  return (
    <div className="page resource-map">
      <h1>{t('resourceMap.title')}</h1>
      <p className="muted">{t('resourceMap.intro')}</p>
      <ResourceFilters key={JSON.stringify(filtersOf(search))} search={search} cities={cities}
                       onSearch={(raw) => void navigate({ search: resourceSearch(raw) })} />
      <nav className="tabs" aria-label={t('resourceMap.views.label')}>
        {(['list', 'map'] as const).map((name) => (
          <Link key={name} to="/resources" search={{ ...search, view: name === 'list' ? undefined : name }}
                className={view === name ? 'button' : 'button secondary'} aria-current={view === name ? 'page' : undefined}>
            {t(`resourceMap.views.${name}`)}
          </Link>
        ))}
      </nav>
      {view === 'map' && (
        <section aria-labelledby="resource-map-heading" className="card">
          <h2 id="resource-map-heading">{t('resourceMap.map.heading')}</h2>
          <QueryState query={byCity}>
            {(geo) => <MapView search={search} geo={geo} />}
          </QueryState>
        </section>
      )}
      <ResourceResults search={search} filtered={filtered} />
    </div>
  );
}

function MapView({ search, geo }: { search: ResourceSearch; geo: ResourceGeo }) {
  const { t, i18n } = useTranslation();
  const navigate = route.useNavigate();
  const label = useCallback((city: CityResources) => t('resourceMap.map.city', {
    city: city.city, country: countryName(city.country, i18n.language), count: city.resources,
  }), [t, i18n.language]);
  const pick = useCallback((city: string) => void navigate({ search: { ...search, city } }), [navigate, search]);
  return (
    <>
      <p className="muted">{t('resourceMap.map.hint')}</p>
      <Suspense fallback={<p role="status" className="muted">{t('state.loading')}</p>}>
        <ResourceMap geo={geo} selected={search.city} cityLabel={label} onPickCity={pick} />
      </Suspense>
      {geo.features.length + geo.unlocated.length > 0 && (
        <>
          <h3>{t('resourceMap.map.cities')}</h3>
          <ul className="resource-cities">
            {[...geo.features.map((f) => ({ ...f.properties, located: true })),
              ...geo.unlocated.map((c) => ({ ...c, located: false }))].map((city) => (
              <li key={`${city.city}-${city.country}`}>
                <button type="button" className="secondary" onClick={() => pick(city.city)}
                        aria-pressed={search.city?.toLowerCase() === city.city.toLowerCase()}>
                  {label(city)}
                </button>
                {!city.located && <span className="muted"> {t('resourceMap.map.notOnMap')}</span>}
                <span className="muted"> {Object.entries(city.by_kind)
                  .map(([kind, count]) => `${t(`resourceMap.kinds.${kind}`)}: ${count}`).join(', ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
