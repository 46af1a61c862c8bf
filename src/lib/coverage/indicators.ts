/**
 * Coverage indicators for coordinators (docs/couverture.md): per sub-territory and per lever, how many venues,
 * how many per 10,000 inhabitants, which share of the inhabitants has one within 10 km, which share of the
 * venues opens on Saturday or after 18:00, which share of the listings is more than a year old, and which
 * communes have no help at all within 15 km. Pure functions over plain inputs (the build gathers them once:
 * src/node/coverage-build.ts); browser-safe.
 */
import type { CompiledHours } from '../hours/compile.ts';
import { LEVERS, type Lever } from '../schema/reperes.ts';
import { anyWithin, buildGrid, type LonLat, type PointGrid } from './grid.ts';

/** A commune has help « within reach » of a lever when a venue offering it lies within this distance of its point. */
export const REACH_KM = 10;
/** A commune is a gap when no venue at all lies within this distance of its point. */
export const GAP_KM = 15;
/** Evening: a venue open after this time (minutes since midnight) on some day of its usual week. */
export const EVENING_MINUTES = 18 * 60;

export interface CoverageCommune {
  /** Official code (INSEE). */
  code: string;
  nom: string;
  population: number;
  /** The commune's point (the gazetteer's centre). */
  point: LonLat;
  /** Id of its sub-territory; undefined: outside every sub-territory (not counted). */
  sub: string | undefined;
}

export interface CoverageVenue {
  id: string;
  /** Id of its sub-territory. */
  sub: string | undefined;
  levers: readonly Lever[];
  /** Where help is given: the venue's point and its itinerant stops' points (none: not placed). */
  points: readonly LonLat[];
  /** Usual week, from the compiled hours (`openingFlags`); undefined: no usable hours. */
  hours: { saturday: boolean; evening: boolean } | undefined;
  /** `date_maj`, YYYY-MM-DD. */
  dateMaj: string;
}

export interface CoverageInput {
  subs: readonly { id: string; nom: string }[];
  communes: readonly CoverageCommune[];
  venues: readonly CoverageVenue[];
  /** The build's date, YYYY-MM-DD: a listing is old when its `date_maj` is before the same day a year earlier. */
  today: string;
}

/** The indicators of one sub-territory (or the whole territory) for one lever (or every lever). */
export interface CoverageCell {
  venues: number;
  /** venues / population × 10,000; null when the population is 0. */
  perTenThousand: number | null;
  /** Inhabitants whose commune has a venue (of the lever) within REACH_KM. */
  populationReached: number;
  /** populationReached / population; null when the population is 0. */
  reachedShare: number | null;
  /** Venues with usable hours (the denominator of the next share). */
  withHours: number;
  /** Of those, open on Saturday or after 18:00. */
  saturdayOrEvening: number;
  saturdayOrEveningShare: number | null;
  /** Venues whose `date_maj` is more than a year old. */
  stale: number;
  staleShare: number | null;
}

export interface CoverageGap {
  code: string;
  nom: string;
  population: number;
}

export interface SubCoverage {
  id: string;
  nom: string;
  /** Communes counted (with a point) and their inhabitants. */
  communes: number;
  population: number;
  /** Every lever together (a venue counts once). */
  all: CoverageCell;
  byLever: Record<Lever, CoverageCell>;
  /** Communes with no venue within GAP_KM, most populous first. */
  gaps: CoverageGap[];
  gapPopulation: number;
}

export interface CoverageReport {
  today: string;
  rows: SubCoverage[];
  /** The whole territory (id ''). */
  total: SubCoverage;
}

/** Saturday (week[5]) has a definite opening; some day has a definite opening that ends after 18:00. « Unknown » intervals (« sur rendez-vous ») do not count. */
export function openingFlags(hours: CompiledHours | undefined): { saturday: boolean; evening: boolean } | undefined {
  if (!hours || hours.week.length !== 7) return undefined;
  const definite = (day: CompiledHours['week'][number]) => day.filter((interval) => interval[2] !== 1 && interval[1] > interval[0]);
  if (hours.week.every((day) => definite(day).length === 0)) return undefined;
  return {
    saturday: definite(hours.week[5]!).length > 0,
    evening: hours.week.some((day) => definite(day).some((interval) => interval[1] > EVENING_MINUTES)),
  };
}

