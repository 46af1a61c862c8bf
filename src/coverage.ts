/**
 * The coverage report of the build (docs/couverture.md), computed once per build from the venues, their
 * compiled hours and the communes (src/node/coverage-build.ts), for /donnees/couverture/, its CSV and the
 * sub-territory pages. The indicators themselves are pure functions: src/lib/coverage/.
 */
import { BUILD_DATE, getCompiledHours, getTerritory, getVenues, once } from './content.ts';
import type { CoverageReport } from './lib/coverage/indicators.ts';
import type { Position } from './lib/map/simplify.ts';
import { isoDate } from './lib/schema/fields.ts';
import { coverageReport, subTerritoryShapes } from './node/coverage-build.ts';

/** The report, or undefined when the territory has no population data (outside France). Its cost: docs/couverture.md. */
export const getCoverage = once(async (): Promise<CoverageReport | undefined> => {
  const territory = await getTerritory();
  const today = isoDate(BUILD_DATE, territory.fuseau_horaire);
  return coverageReport(territory, await getVenues(), (venue) => getCompiledHours(venue, territory.fuseau_horaire), today);
});

/** The outline of each sub-territory made of whole départements (choropleth), once per build. */
export const getSubTerritoryShapes = once(async (): Promise<Map<string, Position[][][]>> => subTerritoryShapes(await getTerritory()));
