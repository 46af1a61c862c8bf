/**
 * What the build's worker thread computed for the pages (src/node/build-aside.ts): the coverage report and the
 * venue pages' situation plans. Kept on `globalThis`, since the integration that starts the worker and the pages
 * that read its results are loaded as different copies of the modules (Node for the integration, Vite's bundle
 * for the pages). Without a worker (astro dev, a worker that could not start or failed), every accessor gives
 * undefined and the pages compute the value themselves, with the same functions.
 */
import type { CoverageReport } from '../lib/coverage/indicators.ts';
import type { BasemapFeature } from './basemap-build.ts';

/** The coverage report (itself undefined outside France). */
export interface AsideCoverage {
  report: CoverageReport | undefined;
}

/**
 * The embedded basemap, and each venue's situation plan as the HTML of its page (empty without coordinates), by
 * venue id: text, which costs the pages' garbage collector nothing to keep, where 18,000 plan models would.
 */
export interface AsideSituations {
  /** The language the plans' words are in (`t.locale.lang`). */
  language: string;
  basemap: { type: 'FeatureCollection'; features: BasemapFeature[] };
  figures: Map<string, string>;
}

export interface AsideResults {
  coverage: Promise<AsideCoverage | undefined>;
  situations: Promise<AsideSituations | undefined>;
}

const RESULTS = Symbol.for('reperes.build-aside');
type Holder = typeof globalThis & { [RESULTS]?: AsideResults };

/** Records the promises of this build's worker (called where it starts). */
export function setAsideResults(results: AsideResults | undefined): void {
  (globalThis as Holder)[RESULTS] = results;
}

export const asideCoverage = async (): Promise<AsideCoverage | undefined> => (globalThis as Holder)[RESULTS]?.coverage;
export const asideSituations = async (): Promise<AsideSituations | undefined> => (globalThis as Holder)[RESULTS]?.situations;
