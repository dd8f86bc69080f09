import { describe, expect, it } from 'vitest';
import { crossesAntimeridian, splitPolygon, unwrap, WORLD } from './world';

describe('country outlines', () => {
  it('has no ring that jumps across the map but those round the pole, along its edge', () => {
    const rings = WORLD.features.flatMap((f) => f.geometry.coordinates.flat());
    const roundThePole = (ring: number[][]) => Math.abs(unwrap(ring)[0][0] - unwrap(ring).at(-1)![0]) > 1;
    const crossing = rings.filter((ring) => crossesAntimeridian(ring) && !roundThePole(ring));
    expect(crossing).toEqual([]);
    expect(rings.every((ring) => ring.every(([x]) => x >= -180 && x <= 180))).toBe(true);
  });

  it('keeps Russia and Fiji, cut at the antimeridian', () => {
    for (const name of ['Russia', 'Fiji']) {
      const country = WORLD.features.find((f) => f.properties?.name === name)!;
      const xs = country.geometry.coordinates.flat(2).map(([x]) => x);
      expect(Math.max(...xs)).toBe(180);
      expect(Math.min(...xs)).toBe(-180);
    }
  });

  it('splits an island across the antimeridian into one piece on each side', () => {
    const island = [[179, -16], [-179, -16], [-179, -17], [179, -17], [179, -16]];
    const pieces = splitPolygon([island]);
    expect(pieces).toHaveLength(2);
    const spans = pieces.map(([ring]) => [Math.min(...ring.map(([x]) => x)), Math.max(...ring.map(([x]) => x))])
      .sort((a, b) => a[0] - b[0]);
    expect(spans).toEqual([[-180, -179], [179, 180]]);
    pieces.forEach(([ring]) => expect(ring[0]).toEqual(ring.at(-1)));
  });

  it('leaves a polygon that does not cross as it is', () => {
    const square = [[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]];
    expect(splitPolygon([square])).toEqual([[square]]);
  });
});
