/**
 * Interface strings in one place (src/i18n/, docs/i18n.md): no interface text left in components,
 * pages, layouts, browser scripts and wording helpers; every string read somewhere; every language
 * of the same shape as French; the build's language chosen by SITE_LANG.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fr from '../../src/i18n/fr.ts';
import * as t from '../../src/i18n/index.ts';
import { interfaceLanguage, LANGUAGE_MODULES, LANGUAGES, siteLanguage, type Language } from '../../src/i18n/languages.ts';
import { STANDARD_ENUMERATIONS } from '../../src/lib/schema/standard.ts';
import { FUSION_DECISIONS } from '../../src/lib/schema/fusions.ts';
import { findInterfaceText, shapeDifferences, unusedStrings } from '../helpers/interface-text.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(astro|tsx?)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Where interface text was written before src/i18n/: every component, layout and page, and the
 * helpers that word the standard's values for them. (src/lib/jsonld.ts writes schema.org names only.)
 */
const SCANNED = [
  ...filesUnder('src/components'),
  ...filesUnder('src/layouts'),
  ...filesUnder('src/pages'),
  'src/lib/wording.ts',
  'src/lib/labels.ts',
  'src/lib/contribute.ts',
  'src/lib/catalogue/filters.ts',
  'src/lib/hours/evaluate.ts',
];

/**
 * The content checks: the reader, the schemas, the checks across files and the build's Node modules, whose lines
 * contributors read (`npm run validate`, the build, the submission form). The standard's own lists
 * (standard.ts, typologies.ts: its values and the data·inclusion labels) are data.
 */
const CHECKS = [
  ...filesUnder('src/lib/schema').filter((path) => !/(standard|typologies)\.ts$/.test(path)),
  'src/lib/content-check.ts',
  'src/lib/frontmatter.ts',
  'src/lib/markdown/body-check.ts',
  'src/lib/catalogue/query-match.ts',
  'src/lib/hours/compile.ts',
  ...filesUnder('src/lib/mednum'),
  ...filesUnder('src/node'),
];

/**
 * Strings of the checks that are values, not words: time-zone names, GeoJSON, type and error class names, the
 * publisher's name, the decisions maintainers write in content/fusions.yaml, lists of ISO 639-1 codes, zod's
 * placeholder for an unknown-keys issue (always replaced by a French line), opening_hours day codes, the values of the
 * sources the importers read (v0.1 publics, France Services formats), the text the France Services import writes into a
 * venue file, and the English errors for a developer who calls the hours compiler wrongly.
 */
const CHECK_VALUES = new Set<string>([
  ...FUSION_DECISIONS,
  'Europe/Paris', 'Europe/Brussels', 'Feature', 'FeatureCollection', 'Point', 'MultiPolygon', 'ContentError', 'GazetteerFileError', 'Repères', 'unknown keys',
  'Venue', 'Operator', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su',
  'Adultes', 'Jeunes (16-26 ans)', 'Seniors (+ 65 ans)', 'Familles/enfants', 'Bus_équivalent', 'Itinérante', 'Sur rendez-vous.',
]);
const isCheckValue = (text: string) =>
  CHECK_VALUES.has(text) || /^[a-z]{2}( [a-z]{2})+$/.test(text) || /^(\[hours\] could not switch|off by one hour|horizonDays must be)/.test(text);

/** Values of the standard the code tests for (« Se présenter », « Itinérant »): data, not text. */
const DATA = new Set<string>(Object.values(STANDARD_ENUMERATIONS).flat());

/** Every source file that may read a string. */
const SOURCES = [...filesUnder('src'), ...filesUnder('scripts')].filter((path) => !path.startsWith(join('src', 'i18n')));

