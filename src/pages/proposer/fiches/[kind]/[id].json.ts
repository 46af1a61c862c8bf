/**
 * /proposer/fiches/<lieux|structures>/<id>.json: a listing's file as the submission form reads it to correct it
 * (« Modifier cette fiche »): the checked front matter, without what the site derives (levers) and without the
 * territory's own country, and the Markdown body. JSON, never HTML: what a contributor wrote stays data.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOperators, getTerritory, getVenues } from '../../../../content.ts';

export const getStaticPaths = (async () => {
  const country = (await getTerritory()).pays;
  const file = (data: Record<string, unknown>, body: string | undefined) => {
    const { leviers: _derived, pays, ...frontmatter } = data;
    return { frontmatter: pays === country ? frontmatter : { ...frontmatter, pays }, body: body ?? '' };
  };
  return [
    ...(await getVenues()).map((entry) => ({ params: { kind: 'lieux', id: entry.id }, props: { file: file(entry.data, entry.body) } })),
    ...(await getOperators()).map((entry) => ({ params: { kind: 'structures', id: entry.id }, props: { file: file(entry.data, entry.body) } })),
  ];
}) satisfies GetStaticPaths;

export const GET = (({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'content-type': 'application/json; charset=utf-8' } })) satisfies APIRoute<{ file: unknown }>;
