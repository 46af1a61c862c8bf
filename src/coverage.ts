/**
 * The coverage report of the build (docs/couverture.md), computed once per build from the venues, their
 * compiled hours and the communes (src/node/coverage-build.ts), for /donnees/couverture/, its CSV and the
 * sub-territory pages. The indicators themselves are pure functions: src/lib/coverage/.
 */
import { BUILD_DATE, getCompiledHours, getTerritory, getVenues, once } from './content.ts';
import type { LonLat } from './lib/coverage/grid.ts';
import { computeCoverage, openingFlags, type CoverageReport, type CoverageVenue } from './lib/coverage/indicators.ts';
import type { Position } from './lib/map/simplify.ts';
import { isoDate } from './lib/schema/fields.ts';
import { findSubTerritory } from './lib/territory.ts';
import { coverageCommunes, subTerritoryShapes } from './node/coverage-build.ts';

/** The report, or undefined when the territory has no population data (outside France). Its cost: docs/couverture.md. */
export const getCoverage = once(async (): Promise<CoverageReport | undefined> => {
  const territory = await getTerritory();
  const entries = await getVenues();
  const communes = coverageCommunes(
    territory,
    entries.map(({ data }) => ({ code_insee: data.code_insee, code_postal: data.code_postal, commune: data.commune, latitude: data.latitude, longitude: data.longitude })),
  );
  if (!communes) return undefined;
  const venues: CoverageVenue[] = entries.map((venue) => {
    const { id, data } = venue;
    const points: LonLat[] = [];
    if (data.latitude !== undefined && data.longitude !== undefined) points.push([data.longitude, data.latitude]);
    for (const stop of data.arrets ?? []) if (stop.latitude !== undefined && stop.longitude !== undefined) points.push([stop.longitude, stop.latitude]);
    return {
      id,
      sub: findSubTerritory(data, territory.sous_territoires)?.id,
      levers: data.leviers,
      points,
      hours: openingFlags(getCompiledHours(venue, territory.fuseau_horaire)),
      dateMaj: data.date_maj,
    };
  });
  const report = computeCoverage({ subs: territory.sous_territoires, communes, venues, today: isoDate(BUILD_DATE, territory.fuseau_horaire) });
  return report;
});

/** The outline of each sub-territory made of whole départements (choropleth), once per build. */
export const getSubTerritoryShapes = once(async (): Promise<Map<string, Position[][][]>> => subTerritoryShapes(await getTerritory()));
