/**
 * `npm run bench:build [-- --counts 18000] [--rounds 3] [--seed S] [--sans-france-services]`: the build against a bare
 * Astro site.
 *
 * For each N (default: 18,000, the national scale): at the national scale (N above 1,000), the real France Services
 * of 2024 (scripts/bench/data/, mapped by the project's importer: about 2,700 in metropolitan France) plus synthetic
 * venues up to N; below, N synthetic venues of the demo territory (scripts/generate.ts); all in .bench/content-N.
 * Then runs, alternately, `rounds` times each (default 3):
 *  - the bare baseline (scripts/bench/bare/): a glob loader without schema over the same lieux/ folder and
 *    one page per venue showing its name, into .bench/dist-bare-N;
 *  - the real build, validation included: `node scripts/build.ts` exactly as `npm run build` runs it (it
 *    reads and checks the content once, then builds the site from that reading), with the project's config
 *    through scripts/bench/real.config.mjs (which only moves the caches into .bench/ so that every build is
 *    cold), into .bench/dist-N.
 * After each real build, the bytes per venue of what the browser and reusers download are printed: the search index
 * (/lieux/recherche.json), the map's points (/carte/lieux.json) and each open-data export (/donnees/), raw and gzip.
 * Alternating spreads the machine's drift over both; the ratio real/bare is computed per round, and the
 * median and the spread (min–max) of the ratios are printed. Each build is timed (wall clock) and its peak
 * memory measured as the largest sum of the resident memory (RSS) of the whole process tree, polled from
 * /proc every 50 ms. It only prints figures: no assertion.
 * Children run with ASTRO_TELEMETRY_DISABLED=1 and TZ=Europe/Paris; their output goes to .bench/logs/.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FRANCE_SERVICES_CSV, franceServicesVenues, writeFranceServices } from './bench/france-services.ts';
import { generateFolder } from './generate.ts';

const ROOT = process.cwd();
const BENCH = join(ROOT, '.bench');
const require = createRequire(import.meta.url);
/** Astro's CLI entry, run with this Node (24): the same as `npx astro`, without npx's start-up time. */
const ASTRO = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100;

const USAGE = 'Usage : npm run bench:build -- [--counts 18000] [--rounds 3] [--seed S] [--sans-france-services]';

/** Above this many venues the bench is national (the generator's national scope), with the real France Services. */
const NATIONAL_FROM = 1000;

function parseArgs(args: readonly string[]): { counts: number[]; rounds: number; seed: string; franceServices: boolean } {
  let counts = [18000];
  let rounds = 3;
  let seed = 'reperes';
  let franceServices = true;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--counts' && args[index + 1]) {
      counts = args[++index]!.split(',').map((text) => Number(text.trim().replace(/_/g, '')));
      if (counts.some((count) => !Number.isInteger(count) || count < 1)) {
        console.error(`--counts attend des entiers positifs séparés par des virgules.\n${USAGE}`);
        process.exit(1);
      }
    } else if (arg === '--rounds' && args[index + 1]) {
      rounds = Number(args[++index]);
      if (!Number.isInteger(rounds) || rounds < 1) {
        console.error(`--rounds attend un entier positif.\n${USAGE}`);
        process.exit(1);
      }
    } else if (arg === '--seed' && args[index + 1]) seed = args[++index]!;
    else if (arg === '--sans-france-services') franceServices = false;
    else {
      console.error(`Option inconnue « ${arg} ».\n${USAGE}`);
      process.exit(1);
    }
  }
  return { counts, rounds, seed, franceServices };
}

// ---------------------------------------------------------------------------------------------------------
// Running a child and measuring it

interface Run {
  ok: boolean;
  seconds: number;
  /** Peak RSS of the process tree, bytes. */
  peakRss: number;
  /** User + system CPU time of the process tree, seconds (from this process's cutime/cstime). */
  cpuSeconds: number;
  /** 1-minute load average when the step started (other work on the machine skews the figures). */
  loadBefore: number;
  log: string;
}

/** RSS of `pid` and all its descendants, in bytes (0 when gone). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // ended
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/** CPU time (user + system) of this process's reaped children, in seconds. */
function childrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the name start at field 3 (state); cutime and cstime are fields 16 and 17.
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

