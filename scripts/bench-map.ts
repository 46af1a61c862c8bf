/**
 * `node scripts/bench-map.ts [--count 18000] [--rounds 5] [--seed bench]` (part of `npm run bench`; alone:
 * `npm run bench:map`): the map of /carte/ at national scale. Prints figures only, no assertion.
 *
 * It copies the built demo site (dist/, built first if missing) into .bench/map-site and replaces, consistently,
 * its search index (/lieux/recherche.json) and its points file (/carte/lieux.json) by those of N synthetic venues
 * (scripts/bench-search.ts, scope national), sorted as the site sorts its venues (compareVenues) and encoded by the
 * site's own functions (buildSearchIndex; pointInputs + encodePoints), so the map's indexes match the search index.
 * Then:
 *  1. the points file's size: raw, gzip -9, brotli 11, bytes per venue; the demo's real points file too;
 *  2. the embedded basemap of the demo territory (/carte/fond.json, its outlines; /carte/communes.json, its commune
 *     labels) and the labels' font, same sizes;
 *  3. in headless Chromium with software WebGL (SwiftShader, the map tests' flags), a fresh browser per round:
 *     /carte/ opened on a wide window with a view of all France in the hash (the synthetic venues cover France;
 *     the demo's bounds see only Auvergne-Rhône-Alpes), then the demo's own view (no hash). The time to the
 *     first clusters counts from `performance.mark('carte-visible')` (src/components/map.ts, where the panel is
 *     shown) to the first animation frame where `queryRenderedFeatures` finds rendered features in the cluster
 *     layer (polled by the page itself at each frame);
 *  4. panning: at a zoom where clusters and single markers are both drawn, the map is panned along a hexagon by
 *     six linear `panBy` animations of 500 ms; the page records every requestAnimationFrame interval meanwhile;
 *  5. the JavaScript /lieux/ runs before any interaction (tests/helpers/js-size.ts, gzip), and the files the map
 *     adds when it is opened (MapLibre, its worker, its CSS, the map's own code), gzip and brotli.
 * Each round's figures are printed, then the median and the spread (min–max) over the rounds.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Map as MapLibre } from 'maplibre-gl';
import { buildSearchIndex } from '../src/lib/catalogue/search-index.ts';
import { compareVenues } from '../src/lib/catalogue/venue-summary.ts';
import { decodePoints, encodePoints, pointInputs, type PointsData } from '../src/lib/map/points.ts';
import { CLUSTER_LAYER, POINT_LAYER } from '../src/lib/map/style.ts';
import { CHROMIUM_ARGS, launchChromium } from '../tests/helpers/browser.ts';
import { initialJsBytes } from '../tests/helpers/js-size.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { syntheticCatalogue } from './bench-search.ts';

/** Software WebGL, as in tests/browser/map.test.ts: ANGLE on SwiftShader (no GPU on the test machines). */
const WEBGL_ARGS = [...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'), '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
/** A wide window: /carte/ opens the map at once, beside the list. */
const VIEWPORT = { width: 1280, height: 900 };
/** All metropolitan France in the map's frame (about 470 × 510 px at this window width). */
const FRANCE_VIEW = '#carte=4.60/46.60/2.50';
/**
 * Where the map is panned: around Clermont-Ferrand at zoom 9, inside the demo territory (the basemap has its
 * commune labels there), where the synthetic set draws about 40 clusters and 15 single markers.
 */
const PAN_VIEW = { center: [3.08, 45.78] as [number, number], zoom: 9 };
const PAN_SEGMENT_MS = 500;
const PAN_STEP_PX = 250;

const USAGE = 'Usage : node scripts/bench-map.ts [--count N] [--rounds R] [--seed S]';

function parseArgs(args: readonly string[]) {
  let count = 18_000;
  let rounds = 5;
  let seed = 'bench';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--count') count = Number(args[++index]?.replace(/_/g, ''));
    else if (arg === '--rounds') rounds = Number(args[++index]);
    else if (arg === '--seed') seed = args[++index] ?? seed;
    else {
      console.error(`Option inconnue « ${arg} ». ${USAGE}`);
      process.exit(1);
    }
  }
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) {
    console.error(`--count et --rounds attendent des entiers positifs. ${USAGE}`);
    process.exit(1);
  }
  return { count, rounds, seed };
}

