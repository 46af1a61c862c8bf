/**
 * Search over the venue summaries (browser-safe). Fuse over whole venues is far too slow and too lenient at 18,000
 * venues (250–670 ms per query, « demarches caf » matching 2 venues in 3), so:
 *
 * 1. an inverted index built once (createSearcher): the sorted vocabulary of the normalised words of the
 *    searchable fields (FUSE_KEYS: name, commune, postcode, operator, description keywords) → posting lists
 *    (venue, fields), in typed arrays;
 * 2. a query is normalised (text.ts) and cut into groups: one word, or a phrase of the synonym list (« carte grise »);
 * 3. a group matches venues by exact word, same word up to a final plural s/x, prefix (only the word being typed:
 *    the last one, when the query does not end with a space), synonym condition (synonyms.ts: services, practical
 *    services, démarches, levers, publics, specific support), and, only when nothing else matches, Fuse over the
 *    few vocabulary words of the same first letter and nearly the same letters (typos: « mediateque », « clermond »);
 *    a number of one or two digits next to other words also matches postcodes ending with it (« lyon 3 » → 69003);
 * 4. groups combine with AND. A group matching no venue is ignored; if the AND is empty, groups are dropped one by
 *    one: first a place (a word found in the communes or postcodes of nearby venues), whose venues then rank the
 *    results by distance (« france services annecy » → France Services nearest to Annecy), else the most
 *    restrictive group. `searchDetailed` tells which groups were dropped;
 * 5. score = sum over groups of the group's best match: field weight (FUSE_KEYS; a word in several fields adds a
 *    fifth of the other weights) × kind of match; ties: fewer words in the name first, then the original order.
 *
 * Relevance order: exact word in the name > prefix in the name > commune or postcode > operator > synonym
 * (practical service or démarche listed > service > démarches not specified > lever) > description keyword > fuzzy.
 * Queries are limited to MAX_TOKENS words.
 */
import Fuse from 'fuse.js/basic';
import { DEMARCHE_IDS, LEVERS, SERVICE_PRATIQUE_IDS } from '../schema/reperes.ts';
import { PRISES_EN_CHARGE, PUBLICS, SERVICES } from '../schema/standard.ts';
import { FUSE_KEYS, FUSE_OPTIONS, type SearchField } from './search-index.ts';
import type { VenueSummary } from './venue-summary.ts';
import { compiledSynonyms, mergeConditions, phraseKey, type SynonymCondition } from './synonyms.ts';
import { contentWords, expandAbbreviation, isStopWord, stem, tokenize } from '../text.ts';

// ---------------------------------------------------------------------------------------------------------
// Query parsing

export interface QueryToken {
  /** Normalised word. */
  text: string;
  /** The word is being typed (last word, no space after it): it also matches as a prefix. */
  prefix: boolean;
}

export interface QuerySynonym {
  /** Range of tokens the synonym covers: tokens[start..end). */
  start: number;
  end: number;
  /** Synonym phrases matched (keys of the compiled list; several when the word being typed is a prefix of several). */
  keys: string[];
  /** Phrase as written in SYNONYMS, for explanations. */
  label: string;
  /** Union of the conditions. */
  means: SynonymCondition;
  /** Union of the broader conditions (weaker matches), if any. */
  broader?: SynonymCondition;
  /** Matched as the prefix of a phrase (the word is being typed). */
  prefix: boolean;
}

export interface ParsedQuery {
  tokens: QueryToken[];
  synonyms: QuerySynonym[];
}

/** Minimum length of a word being typed for it to match synonyms by prefix (« impr » → imprimer). */
const SYNONYM_PREFIX_MIN = 4;
/** Words of a query beyond this number are ignored (bounds the work per keystroke). */
export const MAX_TOKENS = 10;

/**
 * Normalised words of a query without stop words (a lone word being typed is kept even if it is a stop word:
 * « la » may be the start of « laval »), and the synonym phrases found in them (longest first, left to right).
 */
