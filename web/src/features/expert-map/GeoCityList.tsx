// The map in words: every city with its counts, most first, and a way to open each (keyboard and screen readers).
import { useTranslation } from 'react-i18next';
import type { CityCounts, GeoRead, Place } from './mapQueries';
import { countryName } from './searchNames';

interface Props {
  id: string;
  data: GeoRead;
  onSelect: (place: Place) => void;
}

export function GeoCityList({ id, data, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const located = data.features.map((f) => ({ ...f.properties, located: true }));
  const rows = [...located, ...data.unlocated.map((c: CityCounts) => ({ ...c, located: false }))].sort(
    (a, b) => b.organisations + b.experts - (a.organisations + a.experts) || a.city.localeCompare(b.city, locale));
  const total = (key: 'organisations' | 'experts') => rows.reduce((sum, row) => sum + row[key], 0);
  return (
    <section id={id} aria-labelledby="geo-cities-heading">
      <h2 id="geo-cities-heading">{t('geoMap.list.heading')}</h2>
      <p>{t('geoMap.list.summary', { cities: t('geoMap.list.cities', { count: rows.length }),
                                     organisations: t('geoMap.list.organisations', { count: total('organisations') }),
                                     experts: t('geoMap.list.experts', { count: total('experts') }) })}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('geoMap.list.city')}</th>
              <th scope="col">{t('geoMap.list.country')}</th>
              <th scope="col">{t('geoMap.list.organisationsColumn')}</th>
              <th scope="col">{t('geoMap.list.expertsColumn')}</th>
              <th scope="col"><span className="visually-hidden">{t('geoMap.list.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.city}|${row.country}`}>
                <th scope="row">
                  {row.city}
                  {!row.located && <span className="muted"> ({t('geoMap.list.notOnMap')})</span>}
                </th>
                <td>{countryName(row.country, locale)}</td>
                <td>{row.organisations}</td>
                <td>{row.experts}</td>
                <td>
                  <button type="button" className="secondary geo-show"
                          aria-label={t('geoMap.list.showNamed', { city: row.city })}
                          onClick={() => onSelect({ city: row.city, country: row.country })}>
                    {t('geoMap.list.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
