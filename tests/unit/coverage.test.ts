/**
 * Coverage indicators (src/lib/coverage/) on small fixtures whose answers are worked out by hand.
 *
 * Every point lies on the meridian 5° E, so distances are differences of latitude:
 * 1° of latitude = 2π × 6371.0088 km / 360 = 111.195 km, so 0.05° = 5.56 km, 0.1° = 11.12 km,
 * 0.2° = 22.24 km, 0.3° = 33.36 km, 0.4° = 44.48 km, 0.5° = 55.60 km.
 */
import { describe, expect, it } from 'vitest';
import { anyWithin, buildGrid, type LonLat } from '../../src/lib/coverage/grid.ts';
import { computeCoverage, oneYearBefore, openingFlags, type CoverageCommune, type CoverageVenue } from '../../src/lib/coverage/indicators.ts';
import { barChartSvg, choroplethSvg, classBreaks, classOf, wrapWords } from '../../src/lib/coverage/charts.ts';
import { gapsCsv, INDICATOR_COLUMNS, indicatorsCsv } from '../../src/lib/coverage/csv.ts';
import { distanceKm } from '../../src/lib/geo.ts';
import type { Position } from '../../src/lib/map/simplify.ts';
import type { CompiledHours } from '../../src/lib/hours/compile.ts';

const at = (lat: number): LonLat => [5, lat];

const communes: CoverageCommune[] = [
  { code: 'A1', nom: 'Aval', population: 6000, point: at(45.0), sub: 'a' },
  { code: 'A2', nom: 'Amont', population: 3000, point: at(45.05), sub: 'a' },
  { code: 'A3', nom: 'Alpage', population: 1000, point: at(45.3), sub: 'a' },
  { code: 'B1', nom: 'Bourg', population: 10000, point: at(46.0), sub: 'b' },
  { code: 'B2', nom: 'Bois', population: 2000, point: at(46.5), sub: 'b' },
  // Outside every sub-territory: counted nowhere.
  { code: 'X1', nom: 'Ailleurs', population: 500, point: at(45.3), sub: undefined },
];

const venues: CoverageVenue[] = [
  { id: 'v1', sub: 'a', levers: ['equipement', 'demarches'], points: [at(45.0)], hours: { saturday: true, evening: false }, dateMaj: '2026-01-10' },
  { id: 'v2', sub: 'a', levers: ['competences'], points: [at(45.1)], hours: undefined, dateMaj: '2024-06-01' },
  // Exactly one year old on 2026-11-27: not old yet.
  { id: 'v3', sub: 'b', levers: ['demarches'], points: [at(46.0)], hours: { saturday: false, evening: true }, dateMaj: '2025-11-27' },
  // Itinerant, placed only by its stop; one year and one day old.
  { id: 'v4', sub: 'b', levers: ['services'], points: [at(46.4)], hours: { saturday: false, evening: false }, dateMaj: '2025-11-26' },
  // Not placed: counted in numbers, never in distances.
  { id: 'v5', sub: 'b', levers: ['demarches'], points: [], hours: undefined, dateMaj: '2026-11-01' },
];

const report = computeCoverage({ subs: [{ id: 'a', nom: 'A' }, { id: 'b', nom: 'B' }], communes, venues, today: '2026-11-27' });
const [a, b] = report.rows;

