/**
 * /carte/communes.json: the commune labels of the embedded basemap (GeoNames points with name and population,
 * src/node/basemap-build.ts), apart from its outlines (/carte/fond.json) so that the map adds them after its
 * first frame (src/components/map-view.ts).
 */
import type { APIRoute } from 'astro';
import { getBasemap } from '../../content.ts';
import { splitBasemap } from '../../node/basemap-build.ts';

export const GET = (async () =>
  new Response(JSON.stringify(splitBasemap(await getBasemap()).communes), { headers: { 'content-type': 'application/json; charset=utf-8' } })) satisfies APIRoute;
