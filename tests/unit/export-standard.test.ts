import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv.ts';
import { renderExport } from '../../src/lib/export/index.ts';
import { STANDARD_COLUMNS, standardCsv, standardGeoJson, standardJson, standardRow, type StandardColumn } from '../../src/lib/export/standard.ts';
import { mapStandardRecords, readStandardRecords } from '../../src/lib/mednum/standard-v1.ts';
import { serializeVenue } from '../../src/lib/mednum/markdown.ts';
import { checkVenue, type Venue } from '../../src/lib/schema/venue.ts';
import type { ExportVenue } from '../../src/lib/export/common.ts';
import { checkTable, type TableSchema } from '../helpers/table-schema.ts';
import { CONTEXT, demoContent, EXPORT_CONTEXT, PROJECT, syntheticVenues } from '../helpers/export-venues.ts';

const SCHEMA = JSON.parse(readFileSync(resolve(PROJECT, 'src/lib/schema/reference/schema-lieux-mediation-numerique-v1.0.2.json'), 'utf8')) as TableSchema;

const demo = demoContent().venues;
const synthetic = syntheticVenues(1000);

function tableOf(csv: string) {
  const [header, ...rows] = parseCsv(csv);
  return { header: header!, rows };
}

function jsonRows(json: string): string[][] {
  const records = (JSON.parse(json) as { lieux: Record<string, unknown>[] }).lieux;
  return records.map((record) => STANDARD_COLUMNS.map((column) => (record[column] === undefined ? '' : String(record[column]))));
}

/** The venue as the site sees it, with `leviers` (derived) left out. */
function fieldsOf(venue: Pick<Venue, never> & Record<string, unknown>) {
  const { leviers: _leviers, ...rest } = venue;
  return rest;
}

describe('the Table Schema checker', () => {
  it('accepts the standard’s own valid example and refuses broken rows', () => {
    const example = tableOf(readFileSync(resolve(PROJECT, 'src/lib/schema/reference/exemple-valide-v1.0.2.csv'), 'utf8'));
    expect(checkTable(SCHEMA, example.header, example.rows)).toEqual([]);
    const broken = example.rows[0]!.slice();
    broken[example.header.indexOf('code_postal')] = '6300';
    broken[example.header.indexOf('date_maj')] = '2024-02-30';
    broken[example.header.indexOf('itinerance')] = 'Itinérant|Mobile';
    broken[example.header.indexOf('nom')] = '';
    broken[example.header.indexOf('presentation_resume')] = 'x'.repeat(281);
    broken[example.header.indexOf('pivot')] = '123456789012345';
    const problems = checkTable(SCHEMA, example.header, [broken, example.rows[0]!]);
    for (const field of ['code_postal', 'date_maj', 'itinerance', 'nom', 'presentation_resume', 'pivot', 'id']) {
      expect(problems.some((problem) => problem.includes(`, ${field} `))).toBe(true);
    }
  });
});

describe('the national standard export', () => {
  it('has the schema’s columns in its order', () => {
    expect([...STANDARD_COLUMNS]).toEqual(SCHEMA.fields.map((field) => field.name));
  });

  for (const [name, venues] of [
    ['demo', demo],
    ['synthetic', synthetic],
  ] as const) {
    it(`passes the standard’s Table Schema, CSV and JSON (${name} venues)`, () => {
      const csv = tableOf(standardCsv(venues));
      expect(csv.rows.length).toBe(venues.filter((venue) => venue.data.pays === 'FR').length);
      expect(checkTable(SCHEMA, csv.header, csv.rows)).toEqual([]);
      expect(checkTable(SCHEMA, [...STANDARD_COLUMNS], jsonRows(standardJson(venues, EXPORT_CONTEXT)))).toEqual([]);
    });
  }

  it('leaves Belgian venues out, joins lists with |, writes the pivot placeholder and the body', () => {
    const french = demo.find((venue) => venue.data.services.length > 1 && !venue.data.pivot && venue.body.trim() !== '') ?? demo[0]!;
    const belgian: ExportVenue = { ...french, id: 'lieu-belge', data: { ...french.data, pays: 'BE', code_postal: '1000' } };
    const { rows } = tableOf(standardCsv([french, belgian]));
    expect(rows.map((row) => row[0])).toEqual([french.id]);
    const row = standardRow(french);
    expect(row.services).toBe(french.data.services.join('|'));
    expect(row.pivot).toBe('00000000000000');
    expect(row.presentation_detail).toBe(french.body.trim());
  });

  it('writes licence and sources in the JSON and GeoJSON', () => {
    const json = JSON.parse(standardJson(demo, EXPORT_CONTEXT));
    expect(json.licence).toBe('Licence Ouverte 2.0');
    expect(json.sources).toContain('Hinaura');
    const geo = JSON.parse(standardGeoJson(demo, EXPORT_CONTEXT));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.licence).toBe('Licence Ouverte 2.0');
    const withPoint = demo.filter((venue) => venue.data.pays === 'FR' && venue.data.latitude !== undefined);
    expect(geo.features).toHaveLength(withPoint.length);
    const first = geo.features[0];
    const venue = withPoint.find((item) => item.id === first.id)!;
    expect(first.geometry.coordinates).toEqual([venue.data.longitude, venue.data.latitude]);
  });
});

