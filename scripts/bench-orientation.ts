/**
 * `node scripts/bench-orientation.ts [--count 18000] [--rounds 5]` (part of `npm run bench`): how fast the
 * orientation questionnaire gives its result at national scale. It copies the built demo site (dist/, built first
 * if missing), replaces its search index with N synthetic venues, serves it on loopback and, in Chromium, for
 * each persona of tests/fixtures/orientation-personas.ts: opens the result once (the index is then loaded, as it
 * is after the first answers), goes back to the last question and measures, from the click on « Voir les lieux
 * proposés » to the results in the page, the time the person waits. Also the ranking alone (recommend) in Node.
 * Prints figures only, no assertion.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSearchIndex } from '../src/lib/catalogue/search-index.ts';
import { recommend } from '../src/lib/orientation/recommend.ts';
import { answersToQuery } from '../src/lib/orientation/share.ts';
import { loadContent } from '../src/node/content-files.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { PERSONA_NOW, PERSONAS } from '../tests/fixtures/orientation-personas.ts';
import { syntheticSummaries } from './bench-search.ts';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const count = option('--count', 18_000);
const rounds = option('--rounds', 5);
const site = join(process.cwd(), '.bench', 'orientation-site');
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const line = (timings: number[]) => {
  const sorted = [...timings].sort((a, b) => a - b);
  return `médiane ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${sorted.length} mesures)`;
};

if (!existsSync('dist/orientation/index.html')) {
  console.log('dist/ absent : construction du site de démonstration…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const questions = loadContent(process.cwd()).orientation!.questions;
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync('dist', site, { recursive: true });
console.log(`Index de ${count} lieux fictifs…`);
const { summaries, territoires } = syntheticSummaries(count, 'bench');
writeFileSync(join(site, 'lieux', 'recherche.json'), JSON.stringify(buildSearchIndex(summaries, { territoires, built: '2026-11-23' })));

// The ranking alone, in Node.
const node: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const persona of PERSONAS) {
    const started = performance.now();
    recommend({ venues: summaries, questions, answers: persona.answers, now: PERSONA_NOW, territoryIds: [] });
    node.push(performance.now() - started);
  }
}

const server = await serveDist(site);
const browser = await launchChromium();
const waits: number[] = [];
try {
  const page = await browser.newPage();
  for (const persona of PERSONAS.slice(0, 12)) {
    await page.goto(`${server.origin}/orientation/?${answersToQuery(questions, persona.answers)}`);
    await page.locator('.results > li').first().waitFor({ timeout: 60_000 });
    for (let round = 0; round < rounds; round++) {
      await page.getByRole('button', { name: 'Modifier mes réponses' }).click();
      await page.getByRole('button', { name: 'Voir les lieux proposés' }).waitFor();
      const wait = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Voir les lieux proposés')!;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('.results > li')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
      );
      waits.push(wait);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nOrientation, ${count.toLocaleString('fr-FR')} lieux fictifs, ${PERSONAS.length} personas`);
console.log(`  classement seul (recommend, Node) : ${line(node)}`);
console.log(`  dans Chromium, du clic « Voir les lieux proposés » aux résultats affichés : ${line(waits)}`);
console.log('  objectif : résultat affiché ≤ 100 ms après la dernière réponse');