describe('computeCoverage', () => {
  it('sub-territory A, every lever', () => {
    // Population 6000 + 3000 + 1000 = 10,000; venues v1, v2: 2 / 10,000 × 10,000 = 2 per 10,000.
    // Within 10 km of any venue: A1 (v1, 0 km), A2 (v1 and v2, 5.56 km); A3 is 22.24 km from v2: 9,000 / 10,000 = 0.9.
    // Hours: only v1 has some (Saturday): 1 / 1. Old: v2 (2024-06-01): 1 / 2.
    expect(a).toMatchObject({ id: 'a', communes: 3, population: 10000 });
    expect(a!.all).toEqual({
      venues: 2, perTenThousand: 2, populationReached: 9000, reachedShare: 0.9,
      withHours: 1, saturdayOrEvening: 1, saturdayOrEveningShare: 1, stale: 1, staleShare: 0.5,
    });
    // A3: nearest venue v2 at 22.24 km > 15 km, the only gap; X1 at the same place is outside every sub-territory.
    expect(a!.gaps).toEqual([{ code: 'A3', nom: 'Alpage', population: 1000 }]);
    expect(a!.gapPopulation).toBe(1000);
  });

  it('sub-territory A, per lever', () => {
    // Équipement: v1 only; A1 and A2 within 5.56 km → 0.9.
    expect(a!.byLever.equipement).toMatchObject({ venues: 1, perTenThousand: 1, populationReached: 9000, reachedShare: 0.9, staleShare: 0 });
    // Compétences: v2 at 45.1; A1 is 11.12 km away (> 10), A2 5.56 km, A3 22.24 km → 3,000 / 10,000 = 0.3;
    // v2 has no hours: no share (null), and it is old: 1 / 1.
    expect(a!.byLever.competences).toEqual({
      venues: 1, perTenThousand: 1, populationReached: 3000, reachedShare: 0.3,
      withHours: 0, saturdayOrEvening: 0, saturdayOrEveningShare: null, stale: 1, staleShare: 1,
    });
    // Services: no venue in A, and v4 (46.4) is more than 100 km away → 0 reached, shares over no venue are null.
    expect(a!.byLever.services).toEqual({
      venues: 0, perTenThousand: 0, populationReached: 0, reachedShare: 0,
      withHours: 0, saturdayOrEvening: 0, saturdayOrEveningShare: null, stale: 0, staleShare: null,
    });
  });

  it('sub-territory B: itinerant stops, unplaced venues, the one-year boundary', () => {
    // Population 12,000; venues v3, v4, v5: 3 / 12,000 × 10,000 = 2.5.
    // B1 has v3 at 0 km; B2 has v4's stop at 11.12 km (> 10): 10,000 / 12,000 = 0.8333.
    // Hours: v3 (evening) and v4 (neither): 1 / 2. Old: v4 only (2025-11-26 < 2025-11-27): 1 / 3.
    expect(b!.all).toMatchObject({ venues: 3, populationReached: 10000, withHours: 2, saturdayOrEvening: 1, saturdayOrEveningShare: 0.5, stale: 1 });
    expect(b!.all.perTenThousand).toBeCloseTo(2.5, 10);
    expect(b!.all.reachedShare).toBeCloseTo(10000 / 12000, 10);
    expect(b!.all.staleShare).toBeCloseTo(1 / 3, 10);
    // B2: v4's stop at 11.12 km ≤ 15 km, so no gap in B.
    expect(b!.gaps).toEqual([]);
    // Démarches: v3 and v5 (not placed) → 2 / 12,000 × 10,000 = 1.6667; reach from v3 (and v1, far): B1 only.
    expect(b!.byLever.demarches.venues).toBe(2);
    expect(b!.byLever.demarches.perTenThousand).toBeCloseTo(1.6667, 4);
    expect(b!.byLever.demarches.populationReached).toBe(10000);
    // Services: v4 only; B1 is 44.48 km from its stop, B2 11.12 km → nobody within 10 km.
    expect(b!.byLever.services).toMatchObject({ venues: 1, populationReached: 0, reachedShare: 0, withHours: 1, saturdayOrEveningShare: 0, staleShare: 1 });
  });

  it('the whole territory adds the sub-territories up (X1 is left out)', () => {
    // Population 22,000; 5 venues → 5 / 22,000 × 10,000 = 2.2727; reached 9,000 + 10,000 = 19,000 → 0.8636;
    // hours v1, v3, v4 → 2 of 3 open Saturday or evening; old v2, v4 → 2 / 5 = 0.4; gaps: A3.
    expect(report.total).toMatchObject({ communes: 5, population: 22000, gapPopulation: 1000 });
    expect(report.total.all).toMatchObject({ venues: 5, populationReached: 19000, withHours: 3, saturdayOrEvening: 2, stale: 2, staleShare: 0.4 });
    expect(report.total.all.perTenThousand).toBeCloseTo(2.2727, 4);
    expect(report.total.all.reachedShare).toBeCloseTo(0.8636, 4);
    expect(report.total.gaps.map((gap) => gap.code)).toEqual(['A3']);
  });

  it('a sub-territory without inhabitants has no rate (null), not a division by zero', () => {
    const empty = computeCoverage({ subs: [{ id: 'z', nom: 'Z' }], communes: [], venues: [], today: '2026-11-27' }).rows[0]!;
    expect(empty.all).toMatchObject({ venues: 0, perTenThousand: null, reachedShare: null, saturdayOrEveningShare: null, staleShare: null });
  });
});

