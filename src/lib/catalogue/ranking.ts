/**
 * Ranking: the order of the venues that answer a question, and why. A pure function of its input (browser-safe,
 * no index to build): the searcher (search.ts) calls it with the matches of a text query; an orientation
 * questionnaire can call it with its own scores, or none, and a context (where, when, what is required).
 *
 * score = relevance (the matches' score, 0 without matches)
 *       + PROXIMITY.weight × exp(−km / PROXIMITY.scaleKm) with an origin (km: to the nearest of the venue's base and
 *         stops, `arrets`; venues without coordinates: nothing)
 *       + OPEN_BONUS when the venue is surely open at `openAt`.
 * Order: score descending (to 0.001), then fewer words in the name, then the order of `venues`; with an origin and
 * `nearestFirst` (« Près de » : du plus proche au plus loin), distance first (to the metre, venues without
 * coordinates last), then that order.
 * Reasons: the matches' reasons, then the context's (`near` with the distance, `open`).
 */
import { approximateDistanceKm } from '../geo.ts';
import { isOpenAtLocal, localMoment } from '../hours/evaluate.ts';
import { contentWords } from '../text.ts';
import { matchesFilters, type FilterState, type MatchContext } from './filters.ts';
import type { TokenMatch } from './query-match.ts';
import type { VenueSummary } from './venue-summary.ts';

/** Distance bonus: PROXIMITY.weight × exp(−km / PROXIMITY.scaleKm) (6 at the origin, 2.2 at 15 km, 0.8 at 30 km). */
export const PROXIMITY = { weight: 6, scaleKm: 15 } as const;
/** Bonus of a venue surely open at the asked moment: about an operator-name match (FUSE_KEYS). */
export const OPEN_BONUS = 5;

/** The venues that answer a question, how well and why (e.g. QueryMatches of query-match.ts). */
export interface VenueMatches {
  /** Indexes in `RankingInput.venues`, each at most once. */
  venues: ArrayLike<number>;
  /** Relevance of each (≥ 0), same positions. */
  scores: ArrayLike<number>;
  /** Why each answers, same positions (arrays may be shared between venues; they are not changed). */
  reasons: ArrayLike<TokenMatch[]>;
}

/** What the person told besides words. Every field is optional. */
export interface RankingContext {
  /** Where the person is, or the place they named: closer venues rank higher; reason `near` (« 12 km »), query `label`. */
  origin?: { lat: number; lon: number; label: string };
  /**
   * With `origin`: the nearest venue first, whatever its score (the catalogue's « Près de », whose count says « du plus
   * proche au plus loin »); the score orders venues at the same distance, and those without coordinates, last.
   * Each ranked venue then carries its `distance`.
   */
  nearestFirst?: boolean;
  /** When the person can go: venues surely open at that instant (in their own time zone) rank higher; reason `open`. */
  openAt?: Date;
  /** What a venue must offer (the catalogue's filters; their text `q` is not read): the other venues are left out. */
  constraints?: { filters: FilterState; context: MatchContext };
}

/** The input of rankVenues. */
export interface RankingInput {
  /** Every venue that may be ranked (the summaries of the site); the results index this array. */
  venues: readonly VenueSummary[];
  /** The candidates and their relevance; absent: every venue, relevance 0, no reason. */
  matches?: VenueMatches;
  context?: RankingContext;
  /** Number of words of each venue's name (text.ts contentWords), when already known (the word index has them). */
  nameWords?: ArrayLike<number>;
  /** Each venue's coordinates (NaN when unknown), when already known (the word index has them). */
  coordinates?: { lat: ArrayLike<number>; lon: ArrayLike<number> };
}

/** A ranked venue. */
export interface RankedVenue {
  /** Index in `RankingInput.venues`. */
  index: number;
  /** Score, rounded to 0.001. */
  score: number;
  /** Why it is there: the matches' reasons, then the context's (do not mutate: arrays are shared). */
  matched: TokenMatch[];
  /** With `nearestFirst`: the distance from the origin in km (approximateDistanceKm), when the venue has coordinates. */
  distance?: number;
  /** With `distance`: the index in the venue's `arrets` of the stop it is measured to, when a stop is nearer than its base. */
  stop?: number;
}

