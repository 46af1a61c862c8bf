/**
 * Work the build does beside its own thread. As soon as the content is read and checked, a worker thread
 * (./build-worker.ts) gets a copy of the venues and operators and, in turn:
 * 1. computes the coverage report (`coverageReport`, ./coverage-build.ts);
 * 2. builds the embedded basemap and draws every venue page's situation plan (`venueSituationModel`,
 *    src/lib/map/situation.ts, written by `situationHtml`, src/lib/venue-page.ts) when the build is in the language of
 *    the worker's strings (French: a worker is plain Node and reads src/i18n/fr.ts);
 * 3. writes the open-data exports (src/node/export-files.ts; the integration in ./exports.ts moves them into dist/);
 * while the build's thread syncs, bundles and renders pages on the other core. The pages take 1 and 2 from
 * ./aside-results.ts, or compute them with the same functions when there is no worker (astro dev) or it failed.
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

/** Which part of the work a worker thread does: what the pages need, or the exports. */
export type AsidePart = 'pages' | 'exports';

/**
 * The work of one worker thread, each result posted as soon as it is ready. Two threads, one after the other: the
 * first computes what the pages need (the coverage report, the plans) while the build's thread syncs its content,
 * and ends, giving back the memory of the open data it read; the second writes the exports while the build's
 * thread bundles (Vite's own peak of memory) and renders its first pages.
 */
export function runAsideJob(job: AsideJob, part: AsidePart, post: (message: AsideMessage) => void): void {
  if (part === 'exports') post({ kind: 'exports', bytes: writeExportFiles(job.exports) });
  else if (job.territory) forThePages(job, job.territory, post);
}

function forThePages(job: AsideJob, territory: Territory, post: (message: AsideMessage) => void): void {
  const venues = job.exports.venues as readonly { id: string; data: Venue }[];
  const date = new Date(job.buildDate);
  const tz = territory.fuseau_horaire;
  post({ kind: 'coverage', report: coverageReport(territory, venues, (venue) => compileVenueHours(venue.data, tz, date), isoDate(date, tz)) });
  if (job.language !== t.locale.lang) return;
  const basemap = buildBasemap(territory.bornes);
  const index = indexBasemap(basemap.features);
  const figures = new Map<string, string>();
  for (const { id, data } of venues) figures.set(id, situationHtml(venueSituationModel(index, data, t.situation.here), data, addressInWords(data)));
  post({ kind: 'situations', language: t.locale.lang, basemap, figures });
}

/** Starts a worker thread on one part of the job; undefined where no worker can start. */
function spawn(job: AsideJob, part: AsidePart): Worker | undefined {
  try {
    return new Worker(new URL('./build-worker.ts', import.meta.url), { workerData: { job, part } });
  } catch {
    return undefined;
  }
}

/**
 * Starts the work (see the top of this file). The exports' promise rejects with `failure(reason)` if they cannot be
 * written; the others resolve undefined if their thread stops before giving them (the pages then compute them).
 * Where no worker can start, the exports are written here and now, and the pages compute the rest.
 */
export function startAside(job: AsideJob, failure: (reason: unknown) => Error): { bytes: Promise<Record<ExportFormat, number>> } & AsideResults {
  let resolveBytes!: (bytes: Record<ExportFormat, number>) => void;
  let rejectBytes!: (error: Error) => void;
  let resolveCoverage!: (coverage: AsideCoverage | undefined) => void;
  let resolveSituations!: (situations: AsideSituations | undefined) => void;
  const bytes = new Promise<Record<ExportFormat, number>>((resolve, reject) => ((resolveBytes = resolve), (rejectBytes = reject)));
  const coverage = new Promise<AsideCoverage | undefined>((resolve) => (resolveCoverage = resolve));
  const situations = new Promise<AsideSituations | undefined>((resolve) => (resolveSituations = resolve));
  const writeHere = () => {
    try {
      resolveBytes(writeExportFiles(job.exports));
    } catch (error) {
      rejectBytes(failure(error));
    }
  };
  const exportsPart = () => {
    const worker = spawn(job, 'exports');
    if (!worker) return writeHere();
    let written = false;
    worker.on('message', (message: AsideMessage) => {
      if (message.kind !== 'exports') return;
      written = true;
      resolveBytes(message.bytes);
    });
    const stopped = (reason: unknown) => written || rejectBytes(failure(reason));
    worker.once('error', stopped);
    worker.once('exit', (code) => stopped(`code ${code}`));
  };
  const pages = spawn(job, 'pages');
  if (!pages) {
    resolveCoverage(undefined);
    resolveSituations(undefined);
    writeHere();
    return { bytes, coverage, situations };
  }
  pages.on('message', (message: AsideMessage) => {
    if (message.kind === 'coverage') resolveCoverage({ report: message.report });
    else if (message.kind === 'situations') resolveSituations({ language: message.language, basemap: message.basemap, figures: message.figures });
  });
  // Whatever the first thread did not give (it failed, or the build is in another language), the pages compute.
  // An error is followed by 'exit': the exports start once, then.
  pages.once('exit', () => {
    resolveCoverage(undefined);
    resolveSituations(undefined);
    exportsPart();
  });
  pages.on('error', () => {});
  return { bytes, coverage, situations };
}
