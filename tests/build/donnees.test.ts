/**
 * /donnees/ on the built site (dist/): the page links every export, each file is there and not empty, and
 * each is what its format says (CSV header of the standard, JSON with its licence and its records).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as t from '../../src/i18n/index.ts';
import { parseCsv } from '../../src/lib/export/csv.ts';
import { EXPORT_FILES, EXPORT_FORMATS } from '../../src/lib/export/index.ts';
import { STANDARD_COLUMNS } from '../../src/lib/export/standard.ts';

const dist = 'dist';
const html = readFileSync(join(dist, 'donnees', 'index.html'), 'utf8');
const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1]!);
const venueCount = readdirSync(join('content', 'lieux')).filter((name) => name.endsWith('.md') && !name.startsWith('_')).length;
const read = (format: (typeof EXPORT_FORMATS)[number]) => readFileSync(join(dist, 'donnees', EXPORT_FILES[format].file), 'utf8');

describe('/donnees/', () => {
  it.each(EXPORT_FORMATS)('links %s, a file that exists and is not empty', (format) => {
    const href = `/donnees/${EXPORT_FILES[format].file}`;
    expect(hrefs).toContain(href);
    const path = join(dist, href);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).size).toBeGreaterThan(1000);
  });

  it('gives each file’s size as written (the sizes come from the worker thread that wrote the files)', () => {
    for (const format of EXPORT_FORMATS) {
      const shown = t.donnees.formatAndSize(t.donnees.files[format].format, statSync(join(dist, 'donnees', EXPORT_FILES[format].file)).size);
      expect(html, format).toContain(shown.replace(/'/g, '&#39;'));
    }
  });

  it('states the licence, links it, and says where Belgian venues are', () => {
    expect(html).toContain(t.donnees.licence.link);
    expect(hrefs).toContain('https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
    expect(html).toContain(t.donnees.belgiumHeading);
  });

  it('the files hold the venues in their formats', () => {
    const [header, ...rows] = parseCsv(read('standard-csv'));
    expect(header).toEqual([...STANDARD_COLUMNS]);
    const json = JSON.parse(read('standard-json'));
    expect(json.licence).toBe('Licence Ouverte 2.0');
    expect(json.lieux).toHaveLength(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(venueCount);
    expect(JSON.parse(read('geojson')).type).toBe('FeatureCollection');
    const di = JSON.parse(read('data-inclusion'));
    expect(di.structures).toHaveLength(rows.length);
    const hsds = JSON.parse(read('hsds'));
    expect(hsds.locations).toHaveLength(venueCount);
  });
});
