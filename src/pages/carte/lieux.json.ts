/**
 * /carte/lieux.json: the map's points file (format: src/lib/map/points.ts), in the order of the search index
 * (/lieux/recherche.json), fetched by /carte/ when the map is shown.
 */
import type { APIRoute } from 'astro';
import { getVenueSummaries } from '../../content.ts';
import { encodePoints, pointInputs } from '../../lib/map/points.ts';

export const GET = (async () => {
  const points = encodePoints(pointInputs(await getVenueSummaries()));
  return new Response(JSON.stringify(points), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
