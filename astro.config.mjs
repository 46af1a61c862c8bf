// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import { escapeRawHtml } from './src/lib/markdown/escape-html.ts';
import { interfaceLanguage, siteLanguage } from './src/i18n/languages.ts';
import { readFileSync } from 'node:fs';
import { parseYamlOrThrow } from './src/lib/frontmatter.ts';
import { formActionSources } from './src/lib/contribute.ts';
import { reperesExports } from './src/node/exports.ts';

/**
 * Where the report form may send (« Signaler une erreur »): mailto: and the origin of the territory's
 * repository (contributions.depot of territoire.yaml), read with the project's safe YAML reader. A file
 * that cannot be read adds nothing here: the build's validation names its problem and stops.
 */
function reportFormActions() {
  try {
    const territory = parseYamlOrThrow(readFileSync(`${process.env.CONTENT_DIR || 'content'}/territoire.yaml`, 'utf8'));
    return formActionSources(/** @type {{ contributions?: { depot?: unknown } }} */ (territory)?.contributions?.depot);
  } catch {
    return formActionSources(undefined);
  }
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Set SITE_URL when deploying (used for canonical URLs and JSON-LD); any static host works.
  site: process.env.SITE_URL || 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) glues inline elements written on separate lines.
  compressHTML: true,
  // Set SITE_LANG to build the interface in another language (docs/i18n.md); French by default.
  // reperesExports: the open-data files of /donnees/, written before the pages and moved into dist/ (src/node/exports.ts).
  integrations: [react(), interfaceLanguage(siteLanguage(process.env.SITE_LANG)), reperesExports()],
  security: {
    // A <meta> Content-Security-Policy: Astro writes script-src and style-src ('self' and the hashes of
    // what it emits); everything else is denied unless listed here. The pages load only their own
    // images and fetch only their own JSON (search index, gazetteer). No <base>; forms go to this site,
    // mailto: or the repository only (form-action, below). frame-ancestors is ignored in a <meta>: a host
    // that wants it sets the header. Checked on every page by tests/build/dist.test.ts.
    // The map (/carte/) needs nothing more: MapLibre's worker is a same-origin module file
    // (setWorkerUrl, so no blob: worker; worker-src falls back to script-src 'self'), its stylesheet
    // and the labels' font are same-origin files, the basemap and points are fetched from the site
    // (connect-src 'self'), and marker images are drawn in the page. A remote map style
    // (carte.style_distant) needs its origin in connect-src; without it the embedded style is used.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        // The no-JavaScript orientation form is a GET form to the catalogue (this site); the report form
        // (« Signaler une erreur ») opens an e-mail (mailto:) or the repository's issue form: nothing else.
        `form-action ${reportFormActions().join(' ')}`,
      ],
    },
  },
  markdown: {
    syntaxHighlight: false,
    // Raw HTML typed in a Markdown body is shown as text, never rendered.
    processor: satteri({ mdastPlugins: [escapeRawHtml] }),
  },
  server: { port: 4321, host: false },
  // `astro dev` must not watch the benchmark's generated sites (.bench/, hundreds of thousands of files).
  vite: { server: { watch: { ignored: ['**/.bench/**'] } } },
  devToolbar: { enabled: false },
  build: { concurrency: 4 },
});