/** The same calendar day one year earlier (29 February → 28 February). */
export function oneYearBefore(today: string): string {
  const [year, month, day] = today.split('-');
  const previous = `${String(Number(year) - 1).padStart(4, '0')}-${month}-${day}`;
  return month === '02' && day === '29' ? previous.replace(/-29$/, '-28') : previous;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** `reached(commune)`: whether the commune has a venue (of the lever) within REACH_KM; measured once per commune and lever. */
function cell(venues: readonly CoverageVenue[], communes: readonly CoverageCommune[], population: number, reached: (commune: CoverageCommune) => boolean, staleBefore: string): CoverageCell {
  let populationReached = 0;
  for (const commune of communes) if (reached(commune)) populationReached += commune.population;
  const withHours = venues.filter((venue) => venue.hours);
  const saturdayOrEvening = withHours.filter((venue) => venue.hours!.saturday || venue.hours!.evening).length;
  const stale = venues.filter((venue) => venue.dateMaj < staleBefore).length;
  return {
    venues: venues.length,
    perTenThousand: population > 0 ? (venues.length / population) * 10_000 : null,
    populationReached,
    reachedShare: share(populationReached, population),
    withHours: withHours.length,
    saturdayOrEvening,
    saturdayOrEveningShare: share(saturdayOrEvening, withHours.length),
    stale,
    staleShare: share(stale, venues.length),
  };
}

/**
 * The report. Distances are measured from each commune's point to every venue of the territory offering the
 * lever, whatever its sub-territory (help across a border counts); venues outside the territory are unknown.
 */
export function computeCoverage(input: CoverageInput): CoverageReport {
  const staleBefore = oneYearBefore(input.today);
  const gridOf = (venues: readonly CoverageVenue[]) => buildGrid(venues.flatMap((venue) => venue.points));
  const allGrid = gridOf(input.venues);
  const leverGrids = Object.fromEntries(LEVERS.map((lever) => [lever, gridOf(input.venues.filter((venue) => venue.levers.includes(lever)))])) as Record<Lever, PointGrid>;

  // Each commune is measured once (its sub-territory's row and the total's share the answers).
  const memo = <T,>(compute: (commune: CoverageCommune) => T) => {
    const answers = new Map<CoverageCommune, T>();
    return (commune: CoverageCommune): T => {
      if (!answers.has(commune)) answers.set(commune, compute(commune));
      return answers.get(commune)!;
    };
  };
  const isGap = memo((commune) => !anyWithin(allGrid, commune.point, GAP_KM));
  const reachedAll = memo((commune) => anyWithin(allGrid, commune.point, REACH_KM));
  const reachedLever = Object.fromEntries(LEVERS.map((lever) => [lever, memo((commune) => anyWithin(leverGrids[lever], commune.point, REACH_KM))])) as Record<
    Lever,
    (commune: CoverageCommune) => boolean
  >;

  const summarise = (id: string, nom: string, venues: readonly CoverageVenue[], communes: readonly CoverageCommune[]): SubCoverage => {
    const population = communes.reduce((sum, commune) => sum + commune.population, 0);
    const gaps = communes
      .filter(isGap)
      .map(({ code, nom, population }) => ({ code, nom, population }))
      .sort((a, b) => b.population - a.population || a.nom.localeCompare(b.nom, 'fr'));
    return {
      id,
      nom,
      communes: communes.length,
      population,
      all: cell(venues, communes, population, reachedAll, staleBefore),
      byLever: Object.fromEntries(
        LEVERS.map((lever) => [lever, cell(venues.filter((venue) => venue.levers.includes(lever)), communes, population, reachedLever[lever], staleBefore)]),
      ) as Record<Lever, CoverageCell>,
      gaps,
      gapPopulation: gaps.reduce((sum, gap) => sum + gap.population, 0),
    };
  };

  const known = new Set(input.subs.map((sub) => sub.id));
  const rows = input.subs.map((sub) =>
    summarise(
      sub.id,
      sub.nom,
      input.venues.filter((venue) => venue.sub === sub.id),
      input.communes.filter((commune) => commune.sub === sub.id),
    ),
  );
  const total = summarise(
    '',
    '',
    input.venues.filter((venue) => venue.sub !== undefined && known.has(venue.sub)),
    input.communes.filter((commune) => commune.sub !== undefined && known.has(commune.sub)),
  );
  return { today: input.today, rows, total };
}
