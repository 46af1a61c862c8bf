/**
 * /lieux/recherche.json: the compact search index of the catalogue (format:
 * src/lib/catalogue/search-index.ts), fetched by the search box on first use — never inlined in a page.
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE, getTerritory, getVenueSummaries } from '../../content.ts';
import { buildSearchIndex } from '../../lib/catalogue/search-index.ts';

export const GET = (async () => {
  const territory = await getTerritory();
  const index = buildSearchIndex(await getVenueSummaries(), {
    territoires: territory.sous_territoires.map((sub) => sub.id),
    built: BUILD_DATE.toISOString().slice(0, 10),
  });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
