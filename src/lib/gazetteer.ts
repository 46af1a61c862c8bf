/**
 * The offline gazetteer behind « Près de moi »: municipalities with their postcodes and a centre
 * point, searched as the person types (name or postcode), then used to sort venues by distance.
 * Browser-safe: no Node import. Built by `gazetteer-build.ts` (France) or supplied as
 * `content/communes.json` (any other country); format in docs/gazetteer.md. Names are compared by their
 * `placeNameKey` (src/lib/text.ts).
 *
 * A row is a compact array (the file is downloaded by the browser, ≈ 4,000 rows for a région):
 *
 *   [name, postcodes, code, lat, lon]        point from a gazetteer (GeoNames in France)
 *   [name, postcodes, code, lat, lon, 1]     approximate point (centre of the municipality's
 *                                            bounding box, a venue of the municipality, or the
 *                                            city of a municipal arrondissement): fine for sorting
 *
 * - `name`: official name, as shown (« Le Puy-en-Velay », « Lyon 3e Arrondissement »); a former
 *   municipality merged into a new one keeps its name, followed by the current one in parentheses
 *   (« Seynod (Annecy) »), and has no postcode of its own;
 * - `postcodes`: one postcode as a string, several as an array (« 63000 » or [« 63000 », « 63100 »]),
 *   [] when none;
 * - `code`: official municipality code (INSEE in France, NIS/INS in Belgium);
 * - `lat`, `lon`: WGS 84 degrees, 4 decimals (≈ 10 m).
 *
 * Row order matters: earlier rows are more important (France: by decreasing population, the
 * municipal arrondissements and former municipalities right after their municipality). Search uses the position as a cheap popularity
 * score and as the tie-breaker, so « clermont » offers Clermont-Ferrand before Clermont (74).
 * A city divided into municipal arrondissements (Paris, Lyon, Marseille) has no postcode of its own:
 * each postcode belongs to its arrondissement, so « 69003 » offers Lyon 3e Arrondissement.
 */
import { editDistance, expandAbbreviation, placeNameKey, placeNameWords, tokenize, withoutArticle } from './text.ts';
import { approximateDistanceKm } from './geo.ts';

export type GazetteerRow =
  | [name: string, postcodes: string | string[], code: string, lat: number, lon: number]
  | [name: string, postcodes: string | string[], code: string, lat: number, lon: number, approx: 1];

/** The file served to the browser (and the shape of `content/communes.json`, which may also be a bare row array). */
export interface Gazetteer {
  /** Credits of the sources, to show near the search field (GeoNames is CC BY 4.0). */
  attribution?: string;
  rows: GazetteerRow[];
}

/** A search result: the row, plus its fields under names. */
export interface Place {
  row: GazetteerRow;
  name: string;
  postcodes: string[];
  code: string;
  /** [lon, lat], the order of `distanceKm` in geo.ts. */
  point: [number, number];
  approx: boolean;
}

export function postcodesOf(row: GazetteerRow): string[] {
  const postcodes = row[1];
  return typeof postcodes === 'string' ? (postcodes ? [postcodes] : []) : postcodes;
}

export function toPlace(row: GazetteerRow): Place {
  return { row, name: row[0], postcodes: postcodesOf(row), code: row[2], point: [row[4], row[3]], approx: row[5] === 1 };
}

/**
 * Text shown in the suggestion list and put in the field once chosen; `resolvePlace` reads it back:
 * « Clermont-Ferrand (63000, 63100) », « Lyon (69001, 69002…) », « Gex (01170) ».
 */
export function placeLabel(row: GazetteerRow): string {
  const postcodes = postcodesOf(row);
  if (postcodes.length === 0) return row[0];
  const shown = postcodes.length <= 2 ? postcodes.join(', ') : `${postcodes[0]}, ${postcodes[1]}…`;
  return `${row[0]} (${shown})`;
}

// ---------------------------------------------------------------------------------------------------------
// Search index (built once per row array, kept while the array lives)

