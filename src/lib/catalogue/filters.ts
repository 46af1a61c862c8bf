/**
 * The catalogue's filters: their options (labels and URL slugs, built from the schema constants),
 * the state ⇄ URL query string round trip, and applying the state to venue summaries.
 * Pure and browser-safe: used by the catalogue element and by the unit tests.
 */
import * as t from '../../i18n/index.ts';
import { distanceKm } from '../geo.ts';
import { isOpenAtLocal, isOpenDuringDay, isOpenWithinWeek, localMoment, nextWeekday, WEEK_AHEAD_DAYS } from '../hours/evaluate.ts';
import { ACCESS_OPTIONS, LEVERS, SERVICE_PRATIQUE_IDS, DEMARCHE_IDS, type AccessOption, type Lever } from '../schema/reperes.ts';
import { PRISES_EN_CHARGE, PUBLICS, SERVICES, type ModaliteAccompagnement, type PriseEnCharge, type Public, type Service } from '../schema/standard.ts';
import type { VenueSummary } from './venue-summary.ts';
import type { CompiledHours } from '../hours/compile.ts';
import { slugify } from '../text.ts';

/** URL-safe slug of a label: « Familles et/ou enfants » → familles-et-ou-enfants (slugify, one argument: usable in `map`). */
export const toSlug = (label: string): string => slugify(label);

export interface Option<T extends string = string> {
  value: T;
  slug: string;
}

function options<T extends string>(values: readonly T[]): Option<T>[] {
  return values.map((value) => ({ value, slug: toSlug(value) }));
}

/** Access options a person can ask for (defined with the schema's lists). */
export { ACCESS_OPTIONS, type AccessOption } from '../schema/reperes.ts';

/** Kinds of help, slugs of the standard's modalites_accompagnement. */
export const HELP_OPTIONS: Record<string, ModaliteAccompagnement> = {
  autonomie: 'En autonomie',
  individuel: 'Accompagnement individuel',
  atelier: 'Dans un atelier collectif',
  distance: 'À distance',
};

/** Parts of a day for « ouvert le … ». Minutes, local time of the venue; their names: `t.finderForm.moments`. */
export const MOMENTS = {
  matin: { from: 8 * 60, to: 12 * 60 },
  midi: { from: 12 * 60, to: 14 * 60 },
  'apres-midi': { from: 14 * 60, to: 18 * 60 },
  soir: { from: 18 * 60, to: 24 * 60 },
} as const;
export type Moment = keyof typeof MOMENTS;

/** Week days for « ouvert le … » in the URL (`?ouvert=samedi`), Monday = 0; their names: `t.hours.weekdays`. */
export const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
/** « Ouvert le… » any day of the coming week, at a moment (`?ouvert=un-jour&moment=soir`: « ouvert le soir »). */
export const ANY_DAY = 'un-jour';

export const SERVICE_OPTIONS = options(SERVICES);
export const PUBLIC_OPTIONS = options(PUBLICS);
export const SUPPORT_OPTIONS = options(PRISES_EN_CHARGE);

export interface FilterState {
  /** Free text. */
  q: string;
  leviers: Lever[];
  services: Service[];
  services_pratiques: string[];
  demarches: string[];
  publics: Public[];
  prises_en_charge: PriseEnCharge[];
  langues: string[];
  gratuit: boolean;
  acces: AccessOption[];
  aide: ModaliteAccompagnement[];
  /**
   * « maintenant » (`?ouvert=maintenant`), « dans les 7 jours » (`?ouvert=semaine`), or a day + moment
   * (`?ouvert=samedi&moment=matin`; without a day, any of the next 7: `?ouvert=un-jour&moment=soir`). Evaluated in
   * the browser at the moment the list is shown (src/lib/hours/evaluate.ts).
   */
  ouvert: '' | 'maintenant' | 'semaine' | 'le';
  /** With « le »: the day, Monday = 0; undefined: any day of the next 7. */
  jour?: number;
  moment?: Moment;
  /** Sub-territory ids. */
  territoires: string[];
  /** A place to sort by distance from: a commune chosen in the gazetteer, or the device's position. */
  pres?: NearPlace;
  /** Maximum distance in km (with `pres`). */
  rayon?: number;
  /** Order of the results: '' = the ranking (nearest first with `pres`), 'verifiees' = most recently verified first (`?tri=verifiees`). */
  tri: '' | 'verifiees';
}

