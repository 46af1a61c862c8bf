/**
 * What the catalogue's search box understood: a need, a time and a place (« impots samedi lyon 3 » → the need
 * « impots », open on Saturday, near Lyon 3e Arrondissement), and the « Compris : … » line that says it, with what
 * undoing each part leaves.
 * Browser-safe and pure: the gazetteer (gazetteer.ts) and a venue-name test (word-index.ts `someNameHasAll`) are
 * given. Matching and ranking stay in query-match.ts and ranking.ts; this module only splits the text.
 *
 * Rules (docs/accessibilite.md, « Recherche et filtres », says them in French):
 * 1. The query is cut at spaces into words, kept as typed. Words inside quotes (« "lyon 3" », « «riom» ») are words,
 *    never a place.
 * 2. The place is the longest run of at most PLACE_WORDS words at the end of the query, else at its start, that the
 *    gazetteer resolves exactly (resolvePlace, postcodes but not municipality codes): a commune (accents, case,
 *    hyphens, « st », a leading article do not matter), an arrondissement (« lyon 3 », « Lyon 3e »), a commune with
 *    its postcode, or a postcode alone; a name without its postcode must also be what the « Près de » list offers
 *    first for these words (« clermont » offers Clermont-Ferrand before Clermont, a village of Haute-Savoie: neither
 *    is read; « clermont 74270 » is Clermont). Never the beginning of a word: « rio » is not Riom. Whole words that
 *    begin a name are the usual short name of a town (resolveShortName) only when they begin one municipality's name,
 *    one of the larger ones: « thonon » is Thonon-les-Bains, « le puy » Le Puy-en-Velay, « bourgoin » Bourgoin-Jallieu;
 *    « vals » is not Vals-les-Bains (Vals-près-le-Puy too), « loire » is not Loire-sur-Rhône (a village).
 * 3. It is not a place when
 *    - it is a need word too (a phrase of synonyms.ts: « job », « cours », « école », « parent » are communes of
 *      Auvergne-Rhône-Alpes) — the need wins; « cours 69470 » or the « Près de » field still name the commune;
 *    - it would cut a need phrase in two (« garde d'enfant »: « garde » is La Garde, « garde d'enfant » a need);
 *    - it has fewer than MIN_LETTERS letters and is not a postcode (« Oz »);
 *    - the whole query, need words included, reads as the name of a venue (every word in one venue's name:
 *      « médiathèque de riom ») — the search then finds that venue by its name, as before.
 *    A query that is only a place (« riom », « 63200 ») is a place: it is « Près de » with no need words.
 * 4. The small words joining the need and the place (« à », « près de », « sur », « vers »…) are dropped; need words
 *    that are only stop words (« pour riom ») leave no need.
 * 5. A time is read first, anywhere in the query (whenOf): a day, a moment, both, « maintenant », « cette semaine »,
 *    « aujourd'hui », « demain », « ce soir » (today's day and that moment), « le week-end » (Saturday), « après 18 h »,
 *    an hour (« à 14 h »: its moment), « lundi prochain », with the small words around (« ouvert le … »); else
 *    « ouvert » alone is « maintenant ». Not when it is unclear (two days, two moments), quoted, or when the whole
 *    query is a venue's name. The place is then read in what is left.
 * 6. Words saying « near me » (« près de chez moi », « autour de moi », « dans mon quartier », « la plus proche ») are
 *    read before all else and left out (`nearMe`): never a place (« Les Prés », « Le Quartier »), never a need;
 *    « Compris » asks for the commune when none is chosen.
 * 7. Words saying whom the help is for (« ma mère », « mon père », « ma grand-mère », « mon mari », « ma voisine »…)
 *    are left out, like stop words: never a place, a need or a venue's name (« tablette pour ma mère » is not the
 *    « Tiers-lieu Le Vesseaux-Mère »).
 * 8. Words of asking (« je voudrais », « j'ai besoin de », « je ne sais pas », « comment », « faire », « utiliser »,
 *    « bonjour »…) are left out too (`ASKING`): they say help is wanted, never which; not when the whole query is a
 *    venue's name.
 */
