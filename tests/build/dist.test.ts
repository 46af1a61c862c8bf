/**
 * Checks on the built demo site (dist/, built by `npm test` before this project runs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { initialJsBytes } from '../helpers/js-size.ts';
import { decodeSearchIndex, type SearchIndexData } from '../../src/lib/catalogue/search-index.ts';
import { parseFrontMatterOrThrow } from '../../src/lib/frontmatter.ts';

const dist = 'dist';
const venueFiles = readdirSync('content/lieux').filter((name) => name.endsWith('.md') && !name.startsWith('_'));

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles();

/** form-action as the demo territory asks for it: its repository is on GitHub. */
const territory = load(readFileSync('content/territoire.yaml', 'utf8')) as { contributions: { depot?: string } };
const formActions = ["'self'", 'mailto:', ...(territory.contributions.depot ? [new URL(territory.contributions.depot).origin] : [])];

/** The directives of a page's <meta> Content-Security-Policy: name → sources; fails on a missing or repeated one. */
function cspOf(html: string, page: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
  expect(metas, page).toHaveLength(1);
  const directives = new Map<string, string[]>();
  for (const text of metas[0]![1]!.split(';').map((part) => part.trim()).filter(Boolean)) {
    const [name, ...sources] = text.split(/\s+/);
    expect(directives.has(name!.toLowerCase()), `${page}: ${name} twice (browsers ignore the second)`).toBe(false);
    directives.set(name!.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that apply to a fetch directive: its own, or default-src's. */
const effective = (csp: Map<string, string[]>, name: string) => csp.get(name) ?? csp.get('default-src') ?? ['*'];
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

describe('the built site', () => {
  it('has one page per venue file, and the collections are not empty', () => {
    expect(venueFiles.length).toBeGreaterThan(500);
    const built = readdirSync(join(dist, 'lieux'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(built.sort()).toEqual(venueFiles.map((name) => name.replace(/\.md$/, '')).sort());
    expect(existsSync(join(dist, 'leviers', 'demarches', 'index.html'))).toBe(true);
    expect(readdirSync(join(dist, 'structures')).length).toBeGreaterThan(1);
  });

  it('lists every venue on /lieux/ with its count in the heading', () => {
    const html = readFileSync(join(dist, 'lieux', 'index.html'), 'utf8');
    const links = new Set(html.match(/href="\/lieux\/[a-z0-9-]+\/"/g));
    expect(links.size).toBe(venueFiles.length);
    expect(html).toMatch(new RegExp(`<h1>Tous les lieux : ${new Intl.NumberFormat('fr-FR').format(venueFiles.length)} lieux</h1>`));
  });

  it('a lever no venue lists says where to ask instead (a_defaut), with a link to that lever\'s venues, on every list of it', () => {
    const index = decodeSearchIndex(JSON.parse(readFileSync(join(dist, 'lieux', 'recherche.json'), 'utf8')) as SearchIndexData);
    const territoires = (JSON.parse(readFileSync(join(dist, 'lieux', 'recherche.json'), 'utf8')) as SearchIndexData).territoires;
    let checked = 0;
    for (const file of readdirSync('content/leviers').filter((name) => name.endsWith('.md'))) {
      const id = file.replace(/\.md$/, '');
      const fallback = (parseFrontMatterOrThrow(readFileSync(join('content/leviers', file), 'utf8')).data as { a_defaut?: { levier: string } }).a_defaut?.levier;
      if (!fallback || index.some((venue) => venue.leviers.includes(id as never))) continue;
      checked++;
      const fallbackLink = (html: string) => html.match(/<p class="lever-fallback">.*?<a href="([^"]+)">/)?.[1];
      expect(fallbackLink(readFileSync(join(dist, 'index.html'), 'utf8')), 'home').toBe(`/leviers/${fallback}/`);
      expect(fallbackLink(readFileSync(join(dist, 'leviers', id, 'index.html'), 'utf8')), `/leviers/${id}/`).toBe(`/leviers/${fallback}/`);
      territoires.forEach((sub, position) => {
        const html = readFileSync(join(dist, 'territoires', sub, id, 'index.html'), 'utf8');
        const here = index.some((venue) => venue.territoire === position && venue.leviers.includes(fallback as never));
        expect(fallbackLink(html), `/territoires/${sub}/${id}/`).toBe(here ? `/territoires/${sub}/${fallback}/` : undefined);
        // No « other sub-territories » link to the lever's page: it is empty too.
        expect(html.match(/<p class="empty">.*?<\/p>/)?.[0], `/territoires/${sub}/${id}/`).not.toContain(`href="/leviers/${id}/"`);
        if (here) expect(existsSync(join(dist, 'territoires', sub, fallback, 'index.html'))).toBe(true);
      });
    }
    // The demo lists no practical service (imported listings never name one): the case is there.
    expect(checked).toBeGreaterThan(0);
  });

  it('inlines no dataset: no page carries an inline script over 3 KB', () => {
    let inline = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        inline++;
        // Astro's island runtime (the orientation page's React island) is framework code, not a dataset.
        if (body!.includes('astro-island')) continue;
        expect(body!.length, page).toBeLessThan(3000);
      }
    }
    // Venue pages carry their JSON-LD inline: the pattern does find inline scripts.
    expect(inline).toBeGreaterThanOrEqual(venueFiles.length);
  });

  it('a venue page links to no more than a handful of other venues', () => {
    const otherVenues = (html: string, id: string) => new Set((html.match(/href="\/lieux\/[a-z0-9-]+\/"/g) ?? []).filter((link) => !link.includes(`/${id}/`)));
    // The same count finds every venue on the list page: a change of link format cannot make this test pass on zero.
    expect(otherVenues(readFileSync(join(dist, 'lieux', 'index.html'), 'utf8'), '').size).toBe(venueFiles.length);
    const sample = readdirSync(join(dist, 'lieux'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).slice(0, 50);
    expect(sample).toHaveLength(50);
    for (const entry of sample) {
      const html = readFileSync(join(dist, 'lieux', entry.name, 'index.html'), 'utf8');
      expect(otherVenues(html, entry.name).size, entry.name).toBeLessThan(5);
    }
  });

  it('has a strict Content-Security-Policy on every page, before anything it governs', () => {
    expect(pages.length).toBeGreaterThan(venueFiles.length);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const csp = cspOf(html, page);
      // A <meta> policy only governs what comes after it: it must precede every script (JSON-LD is data,
      // never run), style, stylesheet and image.
      const meta = html.search(/<meta http-equiv="content-security-policy"/i);
      const first = html.search(/<script(?![^>]*application\/ld\+json)|<style|<link[^>]*rel="stylesheet"|<img/i);
      expect(meta, page).toBeLessThan(first === -1 ? Infinity : first);
      // Nothing is allowed unless named; nothing from another origin; no inline code but Astro's hashes.
      expect(csp.get('default-src'), page).toEqual(["'none'"]);
      expect(csp.get('script-src')?.filter((source) => !HASH.test(source)), page).toEqual(["'self'"]);
      expect(csp.get('style-src')?.filter((source) => !HASH.test(source)), page).toEqual(["'self'"]);
      for (const name of ['img-src', 'connect-src', 'font-src', 'media-src', 'manifest-src', 'worker-src', 'frame-src']) {
        expect(effective(csp, name), `${page}: ${name}`).toSatisfy((sources: string[]) => sources.every((source) => source === "'self'" || source === "'none'"));
      }
      expect(effective(csp, 'object-src'), page).toEqual(["'none'"]);
      // Directives that do not fall back to default-src.
      expect(csp.get('base-uri'), page).toEqual(["'none'"]);
      // Forms go to the site, to mailto: (« Signaler une erreur ») and to the repository's origin, nothing else.
      expect(csp.get('form-action'), page).toEqual(formActions);
      for (const [name, sources] of csp) {
        if (name === 'form-action') continue;
        for (const source of sources) expect(source, `${page}: ${name}`).toMatch(/^'(self|none)'$|^'sha(256|384|512)-/);
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
      expect(html, page).not.toMatch(/\sstyle\s*=\s*["']/i);
      expect(html, page).not.toMatch(/<base[\s>]/i);
    }
  });

  it('references only files that exist in dist/ (scripts, stylesheets, icons, images)', () => {
    const missing = new Set<string>();
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const [, path] of html.matchAll(/<(?:script|img|link)\b[^>]*\b(?:src|href)="(\/[^"#?]*)"/g)) {
        checked++;
        const file = join(dist, decodeURIComponent(path!));
        if (!existsSync(path!.endsWith('/') ? join(file, 'index.html') : file)) missing.add(`${page}: ${path}`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 2);
    expect([...missing]).toEqual([]);
  });

  it('is in French, with one h1 and a main landmark per page', () => {
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).toMatch(/<html lang="fr"/);
      expect(html.match(/<h1[\s>]/g), page).toHaveLength(1);
      expect(html.match(/<main[\s>]/g), page).toHaveLength(1);
    }
  });

  const initialJs = (page: string) => initialJsBytes(dist, page);

  // A venue page runs « ouvert maintenant » (the evaluator and the strings chunk it shares) and the report form's few
  // lines that write its e-mail in UTF-8 (src/components/ReportForm.astro): 5.9 KB measured since the strings count
  // with src/lib/plural.ts instead of pulling the search's text folding (7.0 KB before); the budget was 6 KB before
  // that form.
  it('ships little JavaScript before the first interaction: ≤ 40 KB gzip on list pages, ≤ 7 KB on a venue page', () => {
    const list = initialJs(join(dist, 'lieux', 'index.html'));
    expect(list, '/lieux/ runs the catalogue script').toBeGreaterThan(2_000);
    expect(list).toBeLessThan(40_000);
    for (const page of pages.filter((path) => !/\/lieux\/[^/]+\/index\.html$/.test(path))) expect(initialJs(page), page).toBeLessThan(40_000);
    const venuePages = pages.filter((path) => /\/lieux\/[^/]+\/index\.html$/.test(path));
    const heaviestVenue = Math.max(...venuePages.slice(0, 100).map(initialJs));
    expect(heaviestVenue).toBeGreaterThan(0);
    expect(heaviestVenue).toBeLessThan(7_000);
  });

  it('keeps the search code and Fuse out of the first load (loaded with the index on first use)', () => {
    const html = readFileSync(join(dist, 'lieux', 'index.html'), 'utf8');
    const [, entry] = html.match(/<script[^>]*\bsrc="\/_astro\/([^"]+\.js)"/) ?? [];
    const code = readFileSync(join(dist, '_astro', entry!), 'utf8');
    expect(code).toMatch(/import\(`?["'`]?\.\/finder-data/);
    expect(code).not.toMatch(/Fuse|ignoreLocation/);
    expect(html).not.toMatch(/recherche\.json"[^>]*rel="preload"/);
  });

  it('a venue page has a tel: link, JSON-LD and the report e-mail link', () => {
    const withPhone = venueFiles.find((name) => /^telephone:/m.test(readFileSync(join('content/lieux', name), 'utf8')))!;
    const html = readFileSync(join(dist, 'lieux', withPhone.replace(/\.md$/, ''), 'index.html'), 'utf8');
    expect(html).toMatch(/href="tel:\+33\d{9}"/);
    expect(html).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org"/);
    expect(html).toMatch(/href="mailto:[^"]+\?subject=/);
    expect(statSync(join(dist, '404.html')).size).toBeGreaterThan(0);
  });

  it('says when an itinerant venue stops in words, never in the opening_hours syntax of its file', () => {
    const withStopHours = venueFiles.filter((name) => /^arrets:[\s\S]*?^ {4}horaires:/m.test(readFileSync(join('content/lieux', name), 'utf8')));
    expect(withStopHours.length).toBeGreaterThan(0);
    for (const name of withStopHours) {
      const html = readFileSync(join(dist, 'lieux', name.replace(/\.md$/, ''), 'index.html'), 'utf8');
      const stops = /<section aria-labelledby="arrets">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      expect(stops, name).toMatch(/\u00a0: (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d+ h/);
      expect(stops, name).not.toMatch(/\b(Mo|Tu|We|Th|Fr|Sa|Su) \d\d:\d\d/);
    }
  });
});
