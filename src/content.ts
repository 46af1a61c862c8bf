/**
 * Shared queries over the content collections (the one place pages get their data from).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LEVERS, type Lever } from './lib/schema/reperes.ts';
import type { SubTerritory, Territory } from './lib/schema/territory.ts';
import { findSubTerritory } from './lib/territory.ts';
import type { CompiledHours } from './lib/hours/compile.ts';
import { buildVenueSummaries, compileVenueHours, type VenueSummary } from './lib/catalogue/venue-summary.ts';
import { venueCardHtml, venueCardModel, type CardLever } from './lib/catalogue/venue-card.ts';

export type VenueEntry = CollectionEntry<'lieux'>;
export type OperatorEntry = CollectionEntry<'structures'>;
export type LeverEntry = CollectionEntry<'leviers'>;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

let territoryCache: Territory | undefined;
export async function getTerritory(): Promise<Territory> {
  if (!territoryCache) {
    const [entry] = await getCollection('territoire');
    if (!entry) throw new Error('content/territoire.yaml est introuvable : ce fichier décrit le territoire du site (voir README.md).');
    territoryCache = entry.data;
  }
  return territoryCache;
}

let venuesCache: VenueEntry[] | undefined;
/** Every venue, sorted by commune then name (French collation). */
export async function getVenues(): Promise<VenueEntry[]> {
  venuesCache ??= (await getCollection('lieux')).sort(
    (a, b) => collator.compare(a.data.commune, b.data.commune) || collator.compare(a.data.nom, b.data.nom),
  );
  return venuesCache;
}

let operatorsCache: OperatorEntry[] | undefined;
export async function getOperators(): Promise<OperatorEntry[]> {
  operatorsCache ??= (await getCollection('structures')).sort((a, b) => collator.compare(a.data.nom, b.data.nom));
  return operatorsCache;
}

let languagesCache: string[] | undefined;
/** Languages spoken in at least one venue (ISO 639-1), for the catalogue's filter: computed once per build. */
export async function getSpokenLanguages(): Promise<string[]> {
  languagesCache ??= [...new Set((await getVenues()).flatMap((venue) => venue.data.langues))];
  return languagesCache;
}

let operatorMapCache: Map<string, OperatorEntry> | undefined;
export async function getOperatorMap(): Promise<Map<string, OperatorEntry>> {
  operatorMapCache ??= new Map((await getOperators()).map((operator) => [operator.id, operator]));
  return operatorMapCache;
}

/**
 * Above this many venues, the territory-wide lists (/lieux/, /leviers/<id>/) show each
 * sub-territory with its count and a link to its complete list, instead of every venue:
 * a national list of 18,000 cards would weigh 11 MB. Sub-territory lists are always complete.
 */
export const FULL_LIST_MAX = 2000;

let leversCache: LeverEntry[] | undefined;
/** The four levers, in the order of their `ordre`; ids checked against LEVERS by the validator. */
export async function getLevers(): Promise<LeverEntry[]> {
  leversCache ??= (await getCollection('leviers')).filter((entry) => LEVERS.includes(entry.id as Lever)).sort((a, b) => a.data.ordre - b.data.ordre);
  return leversCache;
}

let leverMapCache: Map<Lever, LeverEntry> | undefined;
export async function getLeverMap(): Promise<Map<Lever, LeverEntry>> {
  leverMapCache ??= new Map((await getLevers()).map((entry) => [entry.id as Lever, entry]));
  return leverMapCache;
}

/** The venue's sub-territory (every venue has one: the validator refuses the others). */
export function subTerritoryOf(venue: VenueEntry, territory: Territory): SubTerritory | undefined {
  return findSubTerritory(venue.data, territory.sous_territoires);
}

let groupsCache: Map<string, VenueEntry[]> | undefined;
/** Venues of each sub-territory id, computed once per build (every list page needs them). */
async function getGroups(): Promise<Map<string, VenueEntry[]>> {
  if (!groupsCache) {
    const territory = await getTerritory();
    const groups = new Map<string, VenueEntry[]>(territory.sous_territoires.map((sub) => [sub.id, []]));
    for (const venue of await getVenues()) {
      const sub = subTerritoryOf(venue, territory);
      if (sub) groups.get(sub.id)!.push(venue);
    }
    groupsCache = groups;
  }
  return groupsCache;
}