import * as t from '../../i18n/index.ts';
import { placeLabel, resolvePlace, resolveShortName, searchPlaces, type Gazetteer, type GazetteerRow } from '../gazetteer.ts';
import { DAYS, type FilterState, type Moment } from './filters.ts';
import { LEVERS, SERVICE_LEVER, type Lever } from '../schema/reperes.ts';
import { contentWords, isStopWord, tokenize } from '../text.ts';
import { hasOtherScript, parseQuery, queryTokens } from './query-match.ts';
import { compiledSynonyms, phraseKey, type SynonymCondition } from './synonyms.ts';

/** Most words a place can have (« Saint-Germain-des-Fossés 03260 » typed with spaces: 5). */
export const PLACE_WORDS = 6;
/** Fewest letters of a place named without its postcode. */
export const MIN_LETTERS = 3;

/** Words that join a need and a place (folded): dropped between them. */
const JOINING = new Set(['a', 'au', 'aux', 'en', 'sur', 'vers', 'dans', 'de', 'du', 'des', 'd', 'l', 'pres', 'proche', 'autour', 'cote', 'alentours', 'secteur']);

export interface UnderstoodPlace {
  /** As « Près de » holds it (the label of the gazetteer's list: « Lyon 3e Arrondissement (69003) ») and its centre. */
  label: string;
  lat: number;
  lon: number;
  /** The commune's name alone (« Lyon 3e Arrondissement »). */
  name: string;
  /** The words of the query that named it, as typed (« lyon 3 »). */
  words: string;
}

export interface NeedPart {
  /** The words, as typed (« impots », « france services »). */
  words: string;
  /** Their positions among the need's words (cut at spaces): words[start..end). */
  start: number;
  end: number;
  /** The synonym phrase they are (its spelling in synonyms.ts: « impôts ») and what it stands for; absent: plain words. */
  synonym?: { label: string; means: SynonymCondition };
}

/** When the venue should be open, as the query says it (« samedi matin », « le soir », « maintenant »): the « Quand » filter. */
export interface UnderstoodWhen {
  ouvert: Exclude<FilterState['ouvert'], ''>;
  /** With « le »: the day, Monday = 0; undefined: any day of the next 7. */
  jour?: number;
  moment?: Moment;
  /** The words of the query that said it, as typed (« ouvert le samedi »). */
  words: string;
}

export interface Understanding {
  /** The need words as typed: the query without the place, the time and the small words joining them (empty: only a place or a time). */
  need: string;
  place?: UnderstoodPlace;
  when?: UnderstoodWhen;
  /** What the need words mean, in query order (synonym phrases, and runs of other words). */
  parts: NeedPart[];
  /** Words saying « near me » (« près de chez moi »), as typed: left out of the need; « Compris » asks for the place. */
  nearMe?: string;
}

export interface UnderstandOptions {
  /** True when one venue's name has every one of these folded words (word-index.ts `someNameHasAll`). */
  isVenueName?: (words: readonly string[]) => boolean;
  /** Today's day of the week (Monday = 0), for « aujourd'hui »; without it, « aujourd'hui » is a plain word. */
  today?: number;
}

interface Word {
  /** As typed. */
  text: string;
  /** Folded words in it (text.ts tokenize). */
  tokens: string[];
  /** Inside quotes: never a place. */
  literal: boolean;
}

/** The query's words as typed, with their folded tokens and whether they are quoted. */
function wordsOf(query: string): Word[] {
  const words: Word[] = [];
  let quote: string | undefined;
  for (const match of query.matchAll(/\S+/g)) {
    const text = match[0];
    let literal = quote !== undefined;
    for (const char of text) {
      if (quote !== undefined && char === quote) quote = undefined;
      else if (quote === undefined && (char === '"' || char === '«' || char === '“')) {
        quote = char === '«' ? '»' : char === '“' ? '”' : '"';
        literal = true;
      }
    }
    words.push({ text, tokens: queryTokens(text, words.length > 0 && hasOtherScript(words[words.length - 1]!.text)), literal });
  }
  return words;
}

const joinText = (words: readonly Word[]) => words.map((word) => word.text).join(' ');
const contentTokens = (words: readonly Word[]) => words.flatMap((word) => word.tokens);
/** The words the search reads (text.ts contentWords: stop words dropped, « st » → saint). */
const searchWords = (words: readonly Word[]) => contentWords(joinText(words));