export function parseQuery(query: string): ParsedQuery {
  const words = tokenize(query);
  const typing = words.length > 0 && /[\p{L}\p{N}]$/u.test(query);
  let tokens: QueryToken[] = words.map((text, index) => {
    const prefix = typing && index === words.length - 1;
    return { text: prefix ? text : expandAbbreviation(text), prefix };
  });
  const content = tokens.filter((token) => !isStopWord(token.text));
  tokens = content.length === 0 && tokens.length > 0 && tokens[tokens.length - 1]!.prefix ? [tokens[tokens.length - 1]!] : content;
  if (tokens.length > MAX_TOKENS) tokens = tokens.slice(0, MAX_TOKENS).map((token) => ({ ...token, prefix: false }));

  const { byKey, labels, maxWords } = compiledSynonyms();
  const stems = tokens.map((token) => stem(token.text));
  const synonyms: QuerySynonym[] = [];
  for (let start = 0; start < tokens.length; ) {
    let found: QuerySynonym | undefined;
    for (let length = Math.min(maxWords, tokens.length - start); length >= 1 && !found; length--) {
      const end = start + length;
      const key = phraseKey(tokens.slice(start, end).map((token) => token.text));
      const exact = byKey.get(key);
      if (exact) {
        found = { start, end, keys: [key], label: labels.get(key)!, ...exact, prefix: false };
        break;
      }
      // The word being typed: phrases of the same length starting with what is typed (« carte gri », « impr »).
      const last = tokens[end - 1]!;
      if (last.prefix && end === tokens.length && last.text.length >= (length === 1 ? SYNONYM_PREFIX_MIN : 1)) {
        const head = stems.slice(start, end - 1).join(' ');
        const begin = head ? `${head} ${last.text}` : last.text;
        const keys = [...byKey.keys()].filter((candidate) => candidate.startsWith(begin) && candidate.split(' ').length === length);
        if (keys.length > 0) {
          const entries = keys.map((k) => byKey.get(k)!);
          const broader = mergeConditions(entries.map((entry) => entry.broader));
          found = { start, end, keys, label: labels.get(keys[0]!)!, means: mergeConditions(entries.map((entry) => entry.means))!, ...(broader ? { broader } : {}), prefix: true };
        }
      }
    }
    if (found) {
      synonyms.push(found);
      start = found.end;
    } else start++;
  }
  return { tokens, synonyms };
}

// ---------------------------------------------------------------------------------------------------------
// Results

/** `near`: the group named a place where no venue matches the rest of the query; results are ranked by distance to it. */
export type MatchKind = 'exact' | 'stem' | 'prefix' | 'fuzzy' | 'synonym' | 'near';

/** How one group of the query matched a venue (shared between venues: do not mutate). */
export interface TokenMatch {
  /** The query words of the group (« carte grise », « medi »). */
  query: string;
  /** Field where the word was found, or `synonym` (the venue meets the synonym's condition). */
  field: SearchField | 'synonym';
  kind: MatchKind;
  /** The word of the venue (vocabulary word); for a synonym, what it stands for (« démarches : social-sante »); for `near`, the distance (« 12 km »). */
  word: string;
}

export interface SearchHit {
  /** Index of the venue in the summaries given to createSearcher. */
  index: number;
  score: number;
  /** One entry per query group that took part (dropped groups have none), in query order. */
  matched: TokenMatch[];
}

export interface QueryGroupReport {
  query: string;
  /** Venues this group matches on its own. */
  venues: number;
  /** Ignored: it matches nothing, or the AND of all groups was empty and it was the most restrictive. */
  dropped: boolean;
  /** Dropped but used as a place: results are ranked by distance to the venues it matched (« france services annecy »). */
  near?: boolean;
  synonym?: string;
}

export interface DetailedResults {
  hits: SearchHit[];
  groups: QueryGroupReport[];
}

export interface Searcher {
  /** Hits sorted by relevance; empty query: every venue, in order, score 0 (the same array each time: do not mutate). */
  search(query: string): SearchHit[];
  /** The hits and how each group of the query was used (to tell the person a word was ignored). */
  searchDetailed(query: string): DetailedResults;
  /** Size of the inverted index. */
  stats(): { venues: number; words: number; postings: number };
  /** The vocabulary and posting lists (delta-encoded venues, field masks), to measure what shipping them would cost. */
  exportPostings(): { words: string[]; venues: number[][]; fields: number[][] };
}

// ---------------------------------------------------------------------------------------------------------
// Scores

/** Searchable fields, in the order of FUSE_KEYS (createSearcher reads them in this order). */
const FIELDS = FUSE_KEYS.map((key) => key.name);
if (FIELDS.join() !== 'nom,commune,code_postal,structure,texte') throw new Error('search: FUSE_KEYS changed, update createSearcher');
const FIELD_WEIGHTS = FUSE_KEYS.map((key) => key.weight);
const PLACE_FIELDS = (1 << FIELDS.indexOf('commune')) | (1 << FIELDS.indexOf('code_postal'));
const KIND = { exact: 1, stem: 0.9, prefixMin: 0.6, prefixMax: 0.85, fuzzy: 0.3 } as const;
/** Synonym scores, between an operator match (5) and a description keyword (2). */
const SYNONYM = { specific: 4.5, service: 3.5, fallback: 3, lever: 2.5, broader: 2.5, everyone: 2, typing: 0.8, fuzzy: 0.6 } as const;
/** Factor of the prefix matches of a word typed in full that is a synonym (« caf » → « cafe »): below the synonym. */
const SYNONYM_WORD_PREFIX = 0.3;
/** Bonus when the first group matches the first word of the name (« Médiathèque … » before « Espace … médiathèque »). */
const FIRST_WORD_BONUS = 0.5;
/** Fuse: shortest word looked up with typos, candidates kept per word. */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_CANDIDATES = 6;
const CACHE_SIZE = 24;
/** Proximity to a dropped place group: bonus NEAR.weight × exp(−distance / NEAR.scaleKm); a place spread wider than spreadKm is not a place. */
const NEAR = { weight: 6, scaleKm: 15, spreadKm: 40, share: 0.8 } as const;

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180)) * 111.32;
  const y = (lat2 - lat1) * 110.57;
  return Math.sqrt(x * x + y * y);
}

