/**
 * The map's points file (`/carte/lieux.json`): one compact record per venue with coordinates, in the order of
 * the search index (`/lieux/recherche.json`, the same order as getVenueSummaries()), so that a point's index
 * finds the venue's name, commune and hours there, and its list item on /carte/. Browser-safe, no dependency.
 *
 * Format (version POINTS_VERSION), columns of integers:
 * - `i`: venue indexes (into the summaries), delta-encoded (ascending);
 * - `x`, `y`: longitude and latitude as integers at 1e-4° (about 11 m), delta-encoded from the previous point;
 * - `l`: lever bitmask (bit k = LEVERS[k]);
 * - `t`: the indexes (into `i`) of itinerant venues;
 * - `s`: stops of itinerant venues, flat [position in `i`, x, y, …] with x, y absolute at 1e-4°.
 * Names, details and hours are never repeated here: they come from the list and the venue's page.
 */
import { LEVERS, type Lever } from '../schema/reperes.ts';
import type { VenueSummary } from '../catalogue/venue-summary.ts';

export const POINTS_VERSION = 1;
const SCALE = 1e4;

export interface PointsData {
  v: number;
  i: number[];
  x: number[];
  y: number[];
  l: number[];
  t: number[];
  s: number[];
}

/** What the encoder needs of a venue (its index is its position in the list given). */
export interface PointInput {
  lat?: number;
  lon?: number;
  leviers: readonly Lever[];
  itinerant: boolean;
  /** Stops of an itinerant venue with coordinates. */
  stops?: readonly { lat: number; lon: number }[];
}

/** A decoded point: a venue's place, or one stop of an itinerant venue (`stop: true`). */
export interface MapPoint {
  /** Index of the venue in the summaries (and the search index). */
  venue: number;
  lon: number;
  lat: number;
  levers: number;
  itinerant: boolean;
  stop: boolean;
}

export function leverMask(levers: readonly Lever[]): number {
  let mask = 0;
  for (const lever of levers) mask |= 1 << LEVERS.indexOf(lever);
  return mask;
}

export function leversOfMask(mask: number): Lever[] {
  return LEVERS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

const fixed = (degrees: number) => Math.round(degrees * SCALE);

/**
 * What the encoder needs of each venue, from the venue summaries (the search index's records, in its order): the
 * stops of itinerant venues are their summaries' `arrets` with a position (the stop's own, or its commune's centre:
 * src/content.ts). The one mapping for the site (/carte/lieux.json) and the bench.
 */
export function pointInputs(summaries: readonly (Pick<PointInput, 'lat' | 'lon' | 'leviers' | 'itinerant'> & Pick<VenueSummary, 'arrets'>)[]): PointInput[] {
  return summaries.map((summary) => ({
    lat: summary.lat,
    lon: summary.lon,
    leviers: summary.leviers,
    itinerant: summary.itinerant,
    stops: (summary.arrets ?? []).flatMap((stop) => (stop.lat !== undefined && stop.lon !== undefined ? [{ lat: stop.lat, lon: stop.lon }] : [])),
  }));
}

export function encodePoints(venues: readonly PointInput[]): PointsData {
  const data: PointsData = { v: POINTS_VERSION, i: [], x: [], y: [], l: [], t: [], s: [] };
  let previousIndex = 0;
  let previousX = 0;
  let previousY = 0;
  venues.forEach((venue, index) => {
    if (venue.lat === undefined || venue.lon === undefined) return;
    const position = data.i.length;
    const x = fixed(venue.lon);
    const y = fixed(venue.lat);
    data.i.push(index - previousIndex);
    data.x.push(x - previousX);
    data.y.push(y - previousY);
    data.l.push(leverMask(venue.leviers));
    if (venue.itinerant) data.t.push(position);
    for (const stop of venue.itinerant ? (venue.stops ?? []) : []) data.s.push(position, fixed(stop.lon), fixed(stop.lat));
    previousIndex = index;
    previousX = x;
    previousY = y;
  });
  return data;
}

/** Every point of the file: venues first (in index order), then the stops. Throws on another version. */
export function decodePoints(data: PointsData): MapPoint[] {
  if (data.v !== POINTS_VERSION) throw new Error(`points file version ${data.v}, expected ${POINTS_VERSION}`);
  const itinerant = new Set(data.t);
  const points: MapPoint[] = [];
  let index = 0;
  let x = 0;
  let y = 0;
  for (let position = 0; position < data.i.length; position++) {
    index += data.i[position]!;
    x += data.x[position]!;
    y += data.y[position]!;
    points.push({ venue: index, lon: x / SCALE, lat: y / SCALE, levers: data.l[position]!, itinerant: itinerant.has(position), stop: false });
  }
  for (let k = 0; k + 2 < data.s.length; k += 3) {
    const owner = points[data.s[k]!]!;
    points.push({ ...owner, lon: data.s[k + 1]! / SCALE, lat: data.s[k + 2]! / SCALE, stop: true });
  }
  return points;
}

/** The points as a GeoJSON FeatureCollection for a clustered MapLibre source (`venue`, `levers`, `stop` properties). */
export function pointsToGeoJson(points: readonly MapPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map((point) => ({
      type: 'Feature' as const,
      properties: { venue: point.venue, levers: point.levers, stop: point.stop ? 1 : 0 },
      geometry: { type: 'Point' as const, coordinates: [point.lon, point.lat] },
    })),
  };
}