// Figures

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizes(content: Buffer | string, gzipLevel = 9): Sizes {
  const buffer = Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: gzipLevel }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length,
  };
}

/** Linear interpolation between the closest ranks (as scripts/bench-search.ts). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} Ko`;
const num = (value: number, digits = 0) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const sizeLine = (s: Sizes, per?: number) =>
  `${kb(s.raw)} brut, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli${per ? ` — ${num(s.brotli / per, 1)} octets/lieu en brotli (${num(s.gzip / per, 1)} en gzip)` : ''}`;
/** « median (min–max) » of the rounds' values. */
const spread = (values: readonly number[], digits = 0, unit = '') =>
  `${num(quantile(values, 0.5), digits)}${unit} (${num(Math.min(...values), digits)} à ${num(Math.max(...values), digits)}${unit})`;

// The page's side (run in Chromium)

interface FinderElement extends HTMLElement {
  map?: MapLibre;
}

interface OpeningProbe {
  /** performance.now() of the first frame where the MapLibre instance was there (style loaded, venues added). */
  mapAt?: number;
  /** … where the cluster layer had rendered features, and how many. */
  clustersAt?: number;
  clusters?: number;
  /** … where the map was loaded with every tile (basemap and venues) drawn. */
  completeAt?: number;
}

/** Installed before the page's scripts: polls the map at every animation frame. */
function installOpeningProbe(clusterLayer: string): void {
  const probe: OpeningProbe = {};
  (window as unknown as { benchMap: OpeningProbe }).benchMap = probe;
  const poll = () => {
    const map = document.querySelector<FinderElement>('reperes-finder')?.map;
    if (map) {
      probe.mapAt ??= performance.now();
      if (probe.clustersAt === undefined && map.getLayer(clusterLayer)) {
        const clusters = map.queryRenderedFeatures({ layers: [clusterLayer] }).length;
        if (clusters > 0) {
          probe.clustersAt = performance.now();
          probe.clusters = clusters;
        }
      }
      if (probe.clustersAt !== undefined && map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
        probe.completeAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

interface Opening {
  /** Navigation start → panel shown. */
  visible: number;
  /** Panel shown → map instance ready, → first clusters, → every tile drawn (ms). */
  map: number;
  clusters: number;
  complete: number;
  clusterCount: number;
  /** Venues (points) in the view once open. */
  inView: number;
}

async function open(browser: Browser, url: string, points: readonly { lon: number; lat: number }[]): Promise<{ page: Page; opening: Opening; requests: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const requests: string[] = [];
  // Dedicated workers' requests (the MapLibre worker) are reported on the context too.
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.addInitScript(installOpeningProbe, CLUSTER_LAYER);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { benchMap: OpeningProbe }).benchMap.completeAt !== undefined, undefined, { timeout: 120_000, polling: 100 });
  const probe = await page.evaluate(() => {
    const visible = performance.getEntriesByName('carte-visible', 'mark')[0]?.startTime;
    return { visible, ...(window as unknown as { benchMap: OpeningProbe }).benchMap };
  });
  if (probe.visible === undefined) throw new Error('pas de marque « carte-visible » : le site copié est-il construit avec src/components/map.ts à jour ?');
  const inView = await page.evaluate((all) => {
    const bounds = document.querySelector<FinderElement>('reperes-finder')!.map!.getBounds();
    return all.filter((point) => bounds.contains([point.lon, point.lat])).length;
  }, points.map(({ lon, lat }) => ({ lon, lat })));
  return {
    page,
    requests,
    opening: {
      visible: probe.visible,
      map: probe.mapAt! - probe.visible,
      clusters: probe.clustersAt! - probe.visible,
      complete: probe.completeAt! - probe.visible,
      clusterCount: probe.clusters!,
      inView,
    },
  };
}

interface Panning {
  frames: number[];
  clusters: number;
  markers: number;
}

/** Pans around a hexagon (six linear panBy animations) and returns every animation-frame interval meanwhile. */
async function pan(page: Page): Promise<Panning> {
  const view = await page.evaluate(
    async ({ center, zoom, clusterLayer, pointLayer }) => {
      const map = document.querySelector<FinderElement>('reperes-finder')!.map!;
      // 'idle': tiles loaded, symbols placed and faded in (single markers are symbols, drawn once placed).
      const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
      map.jumpTo({ center, zoom });
      await idle;
      return {
        clusters: map.queryRenderedFeatures({ layers: [clusterLayer] }).length,
        markers: map.queryRenderedFeatures({ layers: [pointLayer] }).length,
      };
    },
    { center: PAN_VIEW.center, zoom: PAN_VIEW.zoom, clusterLayer: CLUSTER_LAYER, pointLayer: POINT_LAYER },
  );
  const frames = await page.evaluate(
    ({ segment, step }) =>
      new Promise<number[]>((resolve) => {
        const map = document.querySelector<FinderElement>('reperes-finder')!.map!;
        const frames: number[] = [];
        let last: number | undefined;
        let running = true;
        const record = (now: number) => {
          if (last !== undefined) frames.push(now - last);
          last = now;
          if (running) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
        const moves = Array.from({ length: 6 }, (_, side) => {
          const angle = (side * Math.PI) / 3;
          return [Math.round(step * Math.cos(angle)), Math.round(step * Math.sin(angle))] as [number, number];
        });
        const next = () => {
          const move = moves.shift();
          if (!move) {
            running = false;
            resolve(frames);
            return;
          }
          map.once('moveend', next);
          map.panBy(move, { duration: segment, easing: (t) => t, essential: true });
        };
        next();
      }),
    { segment: PAN_SEGMENT_MS, step: PAN_STEP_PX },
  );
  return { frames, ...view };
}

// Main

async function main(): Promise<void> {
  const { count, rounds, seed } = parseArgs(process.argv.slice(2));
  if (!existsSync('dist/carte/index.html')) {
    console.log('dist/ absent : construction du site de démonstration…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const site = join(process.cwd(), '.bench', 'map-site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  cpSync('dist', site, { recursive: true });

  const demoPointsText = readFileSync(join('dist', 'carte', 'lieux.json'));
  const demoPoints = decodePoints(JSON.parse(demoPointsText.toString('utf8')) as PointsData);
  const demoVenues = new Set(demoPoints.map((point) => point.venue)).size;
  const html = readFileSync(join('dist', 'carte', 'index.html'), 'utf8');
  const bounds = JSON.parse(/data-bounds="([^"]+)"/.exec(html)![1]!.replace(/&quot;/g, '"')) as [number, number, number, number];

  console.log(`Carte : ${num(count)} lieux fictifs (graine ${seed}), ${rounds} passages ; Node ${process.version}, charge ${loadavg().map((load) => load.toFixed(1)).join(' / ')}`);
  let started = performance.now();
  const catalogue = syntheticCatalogue(count, seed);
  // The site's order (getVenues): the summaries sorted as their venues.
  const order = catalogue.venues.map((venue, index) => ({ venue, summary: catalogue.summaries[index]! })).sort((a, b) => compareVenues(a.venue, b.venue));
  const summaries = order.map(({ summary }) => summary);
  const indexText = JSON.stringify(buildSearchIndex(summaries, { territoires: catalogue.territoires, built: '2026-11-23' }));
  const pointsText = JSON.stringify(encodePoints(pointInputs(summaries)));
  writeFileSync(join(site, 'lieux', 'recherche.json'), indexText);
  writeFileSync(join(site, 'carte', 'lieux.json'), pointsText);
  const points = decodePoints(JSON.parse(pointsText) as PointsData);
  const located = summaries.filter((summary) => summary.lat !== undefined && summary.lon !== undefined).length;
  const stops = points.filter((point) => point.stop).length;
  const inBounds = points.filter((point) => !point.stop && point.lon >= bounds[0] && point.lat >= bounds[1] && point.lon <= bounds[2] && point.lat <= bounds[3]).length;
  const extent = points.reduce(
    ([west, south, east, north], point) => [Math.min(west, point.lon), Math.min(south, point.lat), Math.max(east, point.lon), Math.max(north, point.lat)],
    [180, 90, -180, -90],
  );
  console.log(`  généré en ${((performance.now() - started) / 1000).toFixed(1)} s : ${num(located)} lieux avec coordonnées, ${num(stops)} arrêts de lieux itinérants, ${num(points.length)} points`);
  console.log(`  étendue : lon ${extent[0].toFixed(2)} à ${extent[2].toFixed(2)}, lat ${extent[1].toFixed(2)} à ${extent[3].toFixed(2)} ; ${num(inBounds)} lieux dans les bornes de la démonstration [${bounds.join(', ')}]`);
  // The same venues in the generator's (random) order, to show what the order weighs.
  const randomOrder = sizes(JSON.stringify(encodePoints(pointInputs(catalogue.summaries))));

  // 1–2. Sizes (deterministic: one measure).
  const pointsSizes = sizes(pointsText);
  const demoSizes = sizes(demoPointsText);
  // The basemap's outlines, and its commune labels in a file of their own (/carte/communes.json, added after the first frame).
  const basemapFiles = ['fond.json', 'communes.json'].map((name) => join('dist', 'carte', name)).filter((path) => existsSync(path));
  const basemapParts = basemapFiles.map((path) => ({ path, sizes: sizes(readFileSync(path)) }));
  const basemap = basemapParts.reduce((sum, part) => ({ raw: sum.raw + part.sizes.raw, gzip: sum.gzip + part.sizes.gzip, brotli: sum.brotli + part.sizes.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const basemapFeatures = basemapFiles.flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as { features: Array<{ properties: { k: string } }> }).features);
  const font = sizes(readFileSync(join('dist', 'carte', 'noto-sans.woff2')));
  const indexSizes = sizes(indexText);
  console.log('\n1. Fichier des points (/carte/lieux.json)');
  console.log(`  ${num(count)} lieux fictifs, ordre du site : ${sizeLine(pointsSizes, count)} (objectif ≤ 16)`);
  console.log(`  mêmes lieux, ordre du générateur (aléatoire) : ${sizeLine(randomOrder, count)}`);
  console.log(`  démonstration (${num(demoVenues)} lieux, ${num(demoPoints.length)} points) : ${sizeLine(demoSizes, demoVenues)}`);
  console.log(`  pour comparaison, l'index de recherche des ${num(count)} lieux : ${sizeLine(indexSizes, count)}`);
  console.log('\n2. Fond de carte embarqué de la démonstration');
  const kinds = (kind: string) => basemapFeatures.filter((feature) => feature.properties.k === kind).length;
  console.log(`  en tout : ${sizeLine(basemap)} (${kinds('pays')} pays, ${kinds('dep')} départements, ${kinds('commune')} communes)`);
  for (const part of basemapParts) console.log(`  /carte/${part.path.split('/').pop()} : ${sizeLine(part.sizes)}`);
  console.log(`  /carte/noto-sans.woff2 : ${sizeLine(font)}`);

  // 5. JavaScript (static: the same for every round).
  const listJs = initialJsBytes(site, join(site, 'lieux', 'index.html'));

  // 3–4. Chromium.
  const server = await serveDist(site);
  const france: Opening[] = [];
  const demo: Opening[] = [];
  const pans: Panning[] = [];
  let mapFiles: string[] = [];
  try {
    let listFiles: string[] = [];
    {
      const browser = await launchChromium(WEBGL_ARGS);
      try {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        context.on('request', (request) => listFiles.push(new URL(request.url()).pathname));
        await page.goto(`${server.origin}/lieux/`, { waitUntil: 'networkidle' });
        listFiles = listFiles.filter((path) => path.startsWith('/_astro/'));
        await context.close();
      } finally {
        await browser.close();
      }
    }
    console.log(`\n3–4. Chromium (${VIEWPORT.width} × ${VIEWPORT.height}, WebGL logiciel SwiftShader), un navigateur neuf par passage`);
    for (let round = 1; round <= rounds; round++) {
      const browser = await launchChromium(WEBGL_ARGS);
      try {
        const load = loadavg()[0]!.toFixed(1);
        const wide = await open(browser, `${server.origin}/carte/${FRANCE_VIEW}`, points);
        france.push(wide.opening);
        if (round === 1) mapFiles = [...new Set(wide.requests.filter((path) => path.startsWith('/_astro/') && !listFiles.includes(path)))];
        const panning = await pan(wide.page);
        pans.push(panning);
        await wide.page.context().close();
        const own = await open(browser, `${server.origin}/carte/`, points);
        demo.push(own.opening);
        await own.page.context().close();
        const o = wide.opening;
        const frames = panning.frames;
        console.log(
          `  passage ${round} (charge ${load}) : France ${num(o.clusters)} ms jusqu'aux premiers groupes (${o.clusterCount} groupes ; carte prête ${num(o.map)} ms, ` +
            `tout dessiné ${num(o.complete)} ms) ; vue de la démo ${num(own.opening.clusters)} ms ; ` +
            `défilement : ${frames.length} images, médiane ${num(quantile(frames, 0.5), 1)} ms, p95 ${num(quantile(frames, 0.95), 1)} ms, max ${num(Math.max(...frames), 1)} ms`,
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  const median = (values: readonly number[]) => quantile(values, 0.5);
  console.log(`\nRésumé (médiane et écart min–max sur ${rounds} passages)`);
  console.log(`  points : ${num(pointsSizes.brotli / count, 1)} octets/lieu en brotli (objectif ≤ 16) ; ${kb(pointsSizes.brotli)} brotli, ${kb(pointsSizes.gzip)} gzip, ${kb(pointsSizes.raw)} brut`);
  console.log(`  fond de carte : ${kb(basemap.raw)} brut, ${kb(basemap.gzip)} gzip, ${kb(basemap.brotli)} brotli ; police ${kb(font.raw)}`);
  for (const [label, openings] of [
    [`vue France (${FRANCE_VIEW})`, france],
    ['vue de la démonstration (bornes du territoire)', demo],
  ] as const) {
    console.log(`  ${label}, ${num(median(openings.map((o) => o.inView)))} lieux dans la vue :`);
    console.log(`    premiers groupes : ${spread(openings.map((o) => o.clusters), 0, ' ms')} (objectif ≤ 1 500 ms)`);
    console.log(`    dont carte prête (MapLibre, style, points) : ${spread(openings.map((o) => o.map), 0, ' ms')}`);
    console.log(`    tout dessiné (fond et lieux) : ${spread(openings.map((o) => o.complete), 0, ' ms')}`);
    console.log(`    panneau affiché après le début de la navigation : ${spread(openings.map((o) => o.visible), 0, ' ms')}`);
    console.log(`    groupes dessinés à la première image : ${spread(openings.map((o) => o.clusterCount))}`);
  }
  const allFrames = pans.flatMap((p) => p.frames);
  console.log(`  défilement (zoom ${PAN_VIEW.zoom} autour de [${PAN_VIEW.center.join(', ')}], ${num(median(pans.map((p) => p.clusters)))} groupes et ${num(median(pans.map((p) => p.markers)))} marqueurs dessinés au départ, 6 × ${PAN_STEP_PX} px en ${6 * PAN_SEGMENT_MS} ms) :`);
  console.log(`    durée d'image médiane ${spread(pans.map((p) => quantile(p.frames, 0.5)), 1, ' ms')}`);
  console.log(`    durée d'image p95 ${spread(pans.map((p) => quantile(p.frames, 0.95)), 1, ' ms')}`);
  console.log(`    images par passage ${spread(pans.map((p) => p.frames.length))} ; toutes ensemble : médiane ${num(quantile(allFrames, 0.5), 1)} ms, p95 ${num(quantile(allFrames, 0.95), 1)} ms, max ${num(Math.max(...allFrames), 1)} ms`);
  console.log(`  JavaScript de /lieux/ avant toute interaction : ${kb(listJs)} gzip (objectif ≤ 40 Ko)`);
  let mapTotal = { gzip: 0, brotli: 0, raw: 0 };
  const lines: string[] = [];
  for (const path of mapFiles.sort()) {
    const file = sizes(readFileSync(join(site, path)), 6);
    mapTotal = { raw: mapTotal.raw + file.raw, gzip: mapTotal.gzip + file.gzip, brotli: mapTotal.brotli + file.brotli };
    lines.push(`    ${path.padEnd(48)} ${kb(file.raw).padStart(10)} brut ${kb(file.gzip).padStart(10)} gzip ${kb(file.brotli).padStart(10)} brotli`);
  }
  console.log(`  fichiers ajoutés à l'ouverture de la carte (hors données) : ${kb(mapTotal.gzip)} gzip, ${kb(mapTotal.brotli)} brotli (${kb(mapTotal.raw)} brut)`);
  for (const line of lines) console.log(line);
}

await main();
