/**
 * `npx node scripts/bench-search.ts [--count 18000] [--seed bench] [--rounds 3] [--columns] [--diverse] [--fresh]`:
 * measures the search on N synthetic venues (scripts/lib/synthetic.ts, scope national):
 *  - the search index (src/lib/catalogue/search-index.ts): JSON size raw / gzip / brotli, bytes per venue
 *    (`--columns`: per column), build and decode times, and what shipping the posting lists would add;
 *  - the searcher (src/lib/catalogue/search.ts: word index, query matching, ranking): build time, then
 *    per-keystroke timings: ~40 realistic queries typed character by character, every prefix read as the search box
 *    reads it (understand.ts: a need and a place of the demo territory's gazetteer, then the search, nearest first
 *    when there is a place) once, after a warm-up pass (JIT), with a fresh searcher per round (empty caches); median,
 *    p95 and max per round, in milliseconds.
 * Synthetic descriptions are drawn from a few templates and compress unrealistically well; `--diverse` replaces
 * them by 12–40 words drawn from a Zipf law over the ~15,000 distinct words of the names, communes and
 * operators, a pessimistic stand-in for real descriptions, to measure the description keywords' cost.
 * The summaries of a (count, seed) are cached in .bench/search-summaries-<count>-<seed>-<hash of the files that build
 * them>.json (`--fresh` rebuilds).
 * Prints figures only: no assertion. The machine's load average is printed: other work skews the timings.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSearchIndex, decodeSearchIndex, indexedForm } from '../src/lib/catalogue/search-index.ts';
import { createSearcher, type Searcher } from '../src/lib/catalogue/search.ts';
import { understandQuery } from '../src/lib/catalogue/understand.ts';
import { buildWordIndex, someNameHasAll } from '../src/lib/catalogue/word-index.ts';
import { prepareGazetteer } from '../src/lib/gazetteer.ts';
import { TerritorySchema } from '../src/lib/schema/territory.ts';
import { gazetteerForTerritory, readVenueLocations } from '../src/node/gazetteer-build.ts';
import { buildVenueSummaries, compileVenueHours, type VenueSummary } from '../src/lib/catalogue/venue-summary.ts';
import type { CompiledHours } from '../src/lib/hours/compile.ts';
import { VenueSchema, type Venue } from '../src/lib/schema/venue.ts';
import { contentWords } from '../src/lib/text.ts';
import { generateContent, nationalTerritory, Random } from './lib/synthetic.ts';
import { parseFrontMatterOrThrow, parseYamlOrThrow } from '../src/lib/frontmatter.ts';

const TODAY = new Date('2026-03-02T12:00:00Z');

/** What people type (the searcher sees each prefix of each query, as with a search-as-you-type field). */
export const BENCH_QUERIES = [
  'mediatheque',
  'médiathèque lyon',
  'mediateque',
  'bibliotheque municipale',
  'demarche caf',
  'aide démarches administratives',
  'france services',
  'france services annecy',
  'espace france services rennes',
  'clermont',
  'clermond ferrand',
  'paris 18',
  '75018',
  '69003',
  'imprimer',
  'imprimer un document marseille',
  'wifi',
  'wifi gratuit',
  'ordinateur',
  'cv',
  'faire mon cv',
  'pole emploi',
  'france travail bordeaux',
  'impots',
  'carte grise',
  'ameli',
  'arnaque internet',
  'tablette senior',
  'mission locale',
  'emmaus connect',
  'centre social',
  'cyberbase',
  'maison de quartier toulouse',
  'conseiller numerique',
  'atelier numerique enfants',
  // A need and a place (src/lib/catalogue/understand.ts; communes of the demo territory's gazetteer, which the
  // browser bench keeps): the search box reads the place at the end of the query.
  'impots lyon 3',
  'wifi gratuit 38000',
  'apprendre ordinateur riom',
  'caf villeurbanne',
  'imprimer 63200',
];

const USAGE = 'Usage : npx node scripts/bench-search.ts [--count N] [--seed S] [--rounds R] [--columns] [--diverse] [--fresh]';

function parseArgs(args: readonly string[]) {
  let count = 18_000;
  let seed = 'bench';
  let rounds = 3;
  let columns = false;
  let diverse = false;
  let fresh = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--count') count = Number(args[++index]?.replace(/_/g, ''));
    else if (arg === '--seed') seed = args[++index] ?? seed;
    else if (arg === '--rounds') rounds = Number(args[++index]);
    else if (arg === '--columns') columns = true;
    else if (arg === '--diverse') diverse = true;
    else if (arg === '--fresh') fresh = true;
    else {
      console.error(`Option inconnue « ${arg} ». ${USAGE}`);
      process.exit(1);
    }
  }
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) {
    console.error(`--count et --rounds attendent des entiers positifs. ${USAGE}`);
    process.exit(1);
  }
  return { count, seed, rounds, columns, diverse, fresh };
}

