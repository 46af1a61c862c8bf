/**
 * Import of the national standard v1.0.2 (CSV or JSON, as /donnees/ exports it, or as another producer
 * publishes it): each record becomes a venue file, checked by the same venue schema as the build.
 * The file name is the record's `id` (it must already be a Repères id: lowercase slug); the Markdown body
 * is `presentation_detail`. A JSON record's `reperes` object brings back the Repères extension fields.
 */
import * as t from '../../i18n/index.ts';
import { csvObjects } from '../export/csv.ts';
import { standardInput, standardJsonRecords } from '../export/standard.ts';
import { formatProblem, parseWithProblems } from '../schema/errors.ts';
import { quote } from '../schema/fields.ts';
import { VenueFieldsSchema, VenueSchema, type SchemaContext } from '../schema/venue.ts';
import { recordLabel, type V01Rejected, type V01Result, type V01Venue } from './v01.ts';

const KNOWN_FIELDS = Object.keys(VenueFieldsSchema.shape);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a standard file's records: `standard-csv` (header of the standard's columns) or `standard-json`. Throws an Error in French on a malformed file. */
export function readStandardRecords(text: string, format: 'standard-csv' | 'standard-json'): Record<string, unknown>[] {
  if (format === 'standard-csv') return csvObjects(text);
  const records = standardJsonRecords(JSON.parse(text));
  if (!records) throw new Error(t.importLines.standard.notStandardJson);
  return records as Record<string, unknown>[];
}

/** One record → a venue (front matter as checked, without the derived `leviers`) or a rejection with its reasons. */
export function mapStandardRecord(record: unknown, context: SchemaContext): V01Result {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ok: false, sourceId: '', nom: '', commune: '', label: recordLabel('', '', ''), reasons: [t.importLines.standard.notAnObject] };
  }
  const { id, frontmatter, body } = standardInput(record as Record<string, unknown>);
  const nom = typeof frontmatter.nom === 'string' ? frontmatter.nom : '';
  const commune = typeof frontmatter.commune === 'string' ? frontmatter.commune : '';
  const label = recordLabel(id, nom, commune);
  const parsed = parseWithProblems(VenueSchema(context), frontmatter, label, KNOWN_FIELDS);
  const reasons = parsed.ok ? [] : parsed.problems.map(formatProblem);
  if (!ID.test(id)) reasons.unshift(formatProblem({ file: label, field: 'id', message: t.importLines.standard.badId(quote(id)) }));
  if (!parsed.ok || reasons.length > 0) return { ok: false, sourceId: id, nom, commune, label, reasons };
  const { leviers: _leviers, ...checked } = parsed.data;
  const result = { ...checked } as V01Venue['frontmatter'];
  // the territory's own country is not written (as the other importers and the submission form do)
  if (frontmatter.pays === undefined || frontmatter.pays === (context.defaultCountry ?? 'FR')) delete result.pays;
  return { ok: true, sourceId: id, id, frontmatter: result, body, warnings: [] };
}

/** Every record of a standard file: venues (ids unique; a repeated id is rejected) and rejections. */
export function mapStandardRecords(records: readonly unknown[], context: SchemaContext): { venues: V01Venue[]; rejected: V01Rejected[] } {
  const venues: V01Venue[] = [];
  const rejected: V01Rejected[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const result = mapStandardRecord(record, context);
    if (result.ok && seen.has(result.id)) {
      rejected.push({ ok: false, sourceId: result.id, nom: result.frontmatter.nom, commune: result.frontmatter.commune, label: recordLabel(result.id, result.frontmatter.nom, result.frontmatter.commune), reasons: [t.importLines.standard.duplicateId(quote(result.id))] });
      continue;
    }
    if (result.ok) {
      seen.add(result.id);
      venues.push(result);
    } else rejected.push(result);
  }
  return { venues, rejected };
}