function run(name: string, args: string[], env: Record<string, string>): Promise<Run> {
  mkdirSync(join(BENCH, 'logs'), { recursive: true });
  const log = join(BENCH, 'logs', `${name}.log`);
  const output = createWriteStream(log);
  const cpuBefore = childrenCpu();
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Europe/Paris', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(output, { end: false });
  child.stderr.pipe(output, { end: false });
  let peakRss = 0;
  const poll = () => {
    if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(poll, 50);
  return new Promise((resolvePromise) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      output.end();
      resolvePromise({ ok: code === 0, seconds, peakRss, cpuSeconds: childrenCpu() - cpuBefore, loadBefore, log });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Output sizes

function walk(dir: string, visit: (path: string, size: number) => void): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

interface DistStats {
  totalBytes: number;
  pages: number;
  venuePages: number;
  venueAverage: number;
  venueMax: number;
}

function distStats(dist: string): DistStats {
  let totalBytes = 0;
  let pages = 0;
  walk(dist, (path, size) => {
    totalBytes += size;
    if (path.endsWith('.html')) pages++;
  });
  const sizes: number[] = [];
  const lieux = join(dist, 'lieux');
  if (existsSync(lieux)) {
    for (const entry of readdirSync(lieux, { withFileTypes: true })) {
      const page = join(lieux, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(page)) sizes.push(statSync(page).size);
    }
  }
  return {
    totalBytes,
    pages,
    venuePages: sizes.length,
    venueAverage: sizes.length > 0 ? sizes.reduce((sum, size) => sum + size, 0) / sizes.length : 0,
    venueMax: sizes.length > 0 ? Math.max(...sizes) : 0,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Report

interface Row {
  count: number;
  round: number;
  step: 'réel' | 'nu';
  run: Run;
  dist?: DistStats;
  artefacts?: Artefact[];
}

interface Artefact {
  path: string;
  bytes: number;
  gzip: number;
}

/** What browsers and reusers download, per file: the search index, the map's points, the open-data exports. */
function artefacts(dist: string): Artefact[] {
  const paths = ['lieux/recherche.json', 'carte/lieux.json'];
  const exports = join(dist, 'donnees');
  if (existsSync(exports)) for (const name of readdirSync(exports).sort()) if (/\.(csv|json|geojson)$/.test(name)) paths.push(`donnees/${name}`);
  return paths
    .filter((path) => existsSync(join(dist, path)))
    .map((path) => {
      const data = readFileSync(join(dist, path));
      return { path, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
    });
}

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const mb = (bytes: number, digits = 0) => number(bytes / 1024 / 1024, digits);
const kb = (bytes: number) => number(bytes / 1024, 1);

const STEP_LABELS: Record<Row['step'], string> = {
  réel: 'site réel, validation comprise (scripts/build.ts)',
  nu: 'base nue (scripts/bench/bare)',
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Real/bare ratio of each round where both builds succeeded. */
function ratios(rows: readonly Row[], count: number): number[] {
  const result: number[] = [];
  for (const real of rows.filter((row) => row.count === count && row.step === 'réel' && row.run.ok)) {
    const bare = rows.find((row) => row.count === count && row.round === real.round && row.step === 'nu' && row.run.ok);
    if (bare) result.push(real.run.seconds / bare.run.seconds);
  }
  return result;
}

function table(rows: Row[]): string {
  const header = ['lieux', 'passage', 'étape', 'temps (s)', 'CPU (s)', 'mémoire max (Mo)', 'lieux/s', 'HTML moyen/fiche (Ko)', 'pages', 'dist (Mo)', 'réel/nu'];
  const lines = rows.map((row) => {
    const bare = rows.find((other) => other.count === row.count && other.round === row.round && other.step === 'nu');
    const ratio = row.step === 'réel' && bare?.run.ok && row.run.ok ? number(row.run.seconds / bare.run.seconds, 2) : '';
    return [
      number(row.count),
      String(row.round),
      STEP_LABELS[row.step] + (row.run.ok ? '' : ' — ÉCHEC'),
      number(row.run.seconds, 1),
      number(row.run.cpuSeconds, 1),
      mb(row.run.peakRss),
      number(row.count / row.run.seconds),
      row.dist ? kb(row.dist.venueAverage) : '',
      row.dist ? number(row.dist.pages) : '',
      row.dist ? mb(row.dist.totalBytes, 1) : '',
      ratio,
    ];
  });
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function summary(rows: Row[], counts: readonly number[]): string {
  return counts
    .map((count) => {
      const values = ratios(rows, count);
      if (values.length === 0) return `${number(count)} lieux : aucun passage complet.`;
      const seconds = (step: Row['step']) => rows.filter((row) => row.count === count && row.step === step && row.run.ok).map((row) => row.run.seconds);
      return (
        `${number(count)} lieux : rapport réel/nu médian ${number(median(values), 2)} (écart ${number(Math.min(...values), 2)} à ${number(Math.max(...values), 2)} sur ${values.length} passages) ; ` +
        `site réel ${number(median(seconds('réel')), 1)} s en médiane, base nue ${number(median(seconds('nu')), 1)} s.`
      );
    })
    .join('\n');
}

function machine(): string {
  const model = cpus()[0]?.model ?? 'inconnu';
  const astro = JSON.parse(readFileSync(require.resolve('astro/package.json'), 'utf8')) as { version: string };
  return `${cpus().length} cœurs (${model}), ${number(totalmem() / 1024 ** 3, 1)} Go de mémoire, Node ${process.version}, Astro ${astro.version}`;
}

// ---------------------------------------------------------------------------------------------------------

async function bareBuild(count: number, round: number, content: string): Promise<Row> {
  const dist = join(BENCH, `dist-bare-${count}`);
  const cache = join(BENCH, `cache-bare-${count}`);
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const result = await run(`bare-${count}-${round}`, [ASTRO, 'build', '--root', 'scripts/bench/bare', '--outDir', dist], {
    CONTENT_DIR: resolve(content),
    BENCH_CACHE_DIR: cache,
  });
  return { count, round, step: 'nu', run: result, dist: result.ok ? distStats(dist) : undefined };
}

async function realBuild(count: number, round: number, content: string): Promise<Row> {
  const dist = join(BENCH, `dist-${count}`);
  const cache = join(BENCH, `cache-real-${count}`);
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  // Exactly what `npm run build` runs (it sizes its heap itself), with the bench's cache folder.
  const result = await run(`real-${count}-${round}`, ['scripts/build.ts', '--config', 'scripts/bench/real.config.mjs', '--outDir', dist], {
    CONTENT_DIR: content,
    BENCH_CACHE_DIR: cache,
  });
  return { count, round, step: 'réel', run: result, dist: result.ok ? distStats(dist) : undefined, artefacts: result.ok ? artefacts(dist) : undefined };
}

async function main(): Promise<void> {
  const { counts, rounds, seed, franceServices } = parseArgs(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  console.log(`Machine : ${machine()}`);
  console.log(`Mémoire mesurée : somme des RSS de l'arbre de processus, relevée dans /proc toutes les 50 ms (pic).`);
  const rows: Row[] = [];
  const generation: Array<{ count: number; summary: string }> = [];

  for (const count of counts) {
    const content = `.bench/content-${count}`;
    const real = franceServices && count > NATIONAL_FROM ? franceServicesVenues() : undefined;
    const synthetic = count - (real?.venues.length ?? 0);
    let generated = generateFolder({ count: synthetic, out: content, seed, source: 'content', ...(real ? { scope: 'national' as const } : {}) });
    if (real) {
      writeFranceServices(content, real.venues);
      generated +=
        `\n+ ${number(real.venues.length)} France Services réelles (${FRANCE_SERVICES_CSV}, ${number(real.rows)} lignes : ` +
        `${number(real.outside)} hors de France métropolitaine, ${number(real.rejected)} refusées par l'import) : ${number(count)} lieux en tout.`;
    }
    console.log(`\n${generated}`);
    generation.push({ count, summary: generated });
    for (let round = 1; round <= rounds; round++) {
      // Alternate which build goes first, so that a drift of the machine does not favour one.
      const order = round % 2 === 1 ? [bareBuild, realBuild] : [realBuild, bareBuild];
      for (const step of order) {
        const row = await step(count, round, content);
        console.log(`  passage ${round}, ${STEP_LABELS[row.step]}…`);
        report(row);
        rows.push(row);
      }
    }
  }

  console.log(`\n${table(rows)}\n`);
  console.log(summary(rows, counts));
  console.log('réel/nu : temps du site réel (validation comprise, comme npm run build) divisé par celui de la base nue du même passage.');
  const file = join(BENCH, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), seed, rounds, generation, rows }, null, 2)}\n`);
  console.log(`Chiffres bruts : ${file.slice(ROOT.length + 1)} ; journaux des constructions : .bench/logs/.`);
}

function report(row: Row): void {
  const { run: result } = row;
  if (!result.ok) {
    const tail = readFileSync(result.log, 'utf8').trim().split('\n').slice(-15).join('\n');
    console.log(`    ✗ échec après ${number(result.seconds, 1)} s (journal : ${result.log.slice(ROOT.length + 1)})\n${tail}`);
    return;
  }
  console.log(
    (row.artefacts ?? [])
      .map((file) => `    ${file.path} : ${kb(file.bytes)} Ko (gzip ${kb(file.gzip)} Ko), ${number(file.bytes / row.count, 1)} o/lieu (gzip ${number(file.gzip / row.count, 1)})\n`)
      .join('') +
    `    ${number(result.seconds, 1)} s (charge avant : ${number(result.loadBefore, 1)}), CPU ${number(result.cpuSeconds, 1)} s, mémoire max ${mb(result.peakRss)} Mo, ${number(row.count / result.seconds)} lieux/s` +
      (row.dist ? `, fiche ${kb(row.dist.venueAverage)} Ko en moyenne (max ${kb(row.dist.venueMax)} Ko), ${number(row.dist.pages)} pages, dist ${mb(row.dist.totalBytes, 1)} Mo` : ''),
  );
}

await main();
