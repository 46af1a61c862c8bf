/**
 * The catalogue's search and filters in Chromium: typing, combining filters, Back, a shared URL,
 * keyboard only, « Près de » with the offline gazetteer and the device position (never in the URL),
 * the index fetched only on first use, « open now » at a fixed moment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emptyState, matchesFilters, type FilterState } from '../../src/lib/catalogue/filters.ts';
import { decodeSearchIndex, type SearchIndexData } from '../../src/lib/catalogue/search-index.ts';
import { createSearcher } from '../../src/lib/catalogue/search.ts';
import { understandQuery } from '../../src/lib/catalogue/understand.ts';
import { buildWordIndex, someNameHasAll } from '../../src/lib/catalogue/word-index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer.ts';
import { getOpenState } from '../../src/lib/hours/evaluate.ts';
import { nextWeekdays, wallClock } from '../helpers/moments.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

const status = (page: Page) => page.locator('[data-role="status"]');
const resultNames = (page: Page) => page.locator('[data-role="results"] h3').allTextContents();
/** The announced number of results: 0 for « Aucun lieu… », NaN while nothing is announced. */
const count = async (page: Page) => {
  const text = ((await status(page).textContent()) ?? '').replace(/\s/g, '');
  return text.startsWith('Aucunlieu') ? 0 : Number(text.match(/^(\d+)lieu/)?.[1] ?? NaN);
};
/** Distances in km written on the result cards, in page order; fails on a card without one. */
const cardDistances = async (page: Page) =>
  (await page.locator('[data-role="results"] .venue-card > p:first-of-type').allTextContents()).map((text) => {
    const [, value, unit] = text.match(/à ([\d,]+) (m|km)$/) ?? [];
    expect(value, text).toBeDefined();
    return Number(value!.replace(',', '.')) / (unit === 'm' ? 1000 : 1);
  });

/** The search index the pages fetch, decoded as they decode it: expectations are computed from it. */
const index = JSON.parse(readFileSync('dist/lieux/recherche.json', 'utf8')) as SearchIndexData;
const venues = decodeSearchIndex(index);
const expectedCount = (patch: Partial<FilterState>, now: Date) =>
  venues.filter((venue) => matchesFilters(venue, { ...emptyState(), ...patch }, { now, territoryIds: index.territoires })).length;

