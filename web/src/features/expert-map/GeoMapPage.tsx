// /experts/geo: organisations and experts by city on a map, filtered like the search; a city opens who is there.
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { GeoCityList } from './GeoCityList';
import { GeoCityPanel } from './GeoCityPanel';
import { MapFilters, MapViews } from './mapFilters';
import { type GeoRead, type Place, useGeo } from './mapQueries';
import type { ExpertSearch } from './search';
import './geo.css';
import './graph.css';

const GeoCanvas = lazy(() => import('./GeoCanvas'));
const route = getRouteApi('/experts/geo');

export function GeoMapPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const found = useGeo(search);
  return (
    <div className="page geo-map">
      <h1>{t('geoMap.title')}</h1>
      <p className="muted">{t('geoMap.intro')}</p>
      <MapViews search={search} current="geo" />
      <MapFilters key={JSON.stringify(search)} search={search} clearTo="/experts/geo"
                  onSearch={(next) => void navigate({ search: next })} />
      <QueryState query={found}>
        {(data) => data.features.length + data.unlocated.length === 0
          ? <p role="status" className="card">{t('geoMap.empty')}</p>
          : <Cities data={data} search={search} />}
      </QueryState>
    </div>
  );
}

function Cities({ data, search }: { data: GeoRead; search: ExpertSearch }) {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<Place | null>(null);
  const open = (place: Place, fromList: boolean) => {
    setSelected(place);
    if (fromList) requestAnimationFrame(() => document.getElementById('geo-city')?.focus());
  };
  return (
    <>
      <div className="geo-layout">
        <div className="geo-stage">
          <Suspense fallback={<div className="geo-canvas"><p role="status" className="muted">{t('geoMap.loadingMap')}</p></div>}>
            <GeoCanvas key={i18n.language} data={data} selected={selected} onSelect={(place) => open(place, false)}
                       label={t('geoMap.mapLabel', { count: data.features.length })} />
          </Suspense>
          <p className="muted geo-legend">{t('geoMap.legend')}</p>
        </div>
        <aside className="geo-side" aria-label={t('geoMap.side')}>
          {selected
            ? <GeoCityPanel search={search} place={selected} onClose={() => setSelected(null)} />
            : <p className="card muted">{t('geoMap.hint')}</p>}
        </aside>
      </div>
      <GeoCityList id="geo-cities" data={data} onSelect={(place) => open(place, true)} />
    </>
  );
}
