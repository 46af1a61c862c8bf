/**
 * Orientation: from a person's answers (content/orientation/questions.yaml) to 3–5 venues, each with why it fits
 * (« Pourquoi ce lieu ? ») and, when nothing fits everything, what the nearest ones lack. Pure and browser-safe.
 *
 * - The answers become the catalogue's filters (answersToState): the same FilterState as the search page, so the
 *   « same selection in the catalogue » link, the no-JavaScript form and the questionnaire agree.
 * - Which venues meet what: matchesFilters (src/lib/catalogue/filters.ts), one small state per answer.
 * - Order: rankVenues (src/lib/catalogue/ranking.ts), the catalogue's one ranking function — relevance (the need's
 *   detail, each wish met) + proximity to the place + open at the chosen moment.
 *
 * A full match offers the need (its lever) and meets every wish (how to be helped, each criterion, when). When
 * fewer than `min` venues are full matches, the best partial matches follow, each with what it lacks: first those
 * that offer the need, by fewest wishes missing, then — only when not even `min` venues offer the need — those that
 * probably can (the detail's `a_defaut`: for printing, the venues with computers in free access, with their own
 * reason), then the others (« non indiqué : impression et scan »); with a place, those within NEAR_KM before those
 * farther. Full matches farther than NEAR_KM come after the nearer venues that offer the need.
 *
 * The need's detail (« CAF ») is a bonus, not a requirement: most listings only say « aide aux démarches », and
 * sending a person away from the nearest help for want of a keyword would be wrong. Unless the detail is `exige`: a
 * computer to buy, a repair, printing are not what the need's other venues give.
 */
import * as t from '../../i18n/index.ts';
import { distanceOf, emptyState, formatNearest, matchesFilters, nearestPoint, type FilterState, type MatchContext, type Moment, type NearPlace } from '../catalogue/filters.ts';
import type { TokenMatch } from '../catalogue/query-match.ts';
import { rankVenues } from '../catalogue/ranking.ts';
import type { VenueSummary } from '../catalogue/venue-summary.ts';
import type { OrientationContent, OrientationFilters, OrientationOption } from '../schema/orientation.ts';
import { tokenize } from '../text.ts';

/** When the person can go. */
export type When =
  | { kind: 'peu-importe' }
  | { kind: 'maintenant' }
  | { kind: 'semaine' }
  /** A day (Monday = 0) or, without one, any of the next 7 days; at a moment or all day (« le soir », whatever the day). */
  | { kind: 'jour'; jour?: number; moment?: Moment };

/** A person's answers: option ids of each step, the place and the moment. */
export interface Answers {
  besoin?: string;
  detail?: string;
  accompagnement?: string;
  criteres: string[];
  lieu?: NearPlace;
  quand?: When;
}

export type Questions = OrientationContent['questions'];

/** Bonus of a venue offering the need; meeting the need's detail; each wish met (proximity: PROXIMITY, ranking.ts). */
export const NEED_BONUS = 20;
/** Full matches farther than this (km) from the place come after the nearer venues that offer the need. */
export const NEAR_KM = 30;
export const DETAIL_BONUS = 4;
export const WISH_BONUS = 2;

function option(options: readonly OrientationOption[], id: string | undefined): OrientationOption | undefined {
  return id === undefined ? undefined : options.find((candidate) => candidate.id === id);
}

/** The chosen options of each step (unknown ids are ignored). */
export function chosenOptions(questions: Questions, answers: Answers) {
  const need = option(questions.besoin.options, answers.besoin);
  const detail = need ? option(questions.details[need.id]?.options ?? [], answers.detail) : undefined;
  const help = option(questions.accompagnement.options, answers.accompagnement);
  const criteria = questions.criteres.options.filter((candidate) => answers.criteres.includes(candidate.id));
  return { need, detail, help, criteria };
}

/** What the chosen procedure asks to bring (content/orientation/questions.yaml): its detail's list (« la CAF »), else the need's. */
export function procedureToBring(choice: { need?: Pick<OrientationOption, 'a_apporter'>; detail?: Pick<OrientationOption, 'a_apporter'> }): string[] {
  return choice.detail?.a_apporter.length ? [...choice.detail.a_apporter] : [...(choice.need?.a_apporter ?? [])];
}

/**
 * « À apporter » for one venue (result, referral sheet): the venue's own list first (its `a_apporter`: what this place
 * asks, whatever the procedure), then what the procedure asks, each thing once — two items are the same thing when
 * they have the same words, whatever their case, accents and punctuation (« Une pièce d'identité. » = « une piece
 * d'identite »); the first writing is kept.
 */
