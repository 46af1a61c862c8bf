// @ts-check
// The project's astro.config.mjs, unchanged except for its cache folder: `npm run bench` builds with a cold,
// private content-layer cache instead of the shared node_modules/.astro (see scripts/bench.ts).
import config from '../../astro.config.mjs';

const cacheDir = process.env.BENCH_CACHE_DIR || './.bench/cache-real';

export default { ...config, cacheDir, vite: { ...config.vite, cacheDir: `${cacheDir}/vite` } };
