/**
 * The national standard « Lieux de médiation numérique » v1.0.2: CSV, JSON and GeoJSON exports, and the
 * reading of those files back into venue fields (the importer's `standard-csv` / `standard-json` formats).
 *
 * - Columns in the schema's order (`STANDARD_COLUMNS`, compared with the copied schema file by the tests).
 * - Multi-valued fields joined by `|`; the standard's `id` is the file name; `pivot` gets the standard's
 *   placeholder when the venue has none (`pivotForExport`); `presentation_detail` is the Markdown body.
 * - Only French venues: a Belgian postcode, phone or BCE number cannot meet the standard's French patterns.
 * - The CSV is the pure standard. The JSON carries the Repères extension fields in a `reperes` object per
 *   venue, so that importing it gives back every field; GeoJSON has the same properties as the JSON.
 */
import { pivotForExport, PIVOT_PLACEHOLDER } from '../schema/fields.ts';
import { VenueFieldsSchema, type Venue } from '../schema/venue.ts';
import { csvLine } from './csv.ts';
import { jsonPieces, mapped } from './pieces.ts';
import { byId, exportMetadata, STANDARD, type ExportContext, type ExportVenue } from './common.ts';

/** The columns of the standard v1.0.2, in its schema's order. */
export const STANDARD_COLUMNS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const;
export type StandardColumn = (typeof STANDARD_COLUMNS)[number];

/** Columns whose values are lists joined by `|`. */
export const MULTI_VALUED_COLUMNS = [
  'typologie',
  'courriels',
  'site_web',
  'itinerance',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
] as const satisfies readonly StandardColumn[];

/** Venue fields that are Repères extensions (not in the standard), carried by the JSON's `reperes` object. */
export const EXTENSION_FIELDS = Object.keys(VenueFieldsSchema.shape).filter(
  (key) => !(STANDARD_COLUMNS as readonly string[]).includes(key),
) as (keyof Venue)[];

const MULTI = new Set<string>(MULTI_VALUED_COLUMNS);

/** Whether a venue can be in the national export: French venues only. */
export function inStandardExport(venue: ExportVenue): boolean {
  return venue.data.pays === 'FR';
}

/** A venue as a row of the standard: every column as text ('' when absent). */
export function standardRow(venue: ExportVenue): Record<StandardColumn, string> {
  const data = venue.data as unknown as Record<string, unknown>;
  const row = {} as Record<StandardColumn, string>;
  for (const column of STANDARD_COLUMNS) {
    let value: unknown;
    if (column === 'id') value = venue.id;
    else if (column === 'pivot') value = pivotForExport(venue.data.pivot);
    else if (column === 'presentation_detail') value = venue.body.trim();
    else value = data[column];
    row[column] = Array.isArray(value) ? value.join('|') : value === undefined || value === null ? '' : String(value);
  }
  return row;
}

/** The venues the national export carries, in id order. */
export function standardVenues(venues: readonly ExportVenue[]): ExportVenue[] {
  return byId(venues.filter(inStandardExport));
}

/** The CSV export, in pieces (src/lib/export/pieces.ts): a header with the standard's columns, one row per French venue. */
export function* standardCsvPieces(venues: readonly ExportVenue[]): Generator<string> {
  yield `${csvLine(STANDARD_COLUMNS)}\r\n`;
  for (const venue of standardVenues(venues)) {
    const row = standardRow(venue);
    yield `${csvLine(STANDARD_COLUMNS.map((column) => row[column]))}\r\n`;
  }
}

/** The CSV export. */
export function standardCsv(venues: readonly ExportVenue[]): string {
  return [...standardCsvPieces(venues)].join('');
}

