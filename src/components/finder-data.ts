/**
 * What <reperes-finder> loads on first use, in a separate chunk: the search index and its
 * searcher (with Fuse), and the gazetteer for « Près de » (./catalogue-data.ts).
 */
import { createSearcher } from '../lib/catalogue/search.ts';
import type { VenueSummary } from '../lib/catalogue/venue-summary.ts';
import { loadSummaries } from './catalogue-data.ts';

export { loadPlaces, type Places } from './catalogue-data.ts';
export type { NearPlace as Place } from '../lib/catalogue/filters.ts';

export interface Catalogue {
  venues: VenueSummary[];
  search(query: string): { index: number; score: number }[];
}

export async function loadCatalogue(url: string): Promise<Catalogue> {
  const venues = await loadSummaries(url);
  const searcher = createSearcher(venues);
  return { venues, search: (query) => searcher.search(query) };
}
