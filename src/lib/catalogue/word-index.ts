/**
 * The word index: what the browser builds once from the decoded summaries (buildWordIndex) so that each
 * keystroke is cheap. Not shipped: the shipped format is search-index.ts; this is built from what it decodes.
 * Browser-safe.
 *
 * - the vocabulary: the words (text.ts `contentWords`) of the searchable fields (FUSE_KEYS: name, commune,
 *   postcode, operator, description keywords), by word id and sorted (prefix look-ups); the name of a venue's
 *   sub-territory counts as its commune's words (« impots isere » → the venues of Isère that help with taxes),
 *   and so do the communes of an itinerant venue's stops (« douvaine » → the bus that stops there);
 * - posting lists: for each word, the venues that have it and in which fields (a bit mask over FIELDS), in
 *   typed arrays;
 * - plural siblings (« demarche » ↔ « demarches »), postcodes by their last two digits (arrondissements);
 * - per venue: its first name word, its number of name words, its coordinates, bitsets of the enumerations
 *   synonyms look at (services, practical services, démarches, levers, publics, specific support);
 * - typo look-up: Fuse over the few vocabulary words close to a word (similarWords).
 */
import Fuse from 'fuse.js/basic';
import { DEMARCHE_IDS, LEVERS, SERVICE_PRATIQUE_IDS } from '../schema/reperes.ts';
import { DISPOSITIFS, FRAIS, MODALITES_ACCES, PRISES_EN_CHARGE, PUBLICS, SERVICES } from '../schema/standard.ts';
import { contentWords, stem } from '../text.ts';
import { FUSE_KEYS, FUSE_OPTIONS } from './search-index.ts';
import type { VenueSummary } from './venue-summary.ts';

/** Searchable fields, in the order of FUSE_KEYS: bit i of a posting's field mask is FIELDS[i]. */
export const FIELDS = FUSE_KEYS.map((key) => key.name);
if (FIELDS.join() !== 'nom,commune,code_postal,structure,texte') throw new Error('word index: FUSE_KEYS changed, update buildWordIndex');

const COMMUNE_FIELD = FIELDS.indexOf('commune');

