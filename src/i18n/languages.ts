/**
 * Which language the site is built in. One language per build, set with the SITE_LANG environment
 * variable (French by default), read in astro.config.mjs like SITE_URL. The integration below makes
 * ./index.ts re-export that language's module instead of ./fr.ts, for the pages and the browser
 * scripts alike: a built page carries one language only. Unit tests and Node scripts read French.
 * Used by the configuration and the tests only, never by a page.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Strings } from './index.ts';

/**
 * Every language the site can be built in, and its module. The type checker compares each module
 * with fr.ts (`npm run check` names a missing group or key); tests/unit/i18n.test.ts does it again.
 */
export const LANGUAGE_MODULES = {
  fr: () => import('./fr.ts'),
} satisfies Record<string, () => Promise<Strings>>;

export type Language = keyof typeof LANGUAGE_MODULES;
export const LANGUAGES = Object.keys(LANGUAGE_MODULES) as Language[];
export const DEFAULT_LANGUAGE: Language = 'fr';

/** The value of SITE_LANG, checked; empty or unset: French. */
export function siteLanguage(value: string | undefined): Language {
  const language = value?.trim() || DEFAULT_LANGUAGE;
  if (!(LANGUAGES as string[]).includes(language)) {
    throw new Error(`SITE_LANG=${language} : langue inconnue. Langues possibles : ${LANGUAGES.join(', ')} (un fichier par langue dans src/i18n/, voir docs/i18n.md).`);
  }
  return language as Language;
}

const INDEX = fileURLToPath(new URL('./index.ts', import.meta.url));

/** Astro integration: src/i18n/index.ts re-exports `./<language>.ts` instead of `./fr.ts`. */
export function interfaceLanguage(language: Language): AstroIntegration {
  return {
    name: 'reperes:interface-language',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'reperes:interface-language',
                enforce: 'pre',
                resolveId(source, importer) {
                  if (language === DEFAULT_LANGUAGE || source !== './fr.ts' || importer?.split('?')[0] !== INDEX) return null;
                  return this.resolve(`./${language}.ts`, importer, { skipSelf: true });
                },
              },
            ],
          },
        });
      },
    },
  };
}