/** A run of words that may name a place (rules 1 and 3, but the venue-name test): its place, or undefined. */
function placeOf(run: readonly Word[], rows: Gazetteer | readonly GazetteerRow[]): UnderstoodPlace | undefined {
  if (run.some((word) => word.literal || hasOtherScript(word.text))) return undefined;
  const tokens = contentTokens(run);
  if (tokens.length === 0) return undefined;
  const digits = tokens.every((token) => /^\d+$/.test(token));
  if (digits ? !/^\d{4,5}$/.test(tokens.join('')) : tokens.join('').replace(/\d/g, '').length < MIN_LETTERS) return undefined;
  if (!tokens.some((token) => /^\d{4,5}$/.test(token)) && compiledSynonyms().byKey.has(phraseKey(searchWords(run)))) return undefined;
  const text = joinText(run);
  const postcode = tokens.some((token) => /^\d{4,5}$/.test(token));
  const place = resolvePlace(rows, text, { codes: false }) ?? (postcode ? undefined : resolveShortName(rows, text));
  if (!place) return undefined;
  // A name without its postcode: what the « Près de » list offers first (« clermont » offers Clermont-Ferrand before Clermont, 74).
  if (!postcode && searchPlaces(rows, text, 1)[0]?.row !== place.row) return undefined;
  return { label: placeLabel(place.row), lat: place.point[1], lon: place.point[0], name: place.name, words: text };
}

// ---------------------------------------------------------------------------------------------------------
// « Quand » (rule 5)

/** Folded words that name a day, plural too (« les samedis »): Monday = 0. */
const DAY_WORDS = new Map<string, number>(DAYS.flatMap((day, index) => [[day, index], [`${day}s`, index]] as Array<[string, number]>));
/** Folded words that name a moment of the day (« après-midi » is two: see timeTokens). */
const MOMENT_WORDS = new Map<string, Moment>([
  ['matin', 'matin'], ['matins', 'matin'], ['matinee', 'matin'], ['matinees', 'matin'],
  ['midi', 'midi'], ['aprem', 'apres-midi'], ['apresmidi', 'apres-midi'],
  ['soir', 'soir'], ['soirs', 'soir'], ['soiree', 'soir'], ['soirees', 'soir'],
  ['tot', 'matin'], ['tard', 'soir'],
]);
const NOW_WORDS = new Set(['maintenant', 'actuellement']);
/** « ouvert » alone, with no day or moment: open now. */
const OPEN_WORDS = new Set(['ouvert', 'ouverte', 'ouverts', 'ouvertes']);
/** Small words of a time (« ouvert le samedi », « tous les soirs », « en soirée »): dropped with it, never alone. */
const TIME_FILLERS = new Set(['ouvert', 'ouverte', 'ouverts', 'ouvertes', 'ouvre', 'ouvrent', 'le', 'les', 'la', 'l', 'en', 'ce', 'du', 'tous', 'toutes', 'chaque', 'dans', 'a', 'au', 'vers']);

type TimeToken = { day: number } | { moment: Moment } | { now: true } | { week: true } | { filler: true };

/** « à 14 h », « 10h30 »: the moment of the day that hour is in (MOMENTS of filters.ts); undefined at night. */
function momentAt(hour: number): Moment | undefined {
  return hour >= 8 && hour < 12 ? 'matin' : hour >= 12 && hour < 14 ? 'midi' : hour >= 14 && hour < 18 ? 'apres-midi' : hour >= 18 && hour < 24 ? 'soir' : undefined;
}

/** « après 18 h », « après 14h30 »: the moment from that hour on (evening from 17 h, afternoon from 12 h); else undefined. */
function momentAfter(hour: number): Moment | undefined {
  return hour >= 17 && hour < 24 ? 'soir' : hour >= 12 && hour < 17 ? 'apres-midi' : undefined;
}

/**
 * What each folded token says of a time, if anything. Phrases go together: « après-midi », « cette semaine »,
 * « entre midi et deux », « aujourd'hui » (today's day, when `today` is given), « week-end » (read as Saturday, and
 * said so), « après 18 h ».
 */
