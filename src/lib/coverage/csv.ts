/**
 * The coverage indicators as CSV (build-time endpoints /donnees/couverture.csv and
 * /donnees/couverture-communes.csv): UTF-8, comma-separated, RFC 4180 quoting, « . » as the decimal mark,
 * shares as fractions between 0 and 1 (4 decimals), empty when there is nothing to divide by. Column
 * names are stable identifiers (docs/couverture.md), not interface text.
 */
import { LEVERS } from '../schema/reperes.ts';
import type { CoverageCell, CoverageReport, SubCoverage } from './indicators.ts';

export const INDICATOR_COLUMNS = [
  'date_calcul',
  'sous_territoire',
  'nom',
  'levier',
  'communes',
  'population',
  'lieux',
  'lieux_pour_10000_habitants',
  'habitants_a_10_km',
  'part_habitants_a_10_km',
  'lieux_avec_horaires',
  'lieux_samedi_ou_apres_18h',
  'part_lieux_samedi_ou_apres_18h',
  'fiches_de_plus_d_un_an',
  'part_fiches_de_plus_d_un_an',
  'communes_sans_lieu_a_15_km',
  'habitants_sans_lieu_a_15_km',
] as const;

export const GAP_COLUMNS = ['date_calcul', 'sous_territoire', 'code_commune', 'commune', 'population'] as const;

/** The id and name the whole territory takes in the files. */
export const TOTAL_ID = 'ensemble';

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(Number(value.toFixed(4))) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (values: (string | number | null)[]) => values.map(field).join(',');

function rowsOf(report: CoverageReport, sub: SubCoverage, territoryName: string): string[] {
  const id = sub.id || TOTAL_ID;
  const nom = sub.id ? sub.nom : territoryName;
  const cells: [string, CoverageCell][] = [['tous', sub.all], ...LEVERS.map((lever) => [lever, sub.byLever[lever]] as [string, CoverageCell])];
  return cells.map(([lever, cell]) =>
    line([
      report.today, id, nom, lever, sub.communes, sub.population, cell.venues, cell.perTenThousand, cell.populationReached, cell.reachedShare,
      cell.withHours, cell.saturdayOrEvening, cell.saturdayOrEveningShare, cell.stale, cell.staleShare,
      // Gaps are about any help at all: the same on every lever's line.
      sub.gaps.length, sub.gapPopulation,
    ]),
  );
}

/** One line per sub-territory and lever (« tous »: every lever together), then the whole territory. */
export function indicatorsCsv(report: CoverageReport, territoryName: string): string {
  const lines = [INDICATOR_COLUMNS.join(','), ...report.rows.flatMap((sub) => rowsOf(report, sub, territoryName)), ...rowsOf(report, report.total, territoryName)];
  return `${lines.join('\r\n')}\r\n`;
}

/** The communes with no venue within 15 km, by sub-territory, most populous first. */
export function gapsCsv(report: CoverageReport): string {
  const lines = [GAP_COLUMNS.join(','), ...report.rows.flatMap((sub) => sub.gaps.map((gap) => line([report.today, sub.id, gap.code, gap.nom, gap.population])))];
  return `${lines.join('\r\n')}\r\n`;
}
