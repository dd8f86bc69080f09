// The map view: country outlines and one button per city with its number of resources; pressing a city
// narrows the search to it. Loaded only when someone opens the map (MapLibre is large).
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_STYLE } from '../../lib/map/style';
import type { ResourceGeo } from './queries';

const WHOLE_NETWORK: maplibregl.LngLatLike = [40, 48];

export interface ResourceMapProps {
  geo: ResourceGeo;
  /** The city the list is narrowed to, if any. */
  selected?: string;
  /** The accessible name of a city's button, e.g. "Kharkiv, Ukraine: 3 resources". */
  cityLabel: (city: ResourceGeo['features'][number]['properties']) => string;
  onPickCity: (city: string) => void;
}

export default function ResourceMap({ geo, selected, cityLabel, onPickCity }: ResourceMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    let created: maplibregl.Map | null = null;
    try {
      created = new maplibregl.Map({
        container: container.current,
        center: WHOLE_NETWORK,
        zoom: 2.2,
        attributionControl: typeof MAP_STYLE === 'string' ? {} : false,
        dragRotate: false,
        pitchWithRotate: false,
        locale: {
          'Map.Title': t('resourceMap.map.title'),
          'NavigationControl.ZoomIn': t('resourceMap.map.zoomIn'),
          'NavigationControl.ZoomOut': t('resourceMap.map.zoomOut'),
        },
        style: MAP_STYLE,
      });
      created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
      setMap(created);
    } catch {
      setFailed(true); // no WebGL: the list of cities below the map still holds everything
    }
    return () => created?.remove();
  }, []); // built once: the markers below follow the data and the language

  useEffect(() => {
    if (!map) return;
    const markers = geo.features.map((feature) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'resource-map-city';
      button.textContent = String(feature.properties.resources);
      button.setAttribute('aria-label', cityLabel(feature.properties));
      button.setAttribute('aria-pressed', String(feature.properties.city.toLowerCase() === selected?.toLowerCase()));
      button.title = cityLabel(feature.properties);
      button.addEventListener('click', () => onPickCity(feature.properties.city));
      return new maplibregl.Marker({ element: button }).setLngLat(feature.geometry.coordinates).addTo(map);
    });
    const points = geo.features.map((feature) => feature.geometry.coordinates);
    // Every city in view, again whenever the map changes size (a phone turned, a window resized).
    const fit = () => {
      if (points.length === 1) map.jumpTo({ center: points[0], zoom: 5 });
      else if (points.length > 1) {
        const bounds = points.reduce((box, point) => box.extend(point), new maplibregl.LngLatBounds(points[0], points[0]));
        map.fitBounds(bounds, { padding: 40, maxZoom: 5, animate: false });
      }
    };
    fit();
    map.on('resize', fit);
    return () => {
      map.off('resize', fit);
      markers.forEach((marker) => marker.remove());
    };
  }, [map, geo, selected, cityLabel, onPickCity]);

  if (failed) return <p role="alert" className="error">{t('resourceMap.map.failed')}</p>;
  return <div ref={container} className="resource-map-canvas" />;
}
