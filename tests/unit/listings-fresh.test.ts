/**
 * Listings that stay true: dated notices inside « ouvert maintenant / ouvert le », the validator's warning about
 * an old notice, the verification date, the freshness score.
 */
import { describe, expect, it } from 'vitest';
import { checkOpeningHours } from '../../src/lib/hours/compile.ts';
import { getOpenState, isOpenAtLocal, isOpenDuringDay } from '../../src/lib/hours/evaluate.ts';
import { compileVenueHours, toVenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { mostRecentlyVerifiedFirst } from '../../src/lib/catalogue/ranking.ts';
import { emptyState, isEmptyState, queryToState, stateToQuery } from '../../src/lib/catalogue/filters.ts';
import { buildSearchIndex, decodeSearchIndex } from '../../src/lib/catalogue/search-index.ts';
import { checkVenue } from '../../src/lib/schema/venue.ts';
import { checkedDate, freshnessLevel, freshnessScore } from '../../src/lib/freshness.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';

const BUILT = new Date('2026-11-27T06:00:00Z');
const PARIS = 'Europe/Paris';
const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

const hours = compileVenueHours(
  {
    horaires: 'Mo-Fr 09:00-17:00',
    pays: 'FR',
    annonces: [
      { type: 'fermeture', titre: 'Inventaire', debut: '2026-12-01', fin: '2026-12-02' },
      { type: 'horaires', titre: 'Semaine réduite', debut: '2026-12-07', fin: '2026-12-11', horaires: 'Mo-Fr 09:00-12:00' },
      { type: 'info', titre: 'Nouvel atelier', debut: '2026-12-14', fin: '2026-12-18' },
      { type: 'horaires', titre: 'Annoncé sans horaires', debut: '2026-12-21', fin: '2026-12-23' },
    ],
  },
  PARIS,
  BUILT,
)!;

describe('dated notices in the compiled hours', () => {
  it('a closure closes every day between its dates, both included, and only those', () => {
    expect(isOpenAtLocal(hours, day('2026-11-30'), 10 * 60)).toBe(true);
    expect(isOpenAtLocal(hours, day('2026-12-01'), 10 * 60)).toBe(false);
    expect(isOpenAtLocal(hours, day('2026-12-02'), 10 * 60)).toBe(false);
    expect(isOpenAtLocal(hours, day('2026-12-03'), 10 * 60)).toBe(true);
  });

  it('« ouvert maintenant » during a closure gives the first opening after it', () => {
    const state = getOpenState(hours, new Date('2026-12-01T09:30:00Z')); // 10:30 in Paris
    expect(state).toEqual({ open: false, next: { date: '2026-12-03', minute: 9 * 60 } });
    // The evening before: open until 17 h, then the next opening skips the two closed days.
    expect(getOpenState(hours, new Date('2026-11-30T17:00:00Z'))).toEqual({ open: false, next: { date: '2026-12-03', minute: 9 * 60 } });
  });

  it('changed hours replace the usual ones within their dates', () => {
    expect(getOpenState(hours, new Date('2026-12-07T09:00:00Z'))).toEqual({ open: true, until: { date: '2026-12-07', minute: 12 * 60 } });
    expect(isOpenAtLocal(hours, day('2026-12-11'), 14 * 60)).toBe(false);
    expect(isOpenDuringDay(hours, day('2026-12-09'), 13 * 60, 17 * 60)).toBe(false);
    expect(isOpenAtLocal(hours, day('2026-12-14'), 14 * 60)).toBe(true);
  });

  it('information notices and changed-hours notices without hours change nothing', () => {
    for (const date of ['2026-12-15', '2026-12-21', '2026-12-22']) expect(isOpenAtLocal(hours, day(date), 16 * 60), date).toBe(true);
  });

  it('a closure without an end lasts to the end of the horizon; one before the build is ignored', () => {
    const open = compileVenueHours({ horaires: 'Mo-Fr 09:00-17:00', pays: 'FR', annonces: [{ type: 'fermeture', debut: '2026-01-01', fin: '2026-01-31' }] }, PARIS, BUILT)!;
    expect(open.ex['2026-01-15']).toBeUndefined();
    const closed = compileVenueHours({ horaires: 'Mo-Fr 09:00-17:00', pays: 'FR', annonces: [{ type: 'fermeture', debut: '2027-03-01' }] }, PARIS, BUILT)!;
    expect(isOpenAtLocal(closed, day('2027-02-26'), 10 * 60)).toBe(true);
    expect(isOpenAtLocal(closed, day('2027-06-01'), 10 * 60)).toBe(false);
    expect(Object.keys(closed.ex)).toEqual([...Object.keys(closed.ex)].sort());
  });
});

describe('notices in the validator', () => {
  const context = { defaultCountry: 'FR' as const, checkHours: checkOpeningHours, today: TODAY }; // 2026-11-23
  const withNotice = (annonce: Record<string, unknown>) => checkVenue({ ...VALID_VENUE, annonces: [{ titre: 'Fermé', type: 'fermeture', ...annonce }] }, context);

  it('warns about a notice that ended more than 90 days ago, without refusing the file', () => {
    const old = withNotice({ debut: '2026-08-01', fin: '2026-08-24' }); // 91 days before
    expect(old.issues).toEqual([]);
    expect(old.warnings).toEqual([expect.objectContaining({ path: ['annonces', 0, 'fin'], message: expect.stringMatching(/plus de 90 jours/) })]);
    expect(withNotice({ debut: '2026-08-01', fin: '2026-08-25' }).warnings).toEqual([]); // 90 days before
    expect(withNotice({ debut: '2026-08-01' }).warnings).toEqual([]);
  });

  it('checks a notice’s hours, and refuses them on a notice that is not about hours', () => {
    expect(withNotice({ type: 'horaires', debut: '2026-12-01', horaires: 'Mo-Fr 09:00-12:00' }).issues).toEqual([]);
    expect(withNotice({ type: 'horaires', debut: '2026-12-01', horaires: 'lundi 9h' }).issues).toEqual([expect.objectContaining({ path: ['annonces', 0, 'horaires'] })]);
    expect(withNotice({ debut: '2026-12-01', horaires: 'Mo-Fr 09:00-12:00' }).issues).toEqual([expect.objectContaining({ path: ['annonces', 0, 'horaires'] })]);
  });

  it('accepts a verification date, not one in the future', () => {
    expect(checkVenue({ ...VALID_VENUE, date_verification: '2026-11-20' }, context).data?.date_verification).toBe('2026-11-20');
    expect(checkVenue({ ...VALID_VENUE, date_verification: '2026-11-24' }, context).issues).toEqual([expect.objectContaining({ path: ['date_verification'] })]);
  });
});

describe('freshness', () => {
  const today = '2026-11-27';
  it('is full up to 6 months (183 days), then falls in a straight line to 0 at 2 years (730 days)', () => {
    expect(freshnessScore('2026-11-27', today)).toBe(1);
    expect(freshnessScore('2026-05-28', today)).toBe(1); // 183 days
    expect(freshnessScore('2026-05-27', today)).toBeCloseTo(546 / 547, 6); // 184 days
    expect(freshnessScore('2025-11-27', today)).toBeCloseTo(365 / 547, 6); // one year: 0.667
    expect(freshnessScore('2025-08-28', today)).toBeCloseTo(0.5, 2); // 456 days (15 months)
    expect(freshnessScore('2024-11-28', today)).toBeCloseTo(1 / 547, 6); // 729 days
    expect(freshnessScore('2024-11-27', today)).toBe(0); // 730 days
    expect(freshnessScore('2020-01-01', today)).toBe(0);
    expect(freshnessScore('2027-01-01', today)).toBe(1); // a later date counts as today
  });

  it('reads the verification date, else the change date, and says it in words', () => {
    expect(checkedDate({ date_maj: '2025-01-01', date_verification: '2026-10-01' })).toBe('2026-10-01');
    expect(checkedDate({ date_maj: '2025-01-01' })).toBe('2025-01-01');
    expect(checkedDate({ date_maj: '2026-10-01', date_verification: '2025-01-01' })).toBe('2026-10-01');
    expect(['2026-11-01', '2026-03-01', '2025-06-01', '2024-06-01'].map((date) => freshnessLevel(date, today))).toEqual(['recent', 'months', 'year', 'old']);
  });
});

describe('« les plus récemment vérifiées »', () => {
  it('reorders hits by freshness date, newest first, keeping the ranking among equal dates, no date last', () => {
    const venues = [{ verifiee: '2025-01-01' }, { verifiee: '2026-10-01' }, {}, { verifiee: '2025-01-01' }, { verifiee: '2026-11-01' }];
    const hits = [0, 1, 2, 3, 4].map((index) => ({ index, score: 10 - index }));
    const sorted = mostRecentlyVerifiedFirst(hits, venues);
    expect(sorted.map((hit) => hit.index)).toEqual([4, 1, 0, 3, 2]);
    expect(hits.map((hit) => hit.index)).toEqual([0, 1, 2, 3, 4]);
    const reversed = mostRecentlyVerifiedFirst([...hits].reverse(), venues);
    expect(reversed.map((hit) => hit.index)).toEqual([4, 1, 3, 0, 2]);
  });

  it('lives in the URL as ?tri=verifiees, with the other filters', () => {
    const state = queryToState('?levier=demarches&tri=verifiees');
    expect(state.tri).toBe('verifiees');
    expect(stateToQuery(state)).toBe('levier=demarches&tri=verifiees');
    expect(queryToState('?tri=autre').tri).toBe('');
    expect(stateToQuery({ ...emptyState(), tri: 'verifiees' })).toBe('tri=verifiees');
    expect(isEmptyState({ ...emptyState(), tri: 'verifiees' })).toBe(false);
  });

  it('the summaries carry the freshness date, and the search index keeps it', () => {
    const summary = toVenueSummary('x', { ...(checkVenue({ ...VALID_VENUE, date_verification: '2026-11-01' }, { defaultCountry: 'FR', today: TODAY }).data!) }, { territoire: -1 });
    expect(summary.verifiee).toBe('2026-11-01');
    const other = toVenueSummary('y', checkVenue(VALID_VENUE, { defaultCountry: 'FR', today: TODAY }).data!, { territoire: -1 });
    expect(other.verifiee).toBe('2026-06-01');
    const decoded = decodeSearchIndex(buildSearchIndex([summary, other], { territoires: [], built: '2026-11-27' }));
    expect(decoded.map((venue) => venue.verifiee)).toEqual(['2026-11-01', '2026-06-01']);
  });
});
