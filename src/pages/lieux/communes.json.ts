/**
 * /lieux/communes.json: the offline gazetteer (communes, postcodes, centres) for « Près de »,
 * fetched by the catalogue only when a person starts typing a place. Format: docs/gazetteer.md.
 */
import type { APIRoute } from 'astro';
import { getTerritory, getVenues } from '../../content.ts';
import { gazetteerForTerritory } from '../../node/gazetteer-build.ts';

export const GET = (async () => {
  const territory = await getTerritory();
  const venues = (await getVenues()).map((venue) => venue.data);
  const { gazetteer } = gazetteerForTerritory(process.env.CONTENT_DIR || 'content', territory, venues);
  return new Response(JSON.stringify(gazetteer), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
