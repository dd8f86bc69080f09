// The map: country outlines bundled with the app (or a tile style when VITE_MAP_STYLE_URL names one) and the
// cities clustered by MapLibre, each circle labelled with how many organisations and experts it holds.
// Loaded on its own (React.lazy) so that other pages do not carry MapLibre and the outlines.
import type { FeatureCollection, Point } from 'geojson';
import {
  type ExpressionSpecification, GeoJSONSource, Map as MapLibre, NavigationControl, type SymbolLayerSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_STYLE } from '../../lib/map/style';
import type { GeoRead, Place } from './mapQueries';

const ACCENT = '#0b5cad';

type CityProperties = { city: string; country: string; organisations: number; experts: number; total: number; key: string };

function cities(data: GeoRead): FeatureCollection<Point, CityProperties> {
  return {
    type: 'FeatureCollection',
    features: data.features.map((f) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: f.geometry.coordinates },
      properties: { ...f.properties, total: f.properties.organisations + f.properties.experts,
                    key: `${f.properties.city}|${f.properties.country}` },
    })),
  };
}

const RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'total'], 1, 13, 20, 19, 200, 28, 2000, 36];
const TEXT: SymbolLayerSpecification['layout'] = { 'text-font': ['sans-serif'], 'text-size': 13, 'text-allow-overlap': true };

function addCityLayers(map: MapLibre, data: GeoRead) {
  map.addSource('cities', {
    type: 'geojson', data: cities(data), cluster: true, clusterRadius: 44, clusterMaxZoom: 9,
    clusterProperties: { total: ['+', ['get', 'total']] },
  });
  map.addLayer({ id: 'city-circles', type: 'circle', source: 'cities', paint: {
    'circle-color': ['case', ['has', 'point_count'], '#08457f', ACCENT], 'circle-radius': RADIUS,
    'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } });
  map.addLayer({ id: 'city-selected', type: 'circle', source: 'cities', filter: ['==', ['get', 'key'], ''], paint: {
    'circle-color': 'rgba(0,0,0,0)', 'circle-radius': ['+', RADIUS, 4], 'circle-stroke-color': '#b2450f',
    'circle-stroke-width': 4 } });
  map.addLayer({ id: 'city-counts', type: 'symbol', source: 'cities',
                 layout: { ...TEXT, 'text-field': ['to-string', ['get', 'total']] }, paint: { 'text-color': '#ffffff' } });
  map.addLayer({ id: 'city-names', type: 'symbol', source: 'cities', filter: ['!', ['has', 'point_count']],
                 layout: { ...TEXT, 'text-field': ['get', 'city'], 'text-offset': [0, 1.9], 'text-anchor': 'top',
                           'text-allow-overlap': false },
                 paint: { 'text-color': '#1b1f24', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } });
}

function fit(map: MapLibre, data: GeoRead, animate: boolean) {
  if (data.features.length === 0) return;
  const xs = data.features.map((f) => f.geometry.coordinates[0]);
  const ys = data.features.map((f) => f.geometry.coordinates[1]);
  map.fitBounds([[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]],
                { padding: 60, maxZoom: 6, animate });
}

interface Props {
  data: GeoRead;
  label: string;
  selected: Place | null;
  onSelect: (place: Place) => void;
}

export default function GeoCanvas({ data, label, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibre | null>(null);
  const [ready, setReady] = useState(false);
  const select = useRef(onSelect);
  select.current = onSelect;
  const first = useRef(data);
  const shown = useRef(data);
  shown.current = data;

  useEffect(() => {
    const instance = new MapLibre({
      container: container.current!, style: MAP_STYLE, center: [30, 50], zoom: 2,
      attributionControl: typeof MAP_STYLE === 'string' ? {} : false, cooperativeGestures: true, renderWorldCopies: false,
      locale: {
        'Map.Title': label, 'NavigationControl.ZoomIn': t('geoMap.zoomIn'), 'NavigationControl.ZoomOut': t('geoMap.zoomOut'),
        'NavigationControl.ResetBearing': t('geoMap.resetNorth'), 'AttributionControl.ToggleAttribution': t('geoMap.attribution'),
        'CooperativeGesturesHandler.WindowsHelpText': t('geoMap.gestures.windows'),
        'CooperativeGesturesHandler.MacHelpText': t('geoMap.gestures.mac'),
        'CooperativeGesturesHandler.MobileHelpText': t('geoMap.gestures.mobile'),
      },
    });
    map.current = instance;
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    // Until the reader moves the map, it keeps every city in view, also when the window changes size.
    let moved = false;
    instance.on('movestart', (event) => { if ('originalEvent' in event && event.originalEvent) moved = true; });
    instance.on('resize', () => { if (!moved) fit(instance, shown.current, false); });
    instance.on('load', () => {
      addCityLayers(instance, shown.current);
      fit(instance, shown.current, false);
      instance.once('idle', () => {
        instance.getCanvas().dataset.drawn = 'true';
        setReady(true);
      });
    });
    instance.on('click', 'city-circles', async (event) => {
      const [hit] = event.features ?? [];
      if (!hit) return;
      const properties = hit.properties as Partial<CityProperties> & { cluster_id?: number };
      if (properties.cluster_id !== undefined) {
        const source = instance.getSource<GeoJSONSource>('cities')!;
        const zoom = await source.getClusterExpansionZoom(properties.cluster_id);
        moved = true;
        instance.easeTo({ center: (hit.geometry as Point).coordinates as [number, number], zoom });
      } else if (properties.city && properties.country) {
        select.current({ city: properties.city, country: properties.country });
      }
    });
    instance.on('mouseenter', 'city-circles', () => { instance.getCanvas().style.cursor = 'pointer'; });
    instance.on('mouseleave', 'city-circles', () => { instance.getCanvas().style.cursor = ''; });
    return () => { instance.remove(); map.current = null; setReady(false); };
    // The map is made once (again when the language changes: GeoMapPage keys it), its data follows below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const instance = map.current;
    if (!ready || !instance || data === first.current) return;
    instance.getSource<GeoJSONSource>('cities')?.setData(cities(data));
    fit(instance, data, true);
  }, [data, ready]);

  useEffect(() => { map.current?.getCanvas().setAttribute('aria-label', label); }, [label]);

  useEffect(() => {
    if (!ready) return;
    map.current?.setFilter('city-selected', ['==', ['get', 'key'], selected ? `${selected.city}|${selected.country}` : '']);
  }, [selected, ready]);

  return <div ref={container} className="geo-canvas" />;
}
