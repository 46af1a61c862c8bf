/**
 * Shared queries over the content collections (the one place pages get their data from).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LEVERS, type Lever } from './lib/schema/reperes.ts';
import type { SubTerritory, Territory } from './lib/schema/territory.ts';
import type { OrientationContent } from './lib/schema/orientation.ts';
import { findSubTerritory } from './lib/territory.ts';
import type { CompiledHours } from './lib/hours/compile.ts';
import { buildVenueSummaries, compareVenues, compileVenueHours, type VenueSummary } from './lib/catalogue/venue-summary.ts';
import { venueCardHtml, venueCardModel, type CardLever } from './lib/catalogue/venue-card.ts';
import { languageName } from './lib/labels.ts';
import { buildBasemap } from './node/basemap-build.ts';
import { gazetteerForTerritory } from './node/gazetteer-build.ts';
import { stopLocator } from './lib/gazetteer.ts';
import { buildDate } from './node/build-date.ts';
import { indexBasemap, type SituationIndex } from './lib/map/situation.ts';

export type VenueEntry = CollectionEntry<'lieux'>;
export type OperatorEntry = CollectionEntry<'structures'>;
export type LeverEntry = CollectionEntry<'leviers'>;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * A value computed once per build. The promise is kept, not the value: pages are rendered concurrently,
 * and every page that asks while the first computation runs waits for that one instead of starting its own.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= compute());
}

/** The deployment (content/territoire.yaml; the loader has refused the build without it). */
export const getTerritory = once(async (): Promise<Territory> => {
  const [entry] = await getCollection('territoire');
  if (!entry) throw new Error('content/territoire.yaml est introuvable : ce fichier décrit le territoire du site (voir README.md).');
  return entry.data;
});

/** The orientation questionnaire (content/orientation/), or undefined when the deployment has none. */
export const getOrientation = once(async (): Promise<OrientationContent | undefined> => (await getCollection('orientation'))[0]?.data);

/** Every venue, sorted by commune then name (French collation). */
export const getVenues = once(async (): Promise<VenueEntry[]> =>
  (await getCollection('lieux')).sort(compareVenues),
);

/** Every operator, sorted by name. */
export const getOperators = once(async (): Promise<OperatorEntry[]> => (await getCollection('structures')).sort((a, b) => collator.compare(a.data.nom, b.data.nom)));

/** Languages spoken in at least one venue (ISO 639-1), for the catalogue's filter, sorted by their name. */
export const getSpokenLanguages = once(async (): Promise<string[]> => {
  const codes = [...new Set((await getVenues()).flatMap((venue) => venue.data.langues))];
  return codes.map((code) => [code, languageName(code)] as const).sort(([, a], [, b]) => collator.compare(a, b)).map(([code]) => code);
});

export const getOperatorMap = once(async (): Promise<Map<string, OperatorEntry>> => new Map((await getOperators()).map((operator) => [operator.id, operator])));

/**
 * Above this many venues, the territory-wide lists (/lieux/, /leviers/<id>/) show each
 * sub-territory with its count and a link to its complete list, instead of every venue:
 * a national list of 18,000 cards would weigh 11 MB. Sub-territory lists are always complete.
 */
export const FULL_LIST_MAX = 2000;

/** The four levers, in the order of their `ordre`; ids checked against LEVERS by the validator. */
export const getLevers = once(async (): Promise<LeverEntry[]> =>
  (await getCollection('leviers')).filter((entry) => LEVERS.includes(entry.id as Lever)).sort((a, b) => a.data.ordre - b.data.ordre),
);

export const getLeverMap = once(async (): Promise<Map<Lever, LeverEntry>> => new Map((await getLevers()).map((entry) => [entry.id as Lever, entry])));

/** The venue's sub-territory (every venue has one: the validator refuses the others). */
export function subTerritoryOf(venue: VenueEntry, territory: Territory): SubTerritory | undefined {
  return findSubTerritory(venue.data, territory.sous_territoires);
}

/** Venues of each sub-territory id, computed once per build (every list page needs them). */
const getGroups = once(async (): Promise<Map<string, VenueEntry[]>> => {
  const territory = await getTerritory();
  const groups = new Map<string, VenueEntry[]>(territory.sous_territoires.map((sub) => [sub.id, []]));
  for (const venue of await getVenues()) {
    const sub = subTerritoryOf(venue, territory);
    if (sub) groups.get(sub.id)!.push(venue);
  }
  return groups;
});

/** Venues grouped by sub-territory, in the territory's order; empty groups kept (a coverage gap is information). */
export async function getVenuesBySubTerritory(filter?: (venue: VenueEntry) => boolean) {
  const territory = await getTerritory();
  const groups = await getGroups();
  return territory.sous_territoires.map((sub) => {
    const venues = groups.get(sub.id) ?? [];
    return { sub, venues: filter ? venues.filter(filter) : venues };
  });
}

/**
 * Where to ask while no venue of a sub-territory (of the whole territory without one) lists a lever: its `a_defaut`
 * (content/leviers/), the other lever's name and how many venues there list it, and the link to them — the
 * sub-territory's list, else `catalogue` filtered on it (« /lieux/ », « /carte/ »), else the lever's page. Undefined when
 * the lever has venues there, has no `a_defaut`, or the other lever has no venue there either.
 */
