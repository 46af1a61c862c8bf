/**
 * /proposer/fiches/<group>.json: the listings' files as the submission form reads them to correct one (« Modifier
 * cette fiche »), in a few files rather than one per listing (18,000 small files cost a national build seconds of
 * file writing): `lieux-00` … `lieux-63` hold the venues whose id falls in that group (`sourceGroup`,
 * src/lib/submission/send.ts, which the form computes the same way), `structures` the operators. Each listing: the
 * checked front matter, without what the site derives (levers) and without the territory's own country, and the
 * Markdown body. JSON, never HTML: what a contributor wrote stays data.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOperators, getTerritory, getVenues } from '../../../content.ts';
import { SOURCE_GROUPS, sourceGroup } from '../../../lib/submission/send.ts';

type Listing = { frontmatter: Record<string, unknown>; body: string };

export const getStaticPaths = (async () => {
  const country = (await getTerritory()).pays;
  const file = (data: Record<string, unknown>, body: string | undefined): Listing => {
    const { leviers: _derived, pays, ...frontmatter } = data;
    return { frontmatter: pays === country ? frontmatter : { ...frontmatter, pays }, body: body ?? '' };
  };
  const groups = new Map<string, Record<string, Listing>>();
  for (let index = 0; index < SOURCE_GROUPS; index++) groups.set(sourceGroup('', index), {});
  for (const entry of await getVenues()) groups.get(sourceGroup(entry.id))![entry.id] = file(entry.data, entry.body);
  const operators: Record<string, Listing> = {};
  for (const entry of await getOperators()) operators[entry.id] = file(entry.data, entry.body);
  groups.set('structures', operators);
  return [...groups].map(([group, listings]) => ({ params: { group }, props: { listings } }));
}) satisfies GetStaticPaths;

export const GET = (({ props }) =>
  new Response(JSON.stringify(props.listings), { headers: { 'content-type': 'application/json; charset=utf-8' } })) satisfies APIRoute<{ listings: Record<string, Listing> }>;