async function open(path: string) {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.server.origin}${path}`);
  await page.locator('reperes-finder form').waitFor({ state: 'visible' });
  return { page, requests };
}

describe('search and filters on /lieux/', () => {
  it('fetches the index only on first use, then narrows the list while typing', async () => {
    const { page, requests } = await open('/lieux/');
    await page.waitForLoadState('networkidle');
    expect(requests).not.toContain('/lieux/recherche.json');
    await page.locator('#finder-q').pressSequentially('mediatheque', { delay: 20 });
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(requests).toContain('/lieux/recherche.json');
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names.slice(0, 3)) expect(name).toMatch(/m[ée]diath[èe]que/i);
    await expect.poll(() => page.url()).toMatch(/\?q=mediatheque$/);
    await expect(page.locator('[data-role="static"]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('keeps the result cards in the page: the list matches the search, and the same results move nothing', async () => {
    const words = buildWordIndex(venues);
    const searcher = createSearcher(venues, words);
    const gazetteer = JSON.parse(readFileSync('dist/lieux/communes.json', 'utf8')) as Gazetteer;
    const { page } = await open('/lieux/');
    for (const query of ['france services', 'mediatheque', 'mediatheque lyon 8', 'imprimer', 'centre social']) {
      await page.locator('#finder-q').fill(query);
      // As the page reads it: « lyon 8 » is a place (the nearest first, then by score).
      const { need, place } = understandQuery(query, gazetteer, { isVenueName: (list) => someNameHasAll(words, list) });
      const hits = place ? searcher.search(need, { origin: place, nearestFirst: true }) : searcher.search(query);
      const expected = hits.slice(0, 50).map((hit) => venues[hit.index]!.nom);
      await expect.poll(() => resultNames(page), { message: query }).toEqual(expected);
    }
    await page.evaluate(() => {
      const seen = window as unknown as { changes: number };
      seen.changes = 0;
      new MutationObserver((records) => (seen.changes += records.length)).observe(document.querySelector('[data-role="results"]')!, { childList: true });
    });
    const renders = Number(await page.locator('reperes-finder').getAttribute('data-renders'));
    await page.getByRole('button', { name: 'Voir les résultats' }).click();
    await expect.poll(async () => Number(await page.locator('reperes-finder').getAttribute('data-renders'))).toBeGreaterThan(renders);
    await expect(page.evaluate(() => (window as unknown as { changes: number }).changes)).resolves.toBe(0);
    await page.close();
  });

  it('combines filters, and Back restores the previous results', async () => {
    const { page } = await open('/lieux/');
    await page.getByLabel('Démarches en ligne').check();
    await expect.poll(() => page.url()).toMatch(/levier=demarches/);
    await expect.poll(() => count(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const demarches = await count(page);
    await page.locator('summary', { hasText: 'Plus de critères' }).click();
    await page.getByLabel('Gratuit', { exact: true }).check();
    await expect.poll(() => page.url()).toMatch(/gratuit=oui/);
    await expect.poll(() => count(page)).toBeLessThan(demarches);
    const free = await count(page);
    expect(free).toBeGreaterThan(0);
    await page.getByLabel('Haute-Savoie', { exact: true }).check();
    await expect.poll(() => count(page)).toBeLessThan(free);
    expect(await count(page)).toBeGreaterThan(0);
    await page.goBack();
    await expect.poll(() => count(page)).toBe(free);
    expect(page.url()).not.toMatch(/territoire=/);
    await expect(page.getByLabel('Haute-Savoie', { exact: true }).isChecked()).resolves.toBe(false);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${site.server.origin}/lieux/`);
    await expect(page.locator('[data-role="static"]').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('gives the same results from a shared URL, and Réinitialiser clears everything', async () => {
    const { page: first } = await open('/lieux/');
    await first.locator('#finder-q').fill('emmaus connect');
    await expect.poll(() => count(first)).toBeGreaterThan(0);
    await expect.poll(() => first.url()).toMatch(/q=emmaus/);
    const expected = await resultNames(first);
    const shared = first.url();
    await first.close();

    const page = await site.browser.newPage();
    await page.goto(shared);
    await expect.poll(() => resultNames(page)).toEqual(expected);
    expect(expected[0]).toMatch(/Emmaüs Connect/);
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('emmaus connect');
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.origin}/lieux/`);
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('searches the need words only: not whom the help is for, nor the words of asking (« tablette pour ma mère »)', async () => {
    const searcher = createSearcher(venues, buildWordIndex(venues, index.territoires));
    for (const [query, need] of [
      ['tablette pour ma mère', 'tablette'],
      ['je voudrais savoir utiliser internet', 'internet'],
    ] as const) {
      // The typed words would put a venue whose name has one of them first (« Tiers-lieu Le Vesseaux-Mère »).
      expect(venues[searcher.search(query)[0]!.index]!.nom).not.toBe(venues[searcher.search(need)[0]!.index]!.nom);
      const { page } = await open(`/lieux/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => count(page), { timeout: 10_000 }).toBe(searcher.search(need).length);
      await expect.poll(async () => (await resultNames(page))[0]).toBe(venues[searcher.search(need)[0]!.index]!.nom);
      await page.close();
    }
  });

  it('offers the commune a person meant when its name is mistyped (« grenobel »)', async () => {
    const { page } = await open('/lieux/');
    await page.locator('#finder-pres').pressSequentially('grenobel', { delay: 30 });
    const first = page.locator('#finder-pres-list [role="option"]').first();
    await expect.poll(() => first.textContent()).toMatch(/^Grenoble \(38000, 38100\)$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toMatch(/du plus proche au plus loin de Grenoble/);
    await page.close();
  });

  it('sorts by distance from a commune chosen with the keyboard in the offline gazetteer', async () => {
    const { page } = await open('/lieux/');
    await page.locator('#finder-pres').pressSequentially('riom', { delay: 30 });
    const first = page.locator('#finder-pres-list [role="option"]').first();
    await expect.poll(() => first.textContent()).toMatch(/^Riom \(63200\)$/);
    await expect(page.locator('#finder-pres').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#finder-pres').getAttribute('aria-activedescendant')).resolves.toBe('finder-place-0');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/pres=Riom/);
    await expect.poll(() => status(page).textContent()).toMatch(/du plus proche au plus loin de Riom/);
    const distances = await cardDistances(page);
    expect(distances.length).toBeGreaterThan(10);
    expect(distances[0]).toBeLessThan(2);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    await page.close();
  });

  it('lists a bus by its stop in the commune chosen, and says where it stops', async () => {
    const { page } = await open('/lieux/?q=france+services');
    await page.locator('#finder-pres').pressSequentially('douvaine', { delay: 30 });
    const first = page.locator('#finder-pres-list [role="option"]').first();
    await expect.poll(() => first.textContent()).toMatch(/^Douvaine \(74140\)$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toMatch(/du plus proche au plus loin de Douvaine/);
    // The Thonon-les-Bains bus stops at Douvaine on Mondays: first, measured to that stop, which its card names.
    await expect.poll(async () => (await resultNames(page))[0]).toBe('Bus France services Thonon Agglomération');
    const where = await page.locator('[data-role="results"] li').first().locator('p').first().textContent();
    expect(where).toMatch(/Thonon-les-Bains — .*arrêt à Douvaine, à \d+ m$/);
    const distances = await cardDistances(page);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    await page.close();
  });

  it('says whether a bus is open at its stop near the place chosen, by that stop\'s hours', async () => {
    const bus = venues.findIndex((venue) => venue.id === 'bus-france-services-thonon-agglomeration-thonon-les-bains');
    const douvaine = venues[bus]!.arrets!.findIndex((stop) => stop.commune === 'Douvaine');
    // A Tuesday 10:30 when the bus is out (its hours, Monday to Friday) but not at Douvaine (Mondays only).
    const tuesday = nextWeekdays(index.built, 1, 3)
      .map((date) => wallClock(date, 10 * 60 + 30))
      .find((moment) => getOpenState(venues[bus]!.hours!, moment).open)!;
    expect(tuesday).toBeDefined();
    expect(getOpenState(venues[bus]!.arrets![douvaine]!.hours!, tuesday).open).toBe(false);
    const page = await site.browser.newPage();
    await page.clock.setFixedTime(tuesday);
    const openLine = async (query: string) => {
      await page.goto(`${site.server.origin}/lieux/?${query}`);
      await expect.poll(async () => (await resultNames(page))[0]).toBe('Bus France services Thonon Agglomération');
      return page.locator('[data-role="results"] li').first().locator('.card-open').textContent();
    };
    expect(await openLine('q=bus+france+services+thonon+agglomeration')).toMatch(/^Ouvert/);
    expect(await openLine('q=france+services&pres=Douvaine+%2874140%29&lat=46.3054&lon=6.3038')).toMatch(/^Fermé.*lundi/);
    await page.close();
  });

  it('is usable with the keyboard only: type, tick a need, follow a result', async () => {
    const { page } = await open('/lieux/');
    await page.keyboard.press('Tab'); // skip link
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'finder-q' && guard++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.type('france services');
    while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)) !== 'demarches' && guard++ < 80) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toMatch(/levier=demarches/);
    await expect.poll(() => count(page)).toBeGreaterThan(0);
    while (!/^\/lieux\/[a-z0-9-]+\/$/.test((await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '') && guard++ < 200) await page.keyboard.press('Tab');
    const target = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${target}$`));
    await page.close();
  });

  it('sorts from the device position kept in memory only: never in a URL, forgotten on reload', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['geolocation'], { origin: site.server.origin });
    await context.setGeolocation({ latitude: 45.893612, longitude: 3.112847 }); // Riom
    // Every URL the page requests or writes into its history, and every history state it writes.
    const urls: string[] = [];
    const states: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    await context.addInitScript(() => {
      const log: [string, string][] = ((window as unknown as { historyLog: [string, string][] }).historyLog = []);
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = history[name].bind(history);
        history[name] = (state: unknown, unused: string, url?: string | URL | null) => {
          log.push([JSON.stringify(state), String(url)]);
          original(state, unused, url);
        };
      }
    });
    const page = await context.newPage();
    const readHistory = async () => {
      const [log, state, href] = await page.evaluate(() => [(window as unknown as { historyLog: [string, string][] }).historyLog, JSON.stringify(history.state), location.href] as const);
      for (const [written, url] of log) states.push(written), urls.push(url);
      states.push(state);
      urls.push(href);
    };
    await page.goto(`${site.server.origin}/lieux/`);
    await page.locator('reperes-finder form').waitFor({ state: 'visible' });

    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/lieux trouvés, du plus proche au plus loin de votre position/);
    const all = await count(page);
    const distances = await cardDistances(page);
    expect(distances.length).toBeGreaterThan(10);
    expect(distances[0]).toBeLessThan(2);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(page.url()).toBe(`${site.server.origin}/lieux/`);
    await expect(page.locator('#finder-pres').inputValue()).resolves.toBe('votre position');

    // Another filter goes into the URL; the position still does not, and still sorts.
    await page.locator('summary', { hasText: 'Plus de critères' }).click();
    await page.getByLabel('Gratuit', { exact: true }).check();
    await expect.poll(() => page.url()).toBe(`${site.server.origin}/lieux/?gratuit=oui`);
    await expect.poll(() => count(page)).toBeLessThan(all);
    expect(await count(page)).toBeGreaterThan(0);
    await expect(status(page).textContent()).resolves.toMatch(/de votre position/);
    const free = await cardDistances(page);
    expect(free).toEqual([...free].sort((a, b) => a - b));

    // Back: the position comes back from memory.
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${site.server.origin}/lieux/`);
    await expect.poll(() => count(page)).toBe(all);
    await expect(status(page).textContent()).resolves.toMatch(/de votre position/);

    await readHistory();
    // Reload: the position is gone, and the page says so.
    await page.reload();
    await page.locator('reperes-finder form').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('[data-role="locate-status"]').textContent()).toMatch(/n'est pas gardée quand la page est rechargée/);
    await expect(page.locator('[data-role="static"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#finder-pres').inputValue()).resolves.toBe('');
    await readHistory();

    // No URL carries the position, exact, rounded or named; history entries carry a mark, never coordinates.
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).not.toMatch(/[?&](lat|lon|pres|rayon)=|4[56](\.|,|%2C)\d|\b3(\.|,|%2C)\d/i);
    expect(states.length).toBeGreaterThan(2);
    for (const state of states) expect(['null', '{"position":true}']).toContain(state);
    expect(states).toContain('{"position":true}');
    await expect(page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).resolves.toBe(0);
    await context.close();
  });

  it('offers help by telephone and the questionnaire when nothing matches, and hides them when something does', async () => {
    const { page } = await open('/lieux/?q=zzzzzzzz');
    await expect.poll(() => count(page), { timeout: 10_000 }).toBe(0);
    // One criterion: the words typed are named, and « fewer criteria » is not offered.
    await expect(status(page).textContent()).resolves.toMatch(/^Aucun lieu ne correspond à « zzzzzzzz »\. Vérifiez l’orthographe/);
    const none = page.locator('[data-role="none"]');
    await expect(none.isVisible()).resolves.toBe(true);
    const phones = await none.locator('a[href^="tel:+"], a[href^="tel:3"]').allTextContents();
    expect(phones.length).toBeGreaterThan(0);
    for (const text of phones) expect(text).toMatch(/^Appeler le [\d ]+$/);
    await expect(none.locator('a[href="/orientation/"]').count()).resolves.toBe(1);
    await page.locator('#finder-q').fill('mediatheque');
    await expect.poll(() => count(page)).toBeGreaterThan(0);
    await expect(none.isHidden()).resolves.toBe(true);
    // A need understood that no venue offers yet: said so, and « Compris » names it (no spelling advice).
    expect(venues.some((venue) => venue.services_pratiques.includes('reparation') || venue.services.includes('Acquisition de matériel informatique à prix solidaire'))).toBe(false);
    await page.locator('#finder-q').fill('repair café');
    await expect.poll(() => status(page).textContent()).toMatch(/^Aucun lieu de l’annuaire ne le propose encore\. Compris\s:\sFaire réparer/);
    await page.close();
  });

  it('for a lever no venue lists (« Service tout de suite »), says where to ask instead, as its pages do', async () => {
    // The demo lists no practical service: the lever's `a_defaut` (content/leviers/services.md) points to « equipement ».
    expect(venues.some((venue) => venue.leviers.includes('services'))).toBe(false);
    const { page } = await open('/lieux/?levier=services');
    await expect.poll(() => count(page), { timeout: 10_000 }).toBe(0);
    const note = page.locator('[data-role="none"] [data-fallback-for="services"]');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(status(page).textContent()).resolves.toMatch(/^Aucun lieu de l’annuaire ne correspond encore à ce critère\./);
    await expect(note.locator('a').getAttribute('href')).resolves.toBe('/lieux/?levier=equipement');
    const lending = venues.filter((venue) => venue.leviers.includes('equipement')).length;
    await expect(note.locator('a').textContent()).resolves.toContain(new Intl.NumberFormat('fr-FR').format(lending));
    // Another search with no result does not show it; with two criteria, the status says to take one away.
    await page.goto(`${site.server.origin}/lieux/?q=zzzzzzzz&gratuit=oui`);
    await page.locator('reperes-finder form').waitFor({ state: 'visible' });
    await expect.poll(() => count(page), { timeout: 10_000 }).toBe(0);
    await expect(status(page).textContent()).resolves.toMatch(/^Aucun lieu ne correspond à tous ces critères\. Essayez avec moins de critères\./);
    await expect(page.locator('[data-fallback-for="services"]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('keeps a sub-territory page to its own venues', async () => {
    // Cantal has France Services venues (and no médiathèque in the demo data: a query with results there).
    const { page: all } = await open('/lieux/');
    await all.locator('#finder-q').fill('france services');
    await expect.poll(() => count(all)).toBeGreaterThan(0);
    const everywhere = await count(all);
    await all.close();

    const { page } = await open('/territoires/cantal/');
    await page.locator('#finder-q').fill('france services');
    await expect.poll(() => count(page)).toBeGreaterThan(0);
    expect(await count(page)).toBeLessThan(everywhere);
    const texts = await page.locator('[data-role="results"] .venue-card > p:first-of-type').allTextContents();
    expect(texts).toHaveLength(Math.min(50, await count(page)));
    for (const text of texts) expect(text).toMatch(/^15\d{3} /);
    await page.close();
  });

  it('filters on « open now », « open on a day » and « open within 7 days », at a fixed moment', async () => {
    // A Tuesday after the build (the compiled hours start then), 10:30 in Paris: of the next three, the one
    // with the most open venues, so that a public holiday is never chosen. Then the same day at 03:00.
    const [day] = nextWeekdays(index.built, 1, 3)
      .map((date) => wallClock(date, 10 * 60 + 30))
      .sort((a, b) => expectedCount({ ouvert: 'maintenant' }, b) - expectedCount({ ouvert: 'maintenant' }, a));
    const night = new Date(day!.getTime() - (7 * 60 + 30) * 60_000);
    const openNow = expectedCount({ ouvert: 'maintenant' }, day!);
    expect(openNow).toBeGreaterThan(0);
    expect(expectedCount({ ouvert: 'maintenant' }, night)).toBeLessThan(openNow);

    const page = await site.browser.newPage();
    const at = async (moment: Date, query: string) => {
      await page.clock.setFixedTime(moment);
      await page.goto(`${site.server.origin}/lieux/?${query}`);
      await expect.poll(() => count(page)).not.toBeNaN();
      return count(page);
    };
    expect(await at(day!, 'ouvert=maintenant')).toBe(openNow);
    const states = await page.locator('[data-role="results"] .card-open').allTextContents();
    expect(states).toHaveLength(Math.min(50, openNow));
    for (const text of states) expect(text).toMatch(/^Ouvert maintenant/);
    expect(await at(night, 'ouvert=maintenant')).toBe(expectedCount({ ouvert: 'maintenant' }, night));

    const tuesday = expectedCount({ ouvert: 'le', jour: 1 }, day!);
    const sunday = expectedCount({ ouvert: 'le', jour: 6 }, day!);
    expect(sunday).toBeLessThan(tuesday);
    expect(await at(day!, 'ouvert=dimanche')).toBe(sunday);
    expect(await at(day!, 'ouvert=mardi')).toBe(tuesday);
    await expect(page.getByLabel('Ouvert le…').isChecked()).resolves.toBe(true);
    expect(await at(day!, 'ouvert=mardi&moment=matin')).toBe(expectedCount({ ouvert: 'le', jour: 1, moment: 'matin' }, day!));
    expect(await count(page)).toBeLessThanOrEqual(tuesday);
    const week = expectedCount({ ouvert: 'semaine' }, day!);
    expect(week).toBeGreaterThanOrEqual(tuesday);
    expect(await at(day!, 'ouvert=semaine')).toBe(week);
    await expect(page.getByLabel('Ouvert dans les 7 jours').isChecked()).resolves.toBe(true);
    await page.close();
  });
});

