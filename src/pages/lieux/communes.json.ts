/**
 * /lieux/communes.json: the offline gazetteer (communes, postcodes, centres) for « Près de »,
 * fetched by the catalogue only when a person starts typing a place. Format: docs/gazetteer.md.
 */
import type { APIRoute } from 'astro';
import { getGazetteer } from '../../content.ts';

export const GET = (async () => {
  const gazetteer = await getGazetteer();
  return new Response(JSON.stringify(gazetteer), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
