/**
 * Shared queries over the content collections (the one place pages get their data from).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LEVERS, type Lever } from './lib/schema/reperes.ts';
import type { SubTerritory, Territory } from './lib/schema/territory.ts';
import { findSubTerritory } from './lib/territory.ts';

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

export async function getOperators(): Promise<OperatorEntry[]> {
  return (await getCollection('structures')).sort((a, b) => collator.compare(a.data.nom, b.data.nom));
}

/** The four levers, in the order of their `ordre`; ids checked against LEVERS by the validator. */
export async function getLevers(): Promise<LeverEntry[]> {
  const entries = await getCollection('leviers');
  return entries.filter((entry) => LEVERS.includes(entry.id as Lever)).sort((a, b) => a.data.ordre - b.data.ordre);
}

export async function getLeverMap(): Promise<Map<Lever, LeverEntry>> {
  return new Map((await getLevers()).map((entry) => [entry.id as Lever, entry]));
}

/** The venue's sub-territory (every venue has one: the validator refuses the others). */
export function subTerritoryOf(venue: VenueEntry, territory: Territory): SubTerritory | undefined {
  return findSubTerritory(venue.data, territory.sous_territoires);
}

/** Venues grouped by sub-territory, in the territory's order; empty groups kept (a coverage gap is information). */
export async function getVenuesBySubTerritory(filter: (venue: VenueEntry) => boolean = () => true) {
  const territory = await getTerritory();
  const venues = (await getVenues()).filter(filter);
  return territory.sous_territoires.map((sub) => ({
    sub,
    venues: venues.filter((venue) => subTerritoryOf(venue, territory)?.id === sub.id),
  }));
}

/** Venues run by an operator (back-reference `structure`). */
export async function getVenuesOfOperator(operatorId: string): Promise<VenueEntry[]> {
  return (await getVenues()).filter((venue) => venue.data.structure === operatorId);
}

/** Import reports (content/imports/*.yaml), for /a-propos/. */
export async function getImportReports() {
  return (await getCollection('imports')).sort((a, b) => collator.compare(a.id, b.id));
}
