/**
 * Query matching: which venues a text query matches, how well and why, over a word index (word-index.ts).
 * Browser-safe. Ranking them is ranking.ts's job; createSearcher (search.ts) composes the two.
 *
 * 1. the query is folded (text.ts) and cut into groups (parseQuery): one word, or a phrase of the synonym list
 *    (« carte grise »); stop words are dropped, at most MAX_TOKENS words are read;
 * 2. a group matches venues by exact word, same word up to a final plural s/x, prefix (only the word being typed:
 *    the last one, when the query does not end with a space), synonym condition (synonyms.ts: services, practical
 *    services, démarches, levers, publics, specific support), and, only when nothing else matches, by the few
 *    vocabulary words nearly the same (typos: « mediateque », « clermond »; word-index.ts `similarWords`);
 *    a number of one or two digits next to other words also matches postcodes ending with it (« lyon 3 » → 69003);
 * 3. a group's score for a venue is its best match: field weight (FUSE_KEYS; a word in several fields adds a fifth
 *    of the other weights) × kind of match; a phrase sums its words;
 * 4. groups combine with AND. A group matching no venue is ignored; if the AND is empty, groups are dropped one by
 *    one: first a place (a word found in the communes or postcodes of nearby venues), whose centre is then
 *    returned as `near` (« france services annecy » → France Services nearest to Annecy), else the most
 *    restrictive group. The groups' report tells which were dropped.
 * 5. a need the query names (a synonym group) is not shrunk to almost nothing by plain words (not a place, unless
 *    only a typo of one): when they keep fewer than NEED_KEEP.min venues or NEED_KEEP.share of the need's (« je
 *    voudrais apprendre à me servir d'une tablette »: « servir » is only a typo of the commune Sevrier; « mon fils
 *    m'a offert un téléphone »), they become optional — all the need's venues are found, those that also have the
 *    words first (`optional` in the groups' report); a typo of a word (fuzzy match) does not count there (« je veux
 *    apprendre » does not put the town hall of Saint-Jean-le-Vieux first), and a word found only as typos, none of a
 *    place, is optional whatever it keeps (« ne sait pas lire »: « sait » ≈ saint); a need word mistyped
 *    (« aprendre internet »: a typo of « apprendre ») is a need, not a typo to leave out.
 *
 * 6. a sub-territory named in full by the query's words (« isere », « haute savoie »; word-index.ts `territoryWords`)
 *    adds TERRITORY_BONUS to its venues: « impots isere » lists the venues of Isère before « France services
 *    Val d'Isère » (Savoie), whose name has the word; « savoie » puts Savoie before Haute-Savoie. A name inside a
 *    longer one the query also names (« savoie » in « haute savoie ») does not count.
 *
 * Relevance order: exact word in the name > prefix in the name > commune or postcode > operator > synonym
 * (practical service or démarche listed > service > démarches not specified > lever) > description keyword > fuzzy.
 * A word that names a need (a synonym) and is also a venue's commune (« cours » in Cours, « école » in École) counts
 * for that venue below the need's lever: « cours informatique » lists the venues that teach first.
 */
import * as t from '../../i18n/index.ts';
import { approximateDistanceKm } from '../geo.ts';
import { DEMARCHE_IDS, LEVERS, SERVICE_PRATIQUE_IDS } from '../schema/reperes.ts';
import { DISPOSITIFS, FRAIS, MODALITES_ACCES, PRISES_EN_CHARGE, PUBLICS, SERVICES, type Service } from '../schema/standard.ts';
import { expandAbbreviation, isStopWord, stem, tokenize } from '../text.ts';
import { FUSE_KEYS, type SearchField } from './search-index.ts';
import { compiledSynonyms, mergeConditions, phraseKey, type SynonymCondition } from './synonyms.ts';
import { FIELDS, lowerBound, maskOf, similarIn, type WordIndex } from './word-index.ts';

// ---------------------------------------------------------------------------------------------------------
// Query parsing

