// Who is in the chosen city: its organisations and experts within the filters, each linked to its profile.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { type Place, useCity } from './mapQueries';
import type { ExpertSearch } from './search';
import { countryName } from './searchNames';

interface Props {
  search: ExpertSearch;
  place: Place;
  onClose: () => void;
}

export function GeoCityPanel({ search, place, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const found = useCity(search, place);
  const { page: _page, view: _view, ...kept } = search;
  return (
    <section id="geo-city" tabIndex={-1} className="card geo-city" aria-labelledby="geo-city-heading">
      <h2 id="geo-city-heading">{place.city}<span className="muted">, {countryName(place.country, locale)}</span></h2>
      <QueryState query={found}>
        {(city) => (
          <>
            <h3>{t('geoMap.city.organisations', { count: city.organisations_total })}</h3>
            {city.organisations.length === 0 ? <p className="muted">{t('geoMap.city.noOrganisations')}</p> : (
              <ul className="geo-city-list">
                {city.organisations.map((o) => (
                  <li key={o.id}>
                    <Link to="/organisations/$organisationId" params={{ organisationId: o.id }}>{o.name}</Link>
                    {' '}<span className="muted">{t(`networkGraph.organisationKind.${o.kind}`)}</span>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('geoMap.city.experts', { count: city.experts_total })}</h3>
            {city.experts.length === 0 ? <p className="muted">{t('geoMap.city.noExperts')}</p> : (
              <ul className="geo-city-list">
                {city.experts.map((e) => (
                  <li key={e.id}><Link to="/experts/$expertId" params={{ expertId: e.id }}>{e.name}</Link></li>
                ))}
              </ul>
            )}
            {city.experts_total > city.experts.length && (
              <p>
                <Link to="/experts" search={{ ...kept, city: place.city, country: place.country }}>
                  {t('geoMap.city.allExperts', { count: city.experts_total })}
                </Link>
              </p>
            )}
          </>
        )}
      </QueryState>
      <button type="button" className="secondary" onClick={onClose}>{t('geoMap.city.close')}</button>
    </section>
  );
}