export interface NearPlace {
  label: string;
  lat: number;
  lon: number;
  /**
   * The device's position (« Utiliser ma position »): kept in the page's memory only, never written to
   * the URL (a reload, a shared link or the host's logs would reveal where the person is).
   */
  device?: true;
}

/** The label of the device's position, in the « Près de » field and the result count. */
export const DEVICE_PLACE_LABEL = t.finder.yourPosition;

export function emptyState(): FilterState {
  return {
    q: '', leviers: [], services: [], services_pratiques: [], demarches: [], publics: [], prises_en_charge: [],
    langues: [], gratuit: false, acces: [], aide: [], ouvert: '', territoires: [], tri: '',
  };
}

/** True when the state asks for nothing (the complete static list is then the answer). */
export function isEmptyState(state: FilterState): boolean {
  return stateToQuery(state) === '' && !state.pres;
}

/**
 * How many criteria narrow the list: the search words count for one, and each group of filters for one (its values
 * widen each other: « Seniors » or « Jeunes » is one criterion), « ouvert … » and the radius too. The place alone
 * narrows nothing (it orders). Says whether an empty result is worth « Essayez avec moins de critères ».
 */
export function criteriaCount(state: FilterState): number {
  const lists = [state.leviers, state.services, state.services_pratiques, state.demarches, state.publics, state.prises_en_charge, state.langues, state.acces, state.aide, state.territoires];
  return (state.q.trim() ? 1 : 0) + lists.filter((list) => list.length > 0).length + (state.gratuit ? 1 : 0) + (state.ouvert ? 1 : 0) + (state.pres && state.rayon ? 1 : 0);
}

/**
 * A key of the whole state for the page's caches: the query string plus, when the place is the
 * device's position, that position and the radius (which the query string leaves out). Never a URL.
 */
export function stateKey(state: FilterState): string {
  const device = state.pres?.device ? `|${state.pres.lat},${state.pres.lon},${state.rayon ?? ''}` : '';
  return `${stateToQuery(state)}${device}`;
}

function fromSlugs<T extends string>(slugs: string[], list: Option<T>[]): T[] {
  return list.filter((option) => slugs.includes(option.slug)).map((option) => option.value);
}

/** Parses a query string (`?q=caf&levier=demarches…`); unknown values are ignored, never fatal. */
export function queryToState(search: string | URLSearchParams): FilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const all = (name: string) => params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  state.leviers = LEVERS.filter((lever) => all('levier').includes(lever));
  state.services = fromSlugs(all('service'), SERVICE_OPTIONS);
  state.services_pratiques = SERVICE_PRATIQUE_IDS.filter((id) => all('pratique').includes(id));
  state.demarches = DEMARCHE_IDS.filter((id) => all('demarche').includes(id));
  state.publics = fromSlugs(all('public'), PUBLIC_OPTIONS);
  state.prises_en_charge = fromSlugs(all('accueil'), SUPPORT_OPTIONS);
  state.langues = all('langue').filter((code) => /^[a-z]{2}$/.test(code));
  state.gratuit = params.get('gratuit') === 'oui';
  state.acces = ACCESS_OPTIONS.filter((option) => all('acces').includes(option));
  state.aide = Object.entries(HELP_OPTIONS).filter(([slug]) => all('aide').includes(slug)).map(([, value]) => value);
  const ouvert = params.get('ouvert') ?? '';
  if (ouvert === 'maintenant' || ouvert === 'semaine') state.ouvert = ouvert;
  else {
    const day = DAYS.indexOf(ouvert as (typeof DAYS)[number]);
    const moment = params.get('moment') ?? '';
    if (day >= 0 || ouvert === ANY_DAY) {
      state.ouvert = 'le';
      if (day >= 0) state.jour = day;
      if (moment in MOMENTS) state.moment = moment as Moment;
    }
  }
  state.territoires = all('territoire').filter((id) => /^[a-z0-9-]+$/.test(id));
  // Only a named place (a commune) comes from the URL: the device's position is never written there, and
  // coordinates without a name (older links) are ignored rather than shown as « votre position ».
  const label = (params.get('pres') ?? '').trim().slice(0, 100);
  const lat = Number(params.get('lat'));
  const lon = Number(params.get('lon'));
  if (label && label !== DEVICE_PLACE_LABEL && params.has('lat') && params.has('lon') && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    state.pres = { label, lat, lon };
    const rayon = Number(params.get('rayon'));
    if (params.has('rayon') && rayon > 0 && rayon <= 500) state.rayon = rayon;
  }
  if (params.get('tri') === 'verifiees') state.tri = 'verifiees';
  return state;
}

