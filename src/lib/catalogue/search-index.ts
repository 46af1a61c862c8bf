/**
 * The search index: every VenueSummary of the site in one compact, columnar JSON document, written at build
 * time (buildSearchIndex) and fetched by the browser on first use, then decoded (decodeSearchIndex) into the
 * summaries the browser's word index is built from (word-index.ts). Browser-safe: no Node import.
 *
 * Format (version SEARCH_INDEX_VERSION), chosen by measuring brotli sizes (scripts/bench-search.ts):
 * - columns, one value per venue, in the order of the summaries;
 * - dictionaries for repeated values: places (commune + postcode, with the place's sub-territory and a
 *   reference point), operators, opening hours (each distinct CompiledHours once; inside them, each distinct
 *   day of intervals once), description keywords, freshness dates (`verifiee`: « les plus récemment vérifiées »);
 * - ids predicted from the name and commune (only the difference is stored); the commune's name inside the
 *   venue's name replaced by a tab;
 * - coordinates as integers at 1e-4° (about 11 m), relative to the place's point;
 * - enumerations as bitsets over the schema constants (order kept exactly: out-of-order lists are exceptions);
 *   the levers, derived from the services, only when they differ from the derivation;
 * - the stops of itinerant venues (commune, position at 1e-4°, hours from the hours dictionary), for the few venues
 *   that have some.
 * The vocabulary and the posting lists are built in the browser from the decoded summaries (smaller than
 * shipping them: see the bench).
 *
 * What the index keeps is `indexedForm(summaries)`: the summaries with coordinates rounded to 1e-4° and the
 * description (`texte`) reduced to its search keywords (a bounded vocabulary, see `DESCRIPTION_KEYWORDS`).
 * decodeSearchIndex(buildSearchIndex(x)) deep-equals indexedForm(x), key order included.
 */
import type { CompiledHours, Interval } from '../hours/compile.ts';
import { deriveLevers } from '../schema/levers.ts';
import { DEMARCHE_IDS, LEVERS, SERVICE_PRATIQUE_IDS, type Lever } from '../schema/reperes.ts';
import { DISPOSITIFS, FRAIS, MODALITES_ACCES, MODALITES_ACCOMPAGNEMENT, PRISES_EN_CHARGE, PUBLICS, SERVICES } from '../schema/standard.ts';
import type { StopSummary, VenueSummary } from './venue-summary.ts';
import { compiledSynonyms } from './synonyms.ts';
import { contentWords, slugify } from '../text.ts';

// ---------------------------------------------------------------------------------------------------------
// Fuse settings (the one place for them)

/**
 * The searchable fields of a venue and their weights. Query matching scores a word found in a field by this weight
 * (query-match.ts); the keyword selection of descriptions skips words already in these fields. Fuse's key format, so
 * that `new Fuse(summaries, { ...FUSE_OPTIONS, keys: [...FUSE_KEYS] })` also works (e.g. to compare).
 */
export const FUSE_KEYS = [
  { name: 'nom', weight: 10 },
  { name: 'commune', weight: 6 },
  { name: 'code_postal', weight: 6 },
  { name: 'structure', weight: 5 },
  { name: 'texte', weight: 2 },
] as const satisfies ReadonlyArray<{ name: keyof VenueSummary; weight: number }>;

export type SearchField = (typeof FUSE_KEYS)[number]['name'];

/**
 * Fuse options for typo tolerance. Fuse does not search the venues: for a query word with no exact, plural or
 * prefix match, the word index (word-index.ts `similarIn`) hands Fuse the vocabulary words (already normalised: lower case, no
 * accents) with the same first letter, a close length and nearly the same letters (at most max(1, ⌊length/4⌋)
 * edits), and keeps the best ones. A match must start at the beginning of the word (location 0, small distance:
 * typos, not substrings); threshold 0.34 ≈ one error in 3 letters at most.
 */
export const FUSE_OPTIONS = {
  includeScore: true,
  shouldSort: true,
  threshold: 0.34,
  location: 0,
  distance: 10,
  ignoreLocation: false,
  minMatchCharLength: 3,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  findAllMatches: false,
  ignoreFieldNorm: true,
} as const;

// ---------------------------------------------------------------------------------------------------------
// Format

export const SEARCH_INDEX_VERSION = 4;

