/**
 * « Les plus récemment vérifiées »: the finder's order control, in the URL (`?tri=verifiees`), orders the results by
 * freshness date (verified, else changed), newest first; back to the ranking without it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeSearchIndex, type SearchIndexData } from '../../src/lib/catalogue/search-index.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const venues = decodeSearchIndex(JSON.parse(readFileSync('dist/lieux/recherche.json', 'utf8')) as SearchIndexData);

const shownDates = async (page: Page) =>
  (await page.locator('[data-role="results"] [data-venue]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-venue'))))).map(
    (index) => venues[index]!.verifiee!,
  );
const isNewestFirst = (dates: string[]) => dates.every((date, position) => position === 0 || dates[position - 1]! >= date);

describe('sort by freshness', () => {
  it('orders the list newest verified first from the URL, and the control changes the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/lieux/?levier=competences&tri=verifiees`);
    await page.locator('[data-role="results"] [data-venue]').first().waitFor();
    expect(await page.locator('#finder-tri').inputValue()).toBe('verifiees');
    const sorted = await shownDates(page);
    expect(sorted.length).toBeGreaterThan(5);
    // (« compétences »: the France Services, all dated 2024-08-01, do not offer it, so the first results differ in date)
    expect(new Set(sorted).size, 'the demo has several dates').toBeGreaterThan(1);
    expect(isNewestFirst(sorted)).toBe(true);

    await page.locator('#finder-tri').selectOption('');
    await expect.poll(() => new URL(page.url()).search).toBe('?levier=competences');
    await expect.poll(async () => isNewestFirst(await shownDates(page))).toBe(false);

    await page.locator('#finder-tri').selectOption('verifiees');
    await expect.poll(() => new URL(page.url()).search).toBe('?levier=competences&tri=verifiees');
    await expect.poll(async () => isNewestFirst(await shownDates(page))).toBe(true);
    await page.close();
  });
});
