/**
 * `npm run bench [-- --counts 1000,10000] [--seed S]`: measures the build at several sizes.
 *
 * For each N: generates N synthetic venues into .bench/content-N (scripts/generate.ts), then times
 *  1. the validator (`node scripts/validate.ts --quiet`, the first half of `npm run build`);
 *  2. the real site: `astro build` with the project's config (through scripts/bench/real.config.mjs, which
 *     only moves the content-layer and Vite caches into .bench/ so that every build is cold and the shared
 *     node_modules/.astro is left alone), into .bench/dist-N;
 *  3. a bare baseline (scripts/bench/bare/): a glob loader without schema over the same lieux/ folder and one
 *     page per venue showing its name, into .bench/dist-bare-N.
 * Each build is timed (wall clock) and its peak memory measured as the largest sum of the resident memory
 * (RSS) of the whole process tree, polled from /proc every 50 ms. It only prints figures: no assertion.
 * Children run with ASTRO_TELEMETRY_DISABLED=1 and TZ=Europe/Paris; their output goes to .bench/logs/.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateFolder } from './generate.ts';

const ROOT = process.cwd();
const BENCH = join(ROOT, '.bench');
const require = createRequire(import.meta.url);
/** Astro's CLI entry, run with this Node (24): the same as `npx astro`, without npx's start-up time. */
const ASTRO = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100;

const USAGE = 'Usage : npm run bench -- [--counts 1000,10000] [--seed S]';

function parseArgs(args: readonly string[]): { counts: number[]; seed: string } {
  let counts = [1000, 10000];
  let seed = 'reperes';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--counts' && args[index + 1]) {
      counts = args[++index]!.split(',').map((text) => Number(text.trim().replace(/_/g, '')));
      if (counts.some((count) => !Number.isInteger(count) || count < 1)) {
        console.error(`--counts attend des entiers positifs séparés par des virgules.\n${USAGE}`);
        process.exit(1);
      }
    } else if (arg === '--seed' && args[index + 1]) seed = args[++index]!;
    else {
      console.error(`Option inconnue « ${arg} ».\n${USAGE}`);
      process.exit(1);
    }
  }
  return { counts, seed };
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
  step: 'validation' | 'réel' | 'nu';
  run: Run;
  dist?: DistStats;
}

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const mb = (bytes: number, digits = 0) => number(bytes / 1024 / 1024, digits);
const kb = (bytes: number) => number(bytes / 1024, 1);

const STEP_LABELS: Record<Row['step'], string> = {
  validation: 'validation (scripts/validate.ts)',
  réel: 'site réel (astro build)',
  nu: 'base nue (scripts/bench/bare)',
};

function table(rows: Row[]): string {
  const header = ['lieux', 'étape', 'temps (s)', 'CPU (s)', 'mémoire max (Mo)', 'lieux/s', 'HTML moyen/fiche (Ko)', 'HTML max/fiche (Ko)', 'pages', 'dist (Mo)', 'réel/nu'];
  const lines = rows.map((row) => {
    const bare = rows.find((other) => other.count === row.count && other.step === 'nu');
    const validation = rows.find((other) => other.count === row.count && other.step === 'validation');
    const ratio =
      row.step === 'réel' && bare?.run.ok && row.run.ok
        ? `${number(row.run.seconds / bare.run.seconds, 2)} (${number((row.run.seconds + (validation?.run.seconds ?? 0)) / bare.run.seconds, 2)} avec validation)`
        : '';
    return [
      number(row.count),
      STEP_LABELS[row.step] + (row.run.ok ? '' : ' — ÉCHEC'),
      number(row.run.seconds, 1),
      number(row.run.cpuSeconds, 1),
      mb(row.run.peakRss),
      number(row.count / row.run.seconds),
      row.dist ? kb(row.dist.venueAverage) : '',
      row.dist ? kb(row.dist.venueMax) : '',
      row.dist ? number(row.dist.pages) : '',
      row.dist ? mb(row.dist.totalBytes, 1) : '',
      ratio,
    ];
  });
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function machine(): string {
  const model = cpus()[0]?.model ?? 'inconnu';
  const astro = JSON.parse(readFileSync(require.resolve('astro/package.json'), 'utf8')) as { version: string };
  return `${cpus().length} cœurs (${model}), ${number(totalmem() / 1024 ** 3, 1)} Go de mémoire, Node ${process.version}, Astro ${astro.version}`;
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { counts, seed } = parseArgs(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  console.log(`Machine : ${machine()}`);
  console.log(`Mémoire mesurée : somme des RSS de l'arbre de processus, relevée dans /proc toutes les 50 ms (pic).`);
  const rows: Row[] = [];
  const generation: Array<{ count: number; summary: string }> = [];

  for (const count of counts) {
    const content = `.bench/content-${count}`;
    const summary = generateFolder({ count, out: content, seed, source: 'content' });
    console.log(`\n${summary}`);
    generation.push({ count, summary });

    console.log(`  validation…`);
    const validation = await run(`validate-${count}`, ['scripts/validate.ts', '--quiet'], { CONTENT_DIR: content });
    rows.push({ count, step: 'validation', run: validation });
    report(rows.at(-1)!);

    console.log(`  site réel…`);
    const realDist = join(BENCH, `dist-${count}`);
    const realCache = join(BENCH, `cache-real-${count}`);
    rmSync(realDist, { recursive: true, force: true });
    rmSync(realCache, { recursive: true, force: true });
    // Same heap sizing as scripts/build.ts (npm run build).
    const real = await run(`real-${count}`, [`--max-old-space-size=${Math.round(1024 + count * 0.03)}`, ASTRO, 'build', '--config', 'scripts/bench/real.config.mjs', '--outDir', realDist], {
      CONTENT_DIR: content,
      BENCH_CACHE_DIR: realCache,
    });
    rows.push({ count, step: 'réel', run: real, dist: real.ok ? distStats(realDist) : undefined });
    report(rows.at(-1)!);

    console.log(`  base nue…`);
    const bareDist = join(BENCH, `dist-bare-${count}`);
    const bareCache = join(BENCH, `cache-bare-${count}`);
    rmSync(bareDist, { recursive: true, force: true });
    rmSync(bareCache, { recursive: true, force: true });
    const bare = await run(`bare-${count}`, [ASTRO, 'build', '--root', 'scripts/bench/bare', '--outDir', bareDist], {
      CONTENT_DIR: resolve(content),
      BENCH_CACHE_DIR: bareCache,
    });
    rows.push({ count, step: 'nu', run: bare, dist: bare.ok ? distStats(bareDist) : undefined });
    report(rows.at(-1)!);
  }

  const result = table(rows);
  console.log(`\n${result}\n`);
  console.log('réel/nu : temps du site réel divisé par celui de la base nue (entre parenthèses : avec la validation, comme npm run build).');
  const file = join(BENCH, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), seed, generation, rows }, null, 2)}\n`);
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
    `    ${number(result.seconds, 1)} s (charge avant : ${number(result.loadBefore, 1)}), CPU ${number(result.cpuSeconds, 1)} s, mémoire max ${mb(result.peakRss)} Mo, ${number(row.count / result.seconds)} lieux/s` +
      (row.dist ? `, fiche ${kb(row.dist.venueAverage)} Ko en moyenne (max ${kb(row.dist.venueMax)} Ko), ${number(row.dist.pages)} pages, dist ${mb(row.dist.totalBytes, 1)} Mo` : ''),
  );
}

await main();
