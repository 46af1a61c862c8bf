/**
 * /carte/fond.json: the embedded basemap of the territory (GeoJSON, src/node/basemap-build.ts), built from
 * npm-packaged open data; no tile server. Built once per build (getBasemap), shared with the venue pages' plans.
 */
import type { APIRoute } from 'astro';
import { getBasemap } from '../../content.ts';

export const GET = (async () => new Response(JSON.stringify(await getBasemap()), { headers: { 'content-type': 'application/json; charset=utf-8' } })) satisfies APIRoute;