describe('interface text lives in src/i18n/', () => {
  it('no component, page, layout, browser script or wording helper writes interface text itself', () => {
    expect(SCANNED.length).toBeGreaterThan(20);
    const found = SCANNED.flatMap((path) =>
      findInterfaceText(path, readFileSync(path, 'utf8'), DATA).map((finding) => `${path}:${finding.line}: ${finding.kind} « ${finding.text} »`),
    );
    expect(found, 'move these into src/i18n/fr.ts (docs/i18n.md)').toEqual([]);
  });

  it("no content check writes its messages itself (the validator's lines come from src/i18n/ too)", () => {
    expect(CHECKS.length).toBeGreaterThan(20);
    const found = CHECKS.flatMap((path) =>
      findInterfaceText(path, readFileSync(path, 'utf8'), DATA)
        .filter((finding) => !isCheckValue(finding.text))
        .map((finding) => `${path}:${finding.line}: ${finding.kind} « ${finding.text} »`),
    );
    expect(found, 'move these into src/i18n/fr-checks-*.ts (docs/i18n.md)').toEqual([]);
  });

  it('the check finds text in a template, in an attribute and in a string, and lets code values through', () => {
    const page = [
      '---',
      "const label = 'Voir plus';",
      "const where = `Lieux ${sub}`;",
      "const other = 'votre position';",
      "if (event.key === 'Escape') close();",
      "const kind: 'Accueil' | 'lieux' = 'lieux';",
      "const free = frais.includes('Gratuit');",
      '---',
      '<nav aria-label="Menu"><a href="/lieux/" class="button button-primary" rel="noopener noreferrer">Tous les lieux</a></nav>',
      '<p>{t.venue.contact} : {count}</p>',
    ].join('\n');
    expect(findInterfaceText('page.astro', page, new Set(['Gratuit']))).toEqual([
      { line: 2, kind: 'string', text: 'Voir plus' },
      { line: 3, kind: 'string', text: 'Lieux {}' },
      { line: 4, kind: 'string', text: 'votre position' },
      { line: 9, kind: 'attribute aria-label', text: 'Menu' },
      { line: 9, kind: 'text', text: 'Tous les lieux' },
    ]);
    expect(findInterfaceText('script.ts', "el.setAttribute('aria-label', 'Aides proposées');\nel.className = 'venue-card';")).toEqual([
      { line: 1, kind: 'string', text: 'Aides proposées' },
    ]);
  });

  it('code reads strings as `t.group.key`, through src/i18n/index.ts only', () => {
    const imports = SOURCES.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/import\s+([^;]+?)\s+from\s+['"]([^'"]*\/i18n\/[^'"]*)['"]/g)].map(
        ([, clause, from]) => `${path}: import ${clause} from '${from}'`,
      ),
    );
    expect(imports.length).toBeGreaterThan(20);
    expect(imports.filter((line) => !/: import \* as t from '[./]*(\/src)?\/i18n\/index\.ts'$/.test(line))).toEqual([]);
  });

  it('every string is read somewhere (no dead strings)', () => {
    expect(unusedStrings(fr, SOURCES.map((path) => readFileSync(path, 'utf8')))).toEqual([]);
  });

  it('the dead-string check names what nothing reads', () => {
    const strings = {
      page: { title: 'Titre', unused: 'Jamais lu', parts: { before: 'a', after: 'b' }, table: { x: 'X', y: 'Y' } },
      other: { thing: 'Chose' },
    };
    const sources = ['<h1>{t.page.title}</h1>', '{t.page.parts.before}', 'const value = t.page.table[key];'];
    expect(unusedStrings(strings, sources)).toEqual(['t.page.unused', 't.page.parts.after', 't.other.thing']);
  });
});

describe('languages', () => {
  it('code gets the French strings by default', () => {
    expect(t.layout).toBe(fr.layout);
    expect(t.locale.lang).toBe('fr');
    expect(LANGUAGES).toContain('fr');
  });

  it.each(LANGUAGES)('%s has the groups and keys of the French strings', async (language) => {
    const strings = await LANGUAGE_MODULES[language]();
    expect(shapeDifferences(fr, strings)).toEqual([]);
  });

  it('the shape check names what a language lacks or adds', () => {
    const french = { page: { title: 'Titre', count: (n: number) => `${n}`, days: ['lundi', 'mardi'], parts: { before: 'a' } } };
    const broken = { page: { count: (n: number, m: number) => `${n}${m}`, days: ['maandag'], parts: {}, extra: 'x' } };
    expect(shapeDifferences(french, broken)).toEqual([
      'page.title: missing',
      'page.count: function of 2 values, the French one gives 1',
      'page.days: 1 items instead of 2',
      'page.parts.before: missing',
      'page.extra: not in the French strings',
    ]);
    expect(shapeDifferences(french, { page: { ...french.page, count: () => 'n' } })).toEqual([]);
  });

  it('SITE_LANG chooses the language of the build; unset or empty: French; unknown: a clear error', () => {
    expect(siteLanguage(undefined)).toBe('fr');
    expect(siteLanguage('')).toBe('fr');
    expect(siteLanguage(' fr ')).toBe('fr');
    expect(() => siteLanguage('nl')).toThrow(/^SITE_LANG=nl : langue inconnue\. Langues possibles : fr /);
  });

  it('the build swaps the French module for the chosen one, in src/i18n/index.ts only', async () => {
    type ResolveId = (this: { resolve: (source: string, importer: string) => Promise<{ id: string }> }, source: string, importer?: string) => unknown;
    const pluginOf = (language: string) => {
      const plugins: { resolveId: ResolveId }[] = [];
      const setup = interfaceLanguage(language as Language).hooks['astro:config:setup']!;
      void setup({ updateConfig: (config: { vite: { plugins: { resolveId: ResolveId }[] } }) => plugins.push(...config.vite.plugins) } as never);
      return plugins[0]!;
    };
    const context = { resolve: async (source: string, importer: string) => ({ id: resolve(dirname(importer), source) }) };
    const index = resolve('src/i18n/index.ts');
    expect(await pluginOf('xx').resolveId.call(context, './fr.ts', index)).toEqual({ id: resolve('src/i18n/xx.ts') });
    expect(await pluginOf('xx').resolveId.call(context, './fr.ts', resolve('src/lib/other.ts'))).toBeNull();
    expect(await pluginOf('xx').resolveId.call(context, './text.ts', index)).toBeNull();
    expect(await pluginOf('fr').resolveId.call(context, './fr.ts', index)).toBeNull();
  });
});