/** Per-venue integer columns are arrays of numbers; sparse ones are flat [venue, value, venue, value…] lists. */
export interface SearchIndexData {
  /** Format version (SEARCH_INDEX_VERSION). */
  v: number;
  /** Build date (ISO), from the header. */
  built: string;
  /** Names of the sub-territories (VenueSummary.territoire indexes this list). */
  territoires: string[];
  /** Number of venues. */
  n: number;
  /** Which id prediction '' stands for (see ID_PREDICTIONS). */
  idRule: number;
  /**
   * Ids: '' = predicted by ID_PREDICTIONS[idRule]; `<k><suffix>` = ID_PREDICTIONS[k] + suffix;
   * `<k>~<n>.<rest>` = the first n (base 36) characters of ID_PREDICTIONS[k] + rest; `=<id>` = verbatim.
   */
  ids: string[];
  /** Names; the commune's name inside replaced by \t (`\t\t<name>` = literal name containing a tab). */
  noms: string[];
  /** Places: commune names, postcodes, sub-territory, point (1e-4°, delta-encoded along the list). */
  pc: string[];
  pn: string[];
  pt: number[];
  plat: number[];
  plon: number[];
  /** Place of each venue. */
  place: number[];
  /** Sparse [venue, territoire]: venues whose sub-territory differs from their place's. */
  tx: number[];
  /** Venue coordinates minus the place's point (1e-4°); venues without coordinates are listed in `nc`. */
  dlat: number[];
  dlon: number[];
  /** Venues without coordinates (delta-encoded indexes). */
  nc: number[];
  /** Bitsets over the schema constants, per venue (see ENUMERATIONS). */
  e: Record<EnumerationField, number[]>;
  /** Bits 0: rdv_en_ligne, 1: itinerant. */
  f: number[];
  /** Exceptions: [field code (index in ENUMERATIONS, or LEVERS_CODE), venue, count, ...indexes in order]. */
  ox: number[];
  /** Sparse [venue, codes concatenated] for languages. */
  lg: Array<number | string>;
  /** Operators (dictionary) and, per venue, 1 + index (0: none). */
  ops: string[];
  op: number[];
  /** Opening hours: default zone/horizon, days of intervals, entries (see encodeHours); per venue 1 + index (0: none). */
  hz: { tz: string; from: string; until: string };
  hd: string[];
  hs: string[];
  h: number[];
  /** Description keywords (dictionary) and, per venue, base-36 indexes joined by '.'. */
  kw: string[];
  k: string[];
  /** Freshness dates (dictionary, YYYY-MM-DD) and, per venue, 1 + index (0: none). */
  vds: string[];
  vd: number[];
  /**
   * Stops of itinerant venues, sparse: [venue, commune, latitude, longitude, hours, commune, …] per venue, positions at
   * 1e-4° (null: unknown), hours as 1 + index in `hs` (0: none).
   */
  ar: Array<Array<number | string | null>>;
}

// ---------------------------------------------------------------------------------------------------------
// Enumerations

const ENUMERATIONS = [
  ['services', SERVICES],
  ['services_pratiques', SERVICE_PRATIQUE_IDS],
  ['demarches', DEMARCHE_IDS],
  ['publics', PUBLICS],
  ['prises_en_charge', PRISES_EN_CHARGE],
  ['frais', FRAIS],
  ['acces', MODALITES_ACCES],
  ['accompagnement', MODALITES_ACCOMPAGNEMENT],
  ['dispositifs', DISPOSITIFS],
] as const;
export type EnumerationField = (typeof ENUMERATIONS)[number][0];
const LEVERS_CODE = ENUMERATIONS.length;

function bitsOf(values: readonly string[], list: readonly string[]): { bits: number; ordered: boolean } {
  let bits = 0;
  let previous = -1;
  let ordered = true;
  for (const value of values) {
    const index = list.indexOf(value);
    if (index < 0) throw new Error(`search index: unknown value « ${value} » (expected one of ${list.join(', ')})`);
    if (index <= previous) ordered = false;
    previous = index;
    bits |= 1 << index;
  }
  return { bits, ordered };
}

function valuesOf<T extends string>(bits: number, list: readonly T[]): T[] {
  const values: T[] = [];
  for (let index = 0; index < list.length; index++) if (bits & (1 << index)) values.push(list[index]!);
  return values;
}

// ---------------------------------------------------------------------------------------------------------
// Ids

/** The slugs an id prediction needs, computed once per venue. */
interface Slugs {
  nom: string;
  commune: string;
}