/** A venue as a JSON record: the standard's fields (lists joined by `|`, coordinates as numbers, empty ones left out) and `reperes`. */
export function standardRecord(venue: ExportVenue): Record<string, unknown> {
  const row = standardRow(venue);
  const record: Record<string, unknown> = {};
  for (const column of STANDARD_COLUMNS) {
    if (row[column] === '') continue;
    record[column] = column === 'latitude' || column === 'longitude' ? Number(row[column]) : row[column];
  }
  const extensions: Record<string, unknown> = {};
  const data = venue.data as unknown as Record<string, unknown>;
  for (const key of EXTENSION_FIELDS) {
    const value = data[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    extensions[key] = value;
  }
  // a list item holding `|` cannot survive the join: the exact list goes with the extensions
  for (const column of MULTI_VALUED_COLUMNS) {
    const value = data[column];
    if (Array.isArray(value) && value.some((item) => String(item).includes('|'))) extensions[column] = value;
  }
  if (Object.keys(extensions).length > 0) record.reperes = extensions;
  return record;
}

function metadata(venues: readonly ExportVenue[], context: ExportContext) {
  return {
    schema: `${STANDARD.name} v${STANDARD.version}`,
    schema_url: STANDARD.url,
    ...exportMetadata(venues, context),
  };
}

/** The JSON export, in pieces: `{ metadata…, lieux: [records] }`, indented by one space. */
export function* standardJsonPieces(venues: readonly ExportVenue[], context: ExportContext): Generator<string> {
  const selected = standardVenues(venues);
  yield* jsonPieces(metadata(selected, context), [['lieux', mapped(selected, standardRecord)]], 1);
  yield '\n';
}

/** The JSON export. */
export function standardJson(venues: readonly ExportVenue[], context: ExportContext): string {
  return [...standardJsonPieces(venues, context)].join('');
}

/** The GeoJSON export, in pieces: one Point per French venue with coordinates; properties = the JSON record. */
export function* standardGeoJsonPieces(venues: readonly ExportVenue[], context: ExportContext): Generator<string> {
  const selected = standardVenues(venues).filter((venue) => venue.data.latitude !== undefined && venue.data.longitude !== undefined);
  const features = mapped(selected, (venue) => ({
    type: 'Feature',
    id: venue.id,
    geometry: { type: 'Point', coordinates: [venue.data.longitude!, venue.data.latitude!] },
    properties: standardRecord(venue),
  }));
  yield* jsonPieces({ type: 'FeatureCollection', ...metadata(selected, context) }, [['features', features]]);
  yield '\n';
}

/** The GeoJSON export. */
export function standardGeoJson(venues: readonly ExportVenue[], context: ExportContext): string {
  return [...standardGeoJsonPieces(venues, context)].join('');
}

// ——— Reading back ———

/** A record read from a standard file, as venue fields: the id, the front matter (unchecked) and the body. */
export interface StandardInput {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/**
 * A record of the standard (a CSV row as an object of texts, or a JSON record) → venue fields, as written.
 * Empty values are left out, lists split on `|`, coordinates read as numbers, the pivot placeholder
 * dropped, `presentation_detail` becomes the body; a JSON record's `reperes` object adds the extensions.
 * Texts are kept exactly (no trimming of inner spaces): the importer must give back what was exported.
 */
export function standardInput(record: Readonly<Record<string, unknown>>): StandardInput {
  const frontmatter: Record<string, unknown> = {};
  for (const column of STANDARD_COLUMNS) {
    if (column === 'id' || column === 'presentation_detail') continue;
    const value = record[column];
    if (value === undefined || value === null || value === '') continue;
    if (MULTI.has(column)) {
      frontmatter[column] = Array.isArray(value) ? value.map(String) : String(value).split('|');
    } else if (column === 'latitude' || column === 'longitude') {
      const number = typeof value === 'number' ? value : Number(String(value).trim());
      frontmatter[column] = Number.isFinite(number) && String(value).trim() !== '' ? number : value;
    } else if (column === 'pivot' && String(value) === PIVOT_PLACEHOLDER) {
      continue;
    } else {
      frontmatter[column] = typeof value === 'number' ? String(value) : value;
    }
  }
  const extensions = record.reperes;
  if (typeof extensions === 'object' && extensions !== null && !Array.isArray(extensions)) {
    for (const [key, value] of Object.entries(extensions)) frontmatter[key] = value;
  }
  const id = record.id === undefined || record.id === null ? '' : String(record.id);
  const detail = record.presentation_detail;
  return { id, frontmatter, body: typeof detail === 'string' ? detail : '' };
}

/** The records of a JSON export: its `lieux` list, or a bare list of records. */
export function standardJsonRecords(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { lieux?: unknown }).lieux)) return (value as { lieux: unknown[] }).lieux;
  return null;
}