describe('the search box understands « besoin + lieu »', () => {
  // What the page should find, computed here with the same modules over the files it fetches.
  const gazetteer = JSON.parse(readFileSync('dist/lieux/communes.json', 'utf8')) as Gazetteer;
  const words = buildWordIndex(venues);
  const searcher = createSearcher(venues, words);
  const expectedFor = (query: string) => {
    const understood = understandQuery(query, gazetteer, { isVenueName: (list) => someNameHasAll(words, list) });
    const place = understood.place!;
    const hits = searcher.search(understood.need, { origin: place, nearestFirst: true });
    return { understood, names: hits.slice(0, 5).map((hit) => venues[hit.index]!.nom) };
  };
  const understoodText = (page: Page) => page.locator('[data-role="understood"] p').textContent();
  const undoButtons = (page: Page) => page.locator('[data-role="understood"] button').allTextContents();
  const typeQuery = async (page: Page, query: string) => {
    await page.locator('#finder-q').click();
    await page.locator('#finder-q').pressSequentially(query, { delay: 25 });
  };

  it.each([
    ['impots lyon 3', 'impots', 'Lyon 3e Arrondissement (69003)', 'Démarches en ligne (impôts)'],
    ['wifi gratuit 38000', 'wifi gratuit', 'Grenoble (38000, 38100)', 'Ordinateur et internet (wifi) · Gratuit'],
    ['apprendre ordinateur riom', 'apprendre ordinateur', 'Riom (63200)', 'Apprendre le numérique · Ordinateur et internet ou Apprendre le numérique'],
    ['caf villeurbanne', 'caf', 'Villeurbanne (69100)', 'Démarches en ligne (CAF)'],
    ['imprimer 63200', 'imprimer', 'Riom (63200)', 'Imprimer, photocopier ou scanner un document'],
    // A need word mistyped is said as that need (the search reads it so).
    ['aprendre internet riom', 'aprendre internet', 'Riom (63200)', 'Apprendre le numérique · Ordinateur et internet'],
  ])('%s: the need near the place, nearest first, and says what it understood', async (query, need, label, needText) => {
    const expected = expectedFor(query);
    expect(expected.understood.need).toBe(need);
    expect(expected.understood.place!.label).toBe(label);
    const { page } = await open('/lieux/');
    await typeQuery(page, query);
    // The URL holds « Près de » exactly as when the place is chosen in its list.
    const { lat, lon } = expected.understood.place!;
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe(
      new URLSearchParams({ ...(need ? { q: need } : {}), pres: label, lat: lat.toFixed(4), lon: lon.toFixed(4) }).toString(),
    );
    await expect.poll(() => resultNames(page)).toEqual(expect.arrayContaining(expected.names));
    expect((await resultNames(page)).slice(0, 5)).toEqual(expected.names);
    const distances = await cardDistances(page);
    expect(distances[0]).toBeLessThan(5);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    await expect.poll(() => understoodText(page)).toBe(`Compris : ${needText} · près de ${label}`.replace(/ ([:»])/g, '\u00a0$1').replace(/« /g, '«\u00a0'));
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`du plus proche au plus loin de ${label.replace(/[()]/g, '\\$&')}\\. Compris`));
    await expect(page.locator('#finder-pres').inputValue()).resolves.toBe(label);
    // Leaving the box moves the place words out of it.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#finder-q').inputValue()).toBe(need);
    await page.close();
  });

  it('reads the place only once its words are whole, and writes the URL without new history entries', async () => {
    const { page } = await open('/lieux/');
    const length = await page.evaluate(() => history.length);
    await typeQuery(page, 'imprimer rio');
    // The URL is written with what was understood: « rio » is no place, so no « Près de » in it.
    await expect.poll(() => page.url()).toMatch(/\?q=imprimer\+rio$/);
    expect(page.url()).not.toMatch(/pres=/);
    await page.keyboard.type('m');
    await expect.poll(() => page.url()).toMatch(/\?q=imprimer&pres=Riom\+%2863200%29&lat=45\.8936&lon=3\.1126$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    // The search box is not rewritten while the person types in it.
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('imprimer riom');
    await page.close();
  });

  it('announces what it understood once the person pauses, not at every keystroke', async () => {
    // The page's clock is stopped while the person types: however slow the machine, no keystroke waits long
    // enough to count as a pause; then the clock runs on.
    const page = await site.browser.newPage();
    await page.clock.install();
    await page.goto(`${site.server.origin}/lieux/`);
    await page.locator('reperes-finder form').waitFor({ state: 'visible' });
    await page.locator('#finder-q').focus();
    await page.locator('#finder-q').pressSequentially('impots');
    await expect.poll(() => count(page)).toBeGreaterThan(0);
    // Stop the clock a second ahead (the first word's pause passes and is announced), then listen: the page's
    // clock runs meanwhile, so a target closer than that could already be in the past.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.evaluate(() => {
      const region = document.querySelector('[data-role="status"]')!;
      const seen: string[] = ((window as unknown as { announced: string[] }).announced = []);
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('#finder-q').pressSequentially(' lyon 3');
    await expect.poll(() => page.locator('[data-role="results"] > li').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced.filter(Boolean))).toEqual([]);
    await page.clock.runFor(2000);
    await expect.poll(() => status(page).textContent()).toMatch(/Compris.*près de Lyon 3e Arrondissement/);
    const announced = [...new Set(await page.evaluate(() => (window as unknown as { announced: string[] }).announced))];
    expect(announced.filter(Boolean)).toHaveLength(1);
    await page.close();
  });

  it('undoes each part with the keyboard: the need words, then the place (its words go back, quoted)', async () => {
    const { page } = await open('/lieux/');
    await typeQuery(page, 'wifi gratuit 38000');
    await expect.poll(() => undoButtons(page)).toEqual(['Retirer « wifi »', 'Retirer « gratuit »', 'Ne pas chercher près de Grenoble'].map((text) => text.replace(/« (.*) »/, '«\u00a0$1\u00a0»')));
    await expect.poll(() => page.url()).toMatch(/pres=Grenoble/);
    const withPlace = page.url();
    // Tab leaves the box (the place moves to « Près de ») and reaches the first button.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Retirer «\u00a0wifi\u00a0»');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Retirer «\u00a0gratuit\u00a0»');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\?q=wifi&pres=Grenoble/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('finder-q');
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('wifi');
    await expect.poll(() => undoButtons(page)).toEqual(['Retirer «\u00a0wifi\u00a0»', 'Ne pas chercher près de Grenoble']);
    await expect.poll(() => status(page).textContent()).toMatch(/Compris\u00a0: Ordinateur et internet \(wifi\) · près de Grenoble/);
    // Tab to the place's button, Enter: no more « Près de », the postcode goes back to the box as a word.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Ne pas chercher près de Grenoble');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${site.server.origin}/lieux/?q=wifi+%2238000%22`);
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('wifi "38000"');
    await expect(page.locator('#finder-pres').inputValue()).resolves.toBe('');
    await expect.poll(() => status(page).textContent()).not.toMatch(/près de|plus proche/);
    // Back: the place again.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(withPlace);
    await expect.poll(() => page.locator('#finder-pres').inputValue()).toBe('Grenoble (38000, 38100)');
    await page.close();
  });

  it('reads a time as « Quand »: the same results as the filter, said in « Compris », undone by its button', async () => {
    // A Tuesday after the build, 10:30 in Paris (the filter looks at the coming days from there).
    const [day] = nextWeekdays(index.built, 1, 1).map((date) => wallClock(date, 10 * 60 + 30));
    const page = await site.browser.newPage();
    await page.clock.setFixedTime(day!);
    await page.goto(`${site.server.origin}/lieux/`);
    await page.locator('reperes-finder form').waitFor({ state: 'visible' });
    await typeQuery(page, 'imprimer samedi matin');
    const printing = new Set(searcher.search('imprimer').map((hit) => hit.index));
    const expected = venues.filter((venue, position) => printing.has(position) && matchesFilters(venue, { ...emptyState(), ouvert: 'le', jour: 5, moment: 'matin' }, { now: day!, territoryIds: index.territoires })).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(printing.size);
    await expect.poll(() => page.url()).toMatch(/\?q=imprimer&ouvert=samedi&moment=matin$/);
    await expect.poll(() => count(page)).toBe(expected);
    await expect.poll(() => understoodText(page)).toBe('Compris\u00a0: Imprimer, photocopier ou scanner un document · ouvert le samedi, le matin (8 h – 12 h)');
    // Leaving the box: the time words leave it for « Quand ».
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#finder-q').inputValue()).toBe('imprimer');
    await expect(page.getByLabel('Ouvert le…').isChecked()).resolves.toBe(true);
    await expect(page.locator('#finder-jour').inputValue()).resolves.toBe('5');
    await expect(page.locator('#finder-moment').inputValue()).resolves.toBe('matin');
    await expect.poll(() => undoButtons(page)).toEqual(['Retirer «\u00a0imprimer\u00a0»', 'Retirer «\u00a0samedi matin\u00a0» (horaire)']);
    expect(await count(page)).toBe(expected);
    // « aujourd'hui »: the device's day (the page's clock says Tuesday).
    await page.locator('#finder-q').fill('');
    await typeQuery(page, "imprimer aujourd'hui");
    await expect.poll(() => page.url()).toMatch(/\?q=imprimer&ouvert=mardi$/);
    // « le soir », any day: the day list says so.
    await page.locator('#finder-q').fill('');
    await typeQuery(page, 'imprimer le soir');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.url()).toMatch(/\?q=imprimer&ouvert=un-jour&moment=soir$/);
    await expect(page.locator('#finder-jour').inputValue()).resolves.toBe('');
    // Its button removes the time: every printing venue again.
    await page.getByRole('button', { name: 'Retirer «\u00a0le soir\u00a0» (horaire)' }).click();
    await expect.poll(() => page.url()).toMatch(/\?q=imprimer$/);
    await expect(page.locator('[name="ouvert"][value=""]').isChecked()).resolves.toBe(true);
    await expect.poll(() => count(page)).toBe(printing.size);
    await page.close();
  });

  it('narrows to a sub-territory named in the box (« impots cantal »): the same results as the searcher computes here', async () => {
    const searcher = createSearcher(venues, buildWordIndex(venues, index.territoires));
    const expected = searcher.search('impots cantal').length;
    const cantal = index.territoires.indexOf('cantal');
    expect(expected).toBeGreaterThan(3);
    // Each in the Cantal; without the sub-territories' names, « cantal » would be only a word of two venues' names,
    // which does not narrow a need: every venue helping with taxes would be listed.
    for (const hit of searcher.search('impots cantal')) expect(venues[hit.index]!.territoire).toBe(cantal);
    expect(createSearcher(venues).search('impots cantal').length).toBeGreaterThan(expected);
    const { page } = await open('/lieux/');
    await typeQuery(page, 'impots cantal');
    await expect.poll(() => count(page), { timeout: 10_000 }).toBe(expected);
    await page.close();
  });

  it('reads « près de chez moi » as a question for the commune, not as the village Les Prés: its button goes to « Près de »', async () => {
    const { page } = await open('/lieux/');
    await typeQuery(page, 'imprimer près de chez moi');
    await expect.poll(() => count(page), { timeout: 10_000 }).toBe(searcher.search('imprimer').length);
    await expect.poll(() => undoButtons(page)).toEqual(['Retirer «\u00a0imprimer\u00a0»', 'Indiquer ma commune']);
    await expect(page.locator('#finder-pres').inputValue()).resolves.toBe('');
    await page.locator('[data-role="understood"] button', { hasText: 'Indiquer ma commune' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('finder-pres');
    await page.close();
  });

  it('finds a venue by its name: « médiathèque de riom » is no need near Riom', async () => {
    const { page } = await open('/lieux/');
    await typeQuery(page, 'médiathèque de riom');
    await expect.poll(() => page.url()).toMatch(/\?q=m%C3%A9diath%C3%A8que\+de\+riom$/);
    await expect.poll(async () => (await resultNames(page))[0]).toMatch(/^Médiathèque .*Riom/);
    await expect(page.locator('[data-role="understood"]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('combines a place typed in the box with the filters and the radius: the same results as computed here', async () => {
    const { page } = await open('/lieux/?gratuit=oui&levier=demarches');
    await page.locator('#finder-rayon').selectOption('20');
    const now = new Date();
    for (const query of ['imprimer riom', 'imprimer thiers', 'caf villeurbanne', 'caf', 'mediatheque']) {
      await page.locator('#finder-q').fill(query);
      const { need, place } = understandQuery(query, gazetteer, { isVenueName: (list) => someNameHasAll(words, list) });
      const state: FilterState = { ...emptyState(), gratuit: true, leviers: ['demarches'], ...(place ? { pres: place, rayon: 20 } : {}) };
      const hits = place ? searcher.search(need, { origin: place, nearestFirst: true }) : searcher.search(query);
      const expected = hits.filter((hit) => matchesFilters(venues[hit.index]!, state, { now, territoryIds: index.territoires })).slice(0, 50).map((hit) => venues[hit.index]!.nom);
      expect(expected.length, query).toBeGreaterThan(0);
      await expect.poll(() => resultNames(page), { message: query }).toEqual(expected);
    }
    await page.close();
  });

  it('reads a place typed before the search index has arrived, once it has', async () => {
    const page = await site.browser.newPage();
    await page.route('**/lieux/recherche.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto(`${site.server.origin}/lieux/`);
    await page.locator('reperes-finder form').waitFor({ state: 'visible' });
    await typeQuery(page, 'imprimer 63200');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\?q=imprimer&pres=Riom\+%2863200%29&lat=45\.8936&lon=3\.1126$/);
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('imprimer');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('finder-results');
    await page.close();
  });

  it('reads a shared link with the place in the words, and puts it in « Près de »', async () => {
    const { page } = await open('/lieux/?q=caf+villeurbanne');
    await expect.poll(() => page.url()).toMatch(/\?q=caf&pres=Villeurbanne\+%2869100%29&lat=45\.7660&lon=4\.8795$/);
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('caf');
    await expect(page.locator('#finder-pres').inputValue()).resolves.toBe('Villeurbanne (69100)');
    await page.close();
  });
});