export async function getLeverFallback(lever: LeverEntry, scope: { territoire?: string; catalogue?: string } = {}) {
  const fallback = lever.data.a_defaut;
  const other = fallback && (await getLeverMap()).get(fallback.levier);
  if (!fallback || !other) return undefined;
  const venues = scope.territoire ? ((await getGroups()).get(scope.territoire) ?? []) : await getVenues();
  if (venues.some((venue) => venue.data.leviers.includes(lever.id as Lever))) return undefined;
  const n = venues.filter((venue) => venue.data.leviers.includes(fallback.levier)).length;
  if (n === 0) return undefined;
  const href = scope.territoire ? `/territoires/${scope.territoire}/${other.id}/` : scope.catalogue ? `${scope.catalogue}?levier=${other.id}` : `/leviers/${other.id}/`;
  return { raison: fallback.raison, href, label: other.data.titre_court, n };
}

/** Venues of each operator (back-reference `structure`), computed once per build. */
const getByOperator = once(async (): Promise<Map<string, VenueEntry[]>> => {
  const byOperator = new Map<string, VenueEntry[]>();
  for (const venue of await getVenues()) {
    if (!venue.data.structure) continue;
    const list = byOperator.get(venue.data.structure) ?? [];
    list.push(venue);
    byOperator.set(venue.data.structure, list);
  }
  return byOperator;
});

/** Venues run by an operator. */
export async function getVenuesOfOperator(operatorId: string): Promise<VenueEntry[]> {
  return (await getByOperator()).get(operatorId) ?? [];
}

/** Import reports (content/imports/*.yaml), for /a-propos/. */
export async function getImportReports() {
  return (await getCollection('imports')).sort((a, b) => collator.compare(a.id, b.id));
}

/** The build's reference date (src/node/build-date.ts): opening-hours exceptions are computed from it. */
export const BUILD_DATE = buildDate();

const hoursCache = new Map<string, CompiledHours | undefined>();
/** A venue's compiled opening hours (once per build; shared by its page and the search index). */
export function getCompiledHours(venue: VenueEntry, timeZone: string): CompiledHours | undefined {
  if (!hoursCache.has(venue.id)) hoursCache.set(venue.id, compileVenueHours(venue.data, timeZone, BUILD_DATE));
  return hoursCache.get(venue.id);
}

/** The territory's gazetteer (communes, postcodes, centres; docs/gazetteer.md), once per build: /lieux/communes.json and the stops' positions. */
export const getGazetteer = once(async () => {
  const territory = await getTerritory();
  const venues = (await getVenues()).map((venue) => venue.data);
  return gazetteerForTerritory(process.env.CONTENT_DIR || 'content', territory, venues).gazetteer;
});

/** What the catalogue's search and filters know of each venue, in the order of getVenues() (once per build). */
export const getVenueSummaries = once(async (): Promise<VenueSummary[]> => {
  const territory = await getTerritory();
  const locateStop = stopLocator(await getGazetteer());
  return buildVenueSummaries({
    venues: await getVenues(),
    operators: await getOperators(),
    territory,
    referenceDate: BUILD_DATE,
    hours: (venue) => getCompiledHours(venue, territory.fuseau_horaire),
    // A stop without coordinates is at its commune's centre, when the gazetteer knows the commune near the venue.
    stopPosition: (stop, venue) => locateStop(stop, venue.data),
  });
});

/** The levers as cards show them (short label, pictogram), in their order. */
export const getCardLevers = once(async (): Promise<CardLever[]> =>
  (await getLevers()).map((lever) => ({ id: lever.id as Lever, label: lever.data.titre_court, picto: `/pictogrammes/${lever.data.pictogramme}` })),
);

const getSummaryMap = once(async () => new Map((await getVenueSummaries()).map((summary, index) => [summary.id, { summary, index }])));

/** A venue's summary (its stops placed: a stop without coordinates at its commune's centre), by venue id. */
export async function getVenueSummary(id: string): Promise<VenueSummary | undefined> {
  return (await getSummaryMap()).get(id)?.summary;
}
const cardCache = new Map<string, string>();
/**
 * The cards of a list of venues, as one HTML string (src/lib/catalogue/venue-card.ts). A card is built once per
 * venue and heading level and reused by every list page the venue appears on.
 */
export async function getVenueCardsHtml(venues: readonly VenueEntry[], level: 2 | 3 | 4 = 3): Promise<string> {
  const summaries = await getSummaryMap();
  const levers = await getCardLevers();
  let html = '';
  for (const venue of venues) {
    const key = `${level}${venue.id}`;
    let card = cardCache.get(key);
    if (card === undefined) {
      const { summary, index } = summaries.get(venue.id)!;
      card = venueCardHtml(venueCardModel(summary, levers, venue.data.adresse), level, index);
      cardCache.set(key, card);
    }
    html += card;
  }
  return html;
}

/** The embedded basemap of the territory (src/node/basemap-build.ts), built once per build: /carte/fond.json and the venue pages' plans. */
export const getBasemap = once(async () => buildBasemap((await getTerritory()).bornes));

/** The basemap indexed for the venue pages' situation plans (src/lib/map/situation.ts), once per build. */
export const getSituationIndex = once(async (): Promise<SituationIndex> => indexBasemap((await getBasemap()).features));
