/**
 * `npm run build`: reads and checks the content once (src/node/content-files.ts), prints every problem,
 * and stops before Astro starts when a file is refused (no half-built site, nothing written to dist/);
 * otherwise builds the static site into dist/ with Astro, in this process, from that same reading
 * (src/node/content-loader.ts): each file is parsed and validated once.
 * Extra arguments: --outDir <dir>, --config <file> (another Astro config; the bench uses it). The V8 heap is sized from the number of venues so that a national
 * build (18,000 venues) stays under 2 GB, and mimalloc (the bundler's allocator) returns freed memory at once
 * (MIMALLOC_PURGE_DELAY=0); with NODE_OPTIONS=--max-old-space-size=… set, neither is applied.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const contentDir = process.env.CONTENT_DIR || 'content';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Size the heap first (a smaller heap makes V8 collect sooner, so the build stays under 2 GB at national
// scale): re-run this script once with --max-old-space-size unless NODE_OPTIONS already sets it.
const venuesDir = join(contentDir, 'lieux');
const venueCount = existsSync(venuesDir) ? readdirSync(venuesDir).filter((name) => name.endsWith('.md')).length : 0;
const heapMb = Math.round(1024 + venueCount * 0.03);
const nodeOptions = process.env.NODE_OPTIONS ?? '';
if (!nodeOptions.includes('--max-old-space-size') && !process.execArgv.some((arg) => arg.startsWith('--max-old-space-size'))) {
  // Rolldown (Vite's bundler, a native module) allocates with mimalloc, which keeps the memory it freed until its
  // next allocations; after bundling there are none, and 200 MB stayed resident through the whole page rendering
  // at the national scale. A purge delay of 0 gives it back at once.
  const env = { ...process.env, MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' };
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], { stdio: 'inherit', env });
  process.exit(child.status ?? 1);
}

// Loaded only now: the parent process that re-runs itself above never needs them.
const { loadContent } = await import('../src/node/content-files.ts');
const { shareLoadedContent } = await import('../src/node/content-loader.ts');
const t = await import('../src/i18n/index.ts');
const { printProblems } = await import('./lib/report.ts');

/** Reads and checks the content; stops on a refusal; else hands the reading to the loader (not kept here, so that the build can free it). */
function readContent(): void {
  const content = loadContent(process.cwd(), contentDir);
  if (printProblems(content.problems)) process.exit(1);
  console.log(t.validation.okQuiet(content.venues.length));
  shareLoadedContent(contentDir, content);
}
readContent();

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const outDir = option('--outDir');
const configFile = option('--config');
const { build } = await import('astro');
try {
  await build({ root: process.cwd(), ...(outDir ? { outDir } : {}), ...(configFile ? { configFile } : {}) });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