describe('openingFlags (compiled hours → Saturday, evening)', () => {
  const hours = (week: CompiledHours['week']): CompiledHours => ({ tz: 'Europe/Paris', week, ex: {}, from: '2026-11-27', until: '2027-11-27' } as CompiledHours);
  const closed = () => [[], [], [], [], [], [], []] as CompiledHours['week'];

  it('Saturday morning counts as Saturday; closing at 18:00 sharp is not evening, 18:30 is', () => {
    const week = closed();
    week[0] = [[540, 1080]]; // Mo 09:00-18:00
    week[5] = [[540, 720]]; // Sa 09:00-12:00
    expect(openingFlags(hours(week))).toEqual({ saturday: true, evening: false });
    week[3] = [[840, 1110]]; // Th 14:00-18:30
    expect(openingFlags(hours(week))).toEqual({ saturday: true, evening: true });
  });

  it('« unknown » intervals (sur rendez-vous) do not count; no definite opening at all, or no hours: undefined', () => {
    const week = closed();
    week[1] = [[540, 720]];
    week[5] = [[540, 720, 1]];
    expect(openingFlags(hours(week))).toEqual({ saturday: false, evening: false });
    expect(openingFlags(hours(closed()))).toBeUndefined();
    expect(openingFlags(undefined)).toBeUndefined();
  });
});