const ADMIN_SERVICE_BIT = 1 << SERVICES.indexOf('Aide aux démarches administratives');

function maskOf(values: readonly string[] | undefined, list: readonly string[]): number {
  let mask = 0;
  for (const value of values ?? []) {
    const index = list.indexOf(value);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

function conditionMasks(condition: SynonymCondition) {
  return {
    services: maskOf(condition.services, SERVICES),
    pratiques: maskOf(condition.services_pratiques, SERVICE_PRATIQUE_IDS),
    demarches: maskOf(condition.demarches, DEMARCHE_IDS),
    levers: maskOf(condition.leviers, LEVERS),
    publics: maskOf(condition.publics, PUBLICS),
    prises: maskOf(condition.prises_en_charge, PRISES_EN_CHARGE),
  };
}

/** Best field of a mask (bit i: FIELDS[i]). */
function bestField(mask: number): number {
  for (let i = 0; i < FIELDS.length; i++) if (mask & (1 << i)) return i;
  return -1;
}

/** A word found in several fields (name and commune: « Emmaüs Connect Grenoble » in Grenoble) scores a bit more. */
const OTHER_FIELDS_SHARE = 0.2;

/** Weight of a field mask: best field's weight + OTHER_FIELDS_SHARE × the others'. */
const MASK_WEIGHTS = Array.from({ length: 1 << FIELDS.length }, (_, mask) => {
  const best = bestField(mask);
  if (best < 0) return 0;
  let weight = FIELD_WEIGHTS[best]!;
  for (let i = 0; i < FIELDS.length; i++) if (i !== best && mask & (1 << i)) weight += OTHER_FIELDS_SHARE * FIELD_WEIGHTS[i]!;
  return weight;
});

// ---------------------------------------------------------------------------------------------------------
// Searcher

interface GroupResult {
  count: number;
  /** The dense arrays below, returned to the pool when the result leaves the cache. */
  buffers: { score: Float32Array; how: Int32Array; place: Uint8Array };
  venues: Int32Array;
  /** Dense, by venue: score (0: no match) and index in `matches`. */
  score: Float32Array;
  how: Int32Array;
  /** By venue: 1 when the group's words were found in its commune or postcode. */
  place: Uint8Array;
  matches: TokenMatch[];
}

interface Group {
  tokens: QueryToken[];
  /** The query has other groups (a number may then be an arrondissement: « paris 18 », « lyon 3 »). */
  withOthers: boolean;
  synonym?: QuerySynonym;
  query: string;
  key: string;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Builds the inverted index of the summaries once; `search` then runs per keystroke. */
export function createSearcher(summaries: readonly VenueSummary[]): Searcher {
  const n = summaries.length;
  // Vocabulary and postings (compressed rows: the postings of word w are postVenue/postField[offsets[w]..offsets[w + 1])).
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const firstNameWord = new Int32Array(n).fill(-1);
  const nameLength = new Uint8Array(n);
  // (word, venue, field) triples in venue order, then sorted by word (counting sort).
  let tripleWord = new Int32Array(Math.max(64, n * 12));
  let tripleVenue = new Int32Array(tripleWord.length);
  let tripleField = new Uint8Array(tripleWord.length);
  let triples = 0;
  const push = (word: number, venue: number, field: number) => {
    if (triples === tripleWord.length) {
      const grow = <A extends Int32Array | Uint8Array>(array: A, make: (size: number) => A): A => {
        const bigger = make(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      tripleWord = grow(tripleWord, (size) => new Int32Array(size));
      tripleVenue = grow(tripleVenue, (size) => new Int32Array(size));
      tripleField = grow(tripleField, (size) => new Uint8Array(size));
    }
    tripleWord[triples] = word;
    tripleVenue[triples] = venue;
    tripleField[triples] = field;
    triples++;
  };
  // Communes, postcodes and operators repeat: each distinct value is tokenised once.
  const tokenCache = new Map<string, number[]>();
  const wordsOf = (value: string): number[] => {
    let ids = tokenCache.get(value);
    if (!ids) {
      ids = [];
      for (const word of contentWords(value)) {
        let id = wordIds.get(word);
        if (id === undefined) {
          id = words.length;
          wordIds.set(word, id);
          words.push(word);
        }
        ids.push(id);
      }
      if (tokenCache.size < 200_000) tokenCache.set(value, ids);
    }
    return ids;
  };
  // Decoded summaries share equal lists: their bitsets are computed once per array.
  const maskCache = new Map<readonly string[], number>();
  const masks = (values: readonly string[], list: readonly string[]): number => {
    let mask = maskCache.get(values);
    if (mask === undefined) {
      mask = maskOf(values, list);
      maskCache.set(values, mask);
    }
    return mask;
  };
  const servicesMask = new Int32Array(n);
  const pratiquesMask = new Int32Array(n);
  const demarchesMask = new Int32Array(n);
  const leversMask = new Int32Array(n);
  const publicsMask = new Int32Array(n);
  const prisesMask = new Int32Array(n);
  const latitude = new Float64Array(n).fill(NaN);
  const longitude = new Float64Array(n).fill(NaN);
  for (let venue = 0; venue < n; venue++) {
    const summary = summaries[venue]!;
    if (summary.lat !== undefined && summary.lon !== undefined) {
      latitude[venue] = summary.lat;
      longitude[venue] = summary.lon;
    }
    const values = [summary.nom, summary.commune, summary.code_postal, summary.structure, summary.texte];
    for (let field = 0; field < values.length; field++) {
      const value = values[field];
      if (!value) continue;
      const ids = wordsOf(value);
      for (const id of ids) push(id, venue, field);
      if (field === 0) {
        if (ids.length > 0) firstNameWord[venue] = ids[0]!;
        nameLength[venue] = Math.min(255, ids.length);
      }
    }
    servicesMask[venue] = masks(summary.services, SERVICES);
    pratiquesMask[venue] = masks(summary.services_pratiques, SERVICE_PRATIQUE_IDS);
    demarchesMask[venue] = masks(summary.demarches, DEMARCHE_IDS);
    leversMask[venue] = masks(summary.leviers, LEVERS);
    publicsMask[venue] = masks(summary.publics, PUBLICS);
    prisesMask[venue] = masks(summary.prises_en_charge, PRISES_EN_CHARGE);
  }
  const offsets = new Int32Array(words.length + 1);
  for (let t = 0; t < triples; t++) offsets[tripleWord[t]! + 1]!++;
  for (let w = 0; w < words.length; w++) offsets[w + 1]! += offsets[w]!;
  const fill = offsets.slice(0, words.length);
  const rawVenue = new Int32Array(triples);
  const rawField = new Uint8Array(triples);
  for (let t = 0; t < triples; t++) {
    const at = fill[tripleWord[t]!]!++;
    rawVenue[at] = tripleVenue[t]!;
    rawField[at] = 1 << tripleField[t]!;
  }
  // Merge the postings of a word in the same venue (several fields, or a word repeated).
  const postVenue = new Int32Array(triples);
  const postField = new Uint8Array(triples);
  let postings = 0;
  for (let w = 0; w < words.length; w++) {
    const start = offsets[w]!;
    const end = offsets[w + 1]!;
    offsets[w] = postings;
    for (let p = start; p < end; p++) {
      if (p > start && rawVenue[p] === postVenue[postings - 1]) postField[postings - 1]! |= rawField[p]!;
      else {
        postVenue[postings] = rawVenue[p]!;
        postField[postings] = rawField[p]!;
        postings++;
      }
    }
  }
  offsets[words.length] = postings;
  const sorted = [...words].sort();
  const sortedIds = Int32Array.from(sorted, (word) => wordIds.get(word)!);
  const byStem = new Map<string, number[]>();
  for (let id = 0; id < words.length; id++) {
    const key = stem(words[id]!);
    if (key === words[id]) continue;
    const list = byStem.get(key);
    if (list) list.push(id);
    else byStem.set(key, [id]);
  }
  // Postcodes by their last two digits (arrondissements).
  const postcodesEndingWith = new Map<string, number[]>();
  const postcodeBit = 1 << FIELDS.indexOf('code_postal');
  for (let id = 0; id < words.length; id++) {
    const word = words[id]!;
    if (!/^\d{4,5}$/.test(word)) continue;
    let inPostcode = false;
    for (let p = offsets[id]!; p < offsets[id + 1]! && !inPostcode; p++) inPostcode = (postField[p]! & postcodeBit) !== 0;
    if (!inPostcode) continue;
    const list = postcodesEndingWith.get(word.slice(-2));
    if (list) list.push(id);
    else postcodesEndingWith.set(word.slice(-2), [id]);
  }
  // Words whose stem is another word: « demarche » also finds « demarches ».
  const stemSiblings = (token: string): number[] => {
    const key = stem(token);
    const ids = [...(byStem.get(key) ?? [])];
    const plain = wordIds.get(key);
    if (plain !== undefined) ids.push(plain);
    return ids.filter((id) => words[id] !== token);
  };

  /**
   * Typos: the words of the vocabulary with the same first letter, a close length and nearly the same letters
   * (letter-count filter: k edits change at most 2k letter counts) are handed to Fuse, which ranks them
   * (FUSE_OPTIONS). For the word being typed, only the beginning of longer words is compared.
   * Fuse alone over the ~1,300 words of a letter takes ~20 ms per keystroke; the filter keeps a few dozen.
   */
  const counts = new Int16Array(128);
  const letterDistance = (a: string, b: string, bLength: number): number => {
    for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]!++;
    for (let i = 0; i < bLength; i++) counts[b.charCodeAt(i) & 127]!--;
    let distance = 0;
    for (let i = 0; i < a.length; i++) {
      const c = a.charCodeAt(i) & 127;
      distance += Math.abs(counts[c]!);
      counts[c] = 0;
    }
    for (let i = 0; i < bLength; i++) {
      const c = b.charCodeAt(i) & 127;
      distance += Math.abs(counts[c]!);
      counts[c] = 0;
    }
    return distance;
  };
  /** Fuse over the words of `list` (sorted) that pass the filters; `ids[i]` is returned for `list[i]`. */
  const fuzzyIn = (list: readonly string[], ids: ArrayLike<number>, token: string, prefix: boolean): Array<{ id: number; score: number }> => {
    const slack = Math.max(1, Math.floor(token.length / 4));
    const start = lowerBound(list, token[0]!);
    const end = lowerBound(list, String.fromCharCode(token.charCodeAt(0) + 1));
    const candidates: string[] = [];
    const candidateIds: number[] = [];
    for (let s = start; s < end; s++) {
      const word = list[s]!;
      if (word.length < token.length - slack || (!prefix && word.length > token.length + slack)) continue;
      if (letterDistance(token, word, Math.min(word.length, prefix ? token.length : word.length)) > 2 * slack) continue;
      candidates.push(prefix ? word.slice(0, token.length + slack) : word);
      candidateIds.push(ids[s]!);
    }
    if (candidates.length === 0) return [];
    const found: Array<{ id: number; score: number }> = [];
    for (const result of new Fuse(candidates, FUSE_OPTIONS).search(token)) {
      found.push({ id: candidateIds[result.refIndex]!, score: result.score ?? 0 });
      if (found.length >= FUZZY_CANDIDATES) break;
    }
    return found;
  };
  const fuzzyWords = (token: string, prefix: boolean) => fuzzyIn(sorted, sortedIds, token, prefix);
  const synonymWords = compiledSynonyms().singleWords.filter((word) => word.length >= FUZZY_MIN_LENGTH);
  const synonymIds = synonymWords.map((_, index) => index);

  // Buffers: dense per-venue arrays are recycled (allocating many 72 KB ArrayBuffers per keystroke triggers full
  // garbage collections: pauses of 50–150 ms).
  let stampValue = 0;
  const stamp = new Uint32Array(n);
  const totalsBuffer = new Float64Array(n);
  const keysBuffer = new Float64Array(n);
  const distancesBuffer = new Float64Array(n);
  const positionOf = new Int32Array(n);
  interface Buffers {
    score: Float32Array;
    how: Int32Array;
    place: Uint8Array;
  }
  const pool: Buffers[] = [];
  const takeBuffers = (): Buffers => {
    const recycled = pool.pop();
    if (recycled) {
      recycled.score.fill(0);
      recycled.place.fill(0);
      return recycled;
    }
    return { score: new Float32Array(n), how: new Int32Array(n), place: new Uint8Array(n) };
  };
  const release = (buffers: Buffers) => {
    if (pool.length < 8) pool.push(buffers);
  };

  const evaluateGroup = (group: Group, first: boolean): GroupResult => {
    const matches: TokenMatch[] = [];
    const matchIndex = new Map<string, number>();
    const matchOf = (field: SearchField | 'synonym', kind: MatchKind, word: string) => {
      const key = `${field}|${kind}|${word}`;
      let index = matchIndex.get(key);
      if (index === undefined) {
        index = matches.length;
        matches.push({ query: group.query, field, kind, word });
        matchIndex.set(key, index);
      }
      return index;
    };
    const synonym = group.synonym;

    /** Text matches of one word: dense scores by venue, the venues, and how each matched. */
    const textMatches = (token: QueryToken, allowFuzzy: boolean) => {
      const buffers = takeBuffers();
      const { score, how, place } = buffers;
      const venues: number[] = [];
      const scan = (id: number, factor: number, kind: MatchKind) => {
        const fieldMatches: number[] = [];
        for (let p = offsets[id]!, end = offsets[id + 1]!; p < end; p++) {
          const venue = postVenue[p]!;
          const mask = postField[p]!;
          if (mask & PLACE_FIELDS) place[venue] = 1;
          const field = bestField(mask);
          let value = MASK_WEIGHTS[mask]! * factor;
          if (first && field === 0 && firstNameWord[venue] === id) value += FIRST_WORD_BONUS;
          const previous = score[venue]!;
          if (value > previous) {
            if (previous === 0) venues.push(venue);
            score[venue] = value;
            how[venue] = fieldMatches[field] ??= matchOf(FIELDS[field]!, kind, words[id]!);
          }
        }
      };
      const exact = wordIds.get(token.text);
      if (exact !== undefined) scan(exact, KIND.exact, 'exact');
      for (const id of stemSiblings(token.text)) scan(id, KIND.stem, 'stem');
      if (token.prefix) {
        // A word typed in full that is a synonym (« caf ») : its longer completions (« cafe ») rank below the synonym.
        const damping = synonym && !synonym.prefix ? SYNONYM_WORD_PREFIX : 1;
        for (let s = lowerBound(sorted, token.text); s < sorted.length && sorted[s]!.startsWith(token.text); s++) {
          const word = sorted[s]!;
          if (word === token.text) continue;
          scan(sortedIds[s]!, damping * (KIND.prefixMin + (KIND.prefixMax - KIND.prefixMin) * (token.text.length / word.length)), 'prefix');
        }
      }
      // « paris 18 », « lyon 3 »: a number of 1 or 2 digits with other words may be an arrondissement (750**18**).
      if (group.withOthers && /^\d{1,2}$/.test(token.text)) {
        for (const id of postcodesEndingWith.get(token.text.padStart(2, '0')) ?? []) scan(id, KIND.stem, 'stem');
      }
      if (venues.length === 0 && allowFuzzy && token.text.length >= FUZZY_MIN_LENGTH && !/^\d+$/.test(token.text)) {
        for (const { id, score: fuseScore } of fuzzyWords(token.text, token.prefix)) scan(id, KIND.fuzzy * (1 - fuseScore), 'fuzzy');
      }
      return { buffers, score, how, place, venues };
    };

    // Text: every word of the group must match (a phrase of several words sums them). Fuzzy only without synonym.
    const perWord = group.tokens.map((token) => textMatches(token, !synonym));
    let { buffers, score, how, place, venues } = perWord[0]!;
    if (perWord.length > 1) {
      const kept: number[] = [];
      for (const venue of venues) {
        let total = score[venue]!;
        for (let w = 1; w < perWord.length && total > 0; w++) {
          const value = perWord[w]!.score[venue]!;
          total = value > 0 ? total + value : 0;
          place[venue] = place[venue]! & perWord[w]!.place[venue]!;
        }
        score[venue] = total;
        if (total > 0) kept.push(venue);
      }
      venues = kept;
      for (let w = 1; w < perWord.length; w++) release(perWord[w]!.buffers);
    }
    const offer = (venue: number, value: number, match: number) => {
      const previous = score[venue]!;
      if (value > previous) {
        if (previous === 0) venues.push(venue);
        score[venue] = value;
        how[venue] = match;
      }
    };

    // Synonym: the venue meets the condition (or the broader one); a word with no match at all may be a typo of one.
    const fuzzy = !synonym && group.tokens.length === 1 && venues.length === 0 ? fuzzySynonym(group.tokens[0]!) : undefined;
    const condition = synonym ?? fuzzy;
    if (condition) {
      const factor = synonym ? (synonym.prefix ? SYNONYM.typing : 1) : SYNONYM.fuzzy;
      const { means, broader } = condition;
      const want = conditionMasks(means);
      const wide = broader ? conditionMasks(broader) : undefined;
      const label = synonym?.label ?? fuzzy!.label;
      const kind: MatchKind = synonym ? 'synonym' : 'fuzzy';
      const describe = (what: string, values: readonly string[] | undefined) => (values?.length ? matchOf('synonym', kind, `${label} → ${what} : ${values.join(', ')}`) : -1);
      const specificPratique = describe('services pratiques', means.services_pratiques);
      const specificDemarche = describe('démarches', means.demarches);
      const specificPublic = describe('publics', means.publics);
      const specificSupport = describe('prise en charge', means.prises_en_charge);
      const service = describe('services', means.services);
      const lever = describe('leviers', means.leviers);
      const fallback = want.demarches ? matchOf('synonym', kind, `${label} → Aide aux démarches administratives (démarches non précisées)`) : -1;
      const everyone = want.publics ? matchOf('synonym', kind, `${label} → tous publics`) : -1;
      const broad = broader ? matchOf('synonym', kind, `${label} → au sens large : ${Object.values(broader).flat().join(', ')}`) : -1;
      const specific = SYNONYM.specific * factor;
      for (let venue = 0; venue < n; venue++) {
        if (want.pratiques & pratiquesMask[venue]!) offer(venue, specific, specificPratique);
        else if (want.demarches & demarchesMask[venue]!) offer(venue, specific, specificDemarche);
        else if (want.publics & publicsMask[venue]!) offer(venue, specific, specificPublic);
        else if (want.prises & prisesMask[venue]!) offer(venue, specific, specificSupport);
        else if (want.services & servicesMask[venue]!) offer(venue, SYNONYM.service * factor, service);
        else if (want.demarches && demarchesMask[venue] === 0 && servicesMask[venue]! & ADMIN_SERVICE_BIT) offer(venue, SYNONYM.fallback * factor, fallback);
        else if (want.levers & leversMask[venue]!) offer(venue, SYNONYM.lever * factor, lever);
        else if (
          wide &&
          (wide.services & servicesMask[venue]! ||
            wide.pratiques & pratiquesMask[venue]! ||
            wide.demarches & demarchesMask[venue]! ||
            wide.levers & leversMask[venue]! ||
            wide.publics & publicsMask[venue]! ||
            wide.prises & prisesMask[venue]!)
        ) {
          offer(venue, SYNONYM.broader * factor, broad);
        } else if (want.publics && publicsMask[venue] === 0) offer(venue, SYNONYM.everyone * factor, everyone);
      }
    }
    return { count: venues.length, venues: Int32Array.from(venues), buffers, score, how, place, matches };
  };

  /** A synonym for a word that matches nothing, by Fuse over the synonym words (« imprimmer » → imprimer). */
  const fuzzySynonym = (token: QueryToken): { label: string; means: SynonymCondition; broader?: SynonymCondition } | undefined => {
    if (token.text.length < FUZZY_MIN_LENGTH || /^\d+$/.test(token.text)) return undefined;
    const [best] = fuzzyIn(synonymWords, synonymIds, token.text, false);
    if (!best) return undefined;
    const key = synonymWords[best.id]!;
    const { labels, byKey } = compiledSynonyms();
    return { label: labels.get(key)!, ...byKey.get(key)! };
  };

  const cache = new Map<string, GroupResult>();
  /** Results evicted from the cache during a search: released when it ends (the search may still use them). */
  const evicted: GroupResult[] = [];
  const groupResult = (group: Group, first: boolean): GroupResult => {
    const key = `${first ? 1 : 0}${group.key}`;
    let result = cache.get(key);
    if (result) {
      cache.delete(key);
      cache.set(key, result);
      return result;
    }
    result = evaluateGroup(group, first);
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) {
      const oldest = cache.keys().next().value!;
      evicted.push(cache.get(oldest)!);
      cache.delete(oldest);
    }
    return result;
  };

  /**
   * Positions in `found`, by score (descending), then fewer words in the name, then venue order. Packs the three
   * keys into one number and sorts a Float64Array natively (several times faster than a comparator at 15,000 hits).
   */
  const sortByRelevance = (found: readonly number[], totals: Float64Array): number[] => {
    const count = found.length;
    if (n >= 1 << 22) {
      const order = Array.from(found.keys());
      return order.sort((a, b) => totals[b]! - totals[a]! || nameLength[found[a]!]! - nameLength[found[b]!]! || found[a]! - found[b]!);
    }
    const keys = keysBuffer.subarray(0, count);
    for (let i = 0; i < count; i++) {
      const venue = found[i]!;
      const score = Math.min(Math.max(Math.round(totals[i]! * 1000), 0), 2 ** 23 - 1);
      keys[i] = score * 2 ** 30 + (255 - nameLength[venue]!) * 2 ** 22 + (2 ** 22 - 1 - venue);
      positionOf[venue] = i;
    }
    keys.sort();
    const order = new Array<number>(count);
    for (let i = 0; i < count; i++) order[i] = positionOf[2 ** 22 - 1 - (keys[count - 1 - i]! % 2 ** 22)]!;
    return order;
  };

  const everyVenue: SearchHit[] = Array.from({ length: n }, (_, index) => ({ index, score: 0, matched: [] }));

  const searchDetailed = (query: string): DetailedResults => {
    const parsed = parseQuery(query);
    if (parsed.tokens.length === 0) return { hits: everyVenue, groups: [] };
    const groups: Group[] = [];
    for (let t = 0; t < parsed.tokens.length; ) {
      const synonym = parsed.synonyms.find((s) => s.start === t);
      const end = synonym ? synonym.end : t + 1;
      const tokens = parsed.tokens.slice(t, end);
      const text = tokens.map((token) => token.text).join(' ');
      groups.push({ tokens, withOthers: false, synonym, query: text, key: '' });
      t = end;
    }
    for (const group of groups) {
      group.withOthers = groups.length > 1;
      group.key = `${group.withOthers ? '+' : ''}${group.tokens.map((token) => `${token.prefix ? '~' : ''}${token.text}`).join(' ')}`;
    }
    const results = groups.map((group, index) => groupResult(group, index === 0));
    const active = results.map((result) => result.count > 0);
    const intersect = (): number[] => {
      const used = results.map((_, index) => index).filter((index) => active[index]);
      if (used.length === 0) return [];
      used.sort((a, b) => results[a]!.count - results[b]!.count);
      const smallest = results[used[0]!]!;
      const found: number[] = [];
      stampValue++;
      for (let i = 0; i < smallest.count; i++) {
        const venue = smallest.venues[i]!;
        let ok = true;
        for (let u = 1; u < used.length; u++) {
          if (results[used[u]!]!.score[venue] === 0) {
            ok = false;
            break;
          }
        }
        if (ok && stamp[venue] !== stampValue) {
          stamp[venue] = stampValue;
          found.push(venue);
        }
      }
      return found;
    };
    let found = intersect();
    /**
     * The centre (median point) of a group that names a place: mostly commune or postcode matches, mostly within
     * NEAR.spreadKm of the centre (imported coordinates have outliers); else null.
     */
    const placeCentre = (result: GroupResult): [number, number] | null => {
      let place = 0;
      const lats: number[] = [];
      const lons: number[] = [];
      for (let i = 0; i < result.count; i++) {
        const venue = result.venues[i]!;
        place += result.place[venue]!;
        if (!Number.isNaN(latitude[venue]!)) {
          lats.push(latitude[venue]!);
          lons.push(longitude[venue]!);
        }
      }
      if (lats.length === 0 || place < NEAR.share * result.count) return null;
      const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
      const centre: [number, number] = [median([...lats]), median([...lons])];
      let close = 0;
      for (let i = 0; i < lats.length; i++) if (distanceKm(centre[0], centre[1], lats[i]!, lons[i]!) <= NEAR.spreadKm) close++;
      return close >= NEAR.share * lats.length ? centre : null;
    };
    let near: { group: number; centre: [number, number] } | undefined;
    while (found.length === 0 && active.filter(Boolean).length > 1) {
      // Drop a place first (then rank by distance to it), else the most restrictive group still in use.
      let worst = -1;
      let centre: [number, number] | null = null;
      if (!near) {
        for (let index = 0; index < results.length; index++) {
          if (!active[index]) continue;
          const candidate = placeCentre(results[index]!);
          if (candidate && (worst < 0 || results[index]!.count < results[worst]!.count)) {
            worst = index;
            centre = candidate;
          }
        }
      }
      if (worst < 0) {
        for (let index = 0; index < results.length; index++) {
          if (active[index] && (worst < 0 || results[index]!.count < results[worst]!.count)) worst = index;
        }
      }
      active[worst] = false;
      if (centre) near = { group: worst, centre };
      found = intersect();
    }
    const used = results.map((_, index) => index).filter((index) => active[index]);
    const count = found.length;
    const totals = totalsBuffer.subarray(0, count);
    const distances = near ? distancesBuffer.subarray(0, count).fill(NaN) : undefined;
    for (let i = 0; i < count; i++) {
      const venue = found[i]!;
      let total = 0;
      for (const index of used) total += results[index]!.score[venue]!;
      if (near && !Number.isNaN(latitude[venue]!)) {
        const distance = distanceKm(near.centre[0], near.centre[1], latitude[venue]!, longitude[venue]!);
        distances![i] = distance;
        total += NEAR.weight * Math.exp(-distance / NEAR.scaleKm);
      }
      totals[i] = total;
    }
    const order = sortByRelevance(found, totals);
    // Hits with the same way of matching share one `matched` array (mixed-radix key of the groups' match indexes).
    const radices = used.map((index) => results[index]!.matches.length);
    const shareable = !near && radices.reduce((product, radix) => product * radix, 1) < 2 ** 50;
    const sharedMatched = new Map<number, TokenMatch[]>();
    const hits: SearchHit[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const position = order[i]!;
      const venue = found[position]!;
      let matched: TokenMatch[] | undefined;
      let key = 0;
      if (shareable) {
        for (let u = 0; u < used.length; u++) key = key * radices[u]! + results[used[u]!]!.how[venue]!;
        matched = sharedMatched.get(key);
      }
      if (!matched) {
        matched = [];
        for (let index = 0; index < results.length; index++) {
          const result = results[index]!;
          if (active[index]) matched.push(result.matches[result.how[venue]!]!);
          else if (near?.group === index && distances && !Number.isNaN(distances[position]!)) {
            matched.push({ query: groups[index]!.query, field: 'commune', kind: 'near', word: `${Math.round(distances[position]!)} km` });
          }
        }
        if (shareable) sharedMatched.set(key, matched);
      }
      hits[i] = { index: venue, score: Math.round(totals[position]! * 1000) / 1000, matched };
    }
    for (const result of evicted.splice(0)) release(result.buffers);
    return {
      hits,
      groups: groups.map((group, index) => ({
        query: group.query,
        venues: results[index]!.count,
        dropped: !active[index],
        ...(near?.group === index ? { near: true } : {}),
        ...(group.synonym ? { synonym: group.synonym.label } : {}),
      })),
    };
  };

  return {
    search: (query) => searchDetailed(query).hits,
    searchDetailed,
    stats: () => ({ venues: n, words: words.length, postings }),
    exportPostings: () => ({
      words: sorted,
      venues: Array.from(sortedIds, (id) => {
        const list = Array.from(postVenue.subarray(offsets[id]!, offsets[id + 1]!));
        return list.map((venue, p) => venue - (p > 0 ? list[p - 1]! : 0));
      }),
      fields: Array.from(sortedIds, (id) => Array.from(postField.subarray(offsets[id]!, offsets[id + 1]!))),
    }),
  };
}
