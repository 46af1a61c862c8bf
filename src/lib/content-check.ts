/**
 * Rules across files, after each file passed its own schema: unique ids, operator references,
 * every venue in the territory, the four levers present with their pictograms.
 * Pure: takes parsed entries, returns problems. Used by `npm run validate` (and so by the build).
 */
import * as t from '../i18n/index.ts';
import type { Problem } from './schema/errors.ts';
import { isInBounds } from './schema/countries.ts';
import { visible } from './schema/fields.ts';
import { LEVERS } from './schema/reperes.ts';
import type { Territory } from './schema/territory.ts';
import type { Venue } from './schema/venue.ts';
import { findSubTerritory } from './territory.ts';
import { distanceKm } from './geo.ts';
import { contentWords, normalize, placeNameKey } from './text.ts';

export interface Parsed<T> {
  file: string;
  id: string;
  data: T;
}

/** The fields of a venue the rules across files read; a refused file gives those that passed. */
type VenueLinks = Partial<Pick<Venue, 'structure' | 'latitude' | 'longitude' | 'code_postal' | 'code_insee' | 'nom' | 'adresse' | 'pivot' | 'commune'>>;

export interface ContentSet {
  venues: Parsed<Venue>[];
  /** Venues refused by their own checks: their valid fields still go through these rules, so that one run shows every problem. */
  partialVenues?: Parsed<VenueLinks>[];
  operators: Parsed<unknown>[];
  levers: Parsed<{ pictogramme: string }>[];
  territory?: Territory;
  /** Pictogram files present in public/pictogrammes/. */
  pictograms?: readonly string[];
  /** Folder of the lever files, for the line about a missing one (default content/leviers). */
  leverFolder?: string;
  /** Gazetteer rows (src/lib/gazetteer.ts): venues far from their commune's point are reported. */
  gazetteer?: readonly GazetteerRowLike[];
  /** Pairs of venue ids a maintainer decided are « lieux différents » (content/fusions.yaml): not reported as possible duplicates. */
  distinct?: readonly (readonly [string, string])[];
}

/** Ids are file names: lowercase letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkId(file: string, id: string): Problem | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  return {
    file,
    field: '',
    message: t.contentChecks.badId(visible(id)),
  };
}

export function checkContentSet({ venues, partialVenues = [], operators, levers, territory, pictograms, leverFolder = 'content/leviers', gazetteer = [], distinct = [] }: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const operatorIds = new Set(operators.map((operator) => operator.id));

  const seen = new Map<string, string>();
  for (const entry of [...venues, ...operators]) {
    const key = `${entry.file.split('/').slice(-2, -1)[0]}/${entry.id}`;
    const previous = seen.get(key);
    if (previous) problems.push({ file: entry.file, field: '', message: t.contentChecks.sameId(visible(entry.id), visible(previous)) });
    else seen.set(key, entry.file);
  }

  const checked: Parsed<VenueLinks>[] = [...venues, ...partialVenues];
  for (const venue of checked) {
    const { structure, latitude, longitude, code_postal } = venue.data;
    if (structure && !operatorIds.has(structure)) {
      problems.push({
        file: venue.file,
        field: 'structure',
        message: t.contentChecks.unknownOperator(structure, [...operatorIds]),
      });
    }
    if (!territory) continue;
    if (code_postal !== undefined && !findSubTerritory({ ...venue.data, code_postal }, territory.sous_territoires)) {
      problems.push({
        file: venue.file,
        field: 'code_postal',
        message: t.contentChecks.outsideSubTerritories(code_postal, territory.nom),
      });
    }
    if (latitude !== undefined && longitude !== undefined && !isInBounds([longitude, latitude], territory.bornes)) {
      problems.push({
        file: venue.file,
        field: 'latitude',
        message: t.contentChecks.outsideBounds(latitude, longitude, territory.nom),
      });
    }
  }

  problems.push(...findDuplicates(checked, distinct));
  problems.push(...checkLocations(venues, gazetteer));

  const leverIds = new Set(levers.map((lever) => lever.id));
  for (const lever of levers) {
    if (!(LEVERS as readonly string[]).includes(lever.id)) {
      problems.push({ file: lever.file, field: '', message: t.contentChecks.notALever(lever.id, LEVERS) });
    }
    if (pictograms && !pictograms.includes(lever.data.pictogramme)) {
      problems.push({ file: lever.file, field: 'pictogramme', message: t.contentChecks.missingPictogram(lever.data.pictogramme) });
    }
  }
  for (const id of LEVERS) {
    if (!leverIds.has(id)) problems.push({ file: `${leverFolder}/${id}.md`, field: '', message: t.contentChecks.missingLever });
  }
  return problems;
}

/** Two venues closer than this may be one venue written twice. */
export const DUPLICATE_DISTANCE_M = 50;