describe('oneYearBefore', () => {
  it('same day a year earlier; 29 February → 28 February', () => {
    expect(oneYearBefore('2026-11-27')).toBe('2025-11-27');
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('anyWithin (grid)', () => {
  it('inclusive at the radius, and across cell edges', () => {
    const grid = buildGrid([[5, 45.1]]);
    expect(anyWithin(grid, [5, 45.0], distanceKm([5, 45.0], [5, 45.1]))).toBe(true);
    expect(anyWithin(grid, [5, 45.0], 11)).toBe(false); // 11.12 km
    expect(anyWithin(buildGrid([]), [5, 45], 100)).toBe(false);
  });

  it('gives the same answers as measuring every pair (600 random points, 300 queries, 10 and 15 km)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const points: LonLat[] = Array.from({ length: 600 }, () => [2 + random() * 5, 44 + random() * 3]);
    const grid = buildGrid(points);
    for (let i = 0; i < 300; i++) {
      const query: LonLat = [2 + random() * 5, 44 + random() * 3];
      for (const km of [10, 15]) expect(anyWithin(grid, query, km)).toBe(points.some((point) => distanceKm(query, point) <= km));
    }
  });
});

describe('charts', () => {
  it('classBreaks: four classes of equal width, rounded to 0.1; classOf: the first bound not exceeded', () => {
    // 0.3 → 1.8: width 1.5 / 4 = 0.375 → bounds 0.675, 1.05, 1.425 rounded to 0.7, 1.1 (1.05 → 1.1), 1.4, then the maximum 1.8.
    const breaks = classBreaks([0.3, 1.0, 1.8, 0.5]);
    expect(breaks).toEqual([0.7, 1.1, 1.4, 1.8]);
    expect([0.3, 0.7, 0.71, 1.8].map((value) => classOf(value, breaks))).toEqual([0, 0, 1, 3]);
    expect(classBreaks([2, 2])).toEqual([2]);
    expect(classBreaks([])).toEqual([]);
  });

  it('barChartSvg writes every value as HTML text (foreignObject) with the cell of its table, and escapes labels', () => {
    const svg = barChartSvg({ rows: ['A & B', 'C'], max: 4, panels: [{ title: 'Un', values: [4, null], texts: ['4', '–'] }, { title: 'Deux', values: [2, 0], texts: ['2', '0'] }] }, 'Graphique <test>');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Graphique &lt;test&gt;"/);
    const cells = [...svg.matchAll(/<span class="v" data-cell="([^"]+)">([^<]*)<\/span>/g)].map((match) => `${match[1]}=${match[2]}`);
    expect(cells).toEqual(['0,0=4', '1,0=–', '0,1=2', '1,1=0']);
    expect(svg).toContain('A &amp; B');
    // Bars: 4 of 4 fills the bar area, 2 of 4 half of it, null and 0 draw nothing.
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="14"/g)].map((match) => Number(match[1]));
    expect(bars).toEqual([112, 56]);
  });

  it('wrapWords: lines of at most n characters, two lines at most', () => {
    expect(wrapWords('Ordinateur et internet', 20)).toEqual(['Ordinateur et', 'internet']);
    expect(wrapWords('un deux trois quatre cinq', 5)).toEqual(['un', 'deux trois quatre cinq']);
  });

  it('choroplethSvg labels each area with its code and value, in the cell of its table', () => {
    const square = (x: number): Position[][][] => [[[[x, 45], [x + 1, 45], [x + 1, 46], [x, 46], [x, 45]]]];
    const svg = choroplethSvg(
      [
        { id: 'a', short: '01', text: '0,5', value: 0.5, cell: '0,0', polygons: square(4) },
        { id: 'b', short: '02', text: '–', value: null, cell: '1,0', polygons: square(5) },
      ],
      [0.5],
      'Carte',
    );
    expect(svg).toContain('fill="#eff3ff"');
    expect(svg).toContain('fill="url(#coverage-none)"');
    expect([...svg.matchAll(/data-cell="([^"]+)"[^>]*>([^<]*)</g)].map((match) => `${match[1]}=${match[2]}`)).toEqual(['0,0=0,5', '1,0=–']);
  });
});

describe('CSV', () => {
  it('one line per sub-territory and lever, then the whole territory; shares as fractions, empty when nothing to divide', () => {
    const lines = indicatorsCsv(report, 'Pays, « test »').trimEnd().split('\r\n');
    expect(lines[0]).toBe(INDICATOR_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 3 * 5);
    // A, every lever: 3 communes, 10,000 inhabitants, 2 venues, 2 per 10,000, 9,000 reached (0.9), 1 with hours, 1 Saturday (1), 1 old (0.5), 1 gap of 1,000.
    expect(lines[1]).toBe('2026-11-27,a,A,tous,3,10000,2,2,9000,0.9,1,1,1,1,0.5,1,1000');
    // A, compétences: no hours → empty share.
    expect(lines[4]).toBe('2026-11-27,a,A,competences,3,10000,1,1,3000,0.3,0,0,,1,1,1,1000');
    // The whole territory, quoted because of its comma: 5 / 22,000 × 10,000 = 2.2727; 19,000 / 22,000 = 0.8636; 2 / 3 = 0.6667.
    expect(lines[11]).toBe('2026-11-27,ensemble,"Pays, « test »",tous,5,22000,5,2.2727,19000,0.8636,3,2,0.6667,2,0.4,1,1000');
    expect(gapsCsv(report)).toBe('date_calcul,sous_territoire,code_commune,commune,population\r\n2026-11-27,a,A3,Alpage,1000\r\n');
  });
});