function slugsOf(nom: string, commune: string): Slugs {
  return { nom: slugify(nom), commune: slugify(commune) };
}

/** The name's slug followed by the commune's, unless `repeated` says the name already has it. */
function nameAndCommune({ nom, commune }: Slugs, repeated: (nom: string, commune: string) => boolean): string {
  if (!commune || repeated(nom, commune)) return nom;
  return nom ? `${nom}-${commune}` : commune;
}

/**
 * Ways an id can be read from the venue's name and commune, whatever made it: the name and the commune, the
 * commune not repeated when the name ends with it; the same, not repeated when the name contains it; the name
 * alone. No length limit: an id that differs from every prediction is stored as the longest beginning it
 * shares with one and the rest (a suffix « -2 », a name cut to fit a length), or verbatim. The index's
 * `idRule` says which prediction most ids follow.
 */
const ID_PREDICTIONS: ReadonlyArray<(slugs: Slugs) => string> = [
  (slugs) => nameAndCommune(slugs, (nom, commune) => nom === commune || nom.endsWith(`-${commune}`)),
  (slugs) => nameAndCommune(slugs, (nom, commune) => `-${nom}-`.includes(`-${commune}-`)),
  ({ nom }) => nom,
];

/** The shortest code of an id (see SearchIndexData.ids): nothing, a prediction and what follows it, or verbatim. */
function encodeId(id: string, predictions: readonly string[], rule: number): string {
  if (id === predictions[rule]) return '';
  let best = `=${id}`;
  predictions.forEach((prediction, k) => {
    if (prediction === '') return;
    let common = 0;
    while (common < prediction.length && id[common] === prediction[common]) common++;
    const rest = id.slice(common);
    const code = common === prediction.length && !rest.startsWith('~') ? `${k}${rest}` : `${k}~${common.toString(36)}.${rest}`;
    if (code.length < best.length) best = code;
  });
  return best;
}

function decodeId(code: string, nom: string, commune: string, rule: number): string {
  if (code === '') return ID_PREDICTIONS[rule]!(slugsOf(nom, commune));
  if (code.startsWith('=')) return code.slice(1);
  const prediction = ID_PREDICTIONS[Number(code[0])]!(slugsOf(nom, commune));
  if (code[1] !== '~') return prediction + code.slice(1);
  const dot = code.indexOf('.', 2);
  return prediction.slice(0, parseInt(code.slice(2, dot), 36)) + code.slice(dot + 1);
}

// ---------------------------------------------------------------------------------------------------------
// Names

function encodeName(nom: string, commune: string): string {
  if (nom.includes('\t')) return `\t\t${nom}`;
  if (commune && nom.includes(commune)) return nom.replace(commune, '\t');
  return nom;
}

function decodeName(code: string, commune: string): string {
  if (code.startsWith('\t\t')) return code.slice(2);
  return code.includes('\t') ? code.replace('\t', () => commune) : code;
}

// ---------------------------------------------------------------------------------------------------------
// Opening hours

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

const isoDays = new Map<number, string>();

function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDays.size > 10_000) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
}

function dayKey(intervals: readonly Interval[]): string {
  return intervals.map((i) => `${i[0].toString(36)}-${i[1].toString(36)}${i.length === 3 ? '?' : ''}`).join(',');
}

function parseDay(key: string): Interval[] {
  if (key === '') return [];
  return key.split(',').map((part) => {
    const unknown = part.endsWith('?');
    const [from, to] = (unknown ? part.slice(0, -1) : part).split('-');
    const interval: Interval = unknown ? [parseInt(from!, 36), parseInt(to!, 36), 1] : [parseInt(from!, 36), parseInt(to!, 36)];
    return interval;
  });
}

const JSON_PREFIX = '{';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An hours entry: `<7 day indexes, base 36, joined by .>[;<ex: day offset from `from` (delta), ':' day index, joined by ,>]`,
 * then optional `;` + JSON of the fields that differ from the default zone/horizon. Anything that would not
 * decode to the same object is stored as its JSON (starting with `{`).
 */
