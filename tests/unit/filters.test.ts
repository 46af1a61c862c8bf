import { describe, expect, it } from 'vitest';
import { compileOpeningHours } from '../../src/lib/hours/compile.ts';
import { distanceKm } from '../../src/lib/geo.ts';
import {
  criteriaCount,
  emptyState, formatDistance, formatNearest, hoursNear, nearestPoint, isEmptyState, matchesFilters, queryToState, stateKey, stateToQuery, distanceOf, DEVICE_PLACE_LABEL, type FilterState,
} from '../../src/lib/catalogue/filters.ts';
import type { VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';

const from = new Date('2026-11-23T00:00:00Z');
const hours = (value: string) => compileOpeningHours(value, { country: 'FR', from });

const VENUE: VenueSummary = {
  id: 'mediatheque-de-riom', nom: 'Médiathèque de Riom', commune: 'Riom', code_postal: '63200', territoire: 8,
  lat: 45.8936, lon: 3.1128, leviers: ['equipement', 'demarches'], services: ['Accès internet et matériel informatique', 'Aide aux démarches administratives'],
  services_pratiques: ['impression'], demarches: ['social-sante'], publics: ['Seniors'], prises_en_charge: ['Surdité'], langues: ['en'],
  frais: ['Gratuit'], acces: ['Se présenter'], rdv_en_ligne: false, accompagnement: ['Accompagnement individuel'], itinerant: false, dispositifs: [],
  hours: hours('Tu-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off'),
};
const TERRITORIES = ['ain', 'allier', 'ardeche', 'cantal', 'drome', 'isere', 'loire', 'haute-loire', 'puy-de-dome', 'rhone', 'savoie', 'haute-savoie'];
/** Thursday 26 November 2026, 10:30 in Paris. */
const THURSDAY_MORNING = new Date('2026-11-26T09:30:00Z');
const context = { now: THURSDAY_MORNING, territoryIds: TERRITORIES };
const match = (patch: Partial<FilterState>, venue: VenueSummary = VENUE, now = THURSDAY_MORNING) =>
  matchesFilters(venue, { ...emptyState(), ...patch }, { ...context, now });

describe('filters ⇄ URL', () => {
  it('round-trips a full state', () => {
    const state: FilterState = {
      ...emptyState(), q: 'démarche caf', leviers: ['demarches', 'equipement'], services: ['Aide aux démarches administratives'],
      services_pratiques: ['impression'], demarches: ['social-sante'], publics: ['Familles et/ou enfants', 'Seniors'], prises_en_charge: ['Langues étrangères (autres)'],
      langues: ['ar'], gratuit: true, acces: ['sans-rdv', 'telephone'], aide: ['Dans un atelier collectif'], ouvert: 'le', jour: 5, moment: 'matin',
      territoires: ['puy-de-dome'], pres: { label: 'Riom', lat: 45.8936, lon: 3.1128 }, rayon: 10,
    };
    const query = stateToQuery(state);
    expect(query).toContain('public=familles-et-ou-enfants%2Cseniors');
    expect(query).toContain('ouvert=samedi&moment=matin');
    const back = queryToState(query);
    expect(back).toEqual({ ...state, leviers: ['equipement', 'demarches'] });
    expect(stateToQuery(back)).toBe(query);
  });

  it('gives an empty query for an empty state, and ignores unknown values', () => {
    expect(stateToQuery(emptyState())).toBe('');
    expect(isEmptyState(queryToState('?levier=inconnu&public=martiens&ouvert=jamais&lat=abc'))).toBe(true);
    expect(queryToState('levier=demarches&levier=equipement').leviers).toEqual(['equipement', 'demarches']);
  });

  it('reads and writes « ouvert dans les 7 jours » as ?ouvert=semaine, without a day or moment', () => {
    const state = queryToState('?ouvert=semaine&moment=matin');
    expect(state.ouvert).toBe('semaine');
    expect(state.jour).toBeUndefined();
    expect(state.moment).toBeUndefined();
    expect(stateToQuery(state)).toBe('ouvert=semaine');
    expect(stateToQuery({ ...emptyState(), ouvert: 'semaine', jour: 2, moment: 'soir' })).toBe('ouvert=semaine');
    expect(isEmptyState(state)).toBe(false);
    expect(queryToState('ouvert=Semaine').ouvert).toBe('');
  });

  it('reads and writes « ouvert le soir », any day, as ?ouvert=un-jour&moment=soir', () => {
    const state = queryToState('?ouvert=un-jour&moment=soir');
    expect(state).toMatchObject({ ouvert: 'le', moment: 'soir' });
    expect(state.jour).toBeUndefined();
    expect(stateToQuery(state)).toBe('ouvert=un-jour&moment=soir');
    expect(stateToQuery({ ...emptyState(), ouvert: 'le' })).toBe('ouvert=un-jour');
    expect(queryToState('?ouvert=un-jour&moment=minuit').ouvert).toBe('le');
    expect(queryToState('?ouvert=un-jour&moment=minuit').moment).toBeUndefined();
  });

  it('refuses absurd coordinates and radius', () => {
    expect(queryToState('pres=X&lat=123&lon=3').pres).toBeUndefined();
    expect(queryToState('pres=Riom&lat=45.9&lon=3.1&rayon=100000').rayon).toBeUndefined();
  });
});

describe('the device position never enters the URL', () => {
  const device = { label: DEVICE_PLACE_LABEL, lat: 45.893612, lon: 3.112847, device: true as const };

  it('leaves the device position and its radius out of the query string', () => {
    expect(stateToQuery({ ...emptyState(), pres: device })).toBe('');
    expect(stateToQuery({ ...emptyState(), pres: device, rayon: 10 })).toBe('');
    expect(stateToQuery({ ...emptyState(), gratuit: true, q: 'caf', pres: device, rayon: 10 })).toBe('q=caf&gratuit=oui');
  });

  it('still counts it as a choice: the results, sorted by distance, replace the static list', () => {
    expect(isEmptyState({ ...emptyState(), pres: device })).toBe(false);
    expect(isEmptyState(emptyState())).toBe(true);
  });

  it('keys the page caches on the position and radius, without putting them in the query', () => {
    const here = stateKey({ ...emptyState(), pres: device, rayon: 10 });
    expect(here).not.toBe(stateKey({ ...emptyState(), pres: { ...device, lat: 45.7772 }, rayon: 10 }));
    expect(here).not.toBe(stateKey({ ...emptyState(), pres: device, rayon: 20 }));
    expect(here).not.toBe(stateKey(emptyState()));
    const commune = { ...emptyState(), pres: { label: 'Riom', lat: 45.8936, lon: 3.1128 }, rayon: 10 };
    expect(stateKey(commune)).toBe(stateToQuery(commune));
  });

  it('keeps a commune chosen in the gazetteer: name, point and radius', () => {
    const state = { ...emptyState(), pres: { label: 'Riom (63200)', lat: 45.8936, lon: 3.1128 }, rayon: 10 };
    const query = stateToQuery(state);
    expect(query).toBe('pres=Riom+%2863200%29&lat=45.8936&lon=3.1128&rayon=10');
    expect(queryToState(query)).toEqual(state);
  });

  it('reads no position from coordinates without a commune name (older links)', () => {
    expect(queryToState('lat=45.89&lon=3.11').pres).toBeUndefined();
    expect(queryToState('pres=&lat=45.89&lon=3.11&rayon=10')).toEqual(emptyState());
    expect(queryToState(`pres=${encodeURIComponent(DEVICE_PLACE_LABEL)}&lat=45.89&lon=3.11`).pres).toBeUndefined();
  });
});

describe('criteriaCount: what an empty result says', () => {
  it('counts the words for one, each group of filters for one, « ouvert » and a radius; the place alone orders only', () => {
    const state = (overrides: Partial<FilterState>) => ({ ...emptyState(), ...overrides });
    expect(criteriaCount(emptyState())).toBe(0);
    expect(criteriaCount(state({ q: '  ' }))).toBe(0);
    expect(criteriaCount(state({ q: 'repair café gratuit' }))).toBe(1);
    expect(criteriaCount(state({ publics: ['Seniors', 'Jeunes'] }))).toBe(1);
    expect(criteriaCount(state({ q: 'caf', publics: ['Seniors'], gratuit: true, ouvert: 'maintenant' }))).toBe(4);
    const riom = { label: 'Riom (63200)', lat: 45.89, lon: 3.11 };
    expect(criteriaCount(state({ pres: riom }))).toBe(0);
    expect(criteriaCount(state({ pres: riom, rayon: 10 }))).toBe(1);
  });
});

describe('matching', () => {
  it('combines groups with AND and values with OR', () => {
    expect(match({ leviers: ['competences'] })).toBe(false);
    expect(match({ leviers: ['competences', 'demarches'] })).toBe(true);
    expect(match({ leviers: ['demarches'], publics: ['Jeunes'] })).toBe(false);
    expect(match({ leviers: ['demarches'], publics: ['Seniors'], prises_en_charge: ['Surdité'], langues: ['en'] })).toBe(true);
  });

  it('filters on cost, access and kind of help', () => {
    expect(match({ gratuit: true })).toBe(true);
    expect(match({ gratuit: true }, { ...VENUE, frais: ['Payant'] })).toBe(false);
    expect(match({ gratuit: true }, { ...VENUE, frais: ['Gratuit sous condition'] })).toBe(true);
    expect(match({ acces: ['sans-rdv'] })).toBe(true);
    expect(match({ acces: ['rdv-en-ligne'] })).toBe(false);
    expect(match({ acces: ['rdv-en-ligne'] }, { ...VENUE, rdv_en_ligne: true })).toBe(true);
    expect(match({ aide: ['Dans un atelier collectif'] })).toBe(false);
  });

  it('filters on sub-territory', () => {
    expect(match({ territoires: ['puy-de-dome'] })).toBe(true);
    expect(match({ territoires: ['ain', 'cantal'] })).toBe(false);
  });

  it('knows « open now » in the venue zone, public holidays included', () => {
    expect(match({ ouvert: 'maintenant' })).toBe(true);
    expect(match({ ouvert: 'maintenant' }, VENUE, new Date('2026-11-26T11:30:00Z'))).toBe(false); // 12:30, lunch break
    expect(match({ ouvert: 'maintenant' }, VENUE, new Date('2026-12-25T09:30:00Z'))).toBe(false); // Friday, Christmas (PH off)
    expect(match({ ouvert: 'maintenant' }, VENUE, new Date('2026-12-18T09:30:00Z'))).toBe(true); // the Friday before
    expect(match({ ouvert: 'maintenant' }, { ...VENUE, hours: undefined })).toBe(false);
  });

  it('knows « open on a day and moment », overnight included', () => {
    expect(match({ ouvert: 'le', jour: 5, moment: 'matin' })).toBe(true); // Saturday morning
    expect(match({ ouvert: 'le', jour: 5, moment: 'apres-midi' })).toBe(false);
    expect(match({ ouvert: 'le', jour: 0 })).toBe(false); // closed on Mondays
    const night = { ...VENUE, hours: hours('Fr 22:00-02:00') };
    expect(match({ ouvert: 'le', jour: 5, moment: 'matin' }, night)).toBe(false);
    expect(match({ ouvert: 'le', jour: 4, moment: 'soir' }, night)).toBe(true);
    expect(match({ ouvert: 'maintenant' }, night, new Date('2026-11-28T00:30:00Z'))).toBe(true); // Saturday 01:30
  });

  it('knows « open at a moment, any day »: some day of the next seven', () => {
    // VENUE: open on Saturday mornings, never in the evening.
    expect(match({ ouvert: 'le', moment: 'matin' })).toBe(true);
    expect(match({ ouvert: 'le', moment: 'soir' })).toBe(false);
    const tuesdayEvening = { ...VENUE, hours: hours('Tu 18:00-20:00') };
    expect(match({ ouvert: 'le', moment: 'soir' }, tuesdayEvening)).toBe(true);
    expect(match({ ouvert: 'le', moment: 'matin' }, tuesdayEvening)).toBe(false);
    expect(match({ ouvert: 'le' }, tuesdayEvening)).toBe(true);
    expect(match({ ouvert: 'le', moment: 'soir' }, { ...VENUE, hours: undefined })).toBe(false);
  });

  it('knows « open within 7 days »: the rest of today, the next six days, the seventh until this minute', () => {
    // Thursday 26 November 10:30: open now, so within the week.
    expect(match({ ouvert: 'semaine' })).toBe(true);
    // Open on Saturdays only: from Sunday, the next Saturday is 6 days ahead.
    const saturday = { ...VENUE, hours: hours('Sa 09:00-12:00') };
    expect(match({ ouvert: 'semaine' }, saturday, new Date('2026-11-29T15:00:00Z'))).toBe(true);
    // Saturday 28 November 14:00: this morning is over; next Saturday 09:00 is within 7 days (until 14:00 then).
    expect(match({ ouvert: 'semaine' }, saturday, new Date('2026-11-28T13:00:00Z'))).toBe(true);
    // A single opening, today 9–10, already over at 10:30: not within the next 7 days.
    const once = { ...VENUE, hours: hours('Mo-Su off; 2026 Nov 26 09:00-10:00') };
    expect(match({ ouvert: 'semaine' }, once, new Date('2026-11-26T08:30:00Z'))).toBe(true);
    expect(match({ ouvert: 'semaine' }, once)).toBe(false);
    // A week of closure (a public-holiday week, a notice): closed for the next 7 days.
    const closedWeek = { ...VENUE, hours: hours('Mo-Sa 09:00-12:00; 2026 Nov 26-2026 Dec 03 off') };
    expect(match({ ouvert: 'semaine' }, closedWeek)).toBe(false);
    expect(match({ ouvert: 'semaine' }, closedWeek, new Date('2026-11-27T22:00:00Z'))).toBe(true); // Friday 27, 23:00: the window ends Friday 4 December at 23:00, after its 9–12 opening
    expect(match({ ouvert: 'semaine' }, { ...VENUE, hours: undefined })).toBe(false);
  });

  it('skips the next public holiday only when it is the next such day', () => {
    // From Monday 21 Dec 2026, the next Friday is Christmas: closed.
    expect(match({ ouvert: 'le', jour: 4, moment: 'matin' }, VENUE, new Date('2026-12-21T09:00:00Z'))).toBe(false);
    expect(match({ ouvert: 'le', jour: 3, moment: 'matin' }, VENUE, new Date('2026-12-21T09:00:00Z'))).toBe(true);
  });
});

describe('distance', () => {
  it('computes great-circle distances', () => {
    expect(distanceKm([3.0870, 45.7772], [4.8357, 45.7640])).toBeCloseTo(135.9, 0); // Clermont-Ferrand → Lyon
    expect(distanceKm([3.1128, 45.8936], [3.1128, 45.8936])).toBe(0);
  });

  it('filters by radius and formats in French', () => {
    const pres = { label: 'Clermont-Ferrand', lat: 45.7772, lon: 3.087 };
    expect(distanceOf(VENUE, { pres })).toBeCloseTo(13.1, 0);
    expect(match({ pres, rayon: 10 })).toBe(false);
    expect(match({ pres, rayon: 20 })).toBe(true);
    expect(formatDistance(2.44)).toBe('à 2,4 km');
    expect(formatDistance(0.33)).toBe('à 350 m');
    expect(formatDistance(37.2)).toBe('à 37 km');
  });

  it('measures an itinerant venue to the nearest of its base and placed stops, and says which stop', () => {
    const bus = { ...VENUE, itinerant: true, arrets: [{ commune: 'Nulle-Part' }, { commune: 'Clermont-Ferrand', lat: 45.78, lon: 3.09 }] };
    const pres = { label: 'Clermont-Ferrand', lat: 45.7772, lon: 3.087 };
    const nearest = nearestPoint(bus, pres)!;
    expect(nearest.stop).toBe(1);
    expect(nearest.km).toBeLessThan(1);
    expect(distanceOf(bus, { pres })).toBe(nearest.km);
    expect(match({ pres, rayon: 5 }, bus)).toBe(true);
    expect(formatNearest(bus, nearest.km, nearest.stop)).toBe('arrêt à Clermont-Ferrand, à 400 m');
    // Nearer its base: no stop named.
    const riom = { label: 'Riom', lat: 45.8936, lon: 3.1128 };
    expect(nearestPoint(bus, riom)).toEqual({ km: 0 });
    expect(formatNearest(bus, 0, undefined)).toBe('à 50 m');
    expect(nearestPoint({ lat: undefined, lon: undefined, arrets: [{ commune: 'X' }] }, riom)).toBeUndefined();
  });

  it('opens a bus by its hours at the stop nearest the place chosen, when the stop says them', () => {
    const hours = (value: string) => compileOpeningHours(value, { country: 'FR', from: new Date('2026-11-23T00:00:00Z') });
    // Its hours overall: Wednesday and Thursday mornings; at Volvic on Wednesdays only, at Châtel-Guyon on Thursdays.
    const bus: VenueSummary = {
      ...VENUE,
      itinerant: true,
      hours: hours('We,Th 09:00-12:00'),
      arrets: [{ commune: 'Volvic', lat: 45.8717, lon: 3.0386, hours: hours('We 09:00-12:00') }, { commune: 'Châtel-Guyon', lat: 45.9226, lon: 3.0658, hours: hours('Th 09:00-12:00') }, { commune: 'Mozac', lat: 45.8853, lon: 3.0914 }],
    };
    const volvic = { label: 'Volvic', lat: 45.8717, lon: 3.0386 };
    const chatel = { label: 'Châtel-Guyon', lat: 45.9226, lon: 3.0658 };
    // Thursday 10:30 in Paris.
    expect(match({ ouvert: 'maintenant' }, bus)).toBe(true);
    expect(match({ ouvert: 'maintenant', pres: chatel }, bus)).toBe(true);
    expect(match({ ouvert: 'maintenant', pres: volvic }, bus)).toBe(false);
    expect(match({ ouvert: 'le', jour: 2, pres: volvic }, bus)).toBe(true);
    expect(match({ ouvert: 'le', jour: 2, pres: chatel }, bus)).toBe(false);
    // A stop without hours, or the base nearer: the venue's own hours.
    expect(hoursNear(bus, { lat: 45.8853, lon: 3.0914 })).toBe(bus.hours);
    expect(hoursNear(bus, { lat: 45.8936, lon: 3.1128 })).toBe(bus.hours);
    expect(hoursNear(bus, undefined)).toBe(bus.hours);
    expect(hoursNear(bus, undefined, 1)).toBe(bus.arrets![1]!.hours);
  });
});