export interface QueryToken {
  /** Folded word. */
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

let phrasesByLength: Map<number, string[][]> | undefined;

/** The synonym phrase of as many words as `words` (plural-folded) where exactly one word differs, by a typo (word-index.ts `similarIn`). */
function nearPhraseKey(words: readonly string[]): string | undefined {
  if (!phrasesByLength) {
    phrasesByLength = new Map();
    for (const key of compiledSynonyms().byKey.keys()) {
      const parts = key.split(' ');
      if (parts.length > 1) phrasesByLength.set(parts.length, [...(phrasesByLength.get(parts.length) ?? []), parts]);
    }
  }
  for (const phrase of phrasesByLength.get(words.length) ?? []) {
    let differing = -1;
    for (let i = 0; i < words.length && differing !== -2; i++) if (words[i] !== phrase[i]) differing = differing === -1 ? i : -2;
    if (differing < 0) continue;
    const word = words[differing]!;
    if (word.length >= FUZZY_MIN_LENGTH && similarIn([phrase[differing]!], [0], word, false).length > 0) return phrase.join(' ');
  }
  return undefined;
}

/** Letters of a script other than Latin (Arabic, Cyrillic, Chinese…): the search's words are Latin only. */
const OTHER_SCRIPT = /[^\P{L}\p{Script=Latin}]/u;
/** The synonym phrase (synonyms.ts) a word written in another script stands for: its writer may need help in their language. */
export const OTHER_SCRIPT_PHRASE = ['autre', 'alphabet'] as const;

/** True when the text has letters of a script other than Latin. */
export function hasOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}

/**
 * The folded words of a query (text.ts `tokenize`), with words written in another script (« مساعدة »,
 * « допомога ») read as OTHER_SCRIPT_PHRASE instead of nothing — once for a run of such words (a sentence): the
 * venues that welcome other languages first. `afterOtherScript`: the text follows such a word (understand.ts reads
 * a query word by word).
 */
export function queryTokens(text: string, afterOtherScript = false): string[] {
  if (!OTHER_SCRIPT.test(text)) return tokenize(text);
  const tokens: string[] = [];
  let previous = afterOtherScript;
  for (const [word] of text.matchAll(/\S+/g)) {
    const other = OTHER_SCRIPT.test(word);
    tokens.push(...tokenize(word));
    if (other && !previous) tokens.push(...OTHER_SCRIPT_PHRASE);
    previous = other;
  }
  return tokens;
}

/**
 * Folded words of a query without stop words (a lone word being typed is kept even if it is a stop word:
 * « la » may be the start of « laval »), and the synonym phrases found in them (longest first, left to right).
 */
