/**
 * pa11y with both runners (HTML_CodeSniffer and axe-core), WCAG 2 AA, on the coverage page and on a
 * sub-territory page with its coverage section: no error accepted. The gaps' lists are opened first, so that
 * their tables are checked too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pa11yErrors } from '../helpers/pa11y.ts';
import puppeteer, { type Browser } from 'puppeteer';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** pa11y errors of a page of the built site (tests/helpers/pa11y.ts), in the run's one Chromium. */
const errorsOf = (path: string, actions: string[] = []) => pa11yErrors(`${server.origin}${path}`, { browser, actions });

describe('pa11y (htmlcs + axe, WCAG2AA) on the coverage figures', () => {
  it('/donnees/couverture/, with a list of communes without help opened', async () => {
    expect(await errorsOf('/donnees/couverture/', ['click element details.coverage-gaps > summary', 'wait for element details.coverage-gaps table to be visible'])).toEqual([]);
  });

  it('/territoires/ain/ (its coverage section)', async () => {
    expect(await errorsOf('/territoires/ain/')).toEqual([]);
  });
});
