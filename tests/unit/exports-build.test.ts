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
import { exportContext, exportInput, writeExportsAside } from '../../src/node/exports.ts';
import { writeExportFiles } from '../../src/node/export-files.ts';
import { buildDate } from '../../src/node/build-date.ts';

describe('writeExportFiles and writeExportsAside', () => {
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
      const bytes = await writeExportsAside(aside, content, context);
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
    await expect(writeExportsAside(join(blocker, 'exports'), content, context)).rejects.toThrow(/données ouvertes \(\/donnees\/\) n'ont pas pu être écrits/);
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
