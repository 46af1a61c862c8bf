// @ts-check
// Bare baseline of `npm run bench`: the smallest Astro site over the same lieux/ folder (see scripts/bench.ts).
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // Keep the content-layer cache out of the shared node_modules/.astro (BENCH_CACHE_DIR is set by the bench).
  cacheDir: process.env.BENCH_CACHE_DIR || '../../../.bench/cache-bare',
  vite: { cacheDir: `${process.env.BENCH_CACHE_DIR || '../../../.bench/cache-bare'}/vite` },
  devToolbar: { enabled: false },
});
