/**
 * pa11y as every accessibility test runs it: both runners (HTML_CodeSniffer and axe-core), WCAG 2 AA, errors
 * only, one line each (runner, rule, message, element), so that a failure names what to fix.
 */
import pa11y from 'pa11y';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

/**
 * The errors pa11y finds on `url` after `actions` (pa11y's action strings). In `browser` when given (a test
 * that checks many pages keeps one), else in a Chromium of its own started with `args` and closed after.
 */
export async function pa11yErrors(url: string, options: { browser?: Browser; args?: readonly string[]; actions?: string[] } = {}): Promise<string[]> {
  const own = options.browser ? undefined : await puppeteer.launch({ executablePath: findChromium(), args: [...(options.args ?? CHROMIUM_ARGS)], headless: true });
  const browser = options.browser ?? own!;
  const page = await browser.newPage();
  try {
    const result = await pa11y(url, { browser, page, runners: ['htmlcs', 'axe'], standard: 'WCAG2AA', timeout: 90_000, actions: options.actions ?? [] });
    return result.issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.runner} ${issue.code}: ${issue.message} — ${issue.selector}`);
  } finally {
    await page.close();
    await own?.close();
  }
}

/**
 * For a test file that checks many pages of the built site: serves `dist/` and starts one Chromium for the file;
 * returns the errors of a page by its path.
 */
export function usePa11y(): (path: string, actions?: string[]) => Promise<string[]> {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await puppeteer.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return (path, actions = []) => pa11yErrors(`${server.origin}${path}`, { browser, actions });
}