/**
 * The query string of a state, stable (same state → same string), without the leading `?`.
 * The device's position, and the radius around it, are left out: they stay in the page's memory.
 */
export function stateToQuery(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  const add = (name: string, values: readonly string[]) => values.length > 0 && params.set(name, values.join(','));
  add('levier', LEVERS.filter((lever) => state.leviers.includes(lever)));
  add('service', SERVICE_OPTIONS.filter((option) => state.services.includes(option.value)).map((option) => option.slug));
  add('pratique', SERVICE_PRATIQUE_IDS.filter((id) => state.services_pratiques.includes(id)));
  add('demarche', DEMARCHE_IDS.filter((id) => state.demarches.includes(id)));
  add('public', PUBLIC_OPTIONS.filter((option) => state.publics.includes(option.value)).map((option) => option.slug));
  add('accueil', SUPPORT_OPTIONS.filter((option) => state.prises_en_charge.includes(option.value)).map((option) => option.slug));
  add('langue', [...state.langues].sort());
  if (state.gratuit) params.set('gratuit', 'oui');
  add('acces', ACCESS_OPTIONS.filter((option) => state.acces.includes(option)));
  add('aide', Object.entries(HELP_OPTIONS).filter(([, value]) => state.aide.includes(value)).map(([slug]) => slug));
  if (state.ouvert === 'maintenant' || state.ouvert === 'semaine') params.set('ouvert', state.ouvert);
  else if (state.ouvert === 'le') {
    params.set('ouvert', state.jour !== undefined ? DAYS[state.jour]! : ANY_DAY);
    if (state.moment) params.set('moment', state.moment);
  }
  add('territoire', [...state.territoires].sort());
  if (state.pres && !state.pres.device) {
    params.set('pres', state.pres.label);
    params.set('lat', state.pres.lat.toFixed(4));
    params.set('lon', state.pres.lon.toFixed(4));
    if (state.rayon) params.set('rayon', String(state.rayon));
  }
  if (state.tri) params.set('tri', state.tri);
  return params.toString();
}

const anyOf = <T>(wanted: readonly T[], has: readonly T[]) => wanted.length === 0 || wanted.some((value) => has.includes(value));

/**
 * Whether a venue passes every filter except the text query. Within a group, any selected value
 * matches (OR); across groups, all must match (AND).
 */
export interface MatchContext {
  now: Date;
  territoryIds: readonly string[];
  /** Local day and minute of `now` per time zone, filled on first need (one Intl call per zone, not per venue). */
  local?: Map<string, { day: number; minute: number }>;
}

function localOf(context: MatchContext, tz: string): { day: number; minute: number } {
  context.local ??= new Map();
  let moment = context.local.get(tz);
  if (!moment) {
    moment = localMoment(context.now, tz);
    context.local.set(tz, moment);
  }
  return moment;
}