function timeTokens(tokens: readonly string[], today?: number): Array<TimeToken | undefined> {
  const said: Array<TimeToken | undefined> = [];
  const phrase = (length: number, token: TimeToken) => {
    for (let k = 0; k < length; k++) said.push(token);
    return length - 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    // « après 18h », « après 18h30 » (one token) or « après 18 h » (two).
    const hourToken = token === 'apres' && next !== undefined ? /^(\d{1,2})h\d{0,2}$/.exec(next) : null;
    const spaced = token === 'apres' && next !== undefined && /^\d{1,2}$/.test(next) && tokens[i + 2] === 'h';
    const after = hourToken ? momentAfter(Number(hourToken[1])) : spaced ? momentAfter(Number(next)) : undefined;
    const hour = /^(\d{1,2})h(?:\d{2})?$/.exec(token) ?? (/^\d{1,2}$/.test(token) && next === 'h' ? [token, token] : null);
    // Not « après 9h », « avant 10h »: from or until an hour is no one moment.
    const at = hour && tokens[i - 1] !== 'apres' && tokens[i - 1] !== 'avant' ? momentAt(Number(hour[1])) : undefined;
    if (today !== undefined && token === 'apres' && next === 'demain') i += phrase(2, { day: (today + 2) % 7 });
    else if (today !== undefined && token === 'demain') said.push({ day: (today + 1) % 7 });
    // « ce soir », « ce matin », « cet après-midi »: today, at that moment.
    else if (today !== undefined && (token === 'ce' || token === 'cet' || token === 'cette') && next !== undefined && (MOMENT_WORDS.has(next) || (next === 'apres' && tokens[i + 2] === 'midi'))) said.push({ day: today });
    else if (token === 'apres' && next === 'midi') i += phrase(2, { moment: 'apres-midi' });
    else if (after) i += phrase(spaced ? 3 : 2, { moment: after });
    else if (token === 'entre' && next === 'midi' && tokens[i + 2] === 'et' && tokens[i + 3] === 'deux') i += phrase(4, { moment: 'midi' });
    else if (token === 'cette' && next === 'semaine') said.push({ filler: true }, { week: true }), i++;
    else if (token === 'week' && next === 'end') i += phrase(2, { day: 5 });
    else if (token === 'weekend') said.push({ day: 5 });
    else if (today !== undefined && token === 'aujourd' && next === 'hui') i += phrase(2, { day: today });
    else if (today !== undefined && token === 'aujourdhui') said.push({ day: today });
    else if (DAY_WORDS.has(token) && (next === 'prochain' || next === 'prochaine')) i += phrase(2, { day: DAY_WORDS.get(token)! });
    else if (DAY_WORDS.has(token)) said.push({ day: DAY_WORDS.get(token)! });
    else if (MOMENT_WORDS.has(token)) said.push({ moment: MOMENT_WORDS.get(token)! });
    // « à 14h », « vers 10 h », « 14h30 »: the moment of that hour.
    else if (at) i += phrase(hour![0] === token && next === 'h' ? 2 : 1, { moment: at });
    else if (NOW_WORDS.has(token)) said.push({ now: true });
    else if (TIME_FILLERS.has(token)) said.push({ filler: true });
    else said.push(undefined);
  }
  return said;
}

/**
 * The time a query names (rule 5) and the words left: runs of whole words that say a day, a moment, « maintenant » or
 * « cette semaine », with the small words around them; else « ouvert » alone, which is « maintenant ». Nothing when
 * the query names two days or two moments, or « maintenant » with a day, or when a time word is quoted.
 */
function whenOf(words: readonly Word[], today?: number): { when?: UnderstoodWhen; rest: Word[] } {
  const said = timeTokens(words.flatMap((word) => word.tokens), today);
  // What each word's tokens say.
  let position = 0;
  const perWord = words.map((word) => said.slice(position, (position += word.tokens.length)));
  const kinds = perWord.map((own) => {
    if (own.length === 0 || own.some((token) => token === undefined)) return 'other';
    return own.some((token) => !('filler' in token!)) ? 'time' : 'filler';
  });
  // A run of time and filler words, up to its last time word; fillers alone stay words.
  const inTime = words.map(() => false);
  for (let start = 0; start < words.length; ) {
    if (kinds[start] === 'other') {
      start++;
      continue;
    }
    let end = start;
    while (end < words.length && kinds[end] !== 'other') end++;
    // Small words after the last time word join what follows (« le samedi à riom »).
    let last = end;
    while (last > start && kinds[last - 1] === 'filler') last--;
    for (let i = start; i < last; i++) inTime[i] = true;
    start = end;
  }
  if (words.some((word, index) => inTime[index] && word.literal)) return { rest: [...words] };
  if (!inTime.includes(true)) {
    // « ouvert » with no time (« médiathèque ouverte », « c'est ouvert ? »): open now.
    const open = words.findIndex((word) => !word.literal && word.tokens.length === 1 && OPEN_WORDS.has(word.tokens[0]!));
    if (open < 0) return { rest: [...words] };
    return { when: { ouvert: 'maintenant', words: words[open]!.text }, rest: words.filter((_, index) => index !== open) };
  }
  const days = new Set<number>();
  const moments = new Set<Moment>();
  let now = false;
  let week = false;
  perWord.forEach((own, index) => {
    if (!inTime[index]) return;
    for (const token of own) {
      if (token && 'day' in token) days.add(token.day);
      else if (token && 'moment' in token) moments.add(token.moment);
      else if (token && 'now' in token) now = true;
      else if (token && 'week' in token) week = true;
    }
  });
  if (days.size > 1 || moments.size > 1 || (now && (days.size > 0 || moments.size > 0 || week))) return { rest: [...words] };
  const text = joinText(words.filter((_, index) => inTime[index]));
  const rest = words.filter((_, index) => !inTime[index]);
  const [jour] = days;
  const [moment] = moments;
  if (now) return { when: { ouvert: 'maintenant', words: text }, rest };
  if (jour === undefined && moment === undefined) return { when: { ouvert: 'semaine', words: text }, rest };
  return { when: { ouvert: 'le', ...(jour !== undefined ? { jour } : {}), ...(moment ? { moment } : {}), words: text }, rest };
}

