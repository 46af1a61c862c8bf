/**
 * The catalogue's search (browser-safe): a thin composition of
 * - word-index.ts: the word index built once from the summaries (vocabulary, posting lists, typo look-up);
 * - query-match.ts: what a query matches, how well and why (synonyms, typos, dropped words, a named place);
 * - ranking.ts: the order, with the distance from a place the query named.
 * Fuse over whole venues is far too slow and too lenient at 18,000 venues (250–670 ms per query, « demarches caf »
 * matching 2 venues in 3): Fuse only ranks the few vocabulary words close to a mistyped word.
 */
import { createQueryMatcher, type QueryGroupReport } from './query-match.ts';
import { rankVenues, type RankedVenue } from './ranking.ts';
import type { VenueSummary } from './venue-summary.ts';
import { buildWordIndex } from './word-index.ts';

export { MAX_TOKENS, parseQuery, type MatchKind, type ParsedQuery, type QueryGroupReport, type QuerySynonym, type QueryToken, type TokenMatch } from './query-match.ts';

/** A result: the venue's index in the summaries given to createSearcher, its score, why it matched. */
export type SearchHit = RankedVenue;

export interface DetailedResults {
  hits: SearchHit[];
  groups: QueryGroupReport[];
}

export interface Searcher {
  /** Hits sorted by relevance; empty query: every venue, in order, score 0 (the same array each time: do not mutate). */
  search(query: string): SearchHit[];
  /** The hits and how each group of the query was used (to tell the person a word was ignored). */
  searchDetailed(query: string): DetailedResults;
  /** Size of the word index. */
  stats(): { venues: number; words: number; postings: number };
  /** The vocabulary and posting lists (delta-encoded venues, field masks), to measure what shipping them would cost. */
  exportPostings(): { words: string[]; venues: number[][]; fields: number[][] };
}

/** Builds the word index of the summaries once; `search` then runs per keystroke. */
export function createSearcher(summaries: readonly VenueSummary[]): Searcher {
  const index = buildWordIndex(summaries);
  const matcher = createQueryMatcher(index);
  const everyVenue: SearchHit[] = Array.from({ length: index.n }, (_, venue) => ({ index: venue, score: 0, matched: [] }));

  const searchDetailed = (query: string): DetailedResults => {
    const matches = matcher.match(query);
    if (!matches) return { hits: everyVenue, groups: [] };
    const hits = rankVenues({ venues: summaries, matches, nameWords: index.nameLength, context: matches.near ? { origin: matches.near } : undefined });
    return { hits, groups: matches.groups };
  };

  const { words, sorted, sortedIds, offsets, postVenue, postField, postings } = index;
  return {
    search: (query) => searchDetailed(query).hits,
    searchDetailed,
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
