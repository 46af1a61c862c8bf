/**
 * The catalogue's build-time data as the browser fetches it, on first use: the venue summaries (the search index,
 * /lieux/recherche.json) and the gazetteer for « Près de » (/lieux/communes.json). Shared by the catalogue element
 * (./finder-data.ts adds the searcher) and the orientation island. No request carries what a person typed.
 */
import type { NearPlace } from '../lib/catalogue/filters.ts';
import { decodeSearchIndex, type SearchIndexData } from '../lib/catalogue/search-index.ts';
import type { VenueSummary } from '../lib/catalogue/venue-summary.ts';
import { placeLabel, prepareGazetteer, resolvePlace, searchPlaces, type Gazetteer, type Place } from '../lib/gazetteer.ts';

export interface Places {
  search(text: string): NearPlace[];
  /** The place a text names exactly (« riom », « 63200 », « Riom (63200) »), if any. */
  resolve(text: string): NearPlace | undefined;
  attribution?: string;
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The venue summaries of the search index. */
export async function loadSummaries(url: string): Promise<VenueSummary[]> {
  return (await loadSearchIndex(url)).venues;
}

/** The venue summaries of the search index, and the sub-territories their `territoire` indexes (ids: « haute-savoie », the words of the names). */
export async function loadSearchIndex(url: string): Promise<{ venues: VenueSummary[]; territories: string[] }> {
  const data = await fetchJson<SearchIndexData>(url);
  return { venues: decodeSearchIndex(data), territories: data.territoires };
}

/** The gazetteer, fetched and ready to search (commune names and postcodes → places). */
export async function loadPlaces(url: string): Promise<Places> {
  const gazetteer = await fetchJson<Gazetteer>(url);
  prepareGazetteer(gazetteer);
  return placesOf(gazetteer);
}

/** Search and look-up over a prepared gazetteer (prepareGazetteer). */
export function placesOf(gazetteer: Gazetteer): Places {
  const near = (place: Place): NearPlace => ({ label: placeLabel(place.row), lat: place.point[1], lon: place.point[0] });
  return {
    attribution: gazetteer.attribution,
    search: (text) => searchPlaces(gazetteer, text).map(near),
    resolve: (text) => {
      const place = resolvePlace(gazetteer, text);
      return place && near(place);
    },
  };
}