/** Replaces each description by 12–40 words drawn from a Zipf law over the words of the other fields. */
function diversify(summaries: VenueSummary[], seed: string): VenueSummary[] {
  const counts = new Map<string, number>();
  for (const s of summaries) for (const word of contentWords(`${s.nom} ${s.commune} ${s.structure ?? ''}`)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((word) => word.length >= 3 && !/^\d+$/.test(word)).sort((a, b) => counts.get(b)! - counts.get(a)!);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));
  const random = new Random(`${seed}-diverse`);
  const pick = () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return vocabulary[low]!;
  };
  return summaries.map((s) => (s.texte ? { ...s, texte: Array.from({ length: random.int(12, 40) }, pick).join(' ') } : s));
}

/** Summaries of N synthetic venues, as the site builds them (buildVenueSummaries; equal hours compiled once). */
export function syntheticSummaries(count: number, seed: string): { summaries: VenueSummary[]; territoires: string[] } {
  const { summaries, territoires } = syntheticCatalogue(count, seed);
  return { summaries, territoires };
}

/** N synthetic venues (scope national) and their summaries, at the same positions (the map's points need both). */
export function syntheticCatalogue(count: number, seed: string): { venues: Array<{ id: string; data: Venue }>; summaries: VenueSummary[]; territoires: string[] } {
  const generated = generateContent({ count, seed, scope: 'national', today: TODAY });
  const territory = nationalTerritory().data;
  const schema = VenueSchema({ defaultCountry: 'FR', today: TODAY });
  const operators: Array<{ id: string; data: { nom: string } }> = [];
  const venues: Array<{ id: string; data: Venue }> = [];
  for (const file of generated.files) {
    if (file.path.startsWith('structures/')) operators.push({ id: file.path.slice('structures/'.length, -3), data: { nom: parseFrontMatterOrThrow(file.content).data.nom as string } });
    if (!file.path.startsWith('lieux/')) continue;
    const parsed = schema.safeParse(parseFrontMatterOrThrow(file.content).data);
    if (!parsed.success) throw new Error(`${file.path}: ${parsed.error.message}`);
    venues.push({ id: file.path.slice('lieux/'.length, -3), data: parsed.data });
  }
  const compiled = new Map<string, CompiledHours | undefined>();
  const summaries = buildVenueSummaries({
    venues,
    operators,
    territory,
    referenceDate: TODAY,
    // Each venue gets its own copy, as when every venue's hours are compiled.
    hours: ({ data }) => {
      const key = `${data.pays}|${data.horaires ?? ''}`;
      if (!compiled.has(key)) compiled.set(key, compileVenueHours(data, territory.fuseau_horaire, TODAY));
      const hours = compiled.get(key);
      return hours && structuredClone(hours);
    },
  });
  return { venues, summaries, territoires: territory.sous_territoires.map((sub) => sub.nom) };
}

/** What the cached summaries are built by: a change to one of these files (a new summary field) makes a new cache. */
const SUMMARY_SOURCES = ['src/lib/catalogue/venue-summary.ts', 'src/lib/schema/venue.ts', 'scripts/lib/synthetic.ts'];

function loadOrBuild(count: number, seed: string, fresh: boolean) {
  const dir = join(process.cwd(), '.bench');
  const sources = createHash('sha256');
  for (const file of SUMMARY_SOURCES) sources.update(readFileSync(join(process.cwd(), file)));
  const path = join(dir, `search-summaries-${count}-${seed}-${sources.digest('hex').slice(0, 8)}.json`);
  if (!fresh && existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof syntheticSummaries>;
  const started = performance.now();
  const result = syntheticSummaries(count, seed);
  console.log(`Génération de ${count} lieux fictifs : ${((performance.now() - started) / 1000).toFixed(1)} s (cache ${path})`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify(result));
  return result;
}

const brotli = (text: string) =>
  brotliCompressSync(Buffer.from(text), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) },
  }).length;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;