function encodeHours(hours: CompiledHours, days: Map<string, number>, dayList: string[], defaults: SearchIndexData['hz']): string {
  const dayIndex = (intervals: readonly Interval[]) => {
    const key = dayKey(intervals);
    let index = days.get(key);
    if (index === undefined) {
      index = dayList.length;
      days.set(key, index);
      dayList.push(key);
    }
    return index.toString(36);
  };
  const literal = JSON.stringify(hours);
  const keys = Object.keys(hours);
  const expected = ['tz', 'week', 'ex', 'from', 'until', ...(hours.comments !== undefined ? ['comments'] : [])];
  if (keys.join() !== expected.join() || hours.week.length !== 7 || !ISO_DATE.test(hours.from) || isoDay(dayNumber(hours.from)) !== hours.from) {
    return literal;
  }
  const first = dayNumber(hours.from);
  let previous = first;
  const ex: string[] = [];
  for (const [date, intervals] of Object.entries(hours.ex)) {
    if (!ISO_DATE.test(date)) return literal;
    const day = dayNumber(date);
    if (!Number.isFinite(day) || isoDay(day) !== date) return literal;
    ex.push(`${(day - previous).toString(36)}:${dayIndex(intervals)}`);
    previous = day;
  }
  const extra: Partial<CompiledHours> = {};
  if (hours.tz !== defaults.tz) extra.tz = hours.tz;
  if (hours.from !== defaults.from) extra.from = hours.from;
  if (hours.until !== defaults.until) extra.until = hours.until;
  if (hours.comments !== undefined) extra.comments = hours.comments;
  let code = hours.week.map(dayIndex).join('.');
  if (ex.length > 0 || Object.keys(extra).length > 0) code += `;${ex.join(',')}`;
  if (Object.keys(extra).length > 0) code += `;${JSON.stringify(extra)}`;
  const decoded = decodeHours(code, (index) => parseDay(dayList[index]!), defaults);
  return JSON.stringify(decoded) === literal ? code : literal;
}

function decodeHours(code: string, dayAt: (index: number) => Interval[], defaults: SearchIndexData['hz']): CompiledHours {
  if (code.startsWith(JSON_PREFIX)) return JSON.parse(code) as CompiledHours;
  const first = code.indexOf(';');
  const weekPart = first < 0 ? code : code.slice(0, first);
  const second = first < 0 ? -1 : code.indexOf(';', first + 1);
  const exPart = first < 0 ? '' : second < 0 ? code.slice(first + 1) : code.slice(first + 1, second);
  const extra = (second < 0 ? {} : JSON.parse(code.slice(second + 1))) as Partial<CompiledHours>;
  const copy = (index: string) => dayAt(parseInt(index, 36)).map((interval) => [...interval] as Interval);
  const from = extra.from ?? defaults.from;
  const ex: Record<string, Interval[]> = {};
  if (exPart !== '') {
    let day = dayNumber(from);
    for (const item of exPart.split(',')) {
      const colon = item.indexOf(':');
      day += parseInt(item.slice(0, colon), 36);
      ex[isoDay(day)] = copy(item.slice(colon + 1));
    }
  }
  const hours: CompiledHours = { tz: extra.tz ?? defaults.tz, week: weekPart.split('.').map(copy), ex, from, until: extra.until ?? defaults.until };
  if (extra.comments !== undefined) hours.comments = extra.comments;
  return hours;
}

function mostFrequent(values: Iterable<string>, fallback: string): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Description keywords

/**
 * Descriptions do not fit the size budget (diverse French text costs about 0.35 byte per character brotli-compressed,
 * ~50 bytes for a 150-character summary): the index keeps, per venue, at most `perVenue` words of its description,
 * drawn from a dictionary of at most `dictionary` words shared by at least `minVenues` descriptions (words of one
 * description only are mostly proper nouns or typos) and by at most `maxShare` of them (too common to tell venues
 * apart). Words already in the venue's name, commune or operator are skipped; words people type (synonyms) first,
 * then the more widespread ones.
 */
export const DESCRIPTION_KEYWORDS = { perVenue: 6, dictionary: 1500, minVenues: 2, maxShare: 0.5, minLength: 3 } as const;

/** The searchable fields other than the description (their words are not description keywords). */
const OTHER_FIELDS = FUSE_KEYS.map((key) => key.name).filter((name) => name !== 'texte');

function descriptionCandidates(summary: VenueSummary): string[] {
  if (!summary.texte) return [];
  const own = new Set(contentWords(OTHER_FIELDS.map((name) => summary[name] ?? '').join(' ')));
  const words = new Set<string>();
  for (const word of contentWords(summary.texte)) {
    if (word.length >= DESCRIPTION_KEYWORDS.minLength && !/^\d+$/.test(word) && !own.has(word)) words.add(word);
  }
  return [...words];
}

