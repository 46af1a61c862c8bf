/**
 * The map of /carte/ in Chromium with software WebGL (SwiftShader): rendered venues, clusters, « Voir sur la
 * carte », the card and the keyboard, the URL view, the fallback without WebGL, same origin, pa11y with the map
 * shown. The MapLibre instance is read from the `map` property of <reperes-map> (src/components/map.ts).
 * A screenshot of the map is kept in test-results/ as an artifact.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import pa11y from 'pa11y';
import puppeteer from 'puppeteer';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { decodePoints, type PointsData } from '../../src/lib/map/points.ts';

/** Software WebGL: the system Chromium through ANGLE on SwiftShader (no GPU on the test machines). */
const WEBGL_ARGS = [...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'), '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'];

const site = useSite(WEBGL_ARGS);
const points = decodePoints(JSON.parse(readFileSync('dist/carte/lieux.json', 'utf8')) as PointsData);

/** Opens /carte/ (wide screen: the map is shown at once) and waits until the map is ready and idle. */
async function openMap(path = '/carte/'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.origin}${path}`);
  await page.waitForSelector('reperes-map[data-state="ready"]');
  await waitIdle(page);
  return page;
}

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (document.querySelector('reperes-map') as unknown as { map?: { loaded(): boolean; isMoving(): boolean; areTilesLoaded(): boolean } }).map;
    return Boolean(map && map.loaded() && !map.isMoving() && map.areTilesLoaded());
  });
}

/** The venues the map draws: the sum of the clusters' point_count and of the single markers. */
async function drawnVenues(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map;
    const clusters = map.queryRenderedFeatures({ layers: ['lieux-groupes'] });
    const singles = map.queryRenderedFeatures({ layers: ['lieux-points'] });
    const ids = new Set(clusters.map((feature) => feature.properties.cluster_id as number));
    const counted = [...ids].reduce((sum, id) => sum + (clusters.find((feature) => feature.properties.cluster_id === id)!.properties.point_count as number), 0);
    return counted + new Set(singles.map((feature) => `${feature.properties.venue}/${(feature.geometry as { coordinates: number[] }).coordinates.join(',')}`)).size;
  });
}

describe('the map of /carte/', () => {
  it('draws every venue with coordinates (clusters and markers), and a screenshot is kept', async () => {
    const page = await openMap();
    expect(points.length).toBeGreaterThan(100);
    await expect.poll(() => drawnVenues(page)).toBe(points.length);
    mkdirSync('test-results', { recursive: true });
    await page.locator('.map-frame').screenshot({ path: 'test-results/carte.png' });
    await page.close();
  });

  it('zooms in when a cluster is selected', async () => {
    const page = await openMap();
    const before = await page.evaluate(() => (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map.getZoom());
    const target = await page.evaluate(() => {
      const map = (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map;
      const cluster = map.queryRenderedFeatures({ layers: ['lieux-groupes'] })[0]!;
      const point = map.project((cluster.geometry as { coordinates: [number, number] }).coordinates);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map.getZoom()))
      .toBeGreaterThan(before + 0.5);
    await page.close();
  });

  it('« Voir sur la carte » opens the right venue\'s card, Escape closes it and gives the focus back (keyboard only)', async () => {
    const page = await openMap();
    const venue = points.find((point) => !point.stop && point.venue > 3)!;
    const item = page.locator('.venue-list > li').nth(venue.venue);
    const name = (await item.locator('h3').textContent())!;
    const button = item.locator('.map-locate');
    await expect(button.getAttribute('aria-label')).resolves.toContain(name);
    await button.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('.map-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect(card.locator('h2').textContent()).resolves.toBe(name);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('map-card'))).toBe(true);
    await expect(card.locator('a[href^="/lieux/"]').getAttribute('href')).resolves.toBe(await item.locator('h3 a').getAttribute('href'));
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Voir « ${name} » sur la carte`);
    // The map was centred on the venue, and the URL keeps the view.
    await waitIdle(page);
    const center = await page.evaluate(() => (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map.getCenter());
    expect(Math.abs(center.lng - venue.lon)).toBeLessThan(0.01);
    expect(Math.abs(center.lat - venue.lat)).toBeLessThan(0.01);
    expect(new URL(page.url()).hash).toMatch(/^#carte=\d+(\.\d+)?\/[\d.-]+\/[\d.-]+$/);
    await page.close();
  });

  it('selecting a marker opens its card, highlights its list item and scrolls to it', async () => {
    const page = await openMap();
    const venue = points.filter((point) => !point.stop).at(-1)!;
    await page.locator('.venue-list > li').nth(venue.venue).locator('.map-locate').click();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitIdle(page);
    const target = await page.evaluate((index) => {
      const map = (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map;
      const marker = map.queryRenderedFeatures({ layers: ['lieux-points'] }).find((feature) => feature.properties.venue === index);
      if (!marker) return undefined;
      const point = map.project((marker.geometry as { coordinates: [number, number] }).coordinates);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, venue.venue);
    expect(target).toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    const item = page.locator('.venue-list > li').nth(venue.venue);
    await expect.poll(() => item.evaluate((element) => element.classList.contains('is-selected'))).toBe(true);
    await expect.poll(() => item.evaluate((element) => element.getBoundingClientRect().top < innerHeight && element.getBoundingClientRect().bottom > 0)).toBe(true);
    await expect(page.locator('.map-card h2').textContent()).resolves.toBe(await item.locator('h3').textContent());
    await expect(page.locator('.map-status').textContent()).resolves.toContain(await item.locator('h3').textContent());
    await page.close();
  });

  it('restores the view from the URL', async () => {
    const page = await openMap('/carte/#carte=10.00/45.7600/4.8400');
    const view = await page.evaluate(() => {
      const map = (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(10, 1);
    expect(view.lat).toBeCloseTo(45.76, 2);
    expect(view.lng).toBeCloseTo(4.84, 2);
    await page.close();
  });

  it('the canvas is labelled, reachable by Tab, moves with the arrows and zooms with +, and Tab leaves it', async () => {
    const page = await openMap();
    const canvas = page.locator('.map-canvas canvas');
    await expect(canvas.getAttribute('aria-label')).resolves.toMatch(/Flèches/);
    await canvas.focus();
    const read = () => page.evaluate(() => {
      const map = (document.querySelector('reperes-map') as unknown as { map: import('maplibre-gl').Map }).map;
      return { zoom: map.getZoom(), lng: map.getCenter().lng };
    });
    const start = await read();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await read()).lng).toBeGreaterThan(start.lng);
    await page.keyboard.press('Equal');
    await expect.poll(async () => (await read()).zoom).toBeGreaterThan(start.zoom);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('CANVAS');
    await page.close();
  });

  it('requests nothing outside the site origin', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const foreign: string[] = [];
    let requests = 0;
    page.on('request', (request) => {
      requests++;
      const url = new URL(request.url());
      if (url.origin !== site.server.origin && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
    });
    await page.goto(`${site.server.origin}/carte/`);
    await page.waitForSelector('reperes-map[data-state="ready"]');
    await waitIdle(page);
    expect(requests).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('on a phone, the list comes first and the map opens on request', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    const maplibre: string[] = [];
    page.on('request', (request) => {
      if (/maplibre|lieux\.json|fond\.json/.test(request.url())) maplibre.push(request.url());
    });
    await page.goto(`${site.server.origin}/carte/`, { waitUntil: 'networkidle' });
    await expect(page.locator('.map-panel').isHidden()).resolves.toBe(true);
    expect(maplibre).toEqual([]);
    await page.locator('.map-toggle').click();
    await page.waitForSelector('reperes-map[data-state="ready"]');
    await expect(page.locator('.map-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.close();
  });

  it('pa11y (htmlcs + axe) finds no error with the map shown', async () => {
    const pup = await puppeteer.launch({ executablePath: findChromium(), args: WEBGL_ARGS, headless: true });
    try {
      const result = await pa11y(`${site.server.origin}/carte/`, {
        browser: pup,
        runners: ['htmlcs', 'axe'],
        standard: 'WCAG2AA',
        timeout: 90_000,
        actions: ['wait for element reperes-map[data-state="ready"] to be added'],
      });
      expect(result.issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.runner} ${issue.code}: ${issue.message} — ${issue.selector}`)).toEqual([]);
    } finally {
      await pup.close();
    }
  });
});

describe('without WebGL', () => {
  it('keeps the list and says why, never a blank box', async () => {
    const noGl = await launchChromium(NO_WEBGL_ARGS);
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.server.origin}/carte/`);
      await page.waitForSelector('reperes-map[data-state="unavailable"]');
      await expect(page.locator('.map-status').textContent()).resolves.toMatch(/WebGL/);
      await expect(page.locator('.map-panel').isHidden()).resolves.toBe(true);
      await expect(page.locator('.venue-list > li').count()).resolves.toBeGreaterThan(100);
    } finally {
      await noGl.close();
    }
  });
});