const NO_REASON: TokenMatch[] = [];

const nameWordCounts = new WeakMap<readonly VenueSummary[], Uint8Array>();

/** Words in each venue's name (at most 255), computed once per venues array. */
function nameWordsOf(venues: readonly VenueSummary[]): Uint8Array {
  let counts = nameWordCounts.get(venues);
  if (!counts) {
    counts = Uint8Array.from(venues, (venue) => Math.min(255, contentWords(venue.nom).length));
    nameWordCounts.set(venues, counts);
  }
  return counts;
}

const coordinateArrays = new WeakMap<readonly VenueSummary[], { lat: ArrayLike<number>; lon: ArrayLike<number> }>();

/** Each venue's coordinates (NaN when unknown) in typed arrays, once per venues array: read per candidate and keystroke. */
function coordinatesOf(venues: readonly VenueSummary[]): { lat: ArrayLike<number>; lon: ArrayLike<number> } {
  let coordinates = coordinateArrays.get(venues);
  if (!coordinates) {
    const lat = new Float64Array(venues.length).fill(NaN);
    const lon = new Float64Array(venues.length).fill(NaN);
    venues.forEach((venue, index) => {
      if (venue.lat !== undefined && venue.lon !== undefined) [lat[index], lon[index]] = [venue.lat, venue.lon];
    });
    coordinates = { lat, lon };
    coordinateArrays.set(venues, coordinates);
  }
  return coordinates;
}

const stopArrays = new WeakMap<readonly VenueSummary[], Map<number, Float64Array>>();

/** The positions of the stops of each itinerant venue that has some ([lat, lon, lat, lon…]; NaN when unknown), once per venues array. */
function stopsOf(venues: readonly VenueSummary[]): Map<number, Float64Array> {
  let stops = stopArrays.get(venues);
  if (!stops) {
    stops = new Map();
    venues.forEach((venue, index) => {
      if (venue.arrets?.length) stops!.set(index, Float64Array.from(venue.arrets.flatMap((stop) => [stop.lat ?? NaN, stop.lon ?? NaN])));
    });
    stopArrays.set(venues, stops);
  }
  return stops;
}

// Buffers reused between calls (allocating them per keystroke costs garbage collections); never returned.
let totalsScratch: Float64Array = new Float64Array(0);
let distancesScratch: Float64Array = new Float64Array(0);
let keysScratch: Float64Array = new Float64Array(0);
let positionScratch = new Int32Array(0);
let nearestStopScratch = new Int16Array(0);

function grown(buffer: Float64Array, size: number): Float64Array {
  return buffer.length >= size ? buffer : new Float64Array(Math.max(size, buffer.length * 2));
}

/**
 * Positions in `candidates`, by total (descending, to 0.001), then fewer words in the name, then venue order. Packs
 * the three keys into one number and sorts a Float64Array natively (several times faster than a comparator at
 * 15,000 venues).
 */
function sortPositions(candidates: ArrayLike<number>, totals: Float64Array, nameWords: ArrayLike<number>, n: number): number[] {
  const count = candidates.length;
  const words = (venue: number) => Math.min(255, nameWords[venue]!);
  if (n >= 1 << 22) {
    const rounded = (i: number) => Math.round(totals[i]! * 1000);
    const order = Array.from({ length: count }, (_, i) => i);
    return order.sort((a, b) => rounded(b) - rounded(a) || words(candidates[a]!) - words(candidates[b]!) || candidates[a]! - candidates[b]!);
  }
  keysScratch = grown(keysScratch, count);
  if (positionScratch.length < n) positionScratch = new Int32Array(Math.max(n, positionScratch.length * 2));
  const keys = keysScratch.subarray(0, count);
  for (let i = 0; i < count; i++) {
    const venue = candidates[i]!;
    const score = Math.min(Math.max(Math.round(totals[i]! * 1000), 0), 2 ** 23 - 1);
    keys[i] = score * 2 ** 30 + (255 - words(venue)) * 2 ** 22 + (2 ** 22 - 1 - venue);
    positionScratch[venue] = i;
  }
  keys.sort();
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) order[i] = positionScratch[2 ** 22 - 1 - (keys[count - 1 - i]! % 2 ** 22)]!;
  return order;
}