export function matchesFilters(venue: VenueSummary, state: FilterState, context: MatchContext): boolean {
  if (!anyOf(state.leviers, venue.leviers)) return false;
  if (!anyOf(state.services, venue.services)) return false;
  if (!anyOf(state.services_pratiques, venue.services_pratiques)) return false;
  if (!anyOf(state.demarches, venue.demarches)) return false;
  if (!anyOf(state.publics, venue.publics)) return false;
  if (!anyOf(state.prises_en_charge, venue.prises_en_charge)) return false;
  if (!anyOf(state.langues, venue.langues)) return false;
  if (state.gratuit && !(venue.frais.includes('Gratuit') || venue.frais.includes('Gratuit sous condition'))) return false;
  if (state.acces.length > 0) {
    const has = (option: AccessOption) =>
      option === 'sans-rdv' ? venue.acces.includes('Se présenter') : option === 'rdv-en-ligne' ? venue.rdv_en_ligne : venue.acces.includes('Téléphoner');
    if (!state.acces.some(has)) return false;
  }
  if (!anyOf(state.aide, venue.accompagnement)) return false;
  if (state.territoires.length > 0 && !state.territoires.includes(context.territoryIds[venue.territoire] ?? '')) return false;
  // A bus: its hours at the stop nearest the place chosen, when that stop says them (hoursNear).
  const hours = state.ouvert ? hoursNear(venue, state.pres) : undefined;
  if (state.ouvert === 'maintenant') {
    if (!hours) return false;
    const { day, minute } = localOf(context, hours.tz);
    if (!isOpenAtLocal(hours, day, minute)) return false;
  } else if (state.ouvert === 'semaine') {
    if (!hours) return false;
    const { day, minute } = localOf(context, hours.tz);
    if (!isOpenWithinWeek(hours, day, minute)) return false;
  } else if (state.ouvert === 'le') {
    if (!hours) return false;
    const moment = state.moment ? MOMENTS[state.moment] : { from: 0, to: 1440 };
    const { day } = localOf(context, hours.tz);
    if (state.jour !== undefined) {
      if (!isOpenDuringDay(hours, nextWeekday(day, state.jour), moment.from, moment.to)) return false;
    } else {
      let open = false;
      for (let offset = 0; offset < WEEK_AHEAD_DAYS && !open; offset++) open = isOpenDuringDay(hours, day + offset, moment.from, moment.to);
      if (!open) return false;
    }
  }
  if (state.pres && state.rayon !== undefined) {
    const distance = distanceOf(venue, state);
    if (distance === undefined || distance > state.rayon) return false;
  }
  return true;
}

/** Distance in km from the state's place, when both are known. */
export function distanceOf(venue: VenueSummary, state: Pick<FilterState, 'pres'>): number | undefined {
  return state.pres ? nearestPoint(venue, state.pres)?.km : undefined;
}

/**
 * The nearest of a venue's base and stops (`arrets` with a position) to a point: its distance in km and, when it is
 * a stop, that stop's index in `arrets`. Undefined when the venue has no position at all.
 */
export function nearestPoint(venue: Pick<VenueSummary, 'lat' | 'lon' | 'arrets'>, point: { lat: number; lon: number }): { km: number; stop?: number } | undefined {
  let nearest: { km: number; stop?: number } | undefined;
  if (venue.lat !== undefined && venue.lon !== undefined) nearest = { km: distanceKm([point.lon, point.lat], [venue.lon, venue.lat]) };
  venue.arrets?.forEach((stop, index) => {
    if (stop.lat === undefined || stop.lon === undefined) return;
    const km = distanceKm([point.lon, point.lat], [stop.lon, stop.lat]);
    if (!nearest || km < nearest.km) nearest = { km, stop: index };
  });
  return nearest;
}

/**
 * The hours that hold for a person at `point`: an itinerant venue's hours at its stop nearest them, when that stop is
 * nearer than its base and says its hours (« Douvaine, tous les lundis »); else the venue's own hours.
 */
export function hoursNear(venue: Pick<VenueSummary, 'lat' | 'lon' | 'arrets' | 'hours'>, point: { lat: number; lon: number } | undefined, stop?: number): CompiledHours | undefined {
  if (!venue.arrets?.length || (!point && stop === undefined)) return venue.hours;
  const nearest = stop ?? nearestPoint(venue, point!)?.stop;
  return (nearest !== undefined ? venue.arrets[nearest]?.hours : undefined) ?? venue.hours;
}

/** « à 2,4 km », or for a stop nearer than the venue's base « arrêt à Douvaine, à 2,4 km ». */
export function formatNearest(venue: Pick<VenueSummary, 'arrets'>, km: number, stop: number | undefined): string {
  const commune = stop === undefined ? undefined : venue.arrets?.[stop]?.commune;
  return commune ? t.finder.atStop(commune, formatDistance(km)) : formatDistance(km);
}

const KM = new Intl.NumberFormat(t.locale.intl, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const KM_ROUND = new Intl.NumberFormat(t.locale.intl, { maximumFractionDigits: 0 });

/** « à 350 m », « à 2,4 km », « à 37 km ». */
export function formatDistance(km: number): string {
  if (km < 1) return t.finder.metres(Math.max(50, Math.round((km * 1000) / 50) * 50));
  return t.finder.km(km < 10 ? KM.format(km) : KM_ROUND.format(km));
}
