/**
 * What <reperes-finder> loads on first use, in a separate chunk: the search index and its searcher (with Fuse), and
 * the gazetteer, fetched together: « Près de » suggests communes from it, and the search box reads a place in what
 * is typed (src/lib/catalogue/understand.ts).
 */
import type { NearPlace } from '../lib/catalogue/filters.ts';
import { createSearcher, type SearchHit } from '../lib/catalogue/search.ts';
import { mostRecentlyVerifiedFirst } from '../lib/catalogue/ranking.ts';
import { describeUnderstanding, placeWordsBack, understandQuery, withoutNeedPart, type Understanding } from '../lib/catalogue/understand.ts';
import type { SynonymCondition } from '../lib/catalogue/synonyms.ts';
import type { VenueSummary } from '../lib/catalogue/venue-summary.ts';
import { buildWordIndex, someNameHasAll } from '../lib/catalogue/word-index.ts';
import { prepareGazetteer, type Gazetteer } from '../lib/gazetteer.ts';
import { fetchJson, loadSearchIndex, placesOf, type Places } from './catalogue-data.ts';

export type { NearPlace as Place } from '../lib/catalogue/filters.ts';
export type { Places } from './catalogue-data.ts';

export interface Catalogue {
  venues: VenueSummary[];
  /** Ranked hits (rankVenues); with a place, nearest first (« du plus proche au plus loin »), each with its distance. */
  search(query: string, place?: NearPlace): SearchHit[];
  /**
   * The need, the time and the place of what the search box holds (no place without the gazetteer); `readPlace`
   * false: its words are a need and maybe a time, no place (a place is already chosen and the box is not being edited).
   */
  understand(query: string, readPlace: boolean): Understanding;
  /** The « Compris : … » line, and the text helpers of its undo buttons (src/lib/catalogue/understand.ts). */
  describe: typeof describeUnderstanding;
  /** The words of `need` the search read as typos of need words (« aprendre » → apprendre), by folded word, for `describe`. */
  typos(need: string): Map<string, { label: string; means: SynonymCondition }>;
  withoutNeedPart: typeof withoutNeedPart;
  placeWordsBack: typeof placeWordsBack;
  /** The hits reordered « les plus récemment vérifiées » first (ranking.ts `mostRecentlyVerifiedFirst`). */
  mostRecentlyVerifiedFirst(hits: readonly SearchHit[]): SearchHit[];
  /** The gazetteer's suggestions for « Près de »; undefined when it could not be loaded. */
  places?: Places;
}

export async function loadCatalogue(indexUrl: string, placesUrl: string): Promise<Catalogue> {
  // The gazetteer is optional: without it, the search works without places and « Près de » offers the device's position only.
  const gazetteerPromise = fetchJson<Gazetteer>(placesUrl).catch(() => undefined);
  const { venues, territories } = await loadSearchIndex(indexUrl);
  const index = buildWordIndex(venues, territories);
  const searcher = createSearcher(venues, index);
  const gazetteer = await gazetteerPromise;
  if (gazetteer) prepareGazetteer(gazetteer);
  const isVenueName = (words: readonly string[]) => someNameHasAll(index, words);
  let lastKey: string | undefined;
  let last: Understanding | undefined;
  return {
    venues,
    search: (query, place) => searcher.search(query, place ? { origin: place, nearestFirst: true } : undefined),
    understand: (query, readPlace) => {
      // « aujourd'hui »: the device's day of the week (Monday = 0).
      const today = (new Date().getDay() + 6) % 7;
      const key = `${readPlace ? 1 : 0}${today}${query}`;
      if (key !== lastKey) {
        // Without reading a place, a time is still read (« samedi » typed after « Près de » was chosen).
        last = understandQuery(query, readPlace ? gazetteer : undefined, { isVenueName, today });
        lastKey = key;
      }
      return last!;
    },
    mostRecentlyVerifiedFirst: (hits) => mostRecentlyVerifiedFirst(hits, venues),
    describe: describeUnderstanding,
    typos: (need) => {
      const typos = new Map<string, { label: string; means: SynonymCondition }>();
      for (const group of searcher.searchDetailed(need).groups) if (group.typoOf) typos.set(group.query, group.typoOf);
      return typos;
    },
    withoutNeedPart,
    placeWordsBack,
    places: gazetteer && placesOf(gazetteer),
  };
}
