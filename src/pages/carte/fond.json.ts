/**
 * /carte/fond.json: the outlines of the embedded basemap of the territory (countries, départements; GeoJSON,
 * src/node/basemap-build.ts), built from npm-packaged open data; no tile server. Its commune labels are served
 * apart (/carte/communes.json, ./communes.json.ts). Built once per build (getBasemap), shared with the venue
 * pages' plans.
 */
import type { APIRoute } from 'astro';
import { getBasemap } from '../../content.ts';
import { splitBasemap } from '../../node/basemap-build.ts';

export const GET = (async () =>
  new Response(JSON.stringify(splitBasemap(await getBasemap()).outlines), { headers: { 'content-type': 'application/json; charset=utf-8' } })) satisfies APIRoute;
