/**
 * The export formats: their names (CLI `--format`), their file under /donnees/, their media type, and the
 * one function that renders each, shared by the build's endpoints (src/pages/donnees/) and
 * `npm run export` (scripts/export.ts).
 */
import type { ExportContext, ExportOperator, ExportVenue } from './common.ts';
import { dataInclusionPieces } from './data-inclusion.ts';
import { hsdsPieces } from './hsds.ts';
import { standardCsvPieces, standardGeoJsonPieces, standardJsonPieces } from './standard.ts';

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

/**
 * The text of one export, in pieces produced a venue at a time (src/lib/export/pieces.ts): what the build writes
 * as it goes, without the whole text in memory.
 */
export function renderExportPieces(format: ExportFormat, venues: readonly ExportVenue[], operators: readonly ExportOperator[], context: ExportContext): Iterable<string> {
  switch (format) {
    case 'standard-csv':
      return standardCsvPieces(venues);
    case 'standard-json':
      return standardJsonPieces(venues, context);
    case 'geojson':
      return standardGeoJsonPieces(venues, context);
    case 'data-inclusion':
      return dataInclusionPieces(venues, context);
    case 'hsds':
      return hsdsPieces(venues, operators, context);
  }
}

/** The text of one export. */
export function renderExport(format: ExportFormat, venues: readonly ExportVenue[], operators: readonly ExportOperator[], context: ExportContext): string {
  return [...renderExportPieces(format, venues, operators, context)].join('');
}