/** The keyword dictionary of a set of summaries (in index order) and each venue's keywords (indexes, ascending). */
function selectKeywords(summaries: readonly VenueSummary[]): { dictionary: string[]; perVenue: number[][] } {
  const candidates = summaries.map(descriptionCandidates);
  const frequency = new Map<string, number>();
  for (const words of candidates) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const withText = candidates.filter((words) => words.length > 0).length;
  const dictionary = [...frequency]
    .filter(([, count]) => count >= DESCRIPTION_KEYWORDS.minVenues && count <= Math.max(DESCRIPTION_KEYWORDS.minVenues, DESCRIPTION_KEYWORDS.maxShare * withText))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, DESCRIPTION_KEYWORDS.dictionary)
    .map(([word]) => word);
  const indexOf = new Map(dictionary.map((word, index) => [word, index]));
  const typed = compiledSynonyms().byKey;
  const perVenue = candidates.map((words) =>
    words
      .filter((word) => indexOf.has(word))
      .sort((a, b) => Number(typed.has(b)) - Number(typed.has(a)) || indexOf.get(a)! - indexOf.get(b)!)
      .slice(0, DESCRIPTION_KEYWORDS.perVenue)
      .map((word) => indexOf.get(word)!)
      .sort((a, b) => a - b),
  );
  return { dictionary, perVenue };
}

// ---------------------------------------------------------------------------------------------------------
// Canonical form

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

function withTexte(summary: VenueSummary, texte: string | undefined): VenueSummary {
  const { texte: _texte, arrets, ...rest } = summary;
  const withText: VenueSummary = texte ? { ...rest, texte } : rest;
  return arrets ? { ...withText, arrets } : withText;
}

/**
 * What the index keeps of the summaries (what decodeSearchIndex returns): coordinates rounded to 1e-4°,
 * `texte` replaced by the venue's description keywords (absent when none).
 */
