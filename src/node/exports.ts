/**
 * The open-data exports of a build (/donnees/<file>, docs/donnees.md), written by an Astro integration rather
 * than as pages: at the national scale the five files weigh 230 MB, and rendered as endpoints they were kept
 * in memory for the whole build and rendered four at a time among the venue pages (the build's peak memory).
 *
 * - as soon as the content is read and checked (`astro:config:done` under `npm run build`, which reads it before
 *   Astro starts; `astro:build:start` under Astro alone), a worker thread gets a copy of the venues and operators
 *   and writes each export in turn to a staging folder in Astro's cache folder (src/node/export-files.ts), while
 *   the build's thread goes on with Astro's sync, bundling and pages on the other core. Only the sizes come back,
 *   for /donnees/, whose page waits for them.
 * - `astro:build:done`: once the worker is done, the staged files are moved into the built site's `donnees/`.
 * - `astro dev`: /donnees/<file> is rendered on request.
 *
 * The text of each file comes from `renderExportPieces` (src/lib/export/index.ts), whose pieces `renderExport`
 * joins for `npm run export`; both take their input and origin from `exportInput` and `exportContext` below.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { EXPORT_FILES, EXPORT_FORMATS, renderExportPieces, type ExportFormat } from '../lib/export/index.ts';
import { writeExportFiles, type ExportJob } from './export-files.ts';
import type { ExportContext, ExportOperator, ExportVenue } from '../lib/export/common.ts';
import { isoDate } from '../lib/schema/fields.ts';
import type { Territory } from '../lib/schema/territory.ts';
import * as t from '../i18n/index.ts';
import { buildDate } from './build-date.ts';
import { hasLoadedContent, loadedContent, releaseLoadedContent } from './content-loader.ts';
import type { LoadedContent } from './content-files.ts';

const STAGED = Symbol.for('reperes.staged-exports');

/** The exports of this build, being written to `dir`: each file's size in bytes once written. */
interface Staged {
  dir: string;
  bytes: Promise<Record<ExportFormat, number>>;
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

/** The build's error when the exports cannot be written: a French line with the system's reason. */
function exportFailure(error: unknown): Error {
  return new Error(t.exportCli.failed(error instanceof Error ? error.message : String(error)));
}

/**
 * Writes the exports in a worker thread (src/node/exports-worker.ts), so that the build's own thread goes on
 * with Astro's sync, bundling and pages meanwhile; the worker gets a copy of the venues and operators. Where no
 * worker can start, they are written here and now. The promise rejects with a French line if writing fails.
 */
export function writeExportsAside(dir: string, content: LoadedContent, context: ExportContext): Promise<Record<ExportFormat, number>> {
  const job: ExportJob = { dir, ...exportInput(content), context };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./exports-worker.ts', import.meta.url), { workerData: job });
  } catch {
    return new Promise((resolve, reject) => {
      try {
        resolve(writeExportFiles(job));
      } catch (error) {
        reject(exportFailure(error));
      }
    });
  }
  return new Promise((resolve, reject) => {
    let bytes: Record<ExportFormat, number> | undefined;
    worker.once('message', (message: Record<ExportFormat, number>) => (bytes = message));
    worker.once('error', (error) => reject(exportFailure(error)));
    worker.once('exit', (code) => (bytes ? resolve(bytes) : reject(new Error(t.exportCli.failed(`code ${code}`)))));
  });
}

/**
 * The size in bytes of each export of this build (for /donnees/), once they are written. Under `astro dev`,
 * where nothing is staged, the exports are rendered to measure them.
 */
export async function exportSizes(): Promise<Record<ExportFormat, number>> {
  const staged = (globalThis as Holder)[STAGED];
  if (staged) return staged.bytes;
  const content = loadedContent();
  const { venues, operators } = exportInput(content);
  const context = exportContext(content.territory, undefined);
  const bytes = {} as Record<ExportFormat, number>;
  for (const format of EXPORT_FORMATS) {
    bytes[format] = 0;
    for (const piece of renderExportPieces(format, venues, operators, context)) bytes[format] += Buffer.byteLength(piece);
  }
  return bytes;
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
    const bytes = writeExportsAside(staging, content, exportContext(content.territory, site));
    // a failure is reported where the files are awaited (the /donnees/ page, the end of the build), not here
    bytes.then(() => logger.info(t.exportCli.staged(EXPORT_FORMATS.length, Math.round(performance.now() - started))), () => {});
    (globalThis as Holder)[STAGED] = { dir: staging, bytes };
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
        // `npm run build` has read and checked the content already: the exports worker starts now, beside Astro's
        // sync, bundling and pages.
        if (command === 'build' && hasLoadedContent()) stage(logger);
      },
      'astro:build:start': ({ logger }) => {
        // Run by Astro alone, the content was read by the loader, just before this hook.
        if (!(globalThis as Holder)[STAGED]) stage(logger);
        // Nothing reads the content folder's entries after this in a build: the pages read the data store.
        releaseLoadedContent();
      },
      'astro:build:done': async ({ dir }) => {
        const staged = (globalThis as Holder)[STAGED];
        if (!staged) return;
        await staged.bytes;
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
          for (const piece of renderExportPieces(format, venues, operators, exportContext(content.territory, site, new Date()))) response.write(piece);
          response.end();
        });
      },
    },
  };
}
