// MapLibre set up once for every map of the app: its worker bundled with the app (maplibre-gl 6 is ESM-only
// and its worker must be named), and a style drawn from the bundled country outlines, so no tile server is
// needed; an online deployment may name a tile style with VITE_MAP_STYLE_URL at build time.
import { setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { WORLD } from './world';

setWorkerUrl(workerUrl);

const STYLE_URL: string | undefined = import.meta.env.VITE_MAP_STYLE_URL || undefined;

const OFFLINE_STYLE: StyleSpecification = {
  version: 8,
  sources: { countries: { type: 'geojson', data: WORLD } },
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f3' } },
    { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f7f5ef' } },
    { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#9aa3ad', 'line-width': 0.7 } },
  ],
};

/** The configured tile style, else the offline outlines. */
export const MAP_STYLE: StyleSpecification | string = STYLE_URL ?? OFFLINE_STYLE;
