/**
 * The map of /carte/ in Chromium with software WebGL (SwiftShader): rendered venues, clusters, « Voir sur la
 * carte », the card and the keyboard, the URL view, the fallback without WebGL, same origin, pa11y with the map
 * shown, and the same « Carte » view on the catalogue's list pages (one state with the search and filters). The
 * MapLibre instance is read from the `map` property of <reperes-finder> (src/components/finder.ts).
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
import { decodeSearchIndex, type SearchIndexData } from '../../src/lib/catalogue/search-index.ts';
import { getOpenState } from '../../src/lib/hours/evaluate.ts';
import { nextWeekdays, wallClock } from '../helpers/moments.ts';

/** Software WebGL: the system Chromium through ANGLE on SwiftShader (no GPU on the test machines). */
const WEBGL_ARGS = [...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'), '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'];

const site = useSite(WEBGL_ARGS);
const points = decodePoints(JSON.parse(readFileSync('dist/carte/lieux.json', 'utf8')) as PointsData);

/** Opens /carte/ (wide screen: the map is shown at once) and waits until the map is ready and idle. */
async function openMap(path = '/carte/'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.origin}${path}`);
  await page.waitForSelector('.finder-map[data-state="ready"]');
  await waitIdle(page);
  // The search form comes first: bring the map into the window before pointing at it.
  await page.locator('.map-frame').scrollIntoViewIfNeeded();
  return page;
}

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (document.querySelector('reperes-finder') as unknown as { map?: { loaded(): boolean; isMoving(): boolean; areTilesLoaded(): boolean } }).map;
    return Boolean(map && map.loaded() && !map.isMoving() && map.areTilesLoaded());
  });
}

/** The venues the map draws: the sum of the clusters' point_count and of the single markers. */
async function drawnVenues(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
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
    // The embedded basemap's commune labels (their own source, added once the venues are drawn).
    const labels = () =>
      page.evaluate(() => {
        const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
        return map.getLayer('communes') ? map.queryRenderedFeatures({ layers: ['communes'] }).map((feature) => feature.properties.n as string) : [];
      });
    await expect.poll(async () => (await labels()).length).toBeGreaterThan(0);
    mkdirSync('test-results', { recursive: true });
    await page.locator('.map-frame').screenshot({ path: 'test-results/carte.png' });
    await page.close();
  });

  it('zooms in when a cluster is selected', async () => {
    const page = await openMap();
    const before = await page.evaluate(() => (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map.getZoom());
    const target = await page.evaluate(() => {
      const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
      const cluster = map.queryRenderedFeatures({ layers: ['lieux-groupes'] })[0]!;
      const point = map.project((cluster.geometry as { coordinates: [number, number] }).coordinates);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map.getZoom()))
      .toBeGreaterThan(before + 0.5);
    await page.close();
  });

  it('« Voir sur la carte » opens the right venue\'s card, Escape closes it and gives the focus back (keyboard only)', async () => {
    const page = await openMap();
    const venue = points.find((point) => !point.stop && point.venue > 3)!;
    const item = page.locator(`[data-role="static"] li[data-venue="${venue.venue}"]`);
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
    const center = await page.evaluate(() => (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map.getCenter());
    expect(Math.abs(center.lng - venue.lon)).toBeLessThan(0.01);
    expect(Math.abs(center.lat - venue.lat)).toBeLessThan(0.01);
    expect(new URL(page.url()).hash).toMatch(/^#carte=\d+(\.\d+)?\/[\d.-]+\/[\d.-]+$/);
    await page.close();
  });

  it('selecting a marker opens its card, highlights its list item and scrolls to it', async () => {
    const page = await openMap();
    const venue = points.filter((point) => !point.stop).at(-1)!;
    await page.locator(`[data-role="static"] li[data-venue="${venue.venue}"]`).locator('.map-locate').click();
    await expect.poll(() => page.locator('.map-card').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.map-card').isVisible()).toBe(false);
    await page.locator('.map-frame').scrollIntoViewIfNeeded();
    await expect(page.locator(`[data-role="static"] li[data-venue="${venue.venue}"]`).evaluate((element) => element.getBoundingClientRect().top > innerHeight)).resolves.toBe(true);
    await waitIdle(page);
    const target = await page.evaluate((index) => {
      const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
      const marker = map.queryRenderedFeatures({ layers: ['lieux-points'] }).find((feature) => feature.properties.venue === index);
      if (!marker) return undefined;
      const point = map.project((marker.geometry as { coordinates: [number, number] }).coordinates);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, venue.venue);
    expect(target).toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    const item = page.locator(`[data-role="static"] li[data-venue="${venue.venue}"]`);
    await expect.poll(() => item.evaluate((element) => element.classList.contains('is-selected'))).toBe(true);
    await expect.poll(() => item.evaluate((element) => element.getBoundingClientRect().top < innerHeight && element.getBoundingClientRect().bottom > 0)).toBe(true);
    await expect(page.locator('.map-card h2').textContent()).resolves.toBe(await item.locator('h3').textContent());
    await expect(page.locator('.map-status').textContent()).resolves.toContain(await item.locator('h3').textContent());
    await page.close();
  });

  it('a bus stop\'s marker opens the bus\'s card with its hours at that stop', async () => {
    const index = JSON.parse(readFileSync('dist/lieux/recherche.json', 'utf8')) as SearchIndexData;
    const venues = decodeSearchIndex(index);
    const bus = venues.findIndex((venue) => venue.id === 'bus-france-services-thonon-agglomeration-thonon-les-bains');
    const douvaine = venues[bus]!.arrets!.find((stop) => stop.commune === 'Douvaine')!;
    // A Tuesday 10:30: the bus is out (Monday to Friday), but at Douvaine on Mondays only.
    const tuesday = nextWeekdays(index.built, 1, 3).map((date) => wallClock(date, 10 * 60 + 30)).find((moment) => getOpenState(venues[bus]!.hours!, moment).open)!;
    expect(getOpenState(douvaine.hours!, tuesday).open).toBe(false);
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.clock.setFixedTime(tuesday);
    await page.goto(`${site.server.origin}/carte/#carte=15.00/${douvaine.lat}/${douvaine.lon}`);
    await page.waitForSelector('.finder-map[data-state="ready"]');
    await waitIdle(page);
    await page.locator('.map-frame').scrollIntoViewIfNeeded();
    await waitIdle(page);
    const target = await page.evaluate((venue) => {
      const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
      const marker = map.queryRenderedFeatures({ layers: ['lieux-points'] }).find((feature) => feature.properties.venue === venue && feature.properties.stop);
      if (!marker) return undefined;
      const point = map.project((marker.geometry as { coordinates: [number, number] }).coordinates);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, bus);
    expect(target).toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(() => page.locator('.map-card h2').textContent()).toBe('Bus France services Thonon Agglomération');
    await expect(page.locator('.map-card').textContent()).resolves.toMatch(/Fermé[^.]*lundi/);
    await expect(page.locator('.map-card').textContent()).resolves.toContain('Passe aussi à Douvaine');
    await page.close();
  });

  it('restores the view from the URL', async () => {
    const page = await openMap('/carte/#carte=10.00/45.7600/4.8400');
    const view = await page.evaluate(() => {
      const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
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
      const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
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
    await page.waitForSelector('.finder-map[data-state="ready"]');
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
    await page.waitForSelector('.finder-map[data-state="ready"]');
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
        actions: ['wait for element .finder-map[data-state="ready"] to be added'],
      });
      expect(result.issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.runner} ${issue.code}: ${issue.message} — ${issue.selector}`)).toEqual([]);
    } finally {
      await pup.close();
    }
  });
});

/** The number in the finder's status (« 123 lieux trouvés… »). */
async function listed(page: Page): Promise<number> {
  const text = ((await page.locator('[data-role="status"]').textContent()) ?? '').replace(/\s/g, '');
  return Number(/^(\d+)lieu/.exec(text)?.[1] ?? Number.NaN);
}

const mapOf = (page: Page) => page.evaluate(() => {
  const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
  return { zoom: map.getZoom(), ...map.getCenter() };
});

describe('one state: the catalogue\'s search and filters drive the list and the map', () => {
  const venuesWith = (bit: number) => new Set(points.filter((point) => (point.levers & (1 << bit)) !== 0).map((point) => point.venue));

  it('a filter changes the markers and the list together, and the map says how many it shows', async () => {
    const page = await openMap();
    const before = await drawnVenues(page);
    // The second lever (« Démarches »): its venues only, on the map and in the list.
    const lever = page.locator('input[name="levier"]').nth(1);
    await lever.check();
    const expected = venuesWith(1);
    expect(expected.size).toBeGreaterThan(10);
    expect(expected.size).toBeLessThan(points.length);
    await expect.poll(() => listed(page)).toBe(expected.size);
    await waitIdle(page);
    await expect.poll(() => page.locator('.map-count').textContent()).toContain(String(expected.size));
    // Zoom out to see them all, then count what the map draws.
    await page.evaluate(() => (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map.jumpTo({ zoom: 5 }));
    await waitIdle(page);
    const stops = points.filter((point) => point.stop && expected.has(point.venue)).length;
    await expect.poll(() => drawnVenues(page)).toBe(points.filter((point) => !point.stop && expected.has(point.venue)).length + stops);
    expect(await drawnVenues(page)).toBeLessThan(before);
    await page.close();
  });

  it('« Limiter la liste à la zone affichée » keeps only the venues in view, and follows the map', async () => {
    const page = await openMap('/carte/#carte=11.00/45.7640/4.8357');
    await page.locator('.map-limit').check();
    const inView = await page.evaluate((all) => {
      const map = (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map;
      const bounds = map.getBounds();
      return new Set(all.filter((point) => !point.stop && bounds.contains([point.lon, point.lat])).map((point) => point.venue)).size;
    }, points);
    expect(inView).toBeGreaterThan(3);
    expect(inView).toBeLessThan(points.length / 2);
    await expect.poll(() => listed(page)).toBe(inView);
    await expect(page.locator('[data-role="status"]').textContent()).resolves.toMatch(/zone affichée/);
    // Zooming out brings more venues into the list.
    await page.evaluate(() => (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map.zoomTo(8, { animate: false }));
    await expect.poll(() => listed(page)).toBeGreaterThan(inView);
    await page.close();
  });

  it('a place chosen in « Près de » moves the map there', async () => {
    const page = await openMap();
    await page.locator('#finder-pres').pressSequentially('riom', { delay: 30 });
    await expect.poll(() => page.locator('#finder-pres-list [role="option"]').first().textContent()).toMatch(/^Riom \(63200\)$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitIdle(page);
    await expect.poll(async () => Math.abs((await mapOf(page)).lat - 45.89)).toBeLessThan(0.05);
    expect(Math.abs((await mapOf(page)).lng - 3.11)).toBeLessThan(0.05);
    await page.close();
  });

  it('the URL keeps the filters and the view: a reload gives the same list and the same map', async () => {
    const page = await openMap('/carte/#carte=9.00/45.5000/4.5000');
    await page.locator('input[name="levier"]').nth(2).check();
    await expect.poll(() => page.url()).toMatch(/levier=/);
    // The list and the map have followed the filter before the map is moved.
    await expect.poll(() => listed(page)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.map-count').textContent()).toContain(` ${venuesWith(2).size} lieux`);
    await waitIdle(page);
    await page.evaluate(() => (document.querySelector('reperes-finder') as unknown as { map: import('maplibre-gl').Map }).map.jumpTo({ center: [5.1, 45.2], zoom: 10 }));
    await waitIdle(page);
    await expect.poll(() => new URL(page.url()).hash).toBe('#carte=10.00/45.2000/5.1000');
    const url = page.url();
    const count = await listed(page);
    await page.reload();
    await page.waitForSelector('.finder-map[data-state="ready"]');
    await waitIdle(page);
    expect(page.url()).toBe(url);
    await expect.poll(() => listed(page)).toBe(count);
    const view = await mapOf(page);
    expect(view.zoom).toBeCloseTo(10, 1);
    expect(view.lat).toBeCloseTo(45.2, 2);
    expect(view.lng).toBeCloseTo(5.1, 2);
    await page.close();
  });

  it('on a list page the map is opened on request only, then « Voir sur la carte » on a result opens the right card', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const maplibre: string[] = [];
    page.on('request', (request) => {
      if (/maplibre|carte\/lieux\.json|fond\.json/.test(request.url())) maplibre.push(request.url());
    });
    await page.goto(`${site.server.origin}/lieux/?q=mediatheque`, { waitUntil: 'networkidle' });
    expect(maplibre).toEqual([]);
    await expect.poll(() => page.locator('[data-role="results"] > li').count()).toBeGreaterThan(2);
    const item = page.locator('[data-role="results"] > li').nth(1);
    const name = (await item.locator('h3').textContent())!;
    await item.locator('.map-locate').click();
    await page.waitForSelector('.finder-map[data-state="ready"]');
    await expect.poll(() => page.locator('.map-card h2').textContent()).toBe(name);
    await expect(page.locator('.map-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    // The map shows the list's venues: the search results only.
    await expect.poll(async () => Number(/\d+/.exec((await page.locator('.map-count').textContent()) ?? '')?.[0])).toBeLessThanOrEqual(await listed(page));
    await page.close();
  });

  it('pa11y (htmlcs + axe) finds no error on a list page with the map open', async () => {
    const pup = await puppeteer.launch({ executablePath: findChromium(), args: WEBGL_ARGS, headless: true });
    try {
      const result = await pa11y(`${site.server.origin}/lieux/?levier=demarches`, {
        browser: pup,
        runners: ['htmlcs', 'axe'],
        standard: 'WCAG2AA',
        timeout: 90_000,
        actions: ['wait for element .map-toggle to be visible', 'click element .map-toggle', 'wait for element .finder-map[data-state="ready"] to be added'],
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
      await page.waitForSelector('.finder-map[data-state="unavailable"]');
      await expect(page.locator('.map-status').textContent()).resolves.toMatch(/WebGL/);
      await expect(page.locator('.map-panel').isHidden()).resolves.toBe(true);
      await expect(page.locator('.venue-list > li[data-venue]').count()).resolves.toBeGreaterThan(100);
    } finally {
      await noGl.close();
    }
  });
});

describe('the submission form’s map (/proposer/)', () => {
  it('opens at the commune’s point, and « Placer le point ici » writes the map’s centre into latitude and longitude', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.server.origin}/proposer/`);
    await page.locator('.submission[data-ready]').waitFor();
    await page.locator('#f-lieux-code_postal').fill('63200');
    await page.locator('#f-lieux-commune').fill('Riom');
    await page.getByRole('button', { name: 'Placer le point au centre de la commune' }).click();
    await page.getByText(/Point placé au centre de Riom/).waitFor();
    const [lat, lon] = [Number(await page.locator('#f-lieux-latitude').inputValue()), Number(await page.locator('#f-lieux-longitude').inputValue())];
    expect(lat).toBeCloseTo(45.89, 1);
    await page.getByRole('button', { name: 'Préciser le point sur une carte' }).click();
    await page.locator('.pin-map[data-state="ready"]').waitFor();
    await page.locator('.pin-map-canvas canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Placer le point ici (centre de la carte)' }).click();
    await page.getByText(/^Point placé : /).waitFor();
    const moved = Number(await page.locator('#f-lieux-longitude').inputValue());
    expect(moved).toBeGreaterThan(lon);
    expect(Number(await page.locator('#f-lieux-latitude').inputValue())).toBeCloseTo(lat, 2);
    expect(requests.filter((url) => !url.startsWith(site.server.origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});