/** True when every folded token of the word joins a need and a place (or it has none: « : », « - »). */
const joining = (word: Word) => word.tokens.every((token) => JOINING.has(token));

/**
 * The need and the place of a query typed in the search box (rules in the module comment), and what the need words
 * mean. A few microseconds to a few tenths of a millisecond: at most 2 × PLACE_WORDS exact look-ups, and one list
 * search (searchPlaces) per run that names a commune.
 */
export function understandQuery(query: string, gazetteer: Gazetteer | readonly GazetteerRow[] | undefined, options: UnderstandOptions = {}): Understanding {
  let words = wordsOf(query);
  for (let found = phraseIn(words, FOR_WHOM); found; found = phraseIn(words, FOR_WHOM)) words = found.rest;
  if (!options.isVenueName?.(searchWords(words))) words = withoutAsking(words);
  const near = nearMeOf(words);
  const understanding = understandWords(near.rest, gazetteer, options);
  return near.words === undefined ? understanding : { ...understanding, nearMe: near.words };
}

/** Folded phrases saying « near me » (rule 6), longest first. */
const NEAR_ME = [
  'pres de chez moi', 'pres de chez nous', 'autour de chez moi', 'a cote de chez moi', 'proche de chez moi', 'pas loin de chez moi',
  'pres de moi', 'pres d ici', 'autour de moi', 'a cote de moi', 'proche de moi', 'pas loin d ici', 'a proximite', 'dans mon quartier',
  'dans ma ville', 'dans ma commune', 'dans mon village', 'le plus proche', 'la plus proche', 'les plus proches', 'au plus pres', 'near me',
].map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);

/** Folded phrases saying whom the help is for (rule 7), longest first. */
const FOR_WHOM = [
  ...['mere', 'fille', 'femme', 'epouse', 'conjointe', 'compagne', 'voisine', 'soeur', 'tante', 'maman', 'mamie', 'grand mere', 'belle mere', 'belle fille', 'niece', 'cousine', 'amie'].map((noun) => `ma ${noun}`),
  ...['pere', 'fils', 'mari', 'epoux', 'conjoint', 'compagnon', 'voisin', 'frere', 'oncle', 'papa', 'papi', 'papy', 'grand pere', 'beau pere', 'beau fils', 'neveu', 'cousin', 'ami'].map((noun) => `mon ${noun}`),
  ...['parents', 'grands parents', 'beaux parents', 'voisins', 'proches'].map((noun) => `mes ${noun}`),
]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * Folded words of asking (rule 8), longest first: wanting, looking for, not knowing how, greetings. They say that help
 * is wanted, never which: « je voudrais savoir utiliser internet » is « internet ». Left out of the need, so that a
 * venue whose text says « faire » or « comment » is not put first, and « Compris » does not list them.
 */