/** Farthest distance told apart by `nearestFirst`, in metres (2^21 m ≈ 2,097 km); venues without coordinates sort after it. */
const FAR_METRES = 2 ** 21 - 1;

/**
 * Positions in `candidates`, nearest first (to the metre: floor, so that the cards' rounding stays monotonic; no
 * coordinates: last), then in sortPositions' order (score, fewer name words, venue order) within the same metre:
 * one native sort of packed keys, then the few runs of equal distance (a building, a commune's centre) sorted apart.
 */
function nearestPositions(candidates: ArrayLike<number>, totals: Float64Array, distances: Float64Array, nameWords: ArrayLike<number>): number[] {
  const count = candidates.length;
  keysScratch = grown(keysScratch, count);
  const keys = keysScratch.subarray(0, count);
  const metresOf = (i: number) => {
    const distance = distances[i]!;
    return Number.isNaN(distance) ? FAR_METRES + 1 : Math.min(FAR_METRES, Math.floor(distance * 1000));
  };
  for (let i = 0; i < count; i++) keys[i] = metresOf(i) * 2 ** 22 + i;
  keys.sort();
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) order[i] = keys[i]! % 2 ** 22;
  const rounded = (i: number) => Math.round(totals[i]! * 1000);
  const words = (i: number) => Math.min(255, nameWords[candidates[i]!]!);
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && Math.floor(keys[end]! / 2 ** 22) === Math.floor(keys[start]! / 2 ** 22)) end++;
    if (end - start > 1) {
      const run = order.slice(start, end).sort((a, b) => rounded(b) - rounded(a) || words(a) - words(b) || candidates[a]! - candidates[b]!);
      for (let k = 0; k < run.length; k++) order[start + k] = run[k]!;
    }
    start = end;
  }
  return order;
}