function main(): void {
  const { count, seed, rounds, columns, diverse, fresh } = parseArgs(process.argv.slice(2));
  const loaded = loadOrBuild(count, seed, fresh);
  const territoires = loaded.territoires;
  const summaries = diverse ? diversify(loaded.summaries, seed) : loaded.summaries;
  const n = summaries.length;
  console.log(`${n} lieux fictifs (graine ${seed}${diverse ? ', descriptions diversifiées' : ''}), Node ${process.version}, charge ${loadavg()[0]!.toFixed(1)}\n`);

  // Index
  let started = performance.now();
  const data = buildSearchIndex(summaries, { territoires, built: TODAY.toISOString() });
  const buildMs = performance.now() - started;
  const json = JSON.stringify(data);
  const raw = Buffer.byteLength(json);
  const gz = gzip(json);
  const br = brotli(json);
  console.log('Index de recherche');
  console.log(`  brut    ${kb(raw).padStart(10)}  ${(raw / n).toFixed(1).padStart(6)} o/lieu`);
  console.log(`  gzip    ${kb(gz).padStart(10)}  ${(gz / n).toFixed(1).padStart(6)} o/lieu`);
  console.log(`  brotli  ${kb(br).padStart(10)}  ${(br / n).toFixed(1).padStart(6)} o/lieu  (objectif ≤ 40)`);
  started = performance.now();
  const decoded = decodeSearchIndex(JSON.parse(json));
  const decodeMs = performance.now() - started;
  console.log(`  construction ${ms(buildMs)}, JSON.parse + décodage ${ms(decodeMs)}`);
  const expected = indexedForm(summaries);
  const identical = JSON.stringify(decoded) === JSON.stringify(expected);
  console.log(`  aller-retour exact : ${identical ? 'oui' : 'NON'}`);
  const dictionaries = {
    places: data.pc.length,
    operators: data.ops.length,
    hours: `${data.hs.length} horaires distincts (${data.hd.length} journées)`,
    keywords: data.kw.length,
  };
  console.log(`  dictionnaires : ${data.pc.length} lieux-dits (commune + code postal), ${dictionaries.operators} structures, ${dictionaries.hours}, ${dictionaries.keywords} mots-clés`);
  const described = summaries.filter((s) => s.texte).map((s) => s.texte!);
  if (described.length > 0) {
    const full = JSON.stringify(described);
    const note = diverse ? 'mots tirés au hasard' : 'textes synthétiques très répétitifs : sous-estimé, voir --diverse';
    console.log(`  descriptions complètes (non livrées) : ${(brotli(full) / n).toFixed(1)} o/lieu brotli (${note})`);
    console.log(`  mots-clés de description livrés : ${(brotli(JSON.stringify([data.kw, data.k])) / n).toFixed(1)} o/lieu brotli`);
  }
  if (columns) {
    console.log('\n  par colonne (brotli seule, o/lieu) :');
    const entries = Object.entries(data).flatMap(([key, value]) =>
      key === 'e' ? Object.entries(value as object).map(([field, column]) => [`e.${field}`, column] as const) : [[key, value] as const],
    );
    for (const [key, value] of entries) {
      const text = JSON.stringify(value);
      console.log(`    ${key.padEnd(22)} ${String(Buffer.byteLength(text)).padStart(9)} o brut  ${(brotli(text) / n).toFixed(2).padStart(6)}`);
    }
  }

  // Searcher
  started = performance.now();
  const searcher = createSearcher(decoded);
  const searcherMs = performance.now() - started;
  console.log(`\nMoteur de recherche : construction ${ms(searcherMs)} (${searcher.stats().words} mots distincts, ${searcher.stats().postings} occurrences)`);
  const postingsBytes = brotli(JSON.stringify(searcher.exportPostings()));
  console.log(`  livrer le vocabulaire et les listes d'occurrences ajouterait ${(postingsBytes / n).toFixed(1)} o/lieu brotli : construits dans le navigateur`);

  // What the search box does at each keystroke (src/components/finder.ts): read a need and a place, then search.
  const contentDir = process.env.CONTENT_DIR || 'content';
  const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync(join(contentDir, 'territoire.yaml'), 'utf8')));
  const { gazetteer } = gazetteerForTerritory(contentDir, territory, readVenueLocations(contentDir));
  prepareGazetteer(gazetteer);
  const words = buildWordIndex(decoded);
  const isVenueName = (list: readonly string[]) => someNameHasAll(words, list);
  const keystroke = (engine: Searcher, text: string) => {
    const { need, place } = understandQuery(text, gazetteer, { isVenueName });
    return place ? engine.search(need, { origin: place, nearestFirst: true }) : engine.search(text);
  };

  // Warm-up (JIT), then measured rounds, each with a fresh searcher (empty caches).
  for (const query of BENCH_QUERIES) for (let length = 1; length <= query.length; length++) keystroke(searcher, query.slice(0, length));
  const all: number[] = [];
  const worst = new Map<string, number>();
  const hits = new Map<string, number>();
  console.log(`\nFrappe par frappe (${BENCH_QUERIES.length} requêtes tapées lettre à lettre, besoin + lieu compris, ${rounds} passes) :`);
  for (let round = 1; round <= rounds; round++) {
    const fresh = createSearcher(decoded, words);
    const times: number[] = [];
    for (const query of BENCH_QUERIES) {
      for (let length = 1; length <= query.length; length++) {
        const started = performance.now();
        const results = keystroke(fresh, query.slice(0, length));
        const elapsed = performance.now() - started;
        times.push(elapsed);
        worst.set(query, Math.max(worst.get(query) ?? 0, elapsed));
        hits.set(query, results.length);
      }
    }
    all.push(...times);
    times.sort((a, b) => a - b);
    console.log(`  passe ${round} : ${times.length} recherches, médiane ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(times[times.length - 1]!)}`);
  }
  all.sort((a, b) => a - b);
  console.log(`  ensemble : médiane ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))}  (objectifs dans Chromium : médiane ≤ 5 ms, p95 ≤ 16 ms)`);
  console.log(`\n  ${'requête'.padEnd(36)} pire frappe   résultats`);
  for (const query of BENCH_QUERIES) console.log(`  ${query.padEnd(36)} ${ms(worst.get(query)!).padStart(10)}   ${String(hits.get(query)).padStart(6)}`);
}

if (import.meta.main) main();
