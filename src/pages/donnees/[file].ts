/**
 * /donnees/<file>: the open-data exports (src/lib/export/, formats in docs/donnees.md), rendered once per build
 * (`getExports` in src/content.ts) and listed by /donnees/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExports } from '../../content.ts';
import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from '../../lib/export/index.ts';

export const getStaticPaths = (() => EXPORT_FORMATS.map((format) => ({ params: { file: EXPORT_FILES[format].file }, props: { format } }))) satisfies GetStaticPaths;

export const GET = (async ({ props }) => {
  const text = (await getExports())[props.format];
  return new Response(text, { headers: { 'content-type': EXPORT_FILES[props.format].type } });
}) satisfies APIRoute<{ format: ExportFormat }>;