/** Grid cell for the duplicate search, in degrees: 0.001° is at least 50 m north-south and east-west up to 60° of latitude. */
const CELL = 0.001;

/**
 * True when two venue names look alike: their words (folded, stop words left out, src/lib/text.ts) overlap by
 * half or more (Jaccard index ≥ 0.5), or every word of one is in the other (« France Services » and
 * « France Services de Moulins »). Names without words never look alike.
 */
export function similarNames(a: string, b: string): boolean {
  const wordsA = new Set(contentWords(a));
  const wordsB = new Set(contentWords(b));
  if (wordsA.size === 0 || wordsB.size === 0) return false;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / (wordsA.size + wordsB.size - shared) >= 0.5 || shared === Math.min(wordsA.size, wordsB.size);
}

/**
 * Possible duplicates, as warnings (never refusals; docs/contenu.md): two venues within 50 m with similar
 * names, or with the same pivot and the same address (folded, same postcode). One warning per pair, on the
 * later file, naming both (`related`: the earlier one). Near pairs are found through a grid of 0.001° cells (each venue meets the
 * venues of its cell and the eight around), so 18,000 venues take milliseconds, not 160 million comparisons.
 */
export function findDuplicates(venues: readonly Parsed<VenueLinks>[], distinct: readonly (readonly [string, string])[] = []): Problem[] {
  const sorted = [...venues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const decided = new Set(distinct.map(([a, b]) => (a < b ? `${a}\n${b}` : `${b}\n${a}`)));
  const report = (later: Parsed<VenueLinks>, earlier: Parsed<VenueLinks>, field: string, why: string) => {
    const key = `${earlier.file}\n${later.file}`;
    if (reported.has(key)) return;
    if (decided.has(later.id < earlier.id ? `${later.id}\n${earlier.id}` : `${earlier.id}\n${later.id}`)) return;
    reported.add(key);
    problems.push({
      file: later.file,
      field,
      severity: 'warning',
      kind: 'duplicate',
      related: earlier.file,
      message: t.contentChecks.duplicate(visible(earlier.file), visible(later.file), why),
    });
  };

  for (const [venue, other, meters] of nearPairs(sorted, DUPLICATE_DISTANCE_M)) {
    if (similarNames(venue.data.nom!, other.data.nom!)) {
      report(venue, other, 'nom', t.contentChecks.similarNames(other.data.nom!, venue.data.nom!, Math.round(meters)));
    }
  }

  const byPivotAndAddress = new Map<string, Parsed<VenueLinks>>();
  for (const venue of sorted) {
    const { pivot, adresse, code_postal } = venue.data;
    if (!pivot || !adresse) continue;
    const key = `${pivot}|${normalize(adresse)}|${code_postal ?? ''}`;
    const earlier = byPivotAndAddress.get(key);
    if (earlier) report(venue, earlier, 'pivot', t.contentChecks.samePivotAndAddress(pivot, adresse));
    else byPivotAndAddress.set(key, venue);
  }
  return problems;
}

/**
 * Pairs of venues within `maxMeters` of each other, each pair once, as [later, earlier, meters] in the order of
 * `venues` (venues without coordinates or name are skipped). Found through a grid of cells of `maxMeters`
 * (each venue meets the venues of its cell and the eight around), so 18,000 venues take milliseconds.
 */
export function nearPairs<T extends { data: { latitude?: number; longitude?: number; nom?: string } }>(venues: readonly T[], maxMeters: number): [T, T, number][] {
  const cell = Math.max(CELL, maxMeters / 50_000);
  const grid = new Map<string, T[]>();
  const pairs: [T, T, number][] = [];
  for (const venue of venues) {
    const { latitude, longitude, nom } = venue.data;
    if (latitude === undefined || longitude === undefined || !nom) continue;
    const row = Math.floor(latitude / cell);
    const column = Math.floor(longitude / cell);
    for (let dRow = -1; dRow <= 1; dRow++) {
      for (let dColumn = -1; dColumn <= 1; dColumn++) {
        for (const other of grid.get(`${row + dRow}:${column + dColumn}`) ?? []) {
          const meters = distanceKm([longitude, latitude], [other.data.longitude!, other.data.latitude!]) * 1000;
          if (meters <= maxMeters) pairs.push([venue, other, meters]);
        }
      }
    }
    const key = `${row}:${column}`;
    const list = grid.get(key);
    if (list) list.push(venue);
    else grid.set(key, [venue]);
  }
  return pairs;
}

// ——— Duplicates across sources (npm run import): rules tested on labelled pairs, docs/import.md ———

/** Two records of different sources further apart than this are never one place. */
export const MERGE_DISTANCE_M = 200;

/**
 * Words that say what kind of place a name is, not which one: they are left out when names are compared
 * (« Maison de Services Au Public des Montagnes du Giffre » and « France services Montagnes du Giffre »).
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'france', 'service', 'services', 'maison', 'maisons', 'espace', 'public', 'publics', 'msap', 'efs', 'mfs', 'poste',
  'communaute', 'communes', 'agglomeration', 'agglo', 'multisites', 'multisite', 'site', 'antenne', 'relais',
]);

/** The fields the pair rules read. */
export interface PairVenue {
  nom: string;
  adresse?: string;
  commune?: string;
  code_postal?: string;
  latitude?: number;
  longitude?: number;
  telephone?: string;
  pivot?: string;
  itinerance?: readonly string[];
}

/** A name's distinctive words: folded content words without the generic words and the commune's own words. */
export function distinctiveNameWords(nom: string, commune = ''): string[] {
  const communeWords = new Set(contentWords(commune));
  return [...new Set(contentWords(nom).filter((word) => !GENERIC_NAME_WORDS.has(word) && !communeWords.has(word)))].sort();
}

/** An address as a key: its folded content words (number, street type and name), « 11 rue Pouget » = « 11 Rue Pouget ». */
export function addressKey(adresse: string | undefined): string {
  return adresse ? contentWords(adresse).join(' ') : '';
}

export interface PairFacts {
  meters: number;
  samePivot: boolean;
  samePhone: boolean;
  sameAddress: boolean;
  /** Distinctive words overlap by half or more, or both names have none (« France Services <commune> » / « MSAP <commune> »). */
  sameName: boolean;
  /** One is itinerant (a bus), the other fixed: a bus stopping outside a place is not that place. */
  itinerantAndFixed: boolean;
}

export function pairFacts(a: PairVenue, b: PairVenue): PairFacts {
  const meters = a.latitude !== undefined && a.longitude !== undefined && b.latitude !== undefined && b.longitude !== undefined
    ? distanceKm([a.longitude, a.latitude], [b.longitude, b.latitude]) * 1000
    : Infinity;
  const wordsA = distinctiveNameWords(a.nom, a.commune);
  const wordsB = distinctiveNameWords(b.nom, b.commune);
  const shared = wordsA.filter((word) => wordsB.includes(word)).length;
  const union = wordsA.length + wordsB.length - shared;
  const itinerant = (venue: PairVenue) => venue.itinerance?.includes('Itinérant') === true && !venue.itinerance.includes('Fixe');
  return {
    meters,
    samePivot: Boolean(a.pivot && a.pivot === b.pivot),
    samePhone: Boolean(a.telephone && a.telephone === b.telephone),
    sameAddress: addressKey(a.adresse) !== '' && addressKey(a.adresse) === addressKey(b.adresse) && (a.code_postal ?? '') === (b.code_postal ?? ''),
    sameName: union === 0 || shared / union >= 0.5,
    itinerantAndFixed: itinerant(a) !== itinerant(b),
  };
}

export type PairVerdict = 'meme' | 'incertain' | 'different';

/**
 * Whether two records of different sources describe one place (docs/import.md, « Doublons entre sources »):
 * - further than MERGE_DISTANCE_M, or one itinerant and the other fixed: different;
 * - `meme` (merged without asking): same pivot; or same phone with the same address, the same name or within
 *   50 m; or the same address and the same name;
 * - `incertain` (written to content/fusions.yaml for a person to decide): the same address, the same phone, the same name or
 *   similar names (`similarNames`, the validator's rule) on their own;
 * - else different.
 */
export function classifyPair(a: PairVenue, b: PairVenue): { verdict: PairVerdict; facts: PairFacts } {
  const facts = pairFacts(a, b);
  if (facts.meters > MERGE_DISTANCE_M || facts.itinerantAndFixed) return { verdict: 'different', facts };
  if (facts.samePivot || (facts.samePhone && (facts.sameAddress || facts.sameName || facts.meters <= DUPLICATE_DISTANCE_M)) || (facts.sameAddress && facts.sameName)) {
    return { verdict: 'meme', facts };
  }
  if (facts.sameAddress || facts.samePhone || facts.sameName || similarNames(a.nom, b.nom)) return { verdict: 'incertain', facts };
  return { verdict: 'different', facts };
}

// ——— Points that disagree with their address (warnings) ———

/**
 * A venue further than this from its commune's point in the gazetteer is reported. The gazetteer gives one
 * point per commune (its main settlement), not its outline: the largest communes of a French territory cover
 * about 250 km², a radius of ≈ 9 km around their centre, so 10 km is past the edge of any of them while a
 * point in the wrong place (a swapped digit, the wrong « Saint-… ») is usually tens of kilometres away.
 * Approximate gazetteer points (centre of a bounding box) get twice the distance.
 */
export const COMMUNE_DISTANCE_KM = 10;

type GazetteerRowLike = readonly [name: string, postcodes: string | readonly string[], code: string, lat: number, lon: number, approx?: 1];

/**
 * Warnings for venues whose point lies more than COMMUNE_DISTANCE_KM from their commune's point, or whose
 * postcode is not one of their commune's (a code of no commune in the commune's département is taken for a
 * CEDEX code and not reported). The commune is found by `code_insee`, else by its name (folded,
 * `placeNameKey`) among the rows of that name. Venues whose commune is not in the gazetteer are left alone
 * (without a gazetteer, nothing is checked).
 */
export function checkLocations(venues: readonly Parsed<VenueLinks>[], rows: readonly GazetteerRowLike[]): Problem[] {
  if (rows.length === 0) return [];
  const byCode = new Map<string, GazetteerRowLike[]>();
  const byName = new Map<string, GazetteerRowLike[]>();
  for (const row of rows) {
    byCode.set(row[2], [...(byCode.get(row[2]) ?? []), row]);
    const key = placeNameKey(row[0]);
    byName.set(key, [...(byName.get(key) ?? []), row]);
  }
  const postcodes = (row: GazetteerRowLike) => (typeof row[1] === 'string' ? (row[1] ? [row[1]] : []) : [...row[1]]);
  const allPostcodes = new Set(rows.flatMap(postcodes));
  const problems: Problem[] = [];
  for (const venue of venues) {
    const { latitude, longitude, code_insee, commune, code_postal } = venue.data;
    let candidates = code_insee ? byCode.get(String(code_insee)) : undefined;
    if (!candidates && commune) {
      const named = byName.get(placeNameKey(commune)) ?? [];
      const withPostcode = named.filter((row) => code_postal !== undefined && postcodes(row).includes(String(code_postal)));
      candidates = withPostcode.length > 0 ? withPostcode : named.length === 1 ? named : undefined;
    }
    if (!candidates || candidates.length === 0) continue;
    const row = candidates[0]!;
    if (latitude !== undefined && longitude !== undefined) {
      const km = distanceKm([longitude, latitude], [row[4], row[3]]);
      const limit = COMMUNE_DISTANCE_KM * (row[5] === 1 ? 2 : 1);
      if (km > limit) {
        problems.push({
          file: venue.file,
          field: 'latitude',
          severity: 'warning',
          message: t.contentChecks.farFromCommune(latitude, longitude, km, row[0], limit),
        });
      }
    }
    const known = candidates.flatMap(postcodes);
    const code = code_postal === undefined ? '' : String(code_postal);
    // a code no commune has, in the commune's département, is a CEDEX code (a company's or an office's): not checked
    const cedex = !allPostcodes.has(code) && known.some((item) => item.slice(0, 2) === code.slice(0, 2));
    if (code && known.length > 0 && !known.includes(code) && !cedex) {
      problems.push({
        file: venue.file,
        field: 'code_postal',
        severity: 'warning',
        message: t.contentChecks.notCommunePostcode(code, row[0], known),
      });
    }
  }
  return problems;
}
