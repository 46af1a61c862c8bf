/**
 * The build's exports (src/node/exports.ts): written one at a time into a folder, each byte for byte the text
 * of `renderExport` (what `npm run export` writes), with their sizes for /donnees/; and the build's one date
 * (src/node/build-date.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EXPORT_FILES, EXPORT_FORMATS, renderExport } from '../../src/lib/export/index.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { exportContext, exportInput, startBuildAside } from '../../src/node/exports.ts';
import { coverageReport } from '../../src/node/coverage-build.ts';
import { buildBasemap } from '../../src/node/basemap-build.ts';
import { compileVenueHours } from '../../src/lib/catalogue/venue-summary.ts';
import { indexBasemap, venueSituationModel } from '../../src/lib/map/situation.ts';
import { isoDate } from '../../src/lib/schema/fields.ts';
import { addressInWords, situationHtml } from '../../src/lib/venue-page.ts';
import * as t from '../../src/i18n/index.ts';
import { writeExportFiles } from '../../src/node/export-files.ts';
import { buildDate } from '../../src/node/build-date.ts';

describe('writeExportFiles and the build worker (startBuildAside)', () => {
  const content = loadContent(process.cwd(), 'content');
  const dir = mkdtempSync(join(tmpdir(), 'reperes-exports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const context = exportContext(content.territory, 'https://exemple.org/', new Date('2026-11-27T23:30:00Z'));

  it('dates the exports in the territory’s time zone (23:30 UTC is already the next day in Paris)', () => {
    expect(content.territory?.fuseau_horaire).toBe('Europe/Paris');
    expect(context.generated).toBe('2026-11-28');
    expect(context.publisher).toBe(content.territory?.editeur ?? content.territory?.nom_site);
  });

  it('writes every format, each the text renderExport gives, and returns its size in bytes', () => {
    writeFileSync(join(dir, 'ancien.json'), 'reste d’une construction précédente');
    const bytes = writeExportFiles({ dir, ...exportInput(content), context });
    const { venues, operators } = exportInput(content);
    expect(venues.length).toBe(content.venues.length);
    for (const format of EXPORT_FORMATS) {
      const written = readFileSync(join(dir, EXPORT_FILES[format].file));
      const expected = renderExport(format, venues, operators, context);
      expect(written.toString('utf8')).toBe(expected);
      expect(bytes[format]).toBe(Buffer.byteLength(expected));
    }
    expect(existsSync(join(dir, 'ancien.json'))).toBe(false);
  });

  it('writes the same files from a worker thread (the build’s way), and resolves with their sizes once written', async () => {
    const aside = mkdtempSync(join(tmpdir(), 'reperes-exports-aside-'));
    try {
      const bytes = await startBuildAside(aside, content, context, 'fr').bytes;
      const { venues, operators } = exportInput(content);
      for (const format of EXPORT_FORMATS) {
        const expected = renderExport(format, venues, operators, context);
        expect(readFileSync(join(aside, EXPORT_FILES[format].file), 'utf8')).toBe(expected);
        expect(bytes[format]).toBe(Buffer.byteLength(expected));
      }
    } finally {
      rmSync(aside, { recursive: true, force: true });
    }
  });

  it('rejects with a French line when the files cannot be written (the build then fails instead of shipping without them)', async () => {
    const blocker = join(dir, 'fichier');
    writeFileSync(blocker, 'pas un dossier');
    const started = startBuildAside(join(blocker, 'exports'), content, context, 'fr');
    await expect(started.bytes).rejects.toThrow(/données ouvertes \(\/donnees\/\) n'ont pas pu être écrits/);
    // What the pages need comes from its own thread, first.
    expect((await started.coverage)?.report).toBeDefined();
  });

  it('leaves to the pages what its thread failed to compute, and still writes the exports', async () => {
    const aside = mkdtempSync(join(tmpdir(), 'reperes-exports-aside-'));
    try {
      // No bounds: the basemap cannot be built, after the coverage report is posted.
      const broken = { ...content, territory: { ...content.territory!, bornes: undefined as never } };
      const started = startBuildAside(aside, broken, context, 'fr');
      expect((await started.coverage)?.report?.rows.length).toBeGreaterThan(0);
      expect(await started.situations).toBeUndefined();
      const bytes = await started.bytes;
      for (const format of EXPORT_FORMATS) expect(readFileSync(join(aside, EXPORT_FILES[format].file)).length).toBe(bytes[format]);
    } finally {
      rmSync(aside, { recursive: true, force: true });
    }
  });

  it('gives the pages the coverage report and every venue’s plan, as the build’s thread would compute them', async () => {
    const aside = mkdtempSync(join(tmpdir(), 'reperes-exports-aside-'));
    try {
      const date = buildDate();
      const territory = content.territory!;
      const started = startBuildAside(aside, content, context, 'fr');
      const coverage = await started.coverage;
      const tz = territory.fuseau_horaire;
      expect(coverage).toEqual({ report: coverageReport(territory, content.venues, (venue) => compileVenueHours(venue.data, tz, date), isoDate(date, tz)) });
      expect(coverage?.report?.rows.length).toBeGreaterThan(0);
      const situations = await started.situations;
      const basemap = buildBasemap(territory.bornes);
      expect(situations?.language).toBe('fr');
      expect(situations?.basemap).toEqual(basemap);
      const index = indexBasemap(basemap.features);
      expect(situations?.figures.size).toBe(content.venues.length);
      for (const venue of content.venues) {
        const expected = situationHtml(venueSituationModel(index, venue.data, t.situation.here), venue.data, addressInWords(venue.data));
        expect(situations?.figures.get(venue.id)).toBe(expected);
      }
      expect([...situations!.figures.values()].filter((figure) => figure.startsWith('<figure class="situation">')).length).toBeGreaterThan(content.venues.length / 2);
      await started.bytes;
    } finally {
      rmSync(aside, { recursive: true, force: true });
    }
  });

  it('leaves the plans to the pages when the build is in a language the worker does not write (it reads French)', async () => {
    const aside = mkdtempSync(join(tmpdir(), 'reperes-exports-aside-'));
    try {
      const started = startBuildAside(aside, content, context, 'xx');
      expect(await started.coverage).toBeDefined();
      expect(await started.situations).toBeUndefined();
      await started.bytes;
    } finally {
      rmSync(aside, { recursive: true, force: true });
    }
  });
});

describe('buildDate', () => {
  const saved = process.env.REPERES_BUILD_DATE;
  afterEach(() => {
    if (saved === undefined) delete process.env.REPERES_BUILD_DATE;
    else process.env.REPERES_BUILD_DATE = saved;
  });

  it('is fixed by the first call, so every later call (another module instance) reads the same instant', () => {
    delete process.env.REPERES_BUILD_DATE;
    const first = buildDate();
    expect(process.env.REPERES_BUILD_DATE).toBe(first.toISOString());
    expect(buildDate().getTime()).toBe(first.getTime());
  });

  it('builds as of a given instant, and refuses a value that is not a date with a French line naming the variable', () => {
    process.env.REPERES_BUILD_DATE = '2026-03-01T08:00:00Z';
    expect(buildDate().toISOString()).toBe('2026-03-01T08:00:00.000Z');
    process.env.REPERES_BUILD_DATE = 'demain';
    expect(() => buildDate()).toThrow(/REPERES_BUILD_DATE : « demain » n'est pas une date/);
  });
});
