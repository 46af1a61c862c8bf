/**
 * The build's reference date, one per process: opening-hours exceptions, « ouvert » states baked into pages,
 * freshness and the exports' date all count from it. The first call fixes it in `REPERES_BUILD_DATE` (an ISO
 * date-time), so that the Astro integrations (loaded with the config) and the pages (loaded from the
 * prerender bundle, another module instance) read the same instant. Setting `REPERES_BUILD_DATE` yourself
 * builds the site as of that instant (a reproducible build, a test).
 */
import * as t from '../i18n/index.ts';

export function buildDate(): Date {
  const given = process.env.REPERES_BUILD_DATE;
  if (given) {
    const date = new Date(given);
    if (!Number.isNaN(date.getTime())) return date;
    throw new Error(t.exportCli.badBuildDate(given));
  }
  const now = new Date();
  process.env.REPERES_BUILD_DATE = now.toISOString();
  return now;
}