const ASKING = [
  'veux', 'veut', 'voudrais', 'voudrait', 'voulais', 'aimerais', 'souhaite', 'souhaiterais', 'besoin', 'cherche', 'chercher', 'trouver',
  'comment', 'faire', 'utiliser', 'servir', 'savoir', 'perdu', 'perdue', 'probleme', 'problemes', 'bonjour', 'merci', 'svp',
  's il vous plait', 'sais pas', 'ne sais pas', 'sait pas', 'ne sait pas', 'sais plus', 'ne sais plus', 'arrive pas', 'n arrive pas',
  'arrive plus', 'n arrive plus', 'peux pas', 'ne peux pas', 'comprends pas', 'ne comprends pas', 'comprends rien', 'ne comprends rien',
  // « je n'ai pas internet » is « internet » (but « pas cher », « pas de rendez-vous » keep their « pas »).
  'ai pas', 'n ai pas', 'ai plus', 'n ai plus', 'endroit', 'quelqu un', 'prendre',
  // What is wrong, not what to do (« portable bloqué » is the phone; « bloqué » is no typo of « banque »).
  'bloque', 'bloquee', 'bloques', 'bloquees', 'marche pas', 'marche plus', 'fonctionne pas', 'fonctionne plus',
  // The same in English (« help », « print », « taxes » are need words: synonyms.ts; not « the », which is « thé » folded).
  'need', 'want', 'how', 'please', 'with', 'for', 'my', 'to',
]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * The words without those of asking (rule 8), nor the small words right around them (« je voudrais », « j'ai besoin
 * de », « à utiliser »): « je n'arrive pas à utiliser internet » leaves « internet », as the search box may show it.
 */
function withoutAsking(typed: readonly Word[]): Word[] {
  let words = [...typed];
  const small = (word: Word | undefined) => word !== undefined && !word.literal && word.tokens.length > 0 && word.tokens.every(isStopWord);
  for (let found = phraseIn(words, ASKING); found; found = phraseIn(words, ASKING)) {
    let { start, end } = found;
    while (small(words[start - 1])) start--;
    while (small(words[end])) end++;
    words = [...words.slice(0, start), ...words.slice(end)];
  }
  return words;
}

/** The words saying « near me », whole words only (« près de chez moi », « la plus proche »), and the others. */
function nearMeOf(words: readonly Word[]): { words?: string; rest: Word[] } {
  return phraseIn(words, NEAR_ME) ?? { rest: [...words] };
}

/** The first of `phrases` (folded words, longest first) in the words, whole words only, and the other words; else undefined. */
function phraseIn(words: readonly Word[], phrases: readonly (readonly string[])[]): { words: string; rest: Word[]; start: number; end: number } | undefined {
  for (let start = 0; start < words.length; start++) {
    if (words[start]!.literal) continue;
    for (const phrase of phrases) {
      let position = 0;
      let end = start;
      while (end < words.length && position < phrase.length && !words[end]!.literal) {
        const tokens = words[end]!.tokens;
        if (tokens.length === 0 || !tokens.every((token, offset) => phrase[position + offset] === token)) break;
        position += tokens.length;
        end++;
      }
      if (position === phrase.length) return { words: joinText(words.slice(start, end)), rest: [...words.slice(0, start), ...words.slice(end)], start, end };
    }
  }
  return undefined;
}

function understandWords(typed: Word[], gazetteer: Gazetteer | readonly GazetteerRow[] | undefined, options: UnderstandOptions): Understanding {
  // A time first (« imprimer annecy samedi »: the place is then at the end), unless the query is a venue's name (« club du mardi »).
  const timed = whenOf(typed, options.today);
  const { when } = timed.rest.length < typed.length && !options.isVenueName?.(searchWords(typed)) ? timed : { when: undefined };
  const words = when ? timed.rest : typed;
  const withWhen = (understanding: Understanding): Understanding => (when ? { ...understanding, when } : understanding);
  const none = (): Understanding => withWhen({ need: joinText(words), parts: needParts(joinText(words)) });
  if (!gazetteer || words.length === 0) return none();
  const longest = Math.min(PLACE_WORDS, words.length);
  const runs: Array<{ start: number; end: number }> = [];
  for (let length = longest; length >= 1; length--) runs.push({ start: words.length - length, end: words.length });
  for (let length = Math.min(longest, words.length - 1); length >= 1; length--) runs.push({ start: 0, end: length });
  // The synonym phrases of the query, in word indexes: a place never cuts one (« garde d'enfant » is not La Garde).
  let phrases: NeedPart[] | undefined;
  const cutsPhrase = (start: number, end: number) =>
    (phrases ??= needParts(joinText(words)).filter((part) => part.synonym)).some(
      (part) => (part.start < start && start < part.end) || (part.start < end && end < part.end),
    );
  for (const { start, end } of runs) {
    const place = placeOf(words.slice(start, end), gazetteer);
    if (!place || cutsPhrase(start, end)) continue;
    let before = words.slice(0, start);
    let after = words.slice(end);
    while (before.length > 0 && joining(before[before.length - 1]!)) before = before.slice(0, -1);
    while (after.length > 0 && joining(after[0]!)) after = after.slice(1);
    const needWords = [...before, ...after];
    // A need with the place may be a venue's name (« médiathèque de riom »): the words of both, joining words left out.
    const needSearched = searchWords(needWords);
    if (needSearched.length > 0 && options.isVenueName?.([...needSearched, ...searchWords(words.slice(start, end))])) return none();
    // Only small words left (« pour riom »): no need words.
    const need = needSearched.length > 0 ? joinText(needWords) : '';
    return withWhen({ need, place, parts: needParts(need) });
  }
  return none();
}

