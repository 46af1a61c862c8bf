// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import { escapeRawHtml } from './src/lib/markdown/escape-html.ts';
import { interfaceLanguage, siteLanguage } from './src/i18n/languages.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Set SITE_URL when deploying (used for canonical URLs and JSON-LD); any static host works.
  site: process.env.SITE_URL || 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) glues inline elements written on separate lines.
  compressHTML: true,
  // Set SITE_LANG to build the interface in another language (docs/i18n.md); French by default.
  integrations: [react(), interfaceLanguage(siteLanguage(process.env.SITE_LANG))],
  security: {
    // A <meta> Content-Security-Policy with hashes for every script and style Astro emits.
    csp: true,
  },
  markdown: {
    syntaxHighlight: false,
    // Raw HTML typed in a Markdown body is shown as text, never rendered.
    processor: satteri({ mdastPlugins: [escapeRawHtml] }),
  },
  server: { port: 4321, host: false },
  devToolbar: { enabled: false },
});
