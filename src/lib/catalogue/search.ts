/**
 * The catalogue's search (browser-safe): a thin composition of
 * - word-index.ts: the word index built once from the summaries (vocabulary, posting lists, typo look-up);
 * - query-match.ts: what a query matches, how well and why (synonyms, typos, dropped words, a named place);
 * - ranking.ts: the order, with the distance from a place the query named.
 * Fuse over whole venues is far too slow and too lenient at 18,000 venues (250–670 ms per query, « demarches caf »
 * matching 2 venues in 3): Fuse only ranks the few vocabulary words close to a mistyped word.
 */
import { createQueryMatcher, type QueryGroupReport } from './query-match.ts';
import { rankVenues, type RankedVenue, type RankingContext } from './ranking.ts';
import type { VenueSummary } from './venue-summary.ts';
import { buildWordIndex, type WordIndex } from './word-index.ts';

export { MAX_TOKENS, parseQuery, type MatchKind, type ParsedQuery, type QueryGroupReport, type QuerySynonym, type QueryToken, type TokenMatch } from './query-match.ts';

/** A result: the venue's index in the summaries given to createSearcher, its score, why it matched. */
export type SearchHit = RankedVenue;

export interface DetailedResults {
  hits: SearchHit[];
  groups: QueryGroupReport[];
}

export interface Searcher {
  /**
   * Hits ranked by rankVenues (ranking.ts) with `context` (an origin: « Près de »…); without it, a place the query
   * names among the venues' communes (« france services annecy ») is the origin. Empty query and no context: every
   * venue, in order, score 0. The same array for the same query and place (the last one is kept): do not mutate.
   */
  search(query: string, context?: RankingContext): SearchHit[];
  /** The hits and how each group of the query was used (to tell the person a word was ignored). */
  searchDetailed(query: string, context?: RankingContext): DetailedResults;
  /** Size of the word index. */
  stats(): { venues: number; words: number; postings: number };
  /** The vocabulary and posting lists (delta-encoded venues, field masks), to measure what shipping them would cost. */
  exportPostings(): { words: string[]; venues: number[][]; fields: number[][] };
}

/** Builds the word index of the summaries once (or takes it, built from them); `search` then runs per keystroke. */
export function createSearcher(summaries: readonly VenueSummary[], index: WordIndex = buildWordIndex(summaries)): Searcher {
  const matcher = createQueryMatcher(index);
  const everyVenue: SearchHit[] = Array.from({ length: index.n }, (_, venue) => ({ index: venue, score: 0, matched: [] }));
  const coordinates = { lat: index.latitude, lon: index.longitude };

  const searchDetailed = (query: string, context?: RankingContext): DetailedResults => {
    const matches = matcher.match(query);
    if (!matches && !context) return { hits: everyVenue, groups: [] };
    const origin = context?.origin ?? matches?.near;
    const hits = rankVenues({ venues: summaries, matches, nameWords: index.nameLength, coordinates, context: origin ? { ...context, origin } : context });
    return { hits, groups: matches?.groups ?? [] };
  };

  // The last results, for the same query and context (the list and the map ask for them in turn).
  let lastKey: string | undefined;
  let last: DetailedResults | undefined;
  const cached = (query: string, context?: RankingContext): DetailedResults => {
    const cacheable = !context || (!context.openAt && !context.constraints);
    const key = cacheable ? `${context?.origin ? `${context.origin.lat},${context.origin.lon},${context.origin.label},${context.nearestFirst ? 1 : 0}` : ''}|${query}` : undefined;
    if (key !== undefined && key === lastKey) return last!;
    const results = searchDetailed(query, context);
    lastKey = key;
    last = results;
    return results;
  };

  const { words, sorted, sortedIds, offsets, postVenue, postField, postings } = index;
  return {
    search: (query, context) => cached(query, context).hits,
    searchDetailed: cached,
    stats: () => ({ venues: index.n, words: words.length, postings }),
    exportPostings: () => ({
      words: [...sorted],
      venues: Array.from(sortedIds, (id) => {
        const list = Array.from(postVenue.subarray(offsets[id]!, offsets[id + 1]!));
        return list.map((venue, p) => venue - (p > 0 ? list[p - 1]! : 0));
      }),
      fields: Array.from(sortedIds, (id) => Array.from(postField.subarray(offsets[id]!, offsets[id + 1]!))),
    }),
  };
}