/**
 * What the need words mean: each synonym phrase (synonyms.ts, as parseQuery finds them) is a part, and each run of
 * other words is a part, in query order, with the words as typed. Words that are only stop words belong to no part.
 */
export function needParts(need: string): NeedPart[] {
  const words = wordsOf(need);
  // The content tokens of each word, as parseQuery reads them (stop words dropped), with the word they come from.
  const owner: number[] = [];
  const parsed = parseQuery(need);
  words.forEach((word, index) => {
    for (const token of word.tokens) if (!isStopWord(token)) owner.push(index);
  });
  if (parsed.tokens.length !== owner.length) return parsed.tokens.length === 0 ? [] : [{ words: joinText(words), start: 0, end: words.length }];
  const parts: NeedPart[] = [];
  let plainStart = -1;
  const closePlain = (end: number) => {
    if (plainStart < 0) return;
    const [from, to] = [owner[plainStart]!, owner[end - 1]! + 1];
    parts.push({ words: joinText(words.slice(from, to)), start: from, end: to });
    plainStart = -1;
  };
  for (let position = 0; position < parsed.tokens.length; ) {
    const synonym = parsed.synonyms.find((candidate) => candidate.start === position);
    if (!synonym) {
      if (plainStart < 0) plainStart = position;
      position++;
      continue;
    }
    closePlain(position);
    const [from, to] = [owner[synonym.start]!, owner[synonym.end - 1]! + 1];
    parts.push({ words: joinText(words.slice(from, to)), start: from, end: to, synonym: { label: synonym.label, means: synonym.means } });
    position = synonym.end;
  }
  closePlain(parsed.tokens.length);
  return parts;
}

// ---------------------------------------------------------------------------------------------------------
// Undoing a part

/** The need without one of its parts (« Retirer « impots » »): the other words as typed. */
export function withoutNeedPart(need: string, part: Pick<NeedPart, 'start' | 'end'>): string {
  const words = wordsOf(need);
  return joinText([...words.slice(0, part.start), ...words.slice(part.end)]);
}

/** The need with the place's words put back, in quotes so they stay words (« impots "lyon 3" »): rule 1. */
export function placeWordsBack(need: string, placeWords: string): string {
  return `${need.trim()} "${placeWords.replace(/["«»“”]/g, '').trim()}"`.trim();
}

// ---------------------------------------------------------------------------------------------------------
// « Compris : … »

/** A lever and its name (the content's `titre_court`, as the catalogue element receives it). */
export interface LeverName {
  id: Lever;
  label: string;
}

/**
 * What a synonym stands for, in plain words: one practical service → its label (« Imprimer, photocopier ou scanner
 * un document »); démarches → the démarches lever (« Démarches en ligne »); publics → « Pour qui : Seniors »;
 * specific support → « Accueil adapté : Surdité »; otherwise the levers of its services, joined by « ou » (all four:
 * « toute aide au numérique »).
 */
