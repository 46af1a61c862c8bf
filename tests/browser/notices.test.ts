/**
 * Dated notices are shown on the day the page is read, not the day it was built: with a frozen page clock, the
 * « ouvert maintenant » script (src/components/open-now.ts, `reperes-notices`) shows the notices whose dates
 * include that day in the venue's zone and hides the others; without JavaScript every notice stays, with its
 * dates. No demo venue has notices, so the test adds to a built venue page the markup Notices.astro renders
 * (its `data-debut` / `data-fin` contract), with dates around the frozen clock.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { wallClock } from '../helpers/moments.ts';
import { templateUrls } from '../helpers/pages.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

const NOTICES = [
  { id: 'passee', debut: '2026-12-01', fin: '2026-12-31' },
  { id: 'en-cours', debut: '2027-01-05', fin: '2027-01-15' },
  { id: 'sans-fin', debut: '2027-01-01' },
  { id: 'a-venir', debut: '2027-02-01', fin: '2027-02-10' },
];

const markup = `<reperes-notices data-tz="Europe/Paris">${NOTICES.map(
  (notice) => `<div class="notice" role="note" data-test="${notice.id}" data-debut="${notice.debut}"${notice.fin ? ` data-fin="${notice.fin}"` : ''}><p><strong>${notice.id}</strong></p><p>Du ${notice.debut}.</p></div>`,
).join('')}</reperes-notices>`;

async function venuePage(context: BrowserContext): Promise<{ page: Page; url: string }> {
  const path = templateUrls().find((url) => url.template === 'lieu')!.path;
  const url = `${site.server.origin}${path}`;
  const page = await context.newPage();
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</header>', `</header>${markup}`);
    await route.fulfill({ response, body: html });
  });
  return { page, url };
}

async function shown(page: Page): Promise<string[]> {
  const visible: string[] = [];
  for (const notice of await page.locator('reperes-notices [data-debut]').all()) {
    if (await notice.isVisible()) visible.push((await notice.getAttribute('data-test'))!);
  }
  return visible;
}

describe('dated notices', () => {
  it('shows, on the day read in the venue’s zone, the notices whose dates include it, and hides the others', async () => {
    const context = await site.browser.newContext();
    const { page, url } = await venuePage(context);
    for (const [moment, expected] of [
      [wallClock('2027-01-10', 10 * 60), ['en-cours', 'sans-fin']],
      [wallClock('2027-01-15', 23 * 60 + 50), ['en-cours', 'sans-fin']], // last evening of a notice, Paris time
      [wallClock('2027-01-16', 5), ['sans-fin']], // 00:05 in Paris is still the 15th in UTC
      [wallClock('2027-02-01', 9 * 60), ['sans-fin', 'a-venir']],
      [wallClock('2026-12-31', 12 * 60), ['passee']],
    ] as const) {
      await page.clock.setFixedTime(moment);
      await page.goto(url);
      await expect.poll(() => shown(page), { message: moment.toISOString() }).toEqual(expected);
    }
    await context.close();
  });

  it('shows every notice with its dates without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { page, url } = await venuePage(context);
    await page.goto(url);
    expect(await shown(page)).toEqual(NOTICES.map((notice) => notice.id));
    await context.close();
  });
});
