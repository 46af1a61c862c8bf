/**
 * The open-data exports of a build (/donnees/<file>, docs/donnees.md), written by an Astro integration rather
 * than as pages: at the national scale the five files weigh 230 MB, and rendered as endpoints they were kept
 * in memory for the whole build and rendered four at a time among the venue pages (the build's peak memory).
 *
 * - as soon as the content is read and checked (`astro:config:done` under `npm run build`, which reads it before
 *   Astro starts; `astro:build:start` under Astro alone), before any page: each export is rendered in turn from
 *   the one reading of the content folder and written at once to a staging folder in Astro's cache folder; its
 *   text is then dropped. Only the sizes are kept, for /donnees/.
 * - `astro:build:done`: the staged files are moved into the built site's `donnees/`.
 * - `astro dev`: /donnees/<file> is rendered on request.
 *
 * The text of each file comes from `renderExport` (src/lib/export/index.ts), the same function as
 * `npm run export`.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { EXPORT_FILES, EXPORT_FORMATS, renderExport, type ExportFormat } from '../lib/export/index.ts';
import type { ExportContext, ExportOperator, ExportVenue } from '../lib/export/common.ts';
import { isoDate } from '../lib/schema/fields.ts';
import type { Territory } from '../lib/schema/territory.ts';
import * as t from '../i18n/index.ts';
import { buildDate } from './build-date.ts';
import { hasLoadedContent, loadedContent, releaseLoadedContent } from './content-loader.ts';
import type { LoadedContent } from './content-files.ts';

const STAGED = Symbol.for('reperes.staged-exports');

/** The exports of this build, written to `dir`: each file's size in bytes. */
interface Staged {
  dir: string;
  bytes: Record<ExportFormat, number>;
}

type Holder = typeof globalThis & { [STAGED]?: Staged };

/** What the exports say of their origin: the publisher, the build's date in the territory's time zone, the site. */
export function exportContext(territory: Territory | undefined, site: string | undefined, date: Date = buildDate()): ExportContext {
  return {
    publisher: territory?.editeur ?? territory?.nom_site ?? 'Repères',
    generated: isoDate(date, territory?.fuseau_horaire),
    ...(site ? { site } : {}),
  };
}

/** The checked venues and operators as the exports take them (data and Markdown body). */
export function exportInput(content: LoadedContent): { venues: ExportVenue[]; operators: ExportOperator[] } {
  return {
    venues: content.venues.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body })),
    operators: content.operators.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body })),
  };
}

/** Renders every export into `dir`, one at a time, each written as soon as it is rendered; returns their sizes. */
export function writeExports(dir: string, content: LoadedContent, context: ExportContext): Record<ExportFormat, number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { venues, operators } = exportInput(content);
  const bytes = {} as Record<ExportFormat, number>;
  for (const format of EXPORT_FORMATS) {
    const data = Buffer.from(renderExport(format, venues, operators, context));
    writeFileSync(join(dir, EXPORT_FILES[format].file), data);
    bytes[format] = data.length;
  }
  return bytes;
}

/**
 * The size in bytes of each export of this build (for /donnees/). Under `astro dev`, where nothing is staged,
 * the exports are rendered to measure them.
 */
export function exportSizes(): Record<ExportFormat, number> {
  const staged = (globalThis as Holder)[STAGED];
  if (staged) return staged.bytes;
  const content = loadedContent();
  const { venues, operators } = exportInput(content);
  const context = exportContext(content.territory, undefined);
  return Object.fromEntries(EXPORT_FORMATS.map((format) => [format, Buffer.byteLength(renderExport(format, venues, operators, context))])) as Record<
    ExportFormat,
    number
  >;
}

/** Moves a file, copying it when the two folders are on different file systems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
    unlinkSync(from);
  }
}

/** The Astro integration that writes /donnees/<file> (see the top of this file). */
export function reperesExports(): AstroIntegration {
  let staging = '';
  let site: string | undefined;
  let command = '';
  const stage = (logger: AstroIntegrationLogger) => {
    const content = loadedContent();
    const started = performance.now();
    const bytes = writeExports(staging, content, exportContext(content.territory, site));
    (globalThis as Holder)[STAGED] = { dir: staging, bytes };
    logger.info(t.exportCli.staged(EXPORT_FORMATS.length, Math.round(performance.now() - started)));
  };
  return {
    name: 'reperes:exports',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config, logger }) => {
        staging = fileURLToPath(new URL('reperes-exports/', config.cacheDir));
        site = config.site;
        buildDate();
        // `npm run build` has read and checked the content already: the exports are written now, while the process
        // holds little else (their rendering is the build's largest passing need of memory).
        if (command === 'build' && hasLoadedContent()) stage(logger);
      },
      'astro:build:start': ({ logger }) => {
        // Run by Astro alone, the content was read by the loader, just before this hook.
        if (!(globalThis as Holder)[STAGED]) stage(logger);
        // Nothing reads the content folder's entries after this in a build: the pages read the data store.
        releaseLoadedContent();
      },
      'astro:build:done': ({ dir }) => {
        const staged = (globalThis as Holder)[STAGED];
        if (!staged) return;
        const target = join(fileURLToPath(dir), 'donnees');
        mkdirSync(target, { recursive: true });
        for (const format of EXPORT_FORMATS) move(join(staged.dir, EXPORT_FILES[format].file), join(target, EXPORT_FILES[format].file));
        rmSync(staged.dir, { recursive: true, force: true });
        delete (globalThis as Holder)[STAGED];
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0];
          const format = EXPORT_FORMATS.find((name) => path === `/donnees/${EXPORT_FILES[name].file}`);
          if (!format) return next();
          const content = loadedContent();
          const { venues, operators } = exportInput(content);
          response.setHeader('content-type', EXPORT_FILES[format].type);
          response.end(renderExport(format, venues, operators, exportContext(content.territory, site, new Date())));
        });
      },
    },
  };
}