export function conditionLabel(means: SynonymCondition, levers: readonly LeverName[]): string {
  const leverName = (id: Lever) => levers.find((lever) => lever.id === id)?.label ?? id;
  if (means.services_pratiques?.length === 1 && !means.demarches?.length) return t.labels.servicesPratiques[means.services_pratiques[0]!];
  if (means.demarches?.length) return leverName('demarches');
  if (means.publics?.length) return t.understood.values(t.fields.forWhom, means.publics);
  if (means.prises_en_charge?.length) return t.understood.values(t.fields.support, means.prises_en_charge);
  if (means.frais?.length) return t.finderForm.free;
  if (means.acces?.length) return t.finderForm.walkIn;
  if (means.dispositifs?.length) return t.understood.values(t.fields.programme, means.dispositifs);
  const ids = new Set<Lever>([...(means.services ?? []).map((service) => SERVICE_LEVER[service]), ...(means.leviers ?? [])]);
  if (means.services_pratiques?.length) ids.add('services');
  // Every lever (« aide », « numérique »): the word narrows nothing, and says so in a few words.
  if (ids.size === LEVERS.length) return t.matchReasons.anyHelp;
  return t.understood.either(LEVERS.filter((id) => ids.has(id)).map(leverName));
}

export interface UnderstoodText {
  /** « Compris : Démarches en ligne (impôts) · ouvert le samedi · près de Lyon 3e Arrondissement (69003) »; empty when nothing to say. */
  sentence: string;
  /**
   * One per need part, then the time, then the place: what it says and the name of the button that undoes it; or,
   * for « près de chez moi » with no place, the button that moves to « Près de » (kind `nearMe`).
   */
  parts: Array<{ text: string; undo: string; kind: 'need' | 'when' | 'place' | 'nearMe' }>;
}

/** A time in plain words: « ouvert maintenant », « ouvert le samedi, le matin (8 h – 12 h) », « ouvert le soir (après 18 h) ». */
export function whenLabel(when: Pick<UnderstoodWhen, 'ouvert' | 'jour' | 'moment'>): string {
  if (when.ouvert === 'maintenant') return t.understood.openNow;
  if (when.ouvert === 'semaine') return t.understood.openWithinWeek;
  return t.understood.openOn(when.jour === undefined ? undefined : t.hours.weekdays[when.jour], when.moment && t.finderForm.moments[when.moment]);
}

/**
 * The « Compris » line of an understanding: said when the query names a place, a time or uses a synonym (plain words
 * alone are not worth a sentence: the search box shows them). `place`: the « Près de » place when it is not the
 * understanding's (chosen in the list, or from the URL); `when`: likewise, the time moved from the box to « Quand ».
 */
export function describeUnderstanding(
  understanding: Understanding,
  levers: readonly LeverName[],
  place?: { label: string; name?: string },
  when?: UnderstoodWhen,
  typos?: ReadonlyMap<string, NonNullable<NeedPart['synonym']>>,
): UnderstoodText {
  const shown = understanding.place ?? place;
  const time = understanding.when ?? when;
  const nearMe = understanding.nearMe !== undefined && !shown;
  // A word the search read as a typo of a need word (query-match.ts `typoOf`, by its folded form) says that need.
  const needOf = (part: NeedPart) => part.synonym ?? typos?.get(tokenize(part.words).join(' '));
  if (!shown && !time && !nearMe && !understanding.parts.some(needOf)) return { sentence: '', parts: [] };
  const parts: UnderstoodText['parts'] = understanding.parts.map((part) => {
    const words = part.words.replace(/["«»“”]/g, '').trim();
    const need = needOf(part);
    if (!need) return { text: t.understood.words(words), undo: t.understood.removeNeed(words), kind: 'need' };
    const category = conditionLabel(need.means, levers);
    const said = tokenize(category);
    // Words in another script stand for the phrase « autre alphabet » (query-match.ts queryTokens): the category alone.
    const same = hasOtherScript(words) || tokenize(need.label).every((token) => said.includes(token));
    return { text: same ? category : t.understood.synonym(category, need.label), undo: t.understood.removeNeed(words), kind: 'need' };
  });
  if (time) parts.push({ text: whenLabel(time), undo: t.understood.removeWhen(time.words.replace(/["«»“”]/g, '').trim()), kind: 'when' });
  // The name alone in the button: the label without its postcodes (« Riom (63200) » → Riom).
  if (shown) parts.push({ text: t.understood.near(shown.label), undo: t.understood.removePlace(shown.name ?? shown.label.replace(/\s*\([\d\s,…]*\)$/, '')), kind: 'place' });
  if (nearMe) parts.push({ text: t.understood.nearMe, undo: t.understood.chooseNearMe, kind: 'nearMe' });
  return { sentence: t.understood.sentence(parts.map((part) => part.text)), parts };
}
