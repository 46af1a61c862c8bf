/**
 * The situation plan on the built venue pages (dist/, built by `npm test` before this project runs): an inline
 * SVG named for people, small, with nothing loaded from OpenStreetMap or elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import * as t from '../../src/i18n/index.ts';
import { formatView } from '../../src/lib/map/style.ts';

const dist = 'dist';
const venues = readdirSync('content/lieux')
  .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
  .map((name) => {
    const text = readFileSync(join('content/lieux', name), 'utf8');
    const data = load(text.split(/^---$/m)[1]!) as {
      nom: string;
      commune: string;
      adresse: string;
      complement_adresse?: string;
      code_postal: string | number;
      latitude?: number;
      longitude?: number;
    };
    const address = [data.adresse, data.complement_adresse, `${data.code_postal} ${data.commune}`].filter(Boolean).join(', ');
    return { id: name.replace(/\.md$/, ''), address, ...data };
  });

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The plan's <svg> element of a page, and its opening tag. */
function planOf(html: string): { svg: string; tag: string } | undefined {
  const match = /<svg [^>]*class="situation-map"[^>]*>[\s\S]*?<\/svg>/.exec(html);
  return match ? { svg: match[0], tag: match[0].slice(0, match[0].indexOf('>') + 1) } : undefined;
}

describe('the situation plan on venue pages', () => {
  const pages = venues.map((venue) => ({ venue, html: readFileSync(join(dist, 'lieux', venue.id, 'index.html'), 'utf8') }));

  it('is an inline SVG image, named « Plan de situation : name, à commune », described by text of the page', () => {
    const located = pages.filter(({ venue }) => venue.latitude !== undefined && venue.longitude !== undefined);
    expect(located.length).toBeGreaterThan(500);
    for (const { venue, html } of located) {
      const plan = planOf(html);
      expect(plan, venue.id).toBeDefined();
      expect(plan!.tag, venue.id).toMatch(/ role="img"/);
      const label = /aria-label="([^"]*)"/.exec(plan!.tag)?.[1];
      expect(decode(label ?? ''), venue.id).toBe(t.situation.label(venue.nom, venue.commune));
      const described = /aria-describedby="([^"]+)"/.exec(plan!.tag)?.[1];
      expect(html, venue.id).toMatch(new RegExp(`<p id="${described}">Sur le plan, |<p id="${described}">Aucune commune`));
      // The scale bar and at most a few communes, their names written as text (HTML in the SVG).
      expect(plan!.svg, venue.id).toMatch(/<foreignObject [^>]*><span>\d+ km<\/span><\/foreignObject><\/svg>$/);
      expect((plan!.svg.match(/<foreignObject /g) ?? []).length, venue.id).toBeLessThanOrEqual(7);
      // The caption: communes, not streets, and the address.
      expect(decode(html), venue.id).toContain(`<p>${t.situation.caption(venue.address)}</p>`);
    }
  });

  it('links to the site map at the venue, and to OpenStreetMap only as a link', () => {
    for (const { venue, html } of pages.filter(({ venue }) => venue.latitude !== undefined && venue.longitude !== undefined)) {
      expect(html, venue.id).toContain(`<a href="/carte/${formatView(13, { lng: venue.longitude!, lat: venue.latitude! })}">${t.situation.seeOnMap}</a>`);
      expect(html, venue.id).not.toMatch(/<(iframe|script|img|link|object|embed)\b[^>]*openstreetmap/i);
      expect(html, venue.id).not.toMatch(/<iframe/i);
    }
  });

  it('weighs at most 4 KB gzip per page', () => {
    const sizes = pages.flatMap(({ html }) => {
      const plan = planOf(html);
      return plan ? [gzipSync(plan.svg).length] : [];
    });
    expect(sizes.length).toBeGreaterThan(500);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4096);
  });
});
