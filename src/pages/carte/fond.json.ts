/**
 * /carte/fond.json: the embedded basemap of the territory (GeoJSON, src/node/basemap-build.ts), built from
 * npm-packaged open data; no tile server.
 */
import type { APIRoute } from 'astro';
import { getTerritory } from '../../content.ts';
import { buildBasemap } from '../../node/basemap-build.ts';

export const GET = (async () => {
  const territory = await getTerritory();
  return new Response(JSON.stringify(buildBasemap(territory.bornes)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