/** The venues in order, each with its score and reasons (see the module comment). */
export function rankVenues(input: RankingInput): RankedVenue[] {
  const { venues, matches, context = {} } = input;
  const n = venues.length;
  const nameWords = input.nameWords ?? nameWordsOf(venues);
  const { origin, openAt, constraints } = context;

  // Candidates that meet the constraints, with their relevance and reasons.
  let candidates: ArrayLike<number>;
  let relevance: ArrayLike<number>;
  let because: ArrayLike<TokenMatch[]>;
  if (matches && !constraints) ({ venues: candidates, scores: relevance, reasons: because } = matches);
  else {
    const kept: number[] = [];
    const keptRelevance: number[] = [];
    const keptReasons: TokenMatch[][] = [];
    const count = matches ? matches.venues.length : n;
    for (let i = 0; i < count; i++) {
      const venue = matches ? matches.venues[i]! : i;
      if (constraints && !matchesFilters(venues[venue]!, constraints.filters, constraints.context)) continue;
      kept.push(venue);
      keptRelevance.push(matches ? matches.scores[i]! : 0);
      keptReasons.push(matches ? matches.reasons[i]! : NO_REASON);
    }
    [candidates, relevance, because] = [kept, keptRelevance, keptReasons];
  }

  // Context bonuses.
  const count = candidates.length;
  totalsScratch = grown(totalsScratch, count);
  const totals = totalsScratch.subarray(0, count);
  if (origin) distancesScratch = grown(distancesScratch, count);
  const distances = origin ? distancesScratch.subarray(0, count).fill(NaN) : undefined;
  const open = openAt ? new Uint8Array(count) : undefined;
  const moments = new Map<string, { day: number; minute: number }>();
  const coordinates = origin ? (input.coordinates ?? coordinatesOf(venues)) : undefined;
  // An itinerant venue is as near as the nearest of its base and stops.
  const stops = origin ? stopsOf(venues) : undefined;
  if (stops && stops.size > 0 && nearestStopScratch.length < count) nearestStopScratch = new Int16Array(Math.max(count, nearestStopScratch.length * 2));
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i]!;
    let total = relevance[i]!;
    let distance = coordinates && !Number.isNaN(coordinates.lat[candidate]!) ? approximateDistanceKm(origin!.lat, origin!.lon, coordinates.lat[candidate]!, coordinates.lon[candidate]!) : NaN;
    const venueStops = stops && stops.size > 0 ? stops.get(candidate) : undefined;
    if (venueStops) {
      nearestStopScratch[i] = -1;
      for (let k = 0; k < venueStops.length; k += 2) {
        if (Number.isNaN(venueStops[k]!)) continue;
        const toStop = approximateDistanceKm(origin!.lat, origin!.lon, venueStops[k]!, venueStops[k + 1]!);
        if (Number.isNaN(distance) || toStop < distance) {
          distance = toStop;
          nearestStopScratch[i] = k / 2;
        }
      }
    } else if (stops && stops.size > 0) nearestStopScratch[i] = -1;
    if (!Number.isNaN(distance)) {
      distances![i] = distance;
      total += PROXIMITY.weight * Math.exp(-distance / PROXIMITY.scaleKm);
    }
    const venue = openAt ? venues[candidate]! : undefined;
    // A bus measured to one of its stops: its hours there, when the stop says them.
    const hours = venue && venueStops && nearestStopScratch[i]! >= 0 ? (venue.arrets![nearestStopScratch[i]!]!.hours ?? venue.hours) : venue?.hours;
    if (hours) {
      let moment = moments.get(hours.tz);
      if (!moment) {
        moment = localMoment(openAt!, hours.tz);
        moments.set(hours.tz, moment);
      }
      if (isOpenAtLocal(hours, moment.day, moment.minute)) {
        open![i] = 1;
        total += OPEN_BONUS;
      }
    }
    totals[i] = total;
  }

  const byDistance = Boolean(origin && context.nearestFirst) && count < 2 ** 22;
  const order = byDistance ? nearestPositions(candidates, totals, distances!, nameWords) : sortPositions(candidates, totals, nameWords, n);
  const openReason: TokenMatch = { query: '', field: 'horaires', kind: 'open', word: 'ouvert' };
  // The context's reasons are shared like the matches' ones: one array per (matches' reasons, km, open), not per venue.
  const withContext = new Map<TokenMatch[], Map<number, TokenMatch[]>>();
  const nearReasons = new Map<number, TokenMatch>();
  const ranked: RankedVenue[] = new Array(order.length);
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    let matched = because[i]!;
    const near = distances !== undefined && !Number.isNaN(distances[i]!);
    const isOpen = open?.[i] === 1;
    if (near || isOpen) {
      const km = near ? Math.round(distances[i]!) : -1;
      const key = km * 2 + (isOpen ? 1 : 0);
      let byKey = withContext.get(matched);
      if (!byKey) withContext.set(matched, (byKey = new Map()));
      let extended = byKey.get(key);
      if (!extended) {
        extended = [...matched];
        if (near) {
          let reason = nearReasons.get(km);
          if (!reason) nearReasons.set(km, (reason = { query: origin!.label, field: 'commune', kind: 'near', word: `${km} km` }));
          extended.push(reason);
        }
        if (isOpen) extended.push(openReason);
        byKey.set(key, extended);
      }
      matched = extended;
    }
    const stop = byDistance && near && stops && stops.size > 0 ? nearestStopScratch[i]! : -1;
    ranked[r] = byDistance && near
      ? stop >= 0
        ? { index: candidates[i]!, score: Math.round(totals[i]! * 1000) / 1000, matched, distance: distances[i]!, stop }
        : { index: candidates[i]!, score: Math.round(totals[i]! * 1000) / 1000, matched, distance: distances[i]! }
      : { index: candidates[i]!, score: Math.round(totals[i]! * 1000) / 1000, matched };
  }
  return ranked;
}

/**
 * « Les plus récemment vérifiées » : the hits reordered by their venue's freshness date (`verifiee`, see
 * src/lib/freshness.ts), newest first; hits with the same date keep their order (the ranking's, or nearest first),
 * hits of venues without a date come last. A new array; `hits` is not changed.
 */
export function mostRecentlyVerifiedFirst<T extends { index: number }>(hits: readonly T[], venues: readonly { verifiee?: string }[]): T[] {
  const dateOf = (hit: T) => venues[hit.index]?.verifiee ?? '';
  return hits
    .map((hit, position) => ({ hit, position, date: dateOf(hit) }))
    .sort((a, b) => (a.date === b.date ? a.position - b.position : a.date < b.date ? 1 : -1))
    .map(({ hit }) => hit);
}