export function indexedForm(summaries: readonly VenueSummary[]): VenueSummary[] {
  const { dictionary, perVenue } = selectKeywords(summaries);
  return summaries.map((summary, index) => {
    let rounded = summary.lat !== undefined && summary.lon !== undefined ? { ...summary, lat: round4(summary.lat), lon: round4(summary.lon) } : summary;
    if (summary.arrets) {
      const arrets = summary.arrets.map((stop) => ({
        commune: stop.commune,
        ...(stop.lat !== undefined && stop.lon !== undefined ? { lat: round4(stop.lat), lon: round4(stop.lon) } : {}),
        ...(stop.hours ? { hours: stop.hours } : {}),
      }));
      rounded = { ...rounded, arrets };
    }
    const words = perVenue[index]!.map((k) => dictionary[k]!);
    return withTexte(rounded, words.length > 0 ? words.join(' ') : undefined);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Build

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Encodes the summaries (see the module comment). Throws on a value outside the schema constants. */
export function buildSearchIndex(summaries: readonly VenueSummary[], header: { territoires: string[]; built: string }): SearchIndexData {
  const n = summaries.length;

  // Ids: the most frequent exact prediction is the default.
  const predictions = summaries.map((s) => {
    const slugs = slugsOf(s.nom, s.commune);
    return ID_PREDICTIONS.map((predict) => predict(slugs));
  });
  const ruleHits = ID_PREDICTIONS.map((_, k) => summaries.filter((s, i) => predictions[i]![k] === s.id).length);
  const idRule = ruleHits.indexOf(Math.max(...ruleHits));

  // Places, sorted by postcode then commune.
  const placeKey = (s: VenueSummary) => `${s.code_postal}\u0000${s.commune}`;
  const placeKeys = [...new Set(summaries.map(placeKey))].sort(compareStrings);
  const placeIndex = new Map(placeKeys.map((key, index) => [key, index]));
  const members: number[][] = placeKeys.map(() => []);
  summaries.forEach((s, i) => members[placeIndex.get(placeKey(s))!]!.push(i));
  const q = (value: number) => Math.round(value * 1e4);
  const placePoint = members.map((list) => {
    const located = list.filter((i) => summaries[i]!.lat !== undefined && summaries[i]!.lon !== undefined);
    if (located.length === 0) return [0, 0] as const;
    const lat = located.reduce((sum, i) => sum + q(summaries[i]!.lat!), 0) / located.length;
    const lon = located.reduce((sum, i) => sum + q(summaries[i]!.lon!), 0) / located.length;
    return [Math.round(lat), Math.round(lon)] as const;
  });
  const placeTerritoire = members.map((list) => Number(mostFrequent(list.map((i) => String(summaries[i]!.territoire)), '-1')));
  const delta = (values: number[]) => values.map((value, index) => value - (index > 0 ? values[index - 1]! : 0));

  // Operators, most frequent first.
  const operatorCounts = new Map<string, number>();
  for (const s of summaries) if (s.structure !== undefined) operatorCounts.set(s.structure, (operatorCounts.get(s.structure) ?? 0) + 1);
  const ops = [...operatorCounts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([name]) => name);
  const opIndex = new Map(ops.map((name, index) => [name, index]));

  // Hours: entries most frequent first.
  const withHours = summaries.flatMap((s) => [...(s.hours ? [s.hours] : []), ...(s.arrets ?? []).flatMap((stop) => (stop.hours ? [stop.hours] : []))]);
  const hz = {
    tz: mostFrequent(withHours.map((h) => h.tz), 'Europe/Paris'),
    from: mostFrequent(withHours.map((h) => h.from), ''),
    until: mostFrequent(withHours.map((h) => h.until), ''),
  };
  const hoursCounts = new Map<string, { count: number; hours: CompiledHours }>();
  for (const hours of withHours) {
    const key = JSON.stringify(hours);
    const entry = hoursCounts.get(key);
    if (entry) entry.count++;
    else hoursCounts.set(key, { count: 1, hours });
  }
  const hoursEntries = [...hoursCounts].sort((a, b) => b[1].count - a[1].count || compareStrings(a[0], b[0]));
  const hoursIndex = new Map(hoursEntries.map(([key], index) => [key, index]));
  // Days of intervals, most frequent first (pre-registered so that indexes are small for common days).
  const dayCounts = new Map<string, number>();
  for (const [, { hours, count }] of hoursEntries) {
    for (const intervals of [...hours.week, ...Object.values(hours.ex)]) {
      const key = dayKey(intervals);
      dayCounts.set(key, (dayCounts.get(key) ?? 0) + count);
    }
  }
  const hd = [...dayCounts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([key]) => key);
  const days = new Map(hd.map((key, index) => [key, index]));
  const hs = hoursEntries.map(([, { hours }]) => encodeHours(hours, days, hd, hz));

  // Keywords.
  const { dictionary: kw, perVenue } = selectKeywords(summaries);

  // Freshness dates, most frequent first (imported listings share a few dates).
  const dateCounts = new Map<string, number>();
  for (const s of summaries) if (s.verifiee !== undefined) dateCounts.set(s.verifiee, (dateCounts.get(s.verifiee) ?? 0) + 1);
  const vds = [...dateCounts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([date]) => date);
  const dateIndex = new Map(vds.map((date, index) => [date, index]));

  const data: SearchIndexData = {
    v: SEARCH_INDEX_VERSION,
    built: header.built,
    territoires: header.territoires,
    n,
    idRule,
    ids: [],
    noms: [],
    pc: placeKeys.map((key) => key.slice(0, key.indexOf('\u0000'))),
    pn: placeKeys.map((key) => key.slice(key.indexOf('\u0000') + 1)),
    pt: placeTerritoire,
    plat: delta(placePoint.map((p) => p[0])),
    plon: delta(placePoint.map((p) => p[1])),
    place: [],
    tx: [],
    dlat: [],
    dlon: [],
    nc: [],
    e: Object.fromEntries(ENUMERATIONS.map(([field]) => [field, [] as number[]])) as unknown as Record<EnumerationField, number[]>,
    f: [],
    ox: [],
    lg: [],
    ops,
    op: [],
    hz,
    hd,
    hs,
    h: [],
    kw,
    k: [],
    vds,
    vd: [],
    ar: [],
  };
  let lastMissing = 0;
  summaries.forEach((s, i) => {
    data.ids.push(encodeId(s.id, predictions[i]!, idRule));
    data.noms.push(encodeName(s.nom, s.commune));
    const place = placeIndex.get(placeKey(s))!;
    data.place.push(place);
    if (s.territoire !== placeTerritoire[place]) data.tx.push(i, s.territoire);
    if (s.lat !== undefined && s.lon !== undefined) {
      data.dlat.push(q(s.lat) - placePoint[place]![0]);
      data.dlon.push(q(s.lon) - placePoint[place]![1]);
    } else {
      data.nc.push(i - lastMissing);
      lastMissing = i;
    }
    ENUMERATIONS.forEach(([field, list], code) => {
      const values = s[field] as readonly string[];
      const { bits, ordered } = bitsOf(values, list);
      data.e[field].push(bits);
      if (!ordered) data.ox.push(code, i, values.length, ...values.map((value) => (list as readonly string[]).indexOf(value)));
    });
    const derived = deriveLevers(s);
    if (derived.join() !== s.leviers.join()) data.ox.push(LEVERS_CODE, i, s.leviers.length, ...s.leviers.map((lever) => LEVERS.indexOf(lever)));
    data.f.push((s.rdv_en_ligne ? 1 : 0) | (s.itinerant ? 2 : 0));
    if (s.langues.length > 0) {
      if (s.langues.some((code) => !/^[a-z]{2}$/.test(code))) throw new Error(`search index: language codes are two letters (venue ${s.id})`);
      data.lg.push(i, s.langues.join(''));
    }
    data.op.push(s.structure !== undefined ? opIndex.get(s.structure)! + 1 : 0);
    data.h.push(s.hours !== undefined ? hoursIndex.get(JSON.stringify(s.hours))! + 1 : 0);
    data.k.push(perVenue[i]!.map((k) => k.toString(36)).join('.'));
    data.vd.push(s.verifiee !== undefined ? dateIndex.get(s.verifiee)! + 1 : 0);
    if (s.arrets?.length) {
      data.ar.push([
        i,
        ...s.arrets.flatMap((stop) => [
          stop.commune,
          stop.lat !== undefined ? q(stop.lat) : null,
          stop.lon !== undefined ? q(stop.lon) : null,
          stop.hours ? hoursIndex.get(JSON.stringify(stop.hours))! + 1 : 0,
        ]),
      ]);
    }
  });
  return data;
}

// ---------------------------------------------------------------------------------------------------------
// Decode

/**
 * The summaries of an index (indexedForm of what was built). Throws on an unknown format version.
 * Venues with equal lists (services, languages…) or equal hours share the same array or object: read-only.
 */
export function decodeSearchIndex(data: SearchIndexData): VenueSummary[] {
  if (data.v !== SEARCH_INDEX_VERSION) throw new Error(`search index: format ${data.v}, expected ${SEARCH_INDEX_VERSION}`);
  const undelta = (values: number[]) => {
    let sum = 0;
    return values.map((value) => (sum += value));
  };
  const plat = undelta(data.plat);
  const plon = undelta(data.plon);
  const territoireOf = new Map<number, number>();
  for (let i = 0; i < data.tx.length; i += 2) territoireOf.set(data.tx[i]!, data.tx[i + 1]!);
  const missing = new Set(undelta(data.nc));
  const languages = new Map<number, string[]>();
  const languageLists = new Map<string, string[]>();
  for (let i = 0; i < data.lg.length; i += 2) {
    const codes = data.lg[i + 1] as string;
    let list = languageLists.get(codes);
    if (!list) {
      list = codes.match(/../g) ?? [];
      languageLists.set(codes, list);
    }
    languages.set(data.lg[i] as number, list);
  }
  const orders = new Map<string, number[]>();
  for (let i = 0; i < data.ox.length; ) {
    const count = data.ox[i + 2]!;
    orders.set(`${data.ox[i]}:${data.ox[i + 1]}`, data.ox.slice(i + 3, i + 3 + count));
    i += 3 + count;
  }
  const days = data.hd.map(parseDay);
  // Venues with the same hours share one decoded object (treat it as read-only).
  const hoursCache: Array<CompiledHours | undefined> = [];
  const hoursOf = (entry: number): CompiledHours =>
    (hoursCache[entry] ??= decodeHours(data.hs[entry]!, (index) => days[index]!, data.hz));
  const stopsOf = new Map<number, StopSummary[]>();
  for (const [venue, ...fields] of data.ar) {
    const stops: StopSummary[] = [];
    for (let k = 0; k + 3 < fields.length; k += 4) {
      const [commune, lat, lon, hours] = [String(fields[k]), fields[k + 1], fields[k + 2], fields[k + 3]];
      const stop: StopSummary = typeof lat === 'number' && typeof lon === 'number' ? { commune, lat: lat / 1e4, lon: lon / 1e4 } : { commune };
      if (typeof hours === 'number' && hours > 0) stop.hours = hoursOf(hours - 1);
      stops.push(stop);
    }
    stopsOf.set(venue as number, stops);
  }
  const summaries: VenueSummary[] = new Array(data.n);
  const e = data.e;
  const ordered = data.ox.length > 0;
  // Venues with the same values share one array (far less memory and garbage collection): treat them as read-only.
  const shared = ENUMERATIONS.map(() => new Map<number, string[]>());
  const enumeration = <T extends string>(code: number, venue: number, bits: number, list: readonly T[]): T[] => {
    const order = ordered ? orders.get(`${code}:${venue}`) : undefined;
    if (order) return order.map((index) => list[index]!);
    let values = shared[code]!.get(bits) as T[] | undefined;
    if (!values) {
      values = valuesOf(bits, list);
      shared[code]!.set(bits, values);
    }
    return values;
  };
  const sharedLevers = new Map<string, Lever[]>();
  const noLanguage: string[] = [];
  const keywordTexts = new Map<string, string>();
  let dIndex = 0;
  for (let i = 0; i < data.n; i++) {
    const place = data.place[i]!;
    const commune = data.pn[place]!;
    const nom = decodeName(data.noms[i]!, commune);
    const id = decodeId(data.ids[i]!, nom, commune, data.idRule);
    const code_postal = data.pc[place]!;
    const territoire = territoireOf.get(i) ?? data.pt[place]!;
    const services = enumeration(0, i, e.services[i]!, SERVICES);
    const services_pratiques = enumeration(1, i, e.services_pratiques[i]!, SERVICE_PRATIQUE_IDS);
    const demarches = enumeration(2, i, e.demarches[i]!, DEMARCHE_IDS);
    const leverOrder = ordered ? orders.get(`${LEVERS_CODE}:${i}`) : undefined;
    let leviers: Lever[];
    if (leverOrder) leviers = leverOrder.map((index) => LEVERS[index]!);
    else {
      const key = `${e.services[i]}|${services_pratiques.length > 0 ? 1 : 0}|${demarches.length > 0 ? 1 : 0}`;
      leviers = sharedLevers.get(key) ?? deriveLevers({ services, services_pratiques, demarches });
      sharedLevers.set(key, leviers);
    }
    const publics = enumeration(3, i, e.publics[i]!, PUBLICS);
    const prises_en_charge = enumeration(4, i, e.prises_en_charge[i]!, PRISES_EN_CHARGE);
    const langues = languages.get(i) ?? noLanguage;
    const frais = enumeration(5, i, e.frais[i]!, FRAIS);
    const acces = enumeration(6, i, e.acces[i]!, MODALITES_ACCES);
    const rdv_en_ligne = (data.f[i]! & 1) !== 0;
    const accompagnement = enumeration(7, i, e.accompagnement[i]!, MODALITES_ACCOMPAGNEMENT);
    const itinerant = (data.f[i]! & 2) !== 0;
    const dispositifs = enumeration(8, i, e.dispositifs[i]!, DISPOSITIFS);
    // Same keys, in the same order, as toVenueSummary (two literal shapes: with and without coordinates).
    let summary: VenueSummary;
    if (missing.has(i)) {
      summary = { id, nom, commune, code_postal, territoire, leviers, services, services_pratiques, demarches, publics, prises_en_charge, langues, frais, acces, rdv_en_ligne, accompagnement, itinerant, dispositifs };
    } else {
      const lat = (plat[place]! + data.dlat[dIndex]!) / 1e4;
      const lon = (plon[place]! + data.dlon[dIndex]!) / 1e4;
      dIndex++;
      summary = { id, nom, commune, code_postal, territoire, lat, lon, leviers, services, services_pratiques, demarches, publics, prises_en_charge, langues, frais, acces, rdv_en_ligne, accompagnement, itinerant, dispositifs };
    }
    const op = data.op[i]!;
    if (op > 0) summary.structure = data.ops[op - 1]!;
    const h = data.h[i]!;
    if (h > 0) summary.hours = hoursOf(h - 1);
    const vd = data.vd[i]!;
    if (vd > 0) summary.verifiee = data.vds[vd - 1]!;
    const k = data.k[i]!;
    if (k !== '') {
      let texte = keywordTexts.get(k);
      if (texte === undefined) {
        texte = k.split('.').map((code) => data.kw[parseInt(code, 36)]!).join(' ');
        keywordTexts.set(k, texte);
      }
      summary.texte = texte;
    }
    const stops = stopsOf.get(i);
    if (stops) summary.arrets = stops;
    summaries[i] = summary;
  }
  return summaries;
}
