/**
 * The built site served on loopback and one Chromium, for a browser test file:
 * `const site = useSite();` then `site.server.origin`, `site.browser` inside tests. `useFixtureSite` builds a
 * site of its own from a content folder the test writes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

/** `args`: Chromium's command line (CHROMIUM_ARGS by default; the map tests add software WebGL). */
export function useSite(args?: readonly string[]): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchChromium(args);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * A site built for one test file: `prepare` writes a content folder (its path is given), `npm run build` builds it
 * into a temporary folder (removed after the file), then it is served with one Chromium like `useSite`.
 */
export function useFixtureSite(name: string, prepare: (contentDir: string) => void): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  let dir: string | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `reperes-${name}-`));
    const content = join(dir, 'content');
    prepare(content);
    const outDir = join(dir, 'dist');
    const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: relative(process.cwd(), content) },
    });
    if (run.status !== 0) throw new Error(`la construction a échoué :\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
    site.server = await serveDist(outDir);
    site.browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return site;
}
