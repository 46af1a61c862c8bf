/**
 * End to end in Chromium: keyboard-only path, no request leaves the site's origin, pages work
 * without JavaScript, the « ouvert maintenant » line appears with JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CompiledHours } from '../../src/lib/hours/compile.ts';
import { describeOpenState, getOpenState } from '../../src/lib/hours/evaluate.ts';
import { nextWeekdays, wallClock } from '../helpers/moments.ts';
import { templateUrls } from '../helpers/pages.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/** Presses Tab until the focused element matches, or fails after `max` presses. */
async function tabTo(page: Page, test: (element: { tag: string; text: string; href: string | null }) => boolean, max = 200) {
  for (let index = 0; index < max; index++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { tag: element?.tagName ?? '', text: (element?.textContent ?? '').trim(), href: element?.getAttribute('href') ?? null };
    });
    if (test(focused)) return focused;
  }
  throw new Error('élément jamais atteint au clavier');
}

describe('keyboard only', () => {
  it('goes from the home page to a venue page: skip link, a need, a venue', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/`);
    const first = await tabTo(page, () => true, 1);
    expect(first.text).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    const lever = await tabTo(page, (element) => element.href === '/leviers/demarches/');
    expect(lever.text).toMatch(/démarche/i);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/leviers\/demarches\/$/);
    const venue = await tabTo(page, (element) => /^\/lieux\/[a-z0-9-]+\/$/.test(element.href ?? ''), 400);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${venue.href}$`));
    await expect(page.locator('h1').textContent()).resolves.toBe(venue.text);
    await page.close();
  });

  it('shows where the focus is (a visible outline) on links', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/`);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});

describe('privacy and offline', () => {
  it.each(templateUrls())('$template: every request stays on the site origin, no cookie', async ({ path }) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    let requests = 0;
    page.on('request', (request) => {
      requests++;
      const url = new URL(request.url());
      if (url.origin !== site.server.origin && url.protocol !== 'data:') foreign.push(request.url());
    });
    await page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
    expect(requests, 'the page, its stylesheet and its icon at least').toBeGreaterThanOrEqual(3);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('small screens (WCAG 1.4.10, reflow)', () => {
  it.each(templateUrls())('$template: no horizontal scrolling at 320 px wide', async ({ path }) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.close();
  });

  it('the catalogue with filters open reflows too', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${site.server.origin}/lieux/?levier=demarches&gratuit=oui&pres=Riom&lat=45.8936&lon=3.1126`);
    await page.locator('.finder-results').waitFor({ state: 'visible' });
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('a list page offers shorter static lists that exist: each sub-territory, then each lever of one', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    const linksOf = async (path: string) => {
      await page.goto(`${site.server.origin}${path}`);
      return page.locator('reperes-finder .notice a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    };
    const subTerritories = await linksOf('/lieux/');
    expect(subTerritories.length).toBeGreaterThan(5);
    for (const href of subTerritories) expect(href).toMatch(/^\/territoires\/[a-z-]+\/$/);
    const levers = await linksOf(subTerritories[0]!);
    expect(levers).toHaveLength(4);
    for (const href of levers) expect(href.startsWith(subTerritories[0]!)).toBe(true);
    // The links lead to pages of the site.
    for (const href of [subTerritories[0]!, levers[0]!]) {
      const response = await page.goto(`${site.server.origin}${href}`);
      expect(response?.status(), href).toBe(200);
    }
    expect(await linksOf(levers[0]!)).toEqual([]);
    await noJs.close();
  });
});

describe('venue page', () => {
  it('shows the hours table without JavaScript, and the open-now line with it', async () => {
    const venuePath = templateUrls().find((url) => url.template === 'lieu')!.path;
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noJs.newPage();
    await staticPage.goto(`${site.server.origin}${venuePath}`);
    await expect(staticPage.locator('table caption').first().textContent()).resolves.toMatch(/Horaires/);
    await expect(staticPage.locator('.open-now').isVisible()).resolves.toBe(false);
    await noJs.close();

    // At fixed moments (the page's clock), in an opening of the venue's usual week and before it on the
    // same day: the line says what the evaluator says for that moment.
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${venuePath}`);
    const hours = JSON.parse((await page.locator('reperes-open-now').getAttribute('data-hours'))!) as CompiledHours;
    const weekday = hours.week.findIndex((intervals) => intervals.some((interval) => interval.length === 2 && interval[0] > 0));
    expect(weekday, 'the richest venue has a sure opening that starts after midnight').toBeGreaterThanOrEqual(0);
    const [start, end] = hours.week[weekday]!.find((interval) => interval.length === 2 && interval[0] > 0)!;
    const date = nextWeekdays(hours.from, weekday, 10).find((day) => !(day in hours.ex))!;
    const covered = (minute: number) => hours.week[weekday]!.some(([from, to]) => from <= minute && minute < to);
    const closedMinute = [...Array(start).keys()].reverse().find((minute) => !covered(minute))!;
    expect(closedMinute).toBeDefined();
    for (const [moment, expected] of [
      [wallClock(date, Math.floor((start + end) / 2), hours.tz), /^Ouvert maintenant, jusqu'à /],
      [wallClock(date, closedMinute, hours.tz), /^Fermé pour le moment, ouvre /],
    ] as const) {
      await page.clock.setFixedTime(moment);
      await page.reload();
      await page.locator('.open-now').waitFor({ state: 'visible' });
      const text = await page.locator('.open-now').textContent();
      expect(text).toBe(describeOpenState(getOpenState(hours, moment), moment, hours.tz));
      expect(text).toMatch(expected);
    }
    await page.close();
  });

  it('has no console error, no failed request and no error status on any template', async () => {
    const templates = templateUrls();
    expect(templates.length).toBeGreaterThan(5);
    for (const { template, path } of templates) {
      // The 404 template is loaded as the file a static host serves for unknown paths (/404.html): its
      // document status is then 200, and any failing resource in it is an error like anywhere else.
      const url = template === '404' ? '/404.html' : path;
      const page = await site.browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${url}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
      page.on('requestfailed', (request) => errors.push(`${url}: ${request.url()} ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${url}: ${response.status()} ${response.url()}`);
      });
      const response = await page.goto(`${site.server.origin}${url}`, { waitUntil: 'networkidle' });
      expect(response?.status(), url).toBe(200);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('answers an unknown path with status 404 and the 404 page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.origin}/page-qui-n-existe-pas/`);
    expect(response?.status()).toBe(404);
    const title = await page.locator('h1').textContent();
    await page.goto(`${site.server.origin}/404.html`);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    expect(title).toMatch(/introuvable|n'existe pas|404/i);
    await page.close();
  });
});
