/** /carte/noto-sans.woff2: the map labels' font (Noto Sans, Latin, regular; @fontsource/noto-sans, OFL 1.1). */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { labelFontFile } from '../../node/basemap-build.ts';

export const GET = (() => new Response(readFileSync(labelFontFile()), { headers: { 'content-type': 'font/woff2' } })) satisfies APIRoute;