interface Entry {
  row: GazetteerRow;
  index: number;
  /** Normalised name, and without its leading article. */
  full: string;
  bare: string;
  /** Without a trailing « (…) »: « Seynod (Annecy) » is also exactly « seynod ». */
  short: string;
  /** The same without spaces: « lisle d abeau » → « lisledabeau », so « lisle » and « saintetienne » match. */
  compact: string;
  bareCompact: string;
  /** « ␣saint␣etienne »: a word starts with `token` when this contains « ␣token ». */
  spaced: string;
  postcodes: string[];
  /** log10(rows / position): higher for earlier (more important) rows. */
  importance: number;
}

const INDEXES = new WeakMap<readonly GazetteerRow[], Entry[]>();

function indexOf(rows: readonly GazetteerRow[]): Entry[] {
  let entries = INDEXES.get(rows);
  if (entries) return entries;
  entries = rows.map((row, index) => {
    const words = placeNameWords(row[0]);
    const bareWords = withoutArticle(words);
    const full = words.join(' ');
    const bare = bareWords.join(' ');
    return {
      row,
      index,
      full,
      bare,
      short: placeNameKey(row[0].replace(/\s*\([^()]*\)\s*$/, '')),
      compact: words.join(''),
      bareCompact: bareWords.join(''),
      spaced: ' ' + full,
      postcodes: postcodesOf(row),
      importance: Math.log10(rows.length / (index + 1)),
    };
  });
  INDEXES.set(rows, entries);
  return entries;
}

/** Exact look-ups for resolvePlace, in row order (the more important place first): built once per row array. */
interface Lookup {
  /** Name key (`full` and `bare`) → entries. */
  byName: Map<string, Entry[]>;
  /** `short` key → entries (« seynod » → Seynod (Annecy)). */
  byShort: Map<string, Entry[]>;
  /** Postcode → entries having it. */
  byPostcode: Map<string, Entry[]>;
  /** Municipality code → entry. */
  byCode: Map<string, Entry>;
  /**
   * Each beginning of a name made of whole words, but the name itself, with and without its article (« le puy »,
   * « puy », « puy en » for Le Puy-en-Velay) → the entries it begins.
   */
  byBeginning: Map<string, Entry[]>;
}

const LOOKUPS = new WeakMap<readonly GazetteerRow[], Lookup>();

function lookupOf(rows: readonly GazetteerRow[]): Lookup {
  let lookup = LOOKUPS.get(rows);
  if (lookup) return lookup;
  lookup = { byName: new Map(), byShort: new Map(), byPostcode: new Map(), byCode: new Map(), byBeginning: new Map() };
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  for (const entry of indexOf(rows)) {
    add(lookup.byName, entry.full, entry);
    add(lookup.byName, entry.bare, entry);
    add(lookup.byShort, entry.short, entry);
    for (const code of entry.postcodes) add(lookup.byPostcode, code, entry);
    for (const name of new Set([entry.short, withoutArticle(entry.short.split(' ')).join(' ')])) {
      const words = name.split(' ');
      for (let end = 1; end < words.length; end++) add(lookup.byBeginning, words.slice(0, end).join(' '), entry);
    }
    if (!lookup.byCode.has(entry.row[2])) lookup.byCode.set(entry.row[2], entry);
  }
  LOOKUPS.set(rows, lookup);
  return lookup;
}

/**
 * Builds the search index and the exact look-ups now rather than on the first keystroke (≈ 30 ms for 4,000 rows):
 * call it once the file is loaded. Optional.
 */
export function prepareGazetteer(gazetteer: Gazetteer | readonly GazetteerRow[]): void {
  lookupOf(rowsOf(gazetteer));
}

function rowsOf(gazetteer: Gazetteer | readonly GazetteerRow[]): readonly GazetteerRow[] {
  return Array.isArray(gazetteer) ? gazetteer : (gazetteer as Gazetteer).rows;
}

// ---------------------------------------------------------------------------------------------------------
// Search

/**
 * Score of each kind of match, added to the row's `importance` (log10 of rows / position, 0 to ≈ 3.6
 * for a région): one point is worth a 10× better position. Exact name 4.5; the name starts with the
 * query's whole words 4 (« vals » → Vals-les-Bains before Valserhône); the name starts with the query
 * 3 (« clerm »; spaces ignored: « lisle » → L'Isle-d'Abeau); each word of the query starts a word of
 * the name or a postcode 1.5 (« lyon 69003 », « velay »). Postcodes: exact 4.5, beginning 3.
 */
