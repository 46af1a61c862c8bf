/**
 * Work the build does beside its own thread. As soon as the content is read and checked, a worker thread
 * (./build-worker.ts) gets a copy of the venues and operators and, in turn:
 * 1. writes the open-data exports (src/node/export-files.ts; the integration in ./exports.ts moves them into dist/);
 * 2. computes the coverage report (`coverageReport`, ./coverage-build.ts);
 * 3. builds the embedded basemap and draws every venue page's situation plan (`venueSituationModel`,
 *    src/lib/map/situation.ts, written by `situationHtml`, src/lib/venue-page.ts) when the build is in the language of
 *    the worker's strings (French: a worker is plain Node and reads src/i18n/fr.ts);
 * while the build's thread syncs, bundles and renders pages on the other core. The pages take 2 and 3 from
 * ./aside-results.ts, or compute them with the same functions when there is no worker (astro dev) or it failed.
 * Each result is posted as soon as it is ready: the exports' sizes first, for /donnees/.
 */
import { Worker } from 'node:worker_threads';
import { compileVenueHours } from '../lib/catalogue/venue-summary.ts';
import type { ExportFormat } from '../lib/export/index.ts';
import { indexBasemap, venueSituationModel } from '../lib/map/situation.ts';
import { isoDate } from '../lib/schema/fields.ts';
import type { Territory } from '../lib/schema/territory.ts';
import type { Venue } from '../lib/schema/venue.ts';
import type { AsideCoverage, AsideResults, AsideSituations } from './aside-results.ts';
import { buildBasemap } from './basemap-build.ts';
import { coverageReport } from './coverage-build.ts';
import { writeExportFiles, type ExportJob } from './export-files.ts';
import { addressInWords, situationHtml } from '../lib/venue-page.ts';
import * as t from '../i18n/index.ts';

/** What the worker needs: the exports' job (folder, venues, operators, origin), the territory, the build's instant. */
export interface AsideJob {
  exports: ExportJob;
  /** Absent only when the content has no territory (a build then stops before pages): exports only. */
  territory: Territory | undefined;
  /** The build's instant (ISO 8601): the coverage's hours and day count from it, as the pages' do. */
  buildDate: string;
  /** The build's language (SITE_LANG): the plans are drawn only if the worker's strings are in it. */
  language: string;
}

export type AsideMessage =
  | { kind: 'exports'; bytes: Record<ExportFormat, number> }
  | ({ kind: 'coverage' } & AsideCoverage)
  | ({ kind: 'situations' } & AsideSituations);

/** The worker's work, in order, each result posted as soon as it is ready. */
export function runAsideJob(job: AsideJob, post: (message: AsideMessage) => void): void {
  post({ kind: 'exports', bytes: writeExportFiles(job.exports) });
  if (!job.territory) return;
  const venues = job.exports.venues as readonly { id: string; data: Venue }[];
  const date = new Date(job.buildDate);
  const territory = job.territory;
  const tz = territory.fuseau_horaire;
  post({ kind: 'coverage', report: coverageReport(territory, venues, (venue) => compileVenueHours(venue.data, tz, date), isoDate(date, tz)) });
  if (job.language !== t.locale.lang) return;
  const basemap = buildBasemap(territory.bornes);
  const index = indexBasemap(basemap.features);
  const figures = new Map<string, string>();
  for (const { id, data } of venues) figures.set(id, situationHtml(venueSituationModel(index, data, t.situation.here), data, addressInWords(data)));
  post({ kind: 'situations', language: t.locale.lang, basemap, figures });
}

/**
 * Starts the worker (see the top of this file). The exports' promise rejects with `failure(reason)` if they cannot be
 * written; the others resolve undefined if the worker stops before giving them (the pages then compute them). Where
 * no worker can start, the exports are written here and now, and the pages compute the rest.
 */
export function startAside(job: AsideJob, failure: (reason: unknown) => Error): { bytes: Promise<Record<ExportFormat, number>> } & AsideResults {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./build-worker.ts', import.meta.url), { workerData: job });
  } catch {
    const bytes = new Promise<Record<ExportFormat, number>>((resolve, reject) => {
      try {
        resolve(writeExportFiles(job.exports));
      } catch (error) {
        reject(failure(error));
      }
    });
    return { bytes, coverage: Promise.resolve(undefined), situations: Promise.resolve(undefined) };
  }
  let resolveBytes!: (bytes: Record<ExportFormat, number>) => void;
  let rejectBytes!: (error: Error) => void;
  let resolveCoverage!: (coverage: AsideCoverage | undefined) => void;
  let resolveSituations!: (situations: AsideSituations | undefined) => void;
  const bytes = new Promise<Record<ExportFormat, number>>((resolve, reject) => ((resolveBytes = resolve), (rejectBytes = reject)));
  const coverage = new Promise<AsideCoverage | undefined>((resolve) => (resolveCoverage = resolve));
  const situations = new Promise<AsideSituations | undefined>((resolve) => (resolveSituations = resolve));
  let written = false;
  worker.on('message', (message: AsideMessage) => {
    if (message.kind === 'exports') {
      written = true;
      resolveBytes(message.bytes);
    } else if (message.kind === 'coverage') resolveCoverage({ report: message.report });
    else resolveSituations({ language: message.language, basemap: message.basemap, figures: message.figures });
  });
  const stopped = (reason: unknown) => {
    // A promise already settled stays as it is.
    if (!written) rejectBytes(failure(reason));
    resolveCoverage(undefined);
    resolveSituations(undefined);
  };
  worker.once('error', stopped);
  worker.once('exit', (code) => stopped(`code ${code}`));
  return { bytes, coverage, situations };
}
