// Country outlines for the map, from the world-atlas TopoJSON bundled with the app: no tile server, no fetch.
// Shapes crossing the antimeridian (Russia's far east, Fiji) are cut at ±180° so that no band spans the map.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

type Ring = Position[];

/** Whether a ring jumps from one side of the antimeridian to the other between two points. */
export function crossesAntimeridian(ring: Ring): boolean {
  return ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
}

/** The ring drawn continuously: past a jump, longitudes go on beyond ±180 instead of wrapping. */
export function unwrap(ring: Ring): Ring {
  let offset = 0;
  return ring.map((point, i) => {
    if (i > 0) {
      const step = point[0] - ring[i - 1][0];
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return [point[0] + offset, point[1]];
  });
}

/** Sutherland–Hodgman against one vertical line: keeps the side where `inside` holds. */
function clipAt(ring: Ring, x: number, inside: (p: Position) => boolean): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    const cut = (): Position => {
      const t = (x - previous[0]) / (current[0] - previous[0]);
      return [x, previous[1] + t * (current[1] - previous[1])];
    };
    if (inside(current)) {
      if (!inside(previous)) out.push(cut());
      out.push(current);
    } else if (inside(previous)) {
      out.push(cut());
    }
  }
  return out;
}

/** The part of an (unwrapped, open) ring between `west` and `west + 360`, moved back into [-180, 180]. */
function window(ring: Ring, west: number): Ring | null {
  const east = west + 360;
  const clipped = clipAt(clipAt(ring, west, (p) => p[0] >= west), east, (p) => p[0] <= east);
  if (clipped.length < 3) return null;
  const shift = -180 - west;
  const moved = clipped.map((p) => [p[0] + shift, p[1]]);
  return [...moved, moved[0]];
}

/** A polygon as one or more polygons within [-180, 180]: split where it crosses the antimeridian. */
export function splitPolygon(rings: Ring[]): Ring[][] {
  const [outer] = rings;
  if (!crossesAntimeridian(outer)) return [rings];
  const unwrapped = rings.map(unwrap);
  const open = unwrapped[0].slice(0, -1);
  if (Math.abs(unwrapped[0][0][0] - unwrapped[0][unwrapped[0].length - 1][0]) > 1) {
    return [rings]; // it goes round a pole (Antarctica): its one jump runs along the map's edge, not across it
  }
  const pieces: Ring[][] = [];
  for (const west of [-540, -180, 180]) {
    const piece = window(open, west);
    if (!piece) continue;
    const holes = unwrapped.slice(1).map((hole) => window(hole.slice(0, -1), west)).filter((h): h is Ring => h !== null);
    pieces.push([piece, ...holes]);
  }
  return pieces;
}

function split(country: Feature<Polygon | MultiPolygon>): Feature<MultiPolygon> {
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  return { ...country, geometry: { type: 'MultiPolygon', coordinates: polygons.flatMap(splitPolygon) } };
}

function countries(): FeatureCollection<MultiPolygon> {
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon | null>;
  const shaped = all.features.filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry !== null);
  return { type: 'FeatureCollection', features: shaped.map(split) };
}

export const WORLD: FeatureCollection<MultiPolygon> = countries();