describe('round trip: export → import gives back every field', () => {
  const standardFields = STANDARD_COLUMNS.filter((column): column is StandardColumn => column !== 'id' && column !== 'presentation_detail');

  function roundTrip(venues: readonly ExportVenue[], format: 'standard-csv' | 'standard-json') {
    const text = format === 'standard-csv' ? standardCsv(venues) : standardJson(venues, EXPORT_CONTEXT);
    const { venues: imported, rejected } = mapStandardRecords(readStandardRecords(text, format), CONTEXT);
    expect(rejected).toEqual([]);
    return new Map(imported.map((venue) => [venue.id, venue]));
  }

  for (const [name, venues] of [
    ['demo', demo],
    ['synthetic', synthetic],
  ] as const) {
    it(`JSON: every venue field, extensions included, and the body (${name} venues)`, () => {
      const french = venues.filter((venue) => venue.data.pays === 'FR');
      const imported = roundTrip(venues, 'standard-json');
      expect(imported.size).toBe(french.length);
      for (const venue of french) {
        const back = imported.get(venue.id)!;
        const checked = checkVenue(back.frontmatter, CONTEXT);
        expect(checked.issues).toEqual([]);
        expect({ id: venue.id, ...fieldsOf(checked.data as never) }).toEqual({ id: venue.id, ...fieldsOf(venue.data as never) });
        expect(back.body).toBe(venue.body.trim());
      }
    });

    it(`CSV: every field of the standard and the body (${name} venues)`, () => {
      const french = venues.filter((venue) => venue.data.pays === 'FR');
      const imported = roundTrip(venues, 'standard-csv');
      expect(imported.size).toBe(french.length);
      for (const venue of french) {
        const back = imported.get(venue.id)!.frontmatter as Record<string, unknown>;
        const original = venue.data as unknown as Record<string, unknown>;
        const pick = (data: Record<string, unknown>) => Object.fromEntries(standardFields.map((field) => [field, data[field] ?? (Array.isArray(original[field]) ? [] : undefined)]));
        expect({ id: venue.id, ...pick(back) }).toEqual({ id: venue.id, ...pick(original) });
        expect(imported.get(venue.id)!.body).toBe(venue.body.trim());
      }
    });
  }

  it('JSON: the importer writes every demo venue file back byte for byte', () => {
    const imported = roundTrip(demo, 'standard-json');
    for (const venue of demo.filter((item) => item.data.pays === 'FR')) {
      const back = imported.get(venue.id)!;
      expect(serializeVenue(back.frontmatter, back.body)).toBe(readFileSync(resolve(PROJECT, 'content/lieux', `${venue.id}.md`), 'utf8'));
    }
  });

  it('JSON: a list item holding | comes back whole (the CSV cannot carry it)', () => {
    const venue = demo.find((item) => item.data.pays === 'FR')!;
    const labels = ['Label A | B', 'Label C'];
    const withPipe = { ...venue, data: { ...venue.data, autres_formations_labels: labels } };
    expect(roundTrip([withPipe], 'standard-json').get(venue.id)!.frontmatter.autres_formations_labels).toEqual(labels);
  });

  it('JSON: a venue\'s « À apporter » (a_apporter) travels in reperes and comes back; the CSV stays the pure standard', () => {
    const venue = demo.find((item) => item.data.pays === 'FR')!;
    const bring = ['votre convocation, si vous en avez une', 'une clé USB | un disque'];
    const withList = { ...venue, data: { ...venue.data, a_apporter: bring } };
    const record = (JSON.parse(standardJson([withList], EXPORT_CONTEXT)) as { lieux: { reperes?: Record<string, unknown> }[] }).lieux[0]!;
    expect(record.reperes?.a_apporter).toEqual(bring);
    const back = roundTrip([withList], 'standard-json').get(venue.id)!;
    expect(back.frontmatter.a_apporter).toEqual(bring);
    expect(checkVenue(back.frontmatter, CONTEXT).data?.a_apporter).toEqual(bring);
    expect(tableOf(standardCsv([withList])).header).not.toContain('a_apporter');
    expect(standardCsv([withList])).not.toContain('convocation');
  });

  it('the round trip is not vacuous: a changed field is seen', () => {
    const venue = demo.find((item) => item.data.pays === 'FR')!;
    const imported = roundTrip([venue], 'standard-json').get(venue.id)!;
    expect(imported.frontmatter.nom).toBe(venue.data.nom);
    const changed = roundTrip([{ ...venue, data: { ...venue.data, nom: `${venue.data.nom} bis` } }], 'standard-json').get(venue.id)!;
    expect(changed.frontmatter.nom).not.toBe(venue.data.nom);
  });
});

describe('npm run export', () => {
  it('writes the same text as the site’s file, and refuses an unknown format in French', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reperes-export-'));
    try {
      const out = join(folder, 'lieux.csv');
      const run = spawnSync(process.execPath, ['scripts/export.ts', '--format', 'standard-csv', '--out', out], { encoding: 'utf8', cwd: PROJECT });
      expect(run.status).toBe(0);
      const loaded = demoContent();
      expect(readFileSync(out, 'utf8')).toBe(renderExport('standard-csv', loaded.venues, loaded.operators, EXPORT_CONTEXT));
      const wrong = spawnSync(process.execPath, ['scripts/export.ts', '--format', 'xml', '--out', out], { encoding: 'utf8', cwd: PROJECT });
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain('Format inconnu « xml »');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