export function parseQuery(query: string): ParsedQuery {
  const words = queryTokens(query);
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
      // A phrase with one of its words mistyped (« carte grisse », « titre de sejoure »).
      const near = length > 1 ? nearPhraseKey(key.split(' ')) : undefined;
      if (near) {
        found = { start, end, keys: [near], label: labels.get(near)!, ...byKey.get(near)!, prefix: false };
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

/**
 * How a venue matched: by its words (`exact`, `stem`, `prefix`, `fuzzy`), by a synonym's condition (`synonym`),
 * or, from the ranking's context (ranking.ts), by its distance from a place (`near`) or its opening hours (`open`).
 */
export type MatchKind = 'exact' | 'stem' | 'prefix' | 'fuzzy' | 'synonym' | 'near' | 'open';

/** One reason a venue is in the results (shared between venues: do not mutate). */
export interface TokenMatch {
  /** The query words of the group (« carte grise », « medi »); for a context reason, what named it (« annecy »). */
  query: string;
  /** Field where the word was found; `synonym` (the venue meets the synonym's condition); `commune` for `near`; `horaires` for `open`. */
  field: SearchField | 'synonym' | 'horaires';
  kind: MatchKind;
  /** The word of the venue (vocabulary word); for a synonym, what it stands for (« démarches : social-sante »); for `near`, the distance (« 12 km »). */
  word: string;
}

export interface QueryGroupReport {
  query: string;
  /** Venues this group matches on its own. */
  venues: number;
  /** Ignored: it matches nothing, or the AND of all groups was empty and it was the most restrictive. */
  dropped: boolean;
  /** Dropped but used as a place: results are ranked by distance to the venues it matched (« france services annecy »). */
  near?: boolean;
  /** Not required: it kept almost none of the venues of the need the query names; venues with it come first. */
  optional?: boolean;
  synonym?: string;
  /** A word read as a typo of a need word (« aprendre »): that phrase (« apprendre ») and what it stands for. */
  typoOf?: { label: string; means: SynonymCondition };
}

/** What a query matches: the ranking's input (ranking.ts `VenueMatches`) and a report of its groups. */
export interface QueryMatches {
  /** The matching venues (indexes in the summaries), each once. */
  venues: number[];
  /** Relevance of each (sum of its groups' scores), same positions. Reused by the next `match`: read it before. */
  scores: Float64Array;
  /** Why each matched: one entry per group that took part, in query order (arrays shared between venues). */
  reasons: TokenMatch[][];
  /** How each group of the query was used (to tell the person a word was ignored). */
  groups: QueryGroupReport[];
  /** A dropped group that names a place: its centre, to rank the venues by distance from it (`label`: its words). */
  near?: { lat: number; lon: number; label: string };
}

export interface QueryMatcher {
  /** The venues a query matches; undefined when the query has no word (every venue answers it). */
  match(query: string): QueryMatches | undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Scores

const FIELD_WEIGHTS = FUSE_KEYS.map((key) => key.weight);
const PLACE_FIELDS = (1 << FIELDS.indexOf('commune')) | (1 << FIELDS.indexOf('code_postal'));
const KIND = { exact: 1, stem: 0.9, prefixMin: 0.6, prefixMax: 0.85, fuzzy: 0.3 } as const;
/** Synonym scores, between an operator match (5) and a description keyword (2). */
const SYNONYM = { specific: 4.5, service: 3.5, fallback: 3, lever: 2.5, broader: 2.5, everyone: 2, typing: 0.8, fuzzy: 0.6, placeOfNeedWord: 2.4 } as const;
/** Factor of the prefix matches of a word typed in full that is a synonym (« caf » → « cafe »): below the synonym. */
const SYNONYM_WORD_PREFIX = 0.3;
/** Bonus when the first group matches the first word of the name (« Médiathèque … » before « Espace … médiathèque »). */
const FIRST_WORD_BONUS = 0.5;
/**
 * Bonus of the venues of a sub-territory the query names in full: a commune match (6) plus this outranks a name
 * match elsewhere (10, + 1.2 when the commune has the word too).
 */
const TERRITORY_BONUS = 6;
/** Shortest word looked up with typos. */
const FUZZY_MIN_LENGTH = 4;
/**
 * Fewest letters of a word read as a typo of a need word when it is also a typo of other words (« internnet »): a
 * short word is a typo of too many (« veux »: Vieux, veuf).
 */
const TYPO_OF_NEED_MIN_LENGTH = 7;
/** Group results kept between keystrokes. */
const CACHE_SIZE = 24;
/** Plain words that keep fewer than `min` venues, or than `share` of the venues of the need a query names, become optional. */
const NEED_KEEP = { min: 3, share: 0.01 } as const;
/** A dropped group names a place when at least `share` of its venues match by commune or postcode and lie within spreadKm of their centre. */
const PLACE = { spreadKm: 40, share: 0.8 } as const;

const ADMIN_SERVICE = 'Aide aux démarches administratives' satisfies Service;
const ADMIN_SERVICE_BIT = 1 << SERVICES.indexOf(ADMIN_SERVICE);

function conditionMasks(condition: SynonymCondition) {
  return {
    services: maskOf(condition.services, SERVICES),
    pratiques: maskOf(condition.services_pratiques, SERVICE_PRATIQUE_IDS),
    demarches: maskOf(condition.demarches, DEMARCHE_IDS),
    levers: maskOf(condition.leviers, LEVERS),
    publics: maskOf(condition.publics, PUBLICS),
    prises: maskOf(condition.prises_en_charge, PRISES_EN_CHARGE),
    frais: maskOf(condition.frais, FRAIS),
    acces: maskOf(condition.acces, MODALITES_ACCES),
    dispositifs: maskOf(condition.dispositifs, DISPOSITIFS),
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
// Matcher

interface Buffers {
  score: Float32Array;
  how: Int32Array;
  place: Uint8Array;
}

interface GroupResult {
  count: number;
  /** The dense arrays below, returned to the pool when the result leaves the cache. */
  buffers: Buffers;
  venues: Int32Array;
  /** Dense, by venue: score (0: no match) and index in `matches`. */
  score: Float32Array;
  how: Int32Array;
  /** By venue: 1 when the group's words were found in its commune or postcode. */
  place: Uint8Array;
  matches: TokenMatch[];
  /** The need word this group's word was read as a typo of (`fuzzySynonym`). */
  typoOf?: { label: string; means: SynonymCondition };
}

interface Group {
  tokens: QueryToken[];
  /** The query has other groups (a number may then be an arrondissement: « paris 18 », « lyon 3 »). */
  withOthers: boolean;
  synonym?: QuerySynonym;
  query: string;
  key: string;
}

/** Words after a number that make it an age (« j'ai 80 ans »). */
const AGE_WORDS = new Set(['an', 'ans']);

/** The groups of a parsed query: each synonym phrase, and each other word (an age left out). */
function groupsOf(parsed: ParsedQuery): Group[] {
  const groups: Group[] = [];
  for (let t = 0; t < parsed.tokens.length; ) {
    const synonym = parsed.synonyms.find((s) => s.start === t);
    const end = synonym ? synonym.end : t + 1;
    const tokens = parsed.tokens.slice(t, end);
    // « 80 ans » is an age, not an arrondissement (« lyon 3 »): neither word is searched.
    if (!synonym && /^\d+$/.test(tokens[0]!.text) && AGE_WORDS.has(parsed.tokens[end]?.text ?? '') && !parsed.synonyms.some((s) => s.start === end)) {
      t = end + 1;
      continue;
    }
    const text = tokens.map((token) => token.text).join(' ');
    groups.push({ tokens, withOthers: false, synonym, query: text, key: '' });
    t = end;
  }
  for (const group of groups) {
    group.withOthers = groups.length > 1;
    group.key = `${group.withOthers ? '+' : ''}${group.tokens.map((token) => `${token.prefix ? '~' : ''}${token.text}`).join(' ')}`;
  }
  return groups;
}

/**
 * The sub-territories (positions in `territoryWords`) whose every name word is among `queryWords`, except those
 * whose words are all in a longer one also named (« savoie » when the query names « haute savoie »).
 */
export function namedTerritories(territoryWords: ReadonlyArray<readonly string[]>, queryWords: readonly string[]): Set<number> {
  const named = new Set<number>();
  if (territoryWords.length === 0 || queryWords.length === 0) return named;
  const present = new Set(queryWords);
  const whole = territoryWords.map((words, position) => (words.length > 0 && words.every((word) => present.has(word)) ? position : -1)).filter((position) => position >= 0);
  for (const position of whole) {
    const words = territoryWords[position]!;
    const inLonger = whole.some((other) => territoryWords[other]!.length > words.length && words.every((word) => territoryWords[other]!.includes(word)));
    if (!inLonger) named.add(position);
  }
  return named;
}

/** A matcher over a word index; it keeps the results of recent groups (typing repeats them) and its buffers. */
export function createQueryMatcher(index: WordIndex): QueryMatcher {
  const { n, words, wordIds, sorted, sortedIds, offsets, postVenue, postField, firstNameWord, latitude, longitude, masks, territoryOf, territoryWords } = index;
  const synonymWords = compiledSynonyms().singleWords.filter((word) => word.length >= FUZZY_MIN_LENGTH);
  const synonymIds = synonymWords.map((_, position) => position);

  // Buffers: dense per-venue arrays are recycled (allocating many 72 KB ArrayBuffers per keystroke triggers full
  // garbage collections: pauses of 50–150 ms).
  let stampValue = 0;
  const stamp = new Uint32Array(n);
  const totalsBuffer = new Float64Array(n);
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
    const matchOf = (field: TokenMatch['field'], kind: MatchKind, word: string) => {
      const key = `${field}|${kind}|${word}`;
      let position = matchIndex.get(key);
      if (position === undefined) {
        position = matches.length;
        matches.push({ query: group.query, field, kind, word });
        matchIndex.set(key, position);
      }
      return position;
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
          // A need word that is also the venue's town (« cours » in Cours, « école » in École): the need comes first.
          if (synonym && mask & PLACE_FIELDS) value = Math.min(value, SYNONYM.placeOfNeedWord);
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
      for (const id of index.stemSiblings(token.text)) scan(id, KIND.stem, 'stem');
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
        for (const id of index.postcodesEndingWith.get(token.text.padStart(2, '0')) ?? []) scan(id, KIND.stem, 'stem');
      }
      // Only typos of other words (none exact, stem or beginning): a typo of a need word may fit better (below). Fuse's
      // score of the closest of them: 0 = the same word, 1 = none.
      let typoScore = 1;
      if (venues.length === 0 && allowFuzzy && token.text.length >= FUZZY_MIN_LENGTH && !/^\d+$/.test(token.text)) {
        for (const { id, score: fuseScore } of index.similarWords(token.text, token.prefix)) {
          scan(id, KIND.fuzzy * (1 - fuseScore), 'fuzzy');
          typoScore = Math.min(typoScore, fuseScore);
        }
      }
      return { buffers, score, how, place, venues, typoScore };
    };

    // Text: every word of the group must match (a phrase of several words sums them). Fuzzy only without synonym.
    const perWord = group.tokens.map((token) => textMatches(token, !synonym));
    let { buffers, score, how, place, venues, typoScore } = perWord[0]!;
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

    // Synonym: the venue meets the condition (or the broader one). A word that matches nothing, or only typos of other
    // words, may be a typo of a need word: it counts when it is closer to it than to them (« internnet » is internet
    // rather than « Interventions Numériques »). Not a short word: « veux » may be « Vieux », « veuf »… (TYPO_OF_NEED_MIN_LENGTH).
    const token = group.tokens[0]!;
    const candidate = !synonym && group.tokens.length === 1 && (venues.length === 0 || (typoScore < 1 && token.text.length >= TYPO_OF_NEED_MIN_LENGTH)) ? fuzzySynonym(token) : undefined;
    const fuzzy = candidate && (venues.length === 0 || candidate.score < typoScore) ? candidate : undefined;
    if (fuzzy && venues.length > 0) {
      // The farther typos (« interventions ») give way to the need word.
      for (const venue of venues) score[venue] = place[venue] = 0;
      venues = [];
    }
    const condition = synonym ?? fuzzy;
    if (condition) {
      const factor = synonym ? (synonym.prefix ? SYNONYM.typing : 1) : SYNONYM.fuzzy;
      const { means, broader } = condition;
      const want = conditionMasks(means);
      const wide = broader ? conditionMasks(broader) : undefined;
      const label = synonym?.label ?? fuzzy!.label;
      const kind: MatchKind = synonym ? 'synonym' : 'fuzzy';
      const describe = (what: string, values: readonly string[] | undefined) => (values?.length ? matchOf('synonym', kind, t.matchReasons.listed(label, what, values)) : -1);
      const specificPratique = describe(t.matchReasons.kinds.services_pratiques, means.services_pratiques);
      const specificDemarche = describe(t.matchReasons.kinds.demarches, means.demarches);
      const specificPublic = describe(t.matchReasons.kinds.publics, means.publics);
      const specificSupport = describe(t.matchReasons.kinds.prises_en_charge, means.prises_en_charge);
      const specificCost = describe(t.matchReasons.kinds.frais, means.frais);
      const specificAccess = describe(t.matchReasons.kinds.acces, means.acces);
      const specificProgramme = describe(t.matchReasons.kinds.dispositifs, means.dispositifs);
      const service = describe(t.matchReasons.kinds.services, means.services);
      const lever = describe(t.matchReasons.kinds.leviers, means.leviers);
      const fallback = want.demarches ? matchOf('synonym', kind, t.matchReasons.demarchesUnspecified(label, ADMIN_SERVICE)) : -1;
      const everyone = want.publics ? matchOf('synonym', kind, t.matchReasons.everyone(label)) : -1;
      const broad = broader ? matchOf('synonym', kind, t.matchReasons.broader(label, Object.values(broader).flat())) : -1;
      const specific = SYNONYM.specific * factor;
      for (let venue = 0; venue < n; venue++) {
        if (want.pratiques & masks.pratiques[venue]!) offer(venue, specific, specificPratique);
        else if (want.demarches & masks.demarches[venue]!) offer(venue, specific, specificDemarche);
        else if (want.publics & masks.publics[venue]!) offer(venue, specific, specificPublic);
        else if (want.prises & masks.prises[venue]!) offer(venue, specific, specificSupport);
        else if (want.frais & masks.frais[venue]!) offer(venue, specific, specificCost);
        else if (want.acces & masks.acces[venue]!) offer(venue, specific, specificAccess);
        else if (want.dispositifs & masks.dispositifs[venue]!) offer(venue, specific, specificProgramme);
        else if (want.services & masks.services[venue]!) offer(venue, SYNONYM.service * factor, service);
        else if (want.demarches && masks.demarches[venue] === 0 && masks.services[venue]! & ADMIN_SERVICE_BIT) offer(venue, SYNONYM.fallback * factor, fallback);
        else if (want.levers & masks.levers[venue]!) offer(venue, SYNONYM.lever * factor, lever);
        else if (
          wide &&
          (wide.services & masks.services[venue]! ||
            wide.pratiques & masks.pratiques[venue]! ||
            wide.demarches & masks.demarches[venue]! ||
            wide.levers & masks.levers[venue]! ||
            wide.publics & masks.publics[venue]! ||
            wide.prises & masks.prises[venue]! ||
            wide.frais & masks.frais[venue]! ||
            wide.acces & masks.acces[venue]! ||
            wide.dispositifs & masks.dispositifs[venue]!)
        ) {
          offer(venue, SYNONYM.broader * factor, broad);
        } else if (want.publics && masks.publics[venue] === 0) offer(venue, SYNONYM.everyone * factor, everyone);
      }
    }
    return { count: venues.length, venues: Int32Array.from(venues), buffers, score, how, place, matches, ...(fuzzy ? { typoOf: { label: fuzzy.label, means: fuzzy.means } } : {}) };
  };

  /** A synonym for a word that matches nothing, by the synonym words nearly the same (« imprimmer » → imprimer). */
  const fuzzySynonym = (token: QueryToken): { label: string; means: SynonymCondition; broader?: SynonymCondition; score: number } | undefined => {
    if (token.text.length < FUZZY_MIN_LENGTH || /^\d+$/.test(token.text)) return undefined;
    // Synonym keys are plural-folded (« impot »): so is the word compared with them (« inpots » → « inpot »). A word
    // that matches nothing at all may have lost more letters (« pasport »): a third of its length may differ.
    const word = stem(token.text);
    const [best] = similarIn(synonymWords, synonymIds, word, false, Math.max(1, Math.floor(word.length / 3)));
    if (!best) return undefined;
    const key = synonymWords[best.id]!;
    const { labels, byKey } = compiledSynonyms();
    return { label: labels.get(key)!, ...byKey.get(key)!, score: best.score };
  };

  const cache = new Map<string, GroupResult>();
  /** Results evicted from the cache during a match: released when it ends (the match may still use them). */
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
   * The centre (median point) of a group that names a place: mostly commune or postcode matches, mostly within
   * PLACE.spreadKm of the centre (imported coordinates have outliers); else null.
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
    if (lats.length === 0 || place < PLACE.share * result.count) return null;
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
    const centre: [number, number] = [median([...lats]), median([...lons])];
    let close = 0;
    for (let i = 0; i < lats.length; i++) if (approximateDistanceKm(centre[0], centre[1], lats[i]!, lons[i]!) <= PLACE.spreadKm) close++;
    return close >= PLACE.share * lats.length ? centre : null;
  };

  const match = (query: string): QueryMatches | undefined => {
    const parsed = parseQuery(query);
    if (parsed.tokens.length === 0) return undefined;
    const groups = groupsOf(parsed);
    const results = groups.map((group, position) => groupResult(group, position === 0));
    const active = results.map((result) => result.count > 0);
    const intersect = (): number[] => {
      const used = results.map((_, position) => position).filter((position) => active[position]);
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
    // A named need (synonym groups) and plain words, not a place, that keep almost none of its venues: optional.
    const optional = results.map(() => false);
    // A need word mistyped (« aprendre »: its matches are a synonym's, by a typo) names the need like the word itself.
    const needOf = (position: number) => Boolean(groups[position]!.synonym) || results[position]!.matches.some((match) => match.field === 'synonym');
    const onlyTypos = (result: GroupResult) => result.matches.every((match) => match.kind === 'fuzzy' && match.field !== 'synonym');
    const plain = groups
      .map((_, position) => position)
      .filter((position) => active[position] && !needOf(position) && (onlyTypos(results[position]!) || !placeCentre(results[position]!)));
    if (plain.length > 0 && groups.some((_, position) => active[position] && needOf(position))) {
      // A word found only as a typo of other words, none a place (« ne sait pas lire »: « sait » ≈ saint), says
      // nothing of the need: optional whatever it keeps.
      for (const position of plain.splice(0)) {
        if (onlyTypos(results[position]!) && !placeCentre(results[position]!)) {
          active[position] = false;
          optional[position] = true;
        } else plain.push(position);
      }
      found = intersect();
    }
    if (plain.length > 0 && groups.some((_, position) => active[position] && needOf(position))) {
      for (const position of plain) active[position] = false;
      const needOnly = intersect();
      if (needOnly.length > found.length && (found.length < NEED_KEEP.min || found.length < NEED_KEEP.share * needOnly.length)) {
        found = needOnly;
        for (const position of plain) optional[position] = true;
      } else for (const position of plain) active[position] = true;
    }
    let near: { group: number; centre: [number, number] } | undefined;
    while (found.length === 0 && active.filter(Boolean).length > 1) {
      // Drop a place first (then rank by distance to it), else the most restrictive group still in use.
      let worst = -1;
      let centre: [number, number] | null = null;
      if (!near) {
        for (let position = 0; position < results.length; position++) {
          if (!active[position]) continue;
          const candidate = placeCentre(results[position]!);
          if (candidate && (worst < 0 || results[position]!.count < results[worst]!.count)) {
            worst = position;
            centre = candidate;
          }
        }
      }
      if (worst < 0) {
        for (let position = 0; position < results.length; position++) {
          if (active[position] && (worst < 0 || results[position]!.count < results[worst]!.count)) worst = position;
        }
      }
      active[worst] = false;
      if (centre) near = { group: worst, centre };
      found = intersect();
    }
    const used = results.map((_, position) => position).filter((position) => active[position] || optional[position]);
    const named = namedTerritories(territoryWords, used.flatMap((position) => groups[position]!.tokens.map((token) => token.text)));
    const count = found.length;
    const scores = totalsBuffer.subarray(0, count);
    // Venues with the same way of matching share one reasons array (mixed-radix key of the groups' match indexes; an
    // optional group a venue does not match counts as one more index).
    const radices = used.map((position) => results[position]!.matches.length + (optional[position] ? 1 : 0));
    // An optional word counts only where it is really there: not by a typo (« veux » ≈ Vieux, « train » ≈ Tranclière).
    const counts = (position: number, venue: number) => {
      const result = results[position]!;
      return result.score[venue]! > 0 && !(optional[position] && result.matches[result.how[venue]!]!.kind === 'fuzzy');
    };
    const matchAt = (position: number, venue: number) => (counts(position, venue) ? results[position]!.how[venue]! : results[position]!.matches.length);
    const shareable = radices.reduce((product, radix) => product * radix, 1) < 2 ** 50;
    const shared = new Map<number, TokenMatch[]>();
    const reasons: TokenMatch[][] = new Array(count);
    for (let i = 0; i < count; i++) {
      const venue = found[i]!;
      let total = 0;
      for (const position of used) if (counts(position, venue)) total += results[position]!.score[venue]!;
      if (named.has(territoryOf[venue]!)) total += TERRITORY_BONUS;
      scores[i] = total;
      let key = 0;
      let matched: TokenMatch[] | undefined;
      if (shareable) {
        for (let u = 0; u < used.length; u++) key = key * radices[u]! + matchAt(used[u]!, venue);
        matched = shared.get(key);
      }
      if (!matched) {
        matched = used.filter((position) => counts(position, venue)).map((position) => results[position]!.matches[results[position]!.how[venue]!]!);
        if (shareable) shared.set(key, matched);
      }
      reasons[i] = matched;
    }
    for (const result of evicted.splice(0)) release(result.buffers);
    return {
      venues: found,
      scores,
      reasons,
      groups: groups.map((group, position) => ({
        query: group.query,
        venues: results[position]!.count,
        dropped: !active[position] && !optional[position],
        ...(near?.group === position ? { near: true } : {}),
        ...(optional[position] ? { optional: true } : {}),
        ...(group.synonym ? { synonym: group.synonym.label } : {}),
        ...(results[position]!.typoOf ? { typoOf: results[position]!.typoOf } : {}),
      })),
      ...(near ? { near: { lat: near.centre[0], lon: near.centre[1], label: groups[near.group]!.query } } : {}),
    };
  };

  return { match };
}
