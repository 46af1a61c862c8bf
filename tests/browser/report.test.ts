/**
 * « Signaler une erreur » in Chromium, keyboard only and without JavaScript: the details opens, a problem
 * is chosen, a correction typed, and « Signaler sur GitHub » goes to the repository's issue form with
 * every field in the URL (the navigation is intercepted: nothing reaches GitHub). The e-mail action is
 * the form's default one.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { templateUrls } from '../helpers/pages.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const territory = load(readFileSync('content/territoire.yaml', 'utf8')) as { contributions: { courriel: string; depot: string } };
const repository = new URL(territory.contributions.depot);
const venuePath = templateUrls().find((entry) => entry.template === 'lieu')!.path;
const venueFile = `content/lieux/${venuePath.split('/')[2]}.md`;
const CORRECTION = 'Ouvert le mardi de 9 h à 12 h & le jeudi après-midi';

/** What has the focus: tag, text, the value and state of a control. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return { tag: element?.tagName ?? '', text: (element?.textContent ?? '').trim(), value: element?.value ?? '', checked: element?.checked ?? false, name: element?.getAttribute('name') ?? '' };
  });

/** Presses `key` until the focused element passes `test`; fails after `max` presses. */
async function pressUntil(page: Page, key: string, test: (element: Awaited<ReturnType<typeof focused>>) => boolean, max = 300) {
  for (let index = 0; index < max; index++) {
    await page.keyboard.press(key);
    const element = await focused(page);
    if (test(element)) return element;
  }
  throw new Error(`${key} : élément jamais atteint au clavier`);
}

describe('« Signaler une erreur » on a venue page', () => {
  it('keyboard only, without JavaScript: « Horaires faux », a correction, « Signaler sur GitHub » → the issue form, prefilled', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requested: string[] = [];
    await page.route(`${repository.origin}/**`, (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>GitHub</title>' });
    });
    await page.goto(`${site.server.origin}${venuePath}`);
    const name = (await page.locator('h1').textContent())!;

    const summary = await pressUntil(page, 'Tab', (element) => element.tag === 'SUMMARY' && element.text === 'Signaler une erreur');
    expect(summary.text).toBe('Signaler une erreur');
    expect(await page.locator('details.report').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    expect(await page.locator('details.report').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);

    const firstChoice = await pressUntil(page, 'Tab', (element) => element.name === 'probleme', 1);
    expect(firstChoice.value).toBe('Fermé définitivement');
    const choice = await pressUntil(page, 'ArrowDown', (element) => element.value === 'Horaires faux', 5);
    expect(choice.checked).toBe(true);
    await pressUntil(page, 'Tab', (element) => element.name === 'correction', 1);
    await page.keyboard.type(CORRECTION);
    const button = await pressUntil(page, 'Tab', (element) => element.tag === 'BUTTON' && element.name === 'title', 3);
    expect(button.text).toBe('Signaler sur GitHub (compte nécessaire)');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.origin === repository.origin);

    expect(requested).toHaveLength(1);
    const url = new URL(requested[0]!);
    expect(url.pathname).toBe(`${repository.pathname.replace(/\/+$/, '')}/issues/new`);
    const query = url.searchParams;
    expect(query.get('template')).toBe('signaler-une-erreur.yml');
    expect(query.get('title')).toBe(`Erreur sur la fiche « ${name} »`);
    expect(query.get('probleme')).toBe('Horaires faux');
    expect(query.get('correction')).toBe(CORRECTION);
    expect(query.get('fiche')).toContain(venueFile);
    expect(query.get('fiche')).toContain(venuePath);
    expect(query.get('contact')).toBe('');
    await context.close();
  });

  it('sends by e-mail by default: Enter in a field posts the fields to the mailto: action as « name=value » lines of the body', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${venuePath}`);
    const name = (await page.locator('h1').textContent())!;
    const form = await page.locator('form.report-form').evaluate((element) => {
      const form = element as HTMLFormElement;
      return { action: form.action, method: form.method, enctype: form.enctype };
    });
    const action = new URL(form.action);
    expect(action.protocol).toBe('mailto:');
    expect(decodeURIComponent(action.pathname)).toBe(territory.contributions.courriel);
    expect(action.searchParams.get('subject')).toBe(`Erreur sur la fiche « ${name} »`);
    expect(form).toMatchObject({ method: 'post', enctype: 'text/plain' });

    // The browser hands the mailto: URL to the e-mail app: the request is where the test reads it.
    const mail = page.waitForRequest((request) => request.url().startsWith('mailto:'));
    await pressUntil(page, 'Tab', (element) => element.tag === 'SUMMARY' && element.text === 'Signaler une erreur');
    await page.keyboard.press('Enter');
    await pressUntil(page, 'Tab', (element) => element.name === 'probleme', 1);
    await pressUntil(page, 'ArrowUp', (element) => element.value === 'Autre chose', 1);
    await pressUntil(page, 'Tab', (element) => element.name === 'correction', 1);
    // ASCII only: Chromium decodes a text/plain e-mail body as Latin-1, so accents arrive garbled (see ReportForm.astro).
    await page.keyboard.type('Le numero est le 04 73 00 00 00');
    await pressUntil(page, 'Tab', (element) => element.name === 'contact', 1);
    await page.keyboard.type('Paul');
    await page.keyboard.press('Enter');
    const url = new URL((await mail).url());
    expect(url.searchParams.get('subject')).toBe(`Erreur sur la fiche « ${name} »`);
    const lines = url.searchParams.get('body')!.split('\r\n');
    expect(lines[0]).toMatch(new RegExp(`^fiche=.*${venuePath}.*${venueFile.replace(/\./g, '\\.')}\\)$`));
    expect(lines.slice(1, 4)).toEqual(['probleme=Autre chose', 'correction=Le numero est le 04 73 00 00 00', 'contact=Paul']);
    expect(lines.filter((line) => line.startsWith('title='))).toEqual([]);
    await page.close();
  });
});
