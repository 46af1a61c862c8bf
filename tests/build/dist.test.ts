/**
 * Checks on the built demo site (dist/, built by `npm test` before this project runs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialJsBytes } from '../helpers/js-size.ts';

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

  it('inlines no dataset: no page carries an inline script over 3 KB', () => {
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(body!.length, page).toBeLessThan(3000);
      }
    }
  });

  it('a venue page links to no more than a handful of other venues', () => {
    const sample = readdirSync(join(dist, 'lieux'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).slice(0, 50);
    for (const entry of sample) {
      const html = readFileSync(join(dist, 'lieux', entry.name, 'index.html'), 'utf8');
      const others = new Set((html.match(/href="\/lieux\/[a-z0-9-]+\/"/g) ?? []).filter((link) => !link.includes(`/${entry.name}/`)));
      expect(others.size, entry.name).toBeLessThan(5);
    }
  });

  it('has a Content-Security-Policy on every page, no inline event handler and no inline style', () => {
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).toMatch(/<meta http-equiv="content-security-policy"/i);
      expect(html, page).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
      expect(html, page).not.toMatch(/\sstyle\s*=\s*["']/i);
    }
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

  it('ships little JavaScript before the first interaction: ≤ 40 KB gzip on list pages, ≤ 6 KB on a venue page', () => {
    const list = initialJs(join(dist, 'lieux', 'index.html'));
    expect(list, '/lieux/ runs the catalogue script').toBeGreaterThan(2_000);
    expect(list).toBeLessThan(40_000);
    for (const page of pages.filter((path) => !/\/lieux\/[^/]+\/index\.html$/.test(path))) expect(initialJs(page), page).toBeLessThan(40_000);
    const venuePages = pages.filter((path) => /\/lieux\/[^/]+\/index\.html$/.test(path));
    const heaviestVenue = Math.max(...venuePages.slice(0, 100).map(initialJs));
    expect(heaviestVenue).toBeGreaterThan(0);
    expect(heaviestVenue).toBeLessThan(6_000);
  });

  it('keeps the search code and Fuse out of the first load (loaded with the index on first use)', () => {
    const html = readFileSync(join(dist, 'lieux', 'index.html'), 'utf8');
    const [, entry] = html.match(/<script[^>]*\bsrc="\/_astro\/([^"]+\.js)"/) ?? [];
    const code = readFileSync(join(dist, '_astro', entry!), 'utf8');
    expect(code).toMatch(/import\(`?["'`]?\.\/finder-data/);
    expect(code).not.toMatch(/Fuse|ignoreLocation/);
    expect(html).not.toMatch(/recherche\.json"[^>]*rel="preload"/);
  });

  it('a venue page has a tel: link, JSON-LD and the report link', () => {
    const withPhone = venueFiles.find((name) => /^telephone:/m.test(readFileSync(join('content/lieux', name), 'utf8')))!;
    const html = readFileSync(join(dist, 'lieux', withPhone.replace(/\.md$/, ''), 'index.html'), 'utf8');
    expect(html).toMatch(/href="tel:\+33\d{9}"/);
    expect(html).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org"/);
    expect(html).toMatch(/href="mailto:[^"]+\?subject=/);
    expect(statSync(join(dist, '404.html')).size).toBeGreaterThan(0);
  });
});