const EXACT = 4.5;
const WHOLE_WORDS = 4;
const PREFIX = 3;
const WORDS = 1.5;
/** A name typed with a typo (`typos`): below the other tiers, one point less per edit. */
const TYPOS = 1;

interface Scored {
  entry: Entry;
  score: number;
}

interface Query {
  tokens: string[];
  text: string;
  compact: string;
}

/** The kind of match of `query` on the row's name (see EXACT…), 0 when none. */
function nameTier(entry: Entry, query: Query): number {
  if (entry.compact.startsWith(query.compact) || entry.bareCompact.startsWith(query.compact)) {
    if (entry.full === query.text || entry.bare === query.text || entry.short === query.text) return EXACT;
    const whole = query.text + ' ';
    return entry.full.startsWith(whole) || entry.bare.startsWith(whole) ? WHOLE_WORDS : PREFIX;
  }
  for (const token of query.tokens) {
    if (entry.spaced.includes(' ' + token)) continue;
    if (!(token.charCodeAt(0) < 58 && entry.postcodes.some((code) => code.startsWith(token)))) return 0;
  }
  return WORDS;
}

/** Keeps the `limit` best in `best` (sorted), cheaper than sorting every match. */
function insert(best: Scored[], item: Scored, limit: number): void {
  if (best.length === limit && compare(item, best[limit - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
}

function compare(a: Scored, b: Scored): number {
  return b.score - a.score || a.entry.row[0].length - b.entry.row[0].length || a.entry.index - b.entry.index;
}

/**
 * Suggestions for what the person typed, best first.
 * - a name, or its beginning: accents, case, hyphens and apostrophes do not matter; « st »/« ste »
 *   stand for « saint »/« sainte »; the leading article can be left out (« puy » → Le Puy-en-Velay);
 *   every word may be a beginning (« lyon 3 » → Lyon 3e Arrondissement). Ranking: exact name, name
 *   starting with the query's whole words, name starting with it, words anywhere; within a tier the
 *   more important place first, so « clermont » offers Clermont-Ferrand, then Clermont;
 * - digits: a postcode or its beginning (« 63000 » → the municipalities of that postcode, « 630 »).
 * Under 1 ms for 4,000 rows once the index is built (≈ 30 ms on the first call, see `prepareGazetteer`).
 */
export function searchPlaces(gazetteer: Gazetteer | readonly GazetteerRow[], query: string, limit = 8): Place[] {
  const entries = indexOf(rowsOf(gazetteer));
  const words = tokenize(query);
  if (words.length === 0 || limit <= 0) return [];
  const best: Scored[] = [];

  const digits = words.join('');
  if (/^\d+$/.test(digits)) {
    for (const entry of entries) {
      let tier = 0;
      for (const code of entry.postcodes) {
        if (code === digits) tier = EXACT;
        else if (tier === 0 && code.startsWith(digits)) tier = PREFIX;
      }
      if (tier > 0) insert(best, { entry, score: tier + entry.importance }, limit);
    }
  } else {
    const last = words[words.length - 1]!;
    const head = words.slice(0, -1).map(expandAbbreviation);
    // The last word may still be typed: « st » is « st… » or « saint ».
    const expanded = expandAbbreviation(last);
    const variants = expanded !== last ? [last, expanded] : [last];
    const queries: Query[] = variants.map((variant) => {
      const tokens = [...head, variant];
      return { tokens, text: tokens.join(' '), compact: tokens.join('') };
    });
    for (const entry of entries) {
      let tier = 0;
      for (const q of queries) tier = Math.max(tier, nameTier(entry, q));
      if (tier > 0) insert(best, { entry, score: tier + entry.importance }, limit);
    }
    if (best.length < limit) typos(entries, queries[queries.length - 1]!.compact, best, limit);
  }
  return best.map(({ entry }) => toPlace(entry.row));
}

/** Shortest name typed (letters, without spaces) looked up with typos. */
const TYPO_MIN_LETTERS = 4;

/**
 * A name typed with a typo (« grenobel », « clermond », « st etiene », « le puy en velai »): the names, or their
 * beginnings as long as what is typed, within one edit (two from 8 letters; text.ts `editDistance`), one tier below
 * the real matches (TYPOS, one point less per edit; importance still counts: « lyonn » offers Lyon before
 * Cognat-Lyonne); the first letter must be right. Asked only when fewer than `limit` places match.
 */
function typos(entries: readonly Entry[], typed: string, best: Scored[], limit: number): void {
  if (typed.length < TYPO_MIN_LETTERS) return;
  const max = typed.length >= 8 ? 2 : 1;
  const found = new Set(best.map(({ entry }) => entry));
  for (const entry of entries) {
    if (found.has(entry)) continue;
    let edits = max + 1;
    for (const name of entry.bareCompact === entry.compact ? [entry.compact] : [entry.compact, entry.bareCompact]) {
      // The first letter is rarely the mistyped one: checking it first keeps this under a millisecond for a région.
      if (name[0] !== typed[0]) continue;
      edits = Math.min(edits, editDistance(typed, name, max));
      if (name.length > typed.length) edits = Math.min(edits, editDistance(typed, name.slice(0, typed.length), max));
    }
    if (edits <= max) insert(best, { entry, score: TYPOS - edits + entry.importance }, limit);
  }
}

/**
 * « lyon 3 », « Lyon 3e », « lyon 3eme », « lyon 03 », « Lyon 1er » (folded key): the key of the municipal
 * arrondissement it means (« lyon 3e arrondissement »), else undefined.
 */
function arrondissementKey(key: string): string | undefined {
  const match = /^(\D.*?) 0?(\d{1,2})(?: ?(?:e|er|ere|eme|ieme|em))?(?: arrondissement| arr)?$/.exec(key);
  if (!match) return undefined;
  const number = Number(match[2]);
  return number >= 1 ? `${match[1]} ${number}${number === 1 ? 'er' : 'e'} arrondissement` : undefined;
}

export interface ResolveOptions {
  /** Also read a municipality code (INSEE, NIS) alone; default true. A query typed in the search box reads postcodes only. */
  codes?: boolean;
  /** When several places share the name (and postcode): the nearest to this point, instead of the most important. */
  near?: { lat: number; lon: number };
}

/**
 * The place a chosen or typed text names exactly, or undefined: a label from `placeLabel`
 * (« Clermont-Ferrand (63000, 63100) »), a name (« saint-etienne »), « 63000 Clermont-Ferrand »,
 * « Clermont-Ferrand 63000 », a municipal arrondissement (« lyon 3 », « Lyon 3e », « lyon 69003 »), a
 * postcode alone (« 69003 » → its most important place) or a municipality code (unless `codes: false`).
 * When several places share the name (and postcode), the most important wins. Never a beginning of a name
 * (« clerm »). Exact look-ups in maps built once per row array: a few microseconds per call.
 */
export function resolvePlace(gazetteer: Gazetteer | readonly GazetteerRow[], text: string, options: ResolveOptions = {}): Place | undefined {
  const lookup = lookupOf(rowsOf(gazetteer));
  let name = text.trim();
  let postcode: string | undefined;
  const label = /^(.*?)\s*\(([^()]*)\)?\s*$/.exec(name);
  const labelPostcode = label && /\d{4,5}/.exec(label[2]!)?.[0];
  if (label && labelPostcode) {
    name = label[1]!;
    postcode = labelPostcode;
  } else if (!label) {
    const before = /^(\d{4,5})\s+(.*)$/.exec(name);
    const after = /^(.*?)\s+(\d{4,5})$/.exec(name);
    const split = before ? [before[2]!, before[1]!] : after ? [after[1]!, after[2]!] : undefined;
    if (split) [name, postcode] = split;
  }
  const key = placeNameKey(name);

  if (!key) {
    if (!postcode) return undefined;
    const entry = lookup.byPostcode.get(postcode)?.[0];
    return entry ? toPlace(entry.row) : undefined;
  }
  if (/^\d+$/.test(key.replace(/ /g, '')) && !postcode) {
    const code = key.replace(/ /g, '');
    const entry = lookup.byPostcode.get(code)?.[0] ?? (options.codes === false ? undefined : lookup.byCode.get(code));
    return entry ? toPlace(entry.row) : undefined;
  }
  const arrondissement = arrondissementKey(key);
  const exact = lookup.byName.get(key) ?? (arrondissement ? lookup.byName.get(arrondissement) : undefined);
  const named = exact ?? lookup.byShort.get(key) ?? [];
  let chosen = (postcode && named.find((entry) => entry.postcodes.includes(postcode))) || undefined;
  // « lyon 69003 »: the city has no postcode of its own, its arrondissement has.
  if (!chosen && postcode) chosen = lookup.byPostcode.get(postcode)?.find((entry) => entry.full.startsWith(`${key} `) && entry.full.endsWith(' arrondissement'));
  const near = options.near;
  if (!chosen && near && named.length > 1) {
    const km = (entry: Entry) => {
      const [lon, lat] = toPlace(entry.row).point;
      return approximateDistanceKm(near.lat, near.lon, lat, lon);
    };
    chosen = named.reduce((best, entry) => (km(entry) < km(best) ? entry : best));
  }
  chosen ??= named[0];
  return chosen ? toPlace(chosen.row) : undefined;
}

/**
 * Least importance (log10 of rows / position) of a place known by a short name: one row in 16, the first ≈ 260 of a
 * région (towns of more than ≈ 5,000 inhabitants in Auvergne-Rhône-Alpes). People call a town by the beginning of its
 * name (« Thonon »); « Loire » is not Loire-sur-Rhône, a village of 2,500, but the département.
 */
const SHORT_NAME_IMPORTANCE = 1.2;

/**
 * The place a usual short name stands for: the one municipality whose name begins with these whole words
 * (« thonon » → Thonon-les-Bains, « le puy » → Le Puy-en-Velay, « bourgoin » → Bourgoin-Jallieu), or undefined when
 * several do (« vals »: Vals-les-Bains, Vals-près-le-Puy…; « bourg »), when none does, or when the words are a whole
 * name (resolvePlace reads those), or when that municipality is not one of the larger ones (SHORT_NAME_IMPORTANCE).
 * Never a beginning of a word (« thon » is not Thonon-les-Bains).
 */
export function resolveShortName(gazetteer: Gazetteer | readonly GazetteerRow[], text: string): Place | undefined {
  const key = placeNameKey(text);
  if (!key) return undefined;
  const lookup = lookupOf(rowsOf(gazetteer));
  if (lookup.byName.has(key) || lookup.byShort.has(key)) return undefined;
  const begun = lookup.byBeginning.get(key);
  return begun?.length === 1 && begun[0]!.importance >= SHORT_NAME_IMPORTANCE ? toPlace(begun[0]!.row) : undefined;
}

/** Farthest a stop placed by its commune's name may be from its venue's base: beyond, the name named another commune. */
export const STOP_MAX_KM = 100;

/**
 * Where a stop of an itinerant venue is when it has no coordinates: the centre of its commune (named with its
 * postcode when it has one; among communes of the same name, the nearest to the venue's base), when the gazetteer
 * knows it within STOP_MAX_KM of the base; else undefined.
 * The venue summaries' `stopPosition` (src/lib/catalogue/venue-summary.ts), for the site and the tests.
 */
export function stopLocator(gazetteer: Gazetteer | readonly GazetteerRow[]) {
  return (stop: { commune: string; code_postal?: string }, base: { latitude?: number; longitude?: number }): { lat: number; lon: number } | undefined => {
    const near = base.latitude !== undefined && base.longitude !== undefined ? { lat: base.latitude, lon: base.longitude } : undefined;
    const place = resolvePlace(gazetteer, stop.code_postal ? `${stop.commune} ${stop.code_postal}` : stop.commune, { codes: false, ...(near ? { near } : {}) });
    if (!place) return undefined;
    const [lon, lat] = place.point;
    if (base.latitude !== undefined && base.longitude !== undefined && approximateDistanceKm(base.latitude, base.longitude, lat, lon) > STOP_MAX_KM) return undefined;
    return { lat, lon };
  };
}