export function whatToBring(venue: readonly string[], procedure: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of [...venue, ...procedure]) {
    const key = tokenize(item).join(' ');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Adds an option's filters to a state (lists are merged: any value matches within a group). */
export function addFilters(state: FilterState, filters: OrientationFilters | undefined): FilterState {
  if (!filters) return state;
  const merge = <T>(into: T[], values: readonly T[] | undefined) => {
    for (const value of values ?? []) if (!into.includes(value)) into.push(value);
  };
  merge(state.leviers, filters.leviers);
  merge(state.services, filters.services);
  merge(state.services_pratiques, filters.services_pratiques);
  merge(state.demarches, filters.demarches);
  merge(state.publics, filters.publics);
  merge(state.prises_en_charge, filters.prises_en_charge);
  merge(state.aide, filters.aide);
  merge(state.acces, filters.acces);
  if (filters.gratuit) state.gratuit = true;
  return state;
}

function whenState(state: FilterState, when: When | undefined): FilterState {
  if (when?.kind === 'maintenant' || when?.kind === 'semaine') state.ouvert = when.kind;
  else if (when?.kind === 'jour') {
    state.ouvert = 'le';
    if (when.jour !== undefined) state.jour = when.jour;
    if (when.moment) state.moment = when.moment;
  }
  return state;
}

/**
 * The catalogue's filters equivalent to the answers (the need with its detail, every wish, the place, the moment):
 * what « Voir cette sélection dans la liste » opens. `shareable`: without the sensitive answers.
 */
export function answersToState(questions: Questions, answers: Answers, shareable = false): FilterState {
  const { need, detail, help, criteria } = chosenOptions(questions, answers);
  const state = emptyState();
  addFilters(state, need?.filtres);
  for (const chosen of [detail, help, ...criteria]) if (chosen && !(shareable && chosen.sensible)) addFilters(state, chosen.filtres);
  whenState(state, answers.quand);
  if (answers.lieu) state.pres = answers.lieu;
  return state;
}

/** One proposed venue. */
export interface Recommendation {
  /** Index in the venues given. */
  index: number;
  /** Meets every wish. */
  full: boolean;
  distanceKm?: number;
  /** An itinerant venue measured to one of its stops: that stop's index in the venue's `arrets` (its hours hold there). */
  stop?: number;
  /** « Pourquoi ce lieu ? », in plain words. */
  reasons: string[];
  /** What it does not say it offers (partial matches only). */
  lacks: string[];
}

/** What recommendFor needs: the chosen options themselves (the self-check builds its own need). */
export interface Choice {
  need?: Pick<OrientationOption, 'filtres' | 'raison'>;
  detail?: Pick<OrientationOption, 'filtres' | 'raison'> & Partial<Pick<OrientationOption, 'exige' | 'a_defaut'>>;
  help?: Pick<OrientationOption, 'filtres' | 'raison' | 'libelle'>;
  criteria: Pick<OrientationOption, 'filtres' | 'raison' | 'libelle'>[];
  lieu?: NearPlace;
  quand?: When;
}

export interface RecommendInput {
  venues: readonly VenueSummary[];
  questions: Questions;
  answers: Answers;
  now: Date;
  /** Sub-territory ids in territoire.yaml order (MatchContext). */
  territoryIds: readonly string[];
  /** At most this many venues (5). */
  max?: number;
  /** At least this many when there are enough venues with the need (3). */
  min?: number;
}

export interface RecommendResult {
  results: Recommendation[];
  /** Venues meeting every wish (the results begin with them). */
  fullCount: number;
  /** Venues offering the need at all. */
  needCount: number;
}

/** « ouvert maintenant », « ouvert mardi matin », « ouvert mardi ». */
function openWords(when: When): string {
  if (when.kind === 'maintenant') return t.orientation.openNow;
  if (when.kind === 'semaine') return t.orientation.openThisWeek;
  if (when.kind === 'jour' && when.jour === undefined) return when.moment ? t.orientation.openAnyDay[when.moment] : t.orientation.openThisWeek;
  if (when.kind === 'jour') return t.orientation.openOn(t.hours.weekdays[when.jour!] ?? '', when.moment ? t.orientation.moments[when.moment] : undefined);
  return '';
}

/** The 3–5 venues to propose, in order, with their reasons (see the module comment). */
export function recommend(input: RecommendInput): RecommendResult {
  const { questions, answers, ...rest } = input;
  return recommendFor({ ...rest, choice: { ...chosenOptions(questions, answers), lieu: answers.lieu, quand: answers.quand } });
}

/** recommend, from the chosen options. */
export function recommendFor(input: Omit<RecommendInput, 'questions' | 'answers'> & { choice: Choice }): RecommendResult {
  const { venues, choice: answers, now, territoryIds, max = 5, min = 3 } = input;
  const { need, detail, help, criteria } = answers;
  const context: MatchContext = { now, territoryIds };
  // The need, and its detail when it is required (« exige »: buying a computer is not using one).
  const needState = addFilters(addFilters(emptyState(), need?.filtres), detail?.exige ? detail.filtres : undefined);
  const detailState = detail?.filtres ? addFilters(emptyState(), detail.filtres) : undefined;
  // A wish: a catalogue filter state (« cette semaine » is the catalogue's `?ouvert=semaine`).
  const wishes: { state: FilterState; reason: string; lack: string }[] = [];
  for (const chosen of [help, ...criteria]) {
    if (!chosen?.filtres) continue;
    const reason = chosen.raison ?? chosen.libelle;
    wishes.push({ state: addFilters(emptyState(), chosen.filtres), reason, lack: t.orientation.lacks(reason) });
  }
  const when = answers.quand;
  if (when && when.kind !== 'peu-importe') {
    const words = openWords(when);
    // With the person's place: a bus is open when it is at its stop nearest them (filters.ts hoursNear).
    const at = answers.lieu ? { pres: { label: answers.lieu.label, lat: answers.lieu.lat, lon: answers.lieu.lon } } : {};
    wishes.push({ state: whenState({ ...emptyState(), ...at }, when), reason: words, lack: t.orientation.closed(words) });
  }

  const meets = (venue: VenueSummary, wish: (typeof wishes)[number]) => matchesFilters(venue, wish.state, context);
  const needLack = t.orientation.lacks(detail?.raison ?? need?.raison ?? '');
  const origin = answers.lieu ? { lat: answers.lieu.lat, lon: answers.lieu.lon, label: answers.lieu.label } : undefined;
  const none: TokenMatch[] = [];
  const rank = (candidates: number[], scores: number[]) =>
    rankVenues({ venues, matches: { venues: candidates, scores, reasons: new Array<TokenMatch[]>(candidates.length).fill(none) }, context: origin ? { origin } : {} });
  const hasDetail = (venue: VenueSummary) => (detailState ? matchesFilters(venue, detailState, context) : false);
  // The detail's fallback (« a_defaut »): venues that probably can, when too few say they do.
  const fallback = detail?.a_defaut;
  const fallbackState = fallback ? addFilters(emptyState(), fallback.filtres) : undefined;
  const isFallback = (venue: VenueSummary) => (fallbackState ? matchesFilters(venue, fallbackState, context) : false);

  const fullVenues: number[] = [];
  const fullScores: number[] = [];
  const needVenues: number[] = [];
  venues.forEach((venue, index) => {
    if (!matchesFilters(venue, needState, context)) return;
    needVenues.push(index);
    // Each wish on its own (two criteria of one field, « fauteuil » and « surdité », must both be met), stopping at
    // the first missing.
    if (wishes.every((wish) => meets(venue, wish))) {
      fullVenues.push(index);
      fullScores.push(hasDetail(venue) ? DETAIL_BONUS : 0);
    }
  });

  const describe = (index: number): Recommendation => {
    const venue = venues[index]!;
    const reasons: string[] = [];
    const lacks: string[] = [];
    const needReason = (hasDetail(venue) ? detail?.raison : undefined) ?? need?.raison;
    if (!matchesFilters(venue, needState, context)) {
      lacks.push(needLack);
      if (fallback && isFallback(venue)) reasons.push(fallback.raison);
    } else if (needReason) reasons.push(needReason);
    for (const wish of wishes) {
      if (meets(venue, wish)) reasons.push(wish.reason);
      else lacks.push(wish.lack);
    }
    const nearest = answers.lieu ? nearestPoint(venue, answers.lieu) : undefined;
    const distanceKm = nearest?.km;
    if (nearest) reasons.push(formatNearest(venue, nearest.km, nearest.stop));
    return { index, full: lacks.length === 0, ...(distanceKm !== undefined ? { distanceKm } : {}), ...(nearest?.stop !== undefined ? { stop: nearest.stop } : {}), reasons, lacks };
  };

  const full = new Set(fullVenues);
  const taken = new Set<number>();
  // Partial matches among `indexes`: fewest wishes missing first (the need counts for more than all wishes), then the
  // ranking's order (relevance: the need, its detail, each wish met; then proximity). At most `wanted`.
  const partial = (indexes: readonly number[], withNeed: boolean, wanted: number) => {
    const missing = new Map<number, number>();
    const perCount = new Array<number>(wishes.length + 1).fill(0);
    for (const index of indexes) {
      if (full.has(index) || taken.has(index)) continue;
      let met = 0;
      for (const wish of wishes) if (meets(venues[index]!, wish)) met++;
      missing.set(index, wishes.length - met);
      perCount[wishes.length - met]!++;
    }
    // Only the venues missing the fewest wishes can be chosen: rank those alone.
    let threshold = 0;
    for (let kept = perCount[0]!; kept < wanted && threshold < wishes.length; kept += perCount[++threshold]!);
    const candidates: number[] = [];
    const scores: number[] = [];
    for (const [index, count] of missing) {
      if (count > threshold) continue;
      candidates.push(index);
      scores.push((withNeed ? NEED_BONUS : 0) + (hasDetail(venues[index]!) ? DETAIL_BONUS : 0) + WISH_BONUS * (wishes.length - count));
    }
    const chosen = rank(candidates, scores)
      .map((hit, order) => ({ index: hit.index, order, missing: missing.get(hit.index)! }))
      .sort((a, b) => a.missing - b.missing || a.order - b.order)
      .slice(0, Math.max(0, wanted))
      .map(({ index }) => index);
    for (const index of chosen) taken.add(index);
    return chosen;
  };

  let results = rank(fullVenues, fullScores).slice(0, max).map((hit) => describe(hit.index));
  for (const result of results) taken.add(result.index);
  // Full matches far away (« 90 km ») do not hide the help near the person: when fewer than `min` full matches are
  // within NEAR_KM of the place, the venues within it that offer the need (without every wish) come next, then the
  // far full matches.
  const distanceTo = (index: number) => distanceOf(venues[index]!, { pres: answers.lieu });
  const isNear = (km: number | undefined) => km !== undefined && km <= NEAR_KM;
  const nearFull = results.filter((result) => isNear(result.distanceKm));
  if (answers.lieu && nearFull.length < min && nearFull.length < results.length) {
    const nearNeed = partial(needVenues.filter((index) => isNear(distanceTo(index))), true, min - nearFull.length).map(describe);
    if (nearNeed.length > 0) results = [...nearFull, ...nearNeed, ...results.filter((result) => !isNear(result.distanceKm))].slice(0, max);
  }
  if (results.length < min) {
    // Partial matches: those that offer the need; then — only when not even `min` venues offer it — those that
    // probably can (the detail's « a_defaut »); then the others. With a place, those within NEAR_KM first: the need
    // or the probable near the person, then far, then the others near, then far (a wish met 100 km away helps nobody).
    const wanted = () => min - results.length;
    const add = (indexes: readonly number[], withNeed: boolean) => {
      if (wanted() > 0) results = [...results, ...partial(indexes, withNeed, wanted()).map(describe)];
    };
    const withNeed = new Set(needVenues);
    const probable = fallbackState ? venues.flatMap((venue, index) => (!withNeed.has(index) && isFallback(venue) ? [index] : [])) : [];
    const probableSet = new Set(probable);
    const others = venues.map((_, index) => index).filter((index) => !withNeed.has(index) && !probableSet.has(index));
    const nearOnes = (indexes: readonly number[], near: boolean) => (answers.lieu ? indexes.filter((index) => isNear(distanceTo(index)) === near) : near ? indexes : []);
    add(nearOnes(needVenues, true), true);
    add(nearOnes(probable, true), false);
    add(nearOnes(needVenues, false), true);
    add(nearOnes(probable, false), false);
    add(nearOnes(others, true), false);
    add(nearOnes(others, false), false);
  }
  return { results, fullCount: fullVenues.length, needCount: needVenues.length };
}

/**
 * The remote help lines (content/orientation/aide-a-distance.yaml) for a need: those of its levers (any line when no
 * lever is given), and of its démarches when both the need and the line name some. Used by the questionnaire's results
 * and by the catalogue when nothing matches (`generalOnly`: the lines that name no démarche).
 */
export function remoteHelpFor<T extends { leviers: readonly string[]; demarches: readonly string[] }>(
  remote: readonly T[],
  levers: readonly string[],
  demarches: readonly string[],
  generalOnly = false,
): T[] {
  return remote.filter((entry) => {
    if (levers.length > 0 && !entry.leviers.some((lever) => levers.includes(lever))) return false;
    if (generalOnly) return entry.demarches.length === 0;
    return entry.demarches.length === 0 || demarches.length === 0 || entry.demarches.some((value) => demarches.includes(value));
  });
}
