/**
 * What <reperes-finder> loads on first use, in a separate chunk: the search index and its
 * searcher (with Fuse), and the gazetteer for « Près de ».
 */
import { decodeSearchIndex, type SearchIndexData } from '../lib/catalogue/search-index.ts';
import { createSearcher } from '../lib/catalogue/search.ts';
import type { VenueSummary } from '../lib/catalogue/venue-summary.ts';
import { placeLabel, prepareGazetteer, searchPlaces, type Gazetteer } from '../lib/gazetteer.ts';

export interface Catalogue {
  venues: VenueSummary[];
  search(query: string): { index: number; score: number }[];
}

export interface Place {
  label: string;
  lat: number;
  lon: number;
}

export interface Places {
  search(text: string): Place[];
  attribution?: string;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export async function loadCatalogue(url: string): Promise<Catalogue> {
  const venues = decodeSearchIndex(await fetchJson<SearchIndexData>(url));
  const searcher = createSearcher(venues);
  return { venues, search: (query) => searcher.search(query) };
}

export async function loadPlaces(url: string): Promise<Places> {
  const gazetteer = await fetchJson<Gazetteer>(url);
  prepareGazetteer(gazetteer);
  return {
    attribution: gazetteer.attribution,
    search: (text) =>
      searchPlaces(gazetteer, text).map((place) => ({ label: placeLabel(place.row), lat: place.point[1], lon: place.point[0] })),
  };
}
