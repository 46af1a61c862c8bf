/**
 * `node scripts/bench-search-browser.ts [--count 18000]` (part of `npm run bench`): the catalogue's
 * search in Chromium at national scale. It copies the built demo site (dist/, built first if missing),
 * replaces its search index by one of N synthetic venues, serves it on loopback, types realistic
 * queries character by character into /lieux/ (some with a place of the demo territory, whose gazetteer is kept:
 * « impots lyon 3 ») and reads how long each keystroke took (need + place understanding, search, filters and DOM
 * update, measured by the page itself). Also prints the index size (raw, gzip,
 * brotli, per venue) and the JavaScript /lieux/ loads before the first interaction.
 * Prints figures only, no assertion.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../src/lib/catalogue/search-index.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { initialJsBytes } from '../tests/helpers/js-size.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { BENCH_QUERIES, syntheticSummaries } from './bench-search.ts';

const countIndex = process.argv.indexOf('--count');
const count = countIndex > 0 ? Number(process.argv[countIndex + 1]) : 18_000;
const site = join(process.cwd(), '.bench', 'search-site');

if (!existsSync('dist/lieux/index.html')) {
  console.log('dist/ absent : construction du site de démonstration…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync('dist', site, { recursive: true });

console.log(`Index de ${count} lieux fictifs…`);
const { summaries, territoires } = syntheticSummaries(count, 'bench');
const json = JSON.stringify(buildSearchIndex(summaries, { territoires, built: '2026-11-23' }));
writeFileSync(join(site, 'lieux', 'recherche.json'), json);
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
const brotli = brotliCompressSync(Buffer.from(json), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const initialJs = () => initialJsBytes(site, join(site, 'lieux', 'index.html'));

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const server = await serveDist(site);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/lieux/`);
  const input = page.locator('#finder-q');
  await input.focus();
  const started = Date.now();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/lieux/recherche.json')));
  await input.fill('a');
  await page.waitForFunction(() => Number(document.querySelector('reperes-finder')?.getAttribute('data-renders') ?? 0) > 0, undefined, { timeout: 60_000 });
  const firstUse = Date.now() - started;
  await input.fill('');
  /** Types every query character by character on `path`; returns the per-keystroke timings, sorted. */
  async function typeAll(path: string): Promise<number[]> {
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => Number(document.querySelector('reperes-finder')?.getAttribute('data-renders') ?? 0) > 0 || !location.search, undefined, { timeout: 60_000 });
    const timings: number[] = [];
    for (const query of BENCH_QUERIES) {
      await input.fill('');
      for (let length = 1; length <= query.length; length++) {
        const before = Number(await page.locator('reperes-finder').getAttribute('data-renders'));
        await input.pressSequentially(query[length - 1]!);
        await page.waitForFunction((n) => Number(document.querySelector('reperes-finder')!.getAttribute('data-renders')) > n, before);
        timings.push(Number(await page.locator('reperes-finder').getAttribute('data-render-ms')));
      }
    }
    return timings.sort((a, b) => a - b);
  }
  const plain = await typeAll('/lieux/');
  const filtered = await typeAll('/lieux/?levier=demarches&gratuit=oui&ouvert=mardi&moment=matin');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} Ko`;
  const line = (timings: number[]) =>
    `médiane ${quantile(timings, 0.5).toFixed(1)} ms, p95 ${quantile(timings, 0.95).toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms (${timings.length} frappes)`;
  console.log(`\nRecherche dans Chromium, ${count.toLocaleString('fr-FR')} lieux fictifs (charge ${loadavg().map((load) => load.toFixed(1)).join(' ')})`);
  console.log(`  index transféré   : ${kb(raw)} brut, ${kb(gzip)} gzip, ${kb(brotli)} brotli — ${(brotli / count).toFixed(1)} octets/lieu en brotli (objectif ≤ 40)`);
  console.log(`  JS avant la 1re interaction sur /lieux/ : ${(initialJs() / 1024).toFixed(1)} Ko gzip (objectif ≤ 40)`);
  console.log(`  premier usage (chargement et décodage de l'index, 1re recherche) : ${firstUse} ms`);
  console.log(`  par frappe, recherche seule + affichage : ${line(plain)}`);
  console.log(`  par frappe, recherche + 4 filtres (levier, gratuit, ouvert mardi matin) + affichage : ${line(filtered)}`);
  console.log('  objectifs par frappe : médiane ≤ 5 ms, p95 ≤ 16 ms');
} finally {
  await browser.close();
  await server.close();
}