/** Venues grouped by sub-territory, in the territory's order; empty groups kept (a coverage gap is information). */
export async function getVenuesBySubTerritory(filter?: (venue: VenueEntry) => boolean) {
  const territory = await getTerritory();
  const groups = await getGroups();
  return territory.sous_territoires.map((sub) => {
    const venues = groups.get(sub.id) ?? [];
    return { sub, venues: filter ? venues.filter(filter) : venues };
  });
}

let byOperatorCache: Map<string, VenueEntry[]> | undefined;
/** Venues run by an operator (back-reference `structure`). */
export async function getVenuesOfOperator(operatorId: string): Promise<VenueEntry[]> {
  if (!byOperatorCache) {
    byOperatorCache = new Map();
    for (const venue of await getVenues()) {
      if (!venue.data.structure) continue;
      const list = byOperatorCache.get(venue.data.structure) ?? [];
      list.push(venue);
      byOperatorCache.set(venue.data.structure, list);
    }
  }
  return byOperatorCache.get(operatorId) ?? [];
}

/** Import reports (content/imports/*.yaml), for /a-propos/. */
export async function getImportReports() {
  return (await getCollection('imports')).sort((a, b) => collator.compare(a.id, b.id));
}

/** The build's reference date: opening-hours exceptions are computed from it. */
export const BUILD_DATE = new Date();

const hoursCache = new Map<string, CompiledHours | undefined>();
/** A venue's compiled opening hours (once per build; shared by its page and the search index). */
export function getCompiledHours(venue: VenueEntry, timeZone: string): CompiledHours | undefined {
  if (!hoursCache.has(venue.id)) hoursCache.set(venue.id, compileVenueHours(venue.data, timeZone, BUILD_DATE));
  return hoursCache.get(venue.id);
}

let summariesCache: VenueSummary[] | undefined;
/** What the catalogue's search and filters know of each venue, in the order of getVenues() (once per build). */
export async function getVenueSummaries(): Promise<VenueSummary[]> {
  summariesCache ??= await buildSummaries();
  return summariesCache;
}

async function buildSummaries(): Promise<VenueSummary[]> {
  const territory = await getTerritory();
  return buildVenueSummaries({
    venues: await getVenues(),
    operators: await getOperators(),
    territory,
    referenceDate: BUILD_DATE,
    hours: (venue) => getCompiledHours(venue, territory.fuseau_horaire),
  });
}

let cardLeversCache: CardLever[] | undefined;
/** The levers as cards show them (short label, pictogram), in their order. */
export async function getCardLevers(): Promise<CardLever[]> {
  cardLeversCache ??= (await getLevers()).map((lever) => ({ id: lever.id as Lever, label: lever.data.titre_court, picto: `/pictogrammes/${lever.data.pictogramme}` }));
  return cardLeversCache;
}

let summaryByIdCache: Map<string, VenueSummary> | undefined;
const cardCache = new Map<string, string>();
/**
 * The cards of a list of venues, as one HTML string (src/lib/catalogue/venue-card.ts). A card is built once per
 * venue and heading level and reused by every list page the venue appears on.
 */
export async function getVenueCardsHtml(venues: readonly VenueEntry[], level: 2 | 3 | 4 = 3): Promise<string> {
  summaryByIdCache ??= new Map((await getVenueSummaries()).map((summary) => [summary.id, summary]));
  const levers = await getCardLevers();
  let html = '';
  for (const venue of venues) {
    const key = `${level}${venue.id}`;
    let card = cardCache.get(key);
    if (card === undefined) {
      card = venueCardHtml(venueCardModel(summaryByIdCache.get(venue.id)!, levers, venue.data.adresse), level);
      cardCache.set(key, card);
    }
    html += card;
  }
  return html;
}