/** Bit mask of the values of a list (bit i: list[i]); values outside the list are ignored. */
export function maskOf(values: readonly string[] | undefined, list: readonly string[]): number {
  let mask = 0;
  for (const value of values ?? []) {
    const index = list.indexOf(value);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

/** Per-venue bitsets over the schema constants, for synonym conditions. */
export interface VenueMasks {
  services: Int32Array;
  pratiques: Int32Array;
  demarches: Int32Array;
  levers: Int32Array;
  publics: Int32Array;
  prises: Int32Array;
  frais: Int32Array;
  acces: Int32Array;
  dispositifs: Int32Array;
}

export interface WordIndex {
  /** Number of venues. */
  n: number;
  /** Vocabulary, by word id. */
  words: readonly string[];
  wordIds: ReadonlyMap<string, number>;
  /** The vocabulary sorted, and the id of each sorted word. */
  sorted: readonly string[];
  sortedIds: Int32Array;
  /** The postings of word w are postVenue/postField[offsets[w]..offsets[w + 1]), venues ascending. */
  offsets: Int32Array;
  postVenue: Int32Array;
  /** Field mask of each posting (bit i: FIELDS[i]). */
  postField: Uint8Array;
  postings: number;
  /** Per venue: id of the first word of its name (-1: none), number of words of its name (at most 255). */
  firstNameWord: Int32Array;
  nameLength: Uint8Array;
  /** Per venue: coordinates (NaN when unknown). */
  latitude: Float64Array;
  longitude: Float64Array;
  masks: VenueMasks;
  /** Ids of the postcode words ending with two digits (« 18 » → 75018, 13018…). */
  postcodesEndingWith: ReadonlyMap<string, readonly number[]>;
  /** Per venue: its sub-territory's position in `territoryWords` (-1: none). */
  territoryOf: Int16Array;
  /** The words (text.ts `contentWords`) of each sub-territory's name, in the order given to buildWordIndex. */
  territoryWords: ReadonlyArray<readonly string[]>;
  /** Ids of the other words with the same plural-folded form (« demarche » → demarches). */
  stemSiblings(word: string): number[];
  /** Vocabulary words close to a mistyped word (see similarIn), best first. */
  similarWords(word: string, prefix: boolean): Array<{ id: number; score: number }>;
}

/** Builds the word index of the summaries (≈ 170 ms for 18,000 venues in Node). */
export function buildWordIndex(summaries: readonly VenueSummary[], territories: readonly string[] = []): WordIndex {
  const n = summaries.length;
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
  const cachedMask = (values: readonly string[], list: readonly string[]): number => {
    let mask = maskCache.get(values);
    if (mask === undefined) {
      mask = maskOf(values, list);
      maskCache.set(values, mask);
    }
    return mask;
  };
  const masks: VenueMasks = {
    services: new Int32Array(n),
    pratiques: new Int32Array(n),
    demarches: new Int32Array(n),
    levers: new Int32Array(n),
    publics: new Int32Array(n),
    prises: new Int32Array(n),
    frais: new Int32Array(n),
    acces: new Int32Array(n),
    dispositifs: new Int32Array(n),
  };
  const latitude = new Float64Array(n).fill(NaN);
  const longitude = new Float64Array(n).fill(NaN);
  const territoryOf = new Int16Array(n).fill(-1);
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
    const territory = summary.territoire >= 0 ? territories[summary.territoire] : undefined;
    if (territory) {
      territoryOf[venue] = summary.territoire;
      const own = wordsOf(summary.commune);
      for (const id of wordsOf(territory)) if (!own.includes(id)) push(id, venue, COMMUNE_FIELD);
    }
    // An itinerant venue's stops: their communes find it like its own (« douvaine » → the bus that stops there).
    for (const stop of summary.arrets ?? []) {
      const own = wordsOf(summary.commune);
      for (const id of wordsOf(stop.commune)) if (!own.includes(id)) push(id, venue, COMMUNE_FIELD);
    }
    masks.services[venue] = cachedMask(summary.services, SERVICES);
    masks.pratiques[venue] = cachedMask(summary.services_pratiques, SERVICE_PRATIQUE_IDS);
    masks.demarches[venue] = cachedMask(summary.demarches, DEMARCHE_IDS);
    masks.levers[venue] = cachedMask(summary.leviers, LEVERS);
    masks.publics[venue] = cachedMask(summary.publics, PUBLICS);
    masks.prises[venue] = cachedMask(summary.prises_en_charge, PRISES_EN_CHARGE);
    masks.frais[venue] = cachedMask(summary.frais, FRAIS);
    masks.acces[venue] = cachedMask(summary.acces, MODALITES_ACCES);
    masks.dispositifs[venue] = cachedMask(summary.dispositifs, DISPOSITIFS);
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

  return {
    n,
    words,
    wordIds,
    sorted,
    sortedIds,
    offsets,
    postVenue,
    postField,
    postings,
    firstNameWord,
    nameLength,
    latitude,
    longitude,
    masks,
    postcodesEndingWith,
    territoryOf,
    territoryWords: territories.map((territory) => contentWords(territory)),
    stemSiblings: (word) => {
      const key = stem(word);
      const ids = [...(byStem.get(key) ?? [])];
      const plain = wordIds.get(key);
      if (plain !== undefined) ids.push(plain);
      return ids.filter((id) => words[id] !== word);
    },
    similarWords: (word, prefix) => similarIn(sorted, sortedIds, word, prefix),
  };
}

/** First position in `sorted` whose word is ≥ value. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Most words similarIn returns. */
export const SIMILAR_CANDIDATES = 6;

const counts = new Int16Array(128);

/** Letters to change to turn a into the first `bLength` letters of b, counted by letter (k edits change at most 2k counts). */
function letterDistance(a: string, b: string, bLength: number): number {
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
}

/**
 * Typos: the words of `list` (sorted, folded) with the same first letter, a close length and nearly the same
 * letters (at most `slack` edits, by default max(1, ⌊length/4⌋), by letter counts) are handed to Fuse, which ranks them
 * (FUSE_OPTIONS); at most SIMILAR_CANDIDATES, best first, as `ids[i]` for `list[i]` with Fuse's score (0 = same).
 * For a word being typed (`prefix`), only the beginning of longer words is compared.
 * Fuse alone over the ~1,300 words of a letter takes ~20 ms per keystroke; the filter keeps a few dozen.
 */
export function similarIn(list: readonly string[], ids: ArrayLike<number>, word: string, prefix: boolean, slack = Math.max(1, Math.floor(word.length / 4))): Array<{ id: number; score: number }> {
  const start = lowerBound(list, word[0]!);
  const end = lowerBound(list, String.fromCharCode(word.charCodeAt(0) + 1));
  const candidates: string[] = [];
  const candidateIds: number[] = [];
  for (let s = start; s < end; s++) {
    const other = list[s]!;
    if (other.length < word.length - slack || (!prefix && other.length > word.length + slack)) continue;
    if (letterDistance(word, other, Math.min(other.length, prefix ? word.length : other.length)) > 2 * slack) continue;
    candidates.push(prefix ? other.slice(0, word.length + slack) : other);
    candidateIds.push(ids[s]!);
  }
  if (candidates.length === 0) return [];
  const found: Array<{ id: number; score: number }> = [];
  for (const result of new Fuse(candidates, FUSE_OPTIONS).search(word)) {
    found.push({ id: candidateIds[result.refIndex]!, score: result.score ?? 0 });
    if (found.length >= SIMILAR_CANDIDATES) break;
  }
  return found;
}

/**
 * Whether the name of one venue has every one of `words` (folded content words; each exactly or up to a final
 * plural s/x): « mediatheque riom » when « Médiathèque de Riom » exists. The search box then reads the query as a
 * venue's name rather than as a need and a place (understand.ts).
 */
export function someNameHasAll(index: WordIndex, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const nameBit = 1 << FIELDS.indexOf('nom');
  const idsOf = (word: string) => {
    const exact = index.wordIds.get(word);
    return exact === undefined ? index.stemSiblings(word) : [exact, ...index.stemSiblings(word)];
  };
  const size = (ids: number[]) => ids.reduce((total, id) => total + index.offsets[id + 1]! - index.offsets[id]!, 0);
  const lists = words.map(idsOf).sort((a, b) => size(a) - size(b));
  let kept: Set<number> | undefined;
  for (const ids of lists) {
    const next = new Set<number>();
    for (const id of ids) {
      for (let p = index.offsets[id]!, end = index.offsets[id + 1]!; p < end; p++) {
        const venue = index.postVenue[p]!;
        if (index.postField[p]! & nameBit && (!kept || kept.has(venue))) next.add(venue);
      }
    }
    if (next.size === 0) return false;
    kept = next;
  }
  return true;
}
