/**
 * The built site served on loopback and one Chromium, for a browser test file:
 * `const site = useSite();` then `site.server.origin`, `site.browser` inside tests.
 */
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
