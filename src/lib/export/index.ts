/**
 * The export formats: their names (CLI `--format`), their file under /donnees/, their media type, and the
 * one function that renders each, shared by the build's endpoints (src/pages/donnees/) and
 * `npm run export` (scripts/export.ts).
 */
import type { ExportContext, ExportOperator, ExportVenue } from './common.ts';
import { dataInclusionJson } from './data-inclusion.ts';
import { hsdsJson } from './hsds.ts';
import { standardCsv, standardGeoJson, standardJson } from './standard.ts';

export const EXPORT_FORMATS = ['standard-csv', 'standard-json', 'geojson', 'data-inclusion', 'hsds'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each format's file name under /donnees/ and its media type. */
export const EXPORT_FILES: Record<ExportFormat, { file: string; type: string }> = {
  'standard-csv': { file: 'lieux-mediation-numerique.csv', type: 'text/csv; charset=utf-8' },
  'standard-json': { file: 'lieux-mediation-numerique.json', type: 'application/json; charset=utf-8' },
  geojson: { file: 'lieux-mediation-numerique.geojson', type: 'application/geo+json; charset=utf-8' },
  'data-inclusion': { file: 'data-inclusion.json', type: 'application/json; charset=utf-8' },
  hsds: { file: 'hsds.json', type: 'application/json; charset=utf-8' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The text of one export. */
export function renderExport(format: ExportFormat, venues: readonly ExportVenue[], operators: readonly ExportOperator[], context: ExportContext): string {
  switch (format) {
    case 'standard-csv':
      return standardCsv(venues);
    case 'standard-json':
      return standardJson(venues, context);
    case 'geojson':
      return standardGeoJson(venues, context);
    case 'data-inclusion':
      return dataInclusionJson(venues, context);
    case 'hsds':
      return hsdsJson(venues, operators, context);
  }
}
