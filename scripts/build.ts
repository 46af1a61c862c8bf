/**
 * `npm run build`: validates the content (a bad file stops everything: no half-built site), then
 * builds the static site into dist/ with Astro. Extra arguments go to `astro build` (e.g. --outDir).
 * The V8 heap is sized from the number of venues so that a national build (18,000 venues) stays
 * under 2 GB; set NODE_OPTIONS=--max-old-space-size=… yourself to override.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const contentDir = process.env.CONTENT_DIR || 'content';
const validation = spawnSync(process.execPath, ['scripts/validate.ts', '--quiet'], { stdio: 'inherit' });
if (validation.status !== 0) process.exit(validation.status ?? 1);

const venuesDir = join(contentDir, 'lieux');
const venues = existsSync(venuesDir) ? readdirSync(venuesDir).filter((name) => name.endsWith('.md')).length : 0;
const heapMb = Math.round(1024 + venues * 0.03);
const nodeOptions = process.env.NODE_OPTIONS ?? '';
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: nodeOptions.includes('--max-old-space-size') ? nodeOptions : `${nodeOptions} --max-old-space-size=${heapMb}`.trim(),
};
const build = spawnSync('npx', ['astro', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(build.status ?? 1);
