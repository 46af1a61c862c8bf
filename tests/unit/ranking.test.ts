/**
 * Ranking (src/lib/catalogue/ranking.ts): a pure function of venues, matches and context, callable without a
 * search (an orientation questionnaire).
 */
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../src/lib/catalogue/filters.ts';
import type { TokenMatch } from '../../src/lib/catalogue/query-match.ts';
import { OPEN_BONUS, PROXIMITY, rankVenues, type VenueMatches } from '../../src/lib/catalogue/ranking.ts';
import type { VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { approximateDistanceKm, distanceKm } from '../../src/lib/geo.ts';
import { summary } from '../helpers/summaries.ts';

const RIOM = { lat: 45.8936, lon: 3.1128 };

const VENUES: VenueSummary[] = [
  summary({ id: 'long', nom: 'Espace public numérique du centre', lat: 45.7772, lon: 3.087 }),
  summary({ id: 'court', nom: 'Cyberbase', hours: undefined, frais: ['Payant'] }),
  summary({ id: 'loin', nom: 'Tiers-lieu', lat: 45.764, lon: 4.8357 }),
  summary({ id: 'sans-position', nom: 'Bus numérique', lat: undefined, lon: undefined }),
];

const reason = (query: string): TokenMatch[] => [{ query, field: 'nom', kind: 'exact', word: query }];
const ids = (ranked: Array<{ index: number }>) => ranked.map((hit) => VENUES[hit.index]!.id);

describe('rankVenues', () => {
  it('without matches ranks every venue, score 0, fewer name words first then the given order', () => {
    const ranked = rankVenues({ venues: VENUES });
    expect(ids(ranked)).toEqual(['court', 'loin', 'sans-position', 'long']);
    expect(ranked.every((hit) => hit.score === 0 && hit.matched.length === 0)).toBe(true);
  });

  it('orders the candidates by score, keeps their reasons and rounds the score', () => {
    const matches: VenueMatches = { venues: [0, 2], scores: [2.00049, 7.5], reasons: [reason('espace'), reason('tiers')] };
    const ranked = rankVenues({ venues: VENUES, matches });
    expect(ranked).toEqual([
      { index: 2, score: 7.5, matched: reason('tiers') },
      { index: 0, score: 2, matched: reason('espace') },
    ]);
  });

  it('breaks a tie by fewer words in the name, then by the order of the venues', () => {
    const matches: VenueMatches = { venues: [3, 0, 2, 1], scores: [1, 1, 1, 1], reasons: [[], [], [], []] };
    expect(ids(rankVenues({ venues: VENUES, matches }))).toEqual(['court', 'loin', 'sans-position', 'long']);
    // Given name lengths are used as they are.
    expect(ids(rankVenues({ venues: VENUES, matches, nameWords: [1, 4, 4, 4] }))).toEqual(['long', 'court', 'loin', 'sans-position']);
  });

  it('with an origin, ranks closer venues higher and tells the distance', () => {
    const ranked = rankVenues({ venues: VENUES, context: { origin: { ...RIOM, label: 'Riom' } } });
    expect(ids(ranked)).toEqual(['court', 'long', 'loin', 'sans-position']);
    expect(ranked[0]!.score).toBeCloseTo(PROXIMITY.weight, 3);
    expect(ranked[1]!.matched).toEqual([{ query: 'Riom', field: 'commune', kind: 'near', word: '13 km' }]);
    // No position, no distance and no bonus.
    expect(ranked[3]).toMatchObject({ score: 0, matched: [] });
  });

  it('adds the distance after the reasons of the matches, without changing the shared arrays', () => {
    const shared = reason('numerique');
    const matches: VenueMatches = { venues: [0, 3], scores: [3, 3], reasons: [shared, shared] };
    const ranked = rankVenues({ venues: VENUES, matches, context: { origin: { ...RIOM, label: 'Riom' } } });
    expect(ranked[0]!.matched.map((match) => match.kind)).toEqual(['exact', 'near']);
    expect(ranked[1]!.matched).toBe(shared);
    expect(shared).toHaveLength(1);
  });

  it('with a moment, ranks the venues surely open then higher', () => {
    // Tuesday 24 November 2026, 10:00 in Paris: the venues with the crafted hours are open, « court » has none.
    const openAt = new Date('2026-11-24T09:00:00Z');
    const matches: VenueMatches = { venues: [1, 0], scores: [4, 1], reasons: [[], []] };
    const ranked = rankVenues({ venues: VENUES, matches, context: { openAt } });
    expect(ids(ranked)).toEqual(['long', 'court']);
    expect(ranked[0]).toMatchObject({ score: 1 + OPEN_BONUS, matched: [{ kind: 'open', field: 'horaires' }] });
    // Monday: closed, no bonus.
    expect(ids(rankVenues({ venues: VENUES, matches, context: { openAt: new Date('2026-11-23T09:00:00Z') } }))).toEqual(['court', 'long']);
  });

  it('leaves out the venues that fail the constraints', () => {
    const filters = { ...emptyState(), gratuit: true };
    const context = { now: new Date('2026-11-24T09:00:00Z'), territoryIds: [] };
    expect(ids(rankVenues({ venues: VENUES, context: { constraints: { filters, context } } }))).not.toContain('court');
    const matches: VenueMatches = { venues: [1, 2], scores: [9, 1], reasons: [reason('a'), reason('b')] };
    expect(rankVenues({ venues: VENUES, matches, context: { constraints: { filters, context } } })).toEqual([{ index: 2, score: 1, matched: reason('b') }]);
  });

  it('nearest first (« Près de »): by distance whatever the score, then by score; without a position, last', () => {
    // « long » (13 km) has the best score, « court » (at Riom) the worst: nearest first puts « court » first anyway.
    const matches: VenueMatches = { venues: [0, 1, 2, 3], scores: [20, 0.5, 9, 30], reasons: [reason('a'), reason('b'), reason('c'), reason('d')] };
    const origin = { ...RIOM, label: 'Riom' };
    const ranked = rankVenues({ venues: VENUES, matches, context: { origin, nearestFirst: true } });
    expect(ids(ranked)).toEqual(['court', 'long', 'loin', 'sans-position']);
    expect(ranked[1]!.distance).toBeCloseTo(approximateDistanceKm(RIOM.lat, RIOM.lon, 45.7772, 3.087), 6);
    expect(ranked[3]!.distance).toBeUndefined();
    // The same input without nearestFirst ranks by score (proximity is a bonus) and carries no distance.
    const blended = rankVenues({ venues: VENUES, matches, context: { origin } });
    expect(ids(blended)).toEqual(['sans-position', 'long', 'loin', 'court']);
    expect(blended.every((hit) => hit.distance === undefined)).toBe(true);
    // Scores and reasons are the same either way: only the order changes.
    const byIndex = (list: typeof ranked) => [...list].sort((a, b) => a.index - b.index).map(({ index, score, matched }) => ({ index, score, matched }));
    expect(byIndex(ranked)).toEqual(byIndex(blended));
  });

  it('nearest first: venues in the same place keep the score order; distances never decrease, to the metre', () => {
    const here = { lat: 45.8, lon: 3.1 };
    const venues = [0, 1, 2, 3, 4, 5].map((i) => summary({ id: `v${i}`, nom: `Lieu ${i}`, lat: here.lat + (i % 3) * 0.01, lon: here.lon }));
    const matches: VenueMatches = { venues: [0, 1, 2, 3, 4, 5], scores: [1, 2, 3, 4, 5, 6], reasons: [[], [], [], [], [], []] };
    const ranked = rankVenues({ venues, matches, context: { origin: { ...here, label: 'ici' }, nearestFirst: true } });
    expect(ranked.map((hit) => venues[hit.index]!.id)).toEqual(['v3', 'v0', 'v4', 'v1', 'v5', 'v2']);
    const distances = ranked.map((hit) => hit.distance!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('reads the coordinates it is given (the word index has them) rather than the venues', () => {
    const origin = { ...RIOM, label: 'Riom' };
    const given = { lat: [RIOM.lat, NaN, 45.7772, RIOM.lat], lon: [RIOM.lon, NaN, 3.087, RIOM.lon] };
    const ranked = rankVenues({ venues: VENUES, coordinates: given, context: { origin, nearestFirst: true } });
    expect(ids(ranked)).toEqual(['sans-position', 'long', 'loin', 'court']);
    expect(ranked[0]!.distance).toBe(0);
    expect(ranked[3]!.distance).toBeUndefined();
    // The same as reading the venues when the coordinates are theirs.
    const theirs = { lat: VENUES.map((venue) => venue.lat ?? NaN), lon: VENUES.map((venue) => venue.lon ?? NaN) };
    expect(rankVenues({ venues: VENUES, coordinates: theirs, context: { origin } })).toEqual(rankVenues({ venues: VENUES, context: { origin } }));
  });

  it('shares the reasons it adds between venues with the same reasons and distance', () => {
    const shared = reason('numerique');
    const twins = [summary({ id: 'a', nom: 'A', lat: 45.9, lon: 3.1 }), summary({ id: 'b', nom: 'B', lat: 45.9, lon: 3.1 })];
    const ranked = rankVenues({ venues: twins, matches: { venues: [0, 1], scores: [1, 1], reasons: [shared, shared] }, context: { origin: { ...RIOM, label: 'Riom' } } });
    expect(ranked[0]!.matched).toBe(ranked[1]!.matched);
    expect(ranked[0]!.matched).toEqual([...shared, { query: 'Riom', field: 'commune', kind: 'near', word: '1 km' }]);
  });

  it('is pure: the same input gives the same output', () => {
    const matches: VenueMatches = { venues: [0, 1, 2, 3], scores: [1, 2, 2, 0.5], reasons: [[], [], [], []] };
    const input = { venues: VENUES, matches, context: { origin: { ...RIOM, label: 'Riom' }, openAt: new Date('2026-11-24T09:00:00Z') } };
    expect(rankVenues(input)).toEqual(rankVenues(input));
    expect(matches.scores).toEqual([1, 2, 2, 0.5]);
  });
});

describe('approximateDistanceKm', () => {
  it('stays within 1 % of the great-circle distance across France', () => {
    const points: Array<[number, number]> = [
      [48.8566, 2.3522],
      [45.764, 4.8357],
      [43.2965, 5.3698],
      [47.2184, -1.5536],
      [45.8936, 3.1128],
      [45.7772, 3.087],
      [48.3904, -4.4861],
      [48.5734, 7.7521],
      [43.7102, 7.262],
      [50.6292, 3.0573],
      [42.6887, 2.8948],
    ];
    for (const [lat1, lon1] of points) {
      for (const [lat2, lon2] of points) {
        const exact = distanceKm([lon1, lat1], [lon2, lat2]);
        const approximate = approximateDistanceKm(lat1, lon1, lat2, lon2);
        expect(Math.abs(approximate - exact), `${lat1},${lon1} → ${lat2},${lon2}`).toBeLessThanOrEqual(0.01 * exact + 1e-9);
      }
    }
  });
});
