/**
 * /orientation/ in Chromium: the no-JavaScript form, the questionnaire keyboard-only and with a mouse (personas of
 * tests/fixtures/orientation-personas.ts), the self-check, the referral sheet (print media, QR code decoded, SMS
 * text), pa11y at every step, and no request carrying an answer.
 */
import { describe, expect, it } from 'vitest';
import * as t from '../../src/i18n/index.ts';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { pa11yErrors } from '../helpers/pa11y.ts';
import { useSite } from '../helpers/site.ts';
import { PERSONAS } from '../fixtures/orientation-personas.ts';
import { NEAR_KM } from '../../src/lib/orientation/recommend.ts';
import { loadContent } from '../../src/node/content-files.ts';

const questions = loadContent(process.cwd()).orientation!.questions;

const site = useSite();

/**
 * Opens a page, records every request URL, waits for the island to be interactive: a question, or (a share link)
 * the result, which may replace the first question before it is ever seen.
 */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.server.origin}${path}`);
  if (options.javaScriptEnabled !== false) await page.locator('.orientation-step, .orientation-result').first().waitFor();
  return { page, requests, context };
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, test: (element: { tag: string; text: string; value: string; type: string }) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const element = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return { tag: active?.tagName ?? '', text: active?.closest('label')?.textContent?.trim() ?? active?.textContent?.trim() ?? '', value: active?.value ?? '', type: active?.type ?? '' };
    });
    if (test(element)) return;
  }
  throw new Error('élément introuvable au clavier');
}

describe('/orientation/ without JavaScript', () => {
  it('is one GET form, first question first, that opens the catalogue with the equivalent filters', async () => {
    const { page, context } = await open('/orientation/', { javaScriptEnabled: false });
    const form = page.locator('form.orientation-plain');
    await expect(form.getAttribute('method')).resolves.toBe('get');
    await expect(form.locator('legend').first().textContent()).resolves.toBe(questions.besoin.titre);
    await form.locator('input[name="levier"][value="demarches"]').check();
    await form.locator('input[name="gratuit"]').check();
    await expect(form.locator('input[name="ouvert"]:checked').getAttribute('value')).resolves.toBe('');
    await form.getByLabel(t.orientation.thisWeek).check();
    await form.locator('input[name="q"]').fill('Riom');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(/\/lieux\//);
    const url = new URL(page.url());
    expect(url.searchParams.get('levier')).toBe('demarches');
    expect(url.searchParams.get('gratuit')).toBe('oui');
    expect(url.searchParams.get('q')).toBe('Riom');
    expect(url.searchParams.get('ouvert')).toBe('semaine');
    // The catalogue reads the same filter (with JavaScript), and says without it that its list is complete.
    await expect(page.locator('noscript').first().textContent()).resolves.toMatch(/dans les 7 jours/);
    await context.close();
  });
});

describe('/orientation/ with JavaScript', () => {
  it('keyboard only: one question per screen, focus on each heading, Back keeps the answers, the persona\'s first venue', async () => {
    const persona = PERSONAS[0]!; // retraitée à Riom, dossier CAF
    const { page, requests, context } = await open('/orientation/');
    await expect(page.locator('.step-count').textContent()).resolves.toBe('Étape 1 sur 5');
    // Next without an answer: an error summary linked to the question.
    await tabTo(page, (element) => element.text === 'Suivant');
    await page.keyboard.press('Enter');
    await expect(page.locator('.error-summary a').getAttribute('href')).resolves.toBe('#besoin-premier');
    await tabTo(page, (element) => element.type === 'radio', 20);
    // Radios: arrows move and choose; « De l'aide pour une démarche en ligne » is the second.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('input[name="besoin"]:checked').getAttribute('value')).resolves.toBe(persona.answers.besoin);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(questions.details.demarches!.titre);
    await expect(page.locator('.step-count').textContent()).resolves.toBe('Étape 2 sur 5');
    await tabTo(page, (element) => element.type === 'radio', 20);
    await page.keyboard.press('Space');
    await expect(page.locator('input[name="detail"]:checked').getAttribute('value')).resolves.toBe(persona.answers.detail);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(questions.accompagnement.titre);
    // Back keeps the answer.
    await tabTo(page, (element) => element.text === 'Retour');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(questions.details.demarches!.titre);
    await expect(page.locator('input[name="detail"]:checked').getAttribute('value')).resolves.toBe('caf');
    await tabTo(page, (element) => element.text === 'Suivant');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(questions.accompagnement.titre);
    await tabTo(page, (element) => element.text === 'Suivant');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(questions.criteres.titre);
    await tabTo(page, (element) => element.text === 'Suivant');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^Où êtes-vous/);
    await tabTo(page, (element) => element.tag === 'INPUT' && element.type === 'text');
    await page.keyboard.type('riom');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.place-chosen').textContent()).toMatch(/Riom \(63200\)/);
    await tabTo(page, (element) => element.text === 'Voir les lieux proposés');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Où aller');
    const items = page.locator('.results > li');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
    expect(await items.count()).toBeLessThanOrEqual(5);
    await expect(items.first().locator('h3 a').getAttribute('href')).resolves.toBe(`/lieux/${persona.expect.first}/`);
    for (const reason of persona.expect.reasons.filter((reason) => !reason.startsWith('à '))) await expect(items.first().locator('.reasons').textContent()).resolves.toContain(reason);
    await expect(items.first().textContent()).resolves.toMatch(/À apporter/);
    // Every result is reachable by Tab (no hidden button).
    await tabTo(page, (element) => element.tag === 'A' && element.text.startsWith('Voir la fiche de'));
    // No request carries an answer: no query string, and only the page, its assets, the search index, the gazetteer
    // and the proposed venues' pages (for their address and phone).
    const allowed = /^\/(orientation\/|_astro\/[\w.-]+|pictogrammes\/[\w-]+\.svg|favicon\.svg|lieux\/recherche\.json|lieux\/communes\.json|lieux\/[a-z0-9-]+\/)$/;
    expect(requests.filter((url) => new URL(url).search !== '' || !allowed.test(new URL(url).pathname))).toEqual([]);
    expect(requests.every((url) => url.startsWith(site.server.origin))).toBe(true);
    await context.close();
  });

  it('with a mouse: a persona whose wishes nobody meets gets partial matches, what they lack, and remote help; the share link leaves out sensitive answers', async () => {
    const persona = PERSONAS.find((candidate) => candidate.answers.criteres.includes('fauteuil'))!;
    const { page, context } = await open('/orientation/');
    await page.locator(`input[name="besoin"][value="${persona.answers.besoin}"]`).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator(`input[name="detail"][value="${persona.answers.detail}"]`).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    for (const criterion of persona.answers.criteres) await page.locator(`input[name="criteres"][value="${criterion}"]`).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator('#lieu-texte').fill('privas');
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await expect.poll(() => page.locator('.place-chosen').textContent()).toMatch(/Privas/);
    // « Ouvert le… » the evening, whatever the day (the day list starts with « n'importe quel jour »).
    await page.locator('#quand-moment').selectOption('soir');
    await expect(page.locator('#quand-jour').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Voir les lieux proposés' }).click();
    await expect.poll(() => page.locator('.results > li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#lien-partage').inputValue()).toMatch(/quand=un-jour&moment=soir/);
    await expect(page.locator('.orientation-result .notice').textContent()).resolves.toMatch(/Aucun lieu ne dit offrir tout/);
    await expect(page.locator('.results > li').first().locator('.partial').textContent()).resolves.toContain(t.orientation.lacks(persona.expect.lacks![0]!));
    await expect(page.locator('.remote-help').textContent()).resolves.toMatch(/Impôts/);
    const share = await page.locator('#lien-partage').inputValue();
    expect(share).toMatch(/besoin=demarches/);
    expect(share).not.toMatch(/fauteuil|surdite/);
    // The share link opens on the same kind of result.
    await page.goto(share);
    await expect.poll(() => page.locator('.results > li').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('proposes the help near the person before full matches far away, and says so', async () => {
    // A senior in Clermont-Ferrand: phone lessons, in a group, for seniors. Every venue that says all three is far.
    const { page, context } = await open('/orientation/?besoin=competences&detail=telephone&aide=atelier&criteres=seniors&pres=Clermont-Ferrand+(63000)&lat=45.7797&lon=3.0863');
    await expect.poll(() => page.locator('.results > li').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.orientation-result .notice').textContent()).resolves.toBe(t.orientation.fullFar(NEAR_KM));
    const first = page.locator('.results > li').first();
    await expect(first.locator('.partial').textContent()).resolves.toContain(t.orientation.lacks('pensé pour les seniors'));
    await expect(first.textContent()).resolves.toMatch(/Clermont/);
    await context.close();
  });

  it('proposes a bus for its stop near the person: where else it goes, and a map link to that stop', async () => {
    const { page, context } = await open('/orientation/?besoin=demarches&detail=caf&pres=Douvaine+(74140)&lat=46.3054&lon=6.3038');
    await expect.poll(() => page.locator('.results > li').count()).toBeGreaterThanOrEqual(3);
    const first = page.locator('.results > li').first();
    await expect(first.locator('h3').textContent()).resolves.toBe('Bus France services Thonon Agglomération');
    await expect(first.locator('.reasons').textContent()).resolves.toMatch(/arrêt à Douvaine, à \d+ m$/);
    await expect(first.textContent()).resolves.toContain('Passe aussi à Douvaine');
    // The map opens on the stop at Douvaine (its commune's centre), not on the bus's base in Thonon-les-Bains.
    await expect(first.locator('.result-links a').last().getAttribute('href')).resolves.toMatch(/^\/carte\/#carte=15\.00\/46\.30\d\d\/6\.30\d\d$/);
    await context.close();
  });

  it('a share link opens on its result, saying it is searching, never showing the first question on the way', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    // Records every question form that enters the page, from the first script on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        for (const element of document.querySelectorAll('.orientation-step, .orientation-opening')) seen.push(element.className);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.server.origin}/orientation/?besoin=demarches&detail=caf&pres=Riom+(63200)&lat=45.8936&lon=3.1128`);
    await page.locator('.orientation-result').waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((name) => name.includes('orientation-step'))).toBe(false);
    await expect.poll(() => page.locator('.results > li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('« je ne sais pas » leads to the self-check: a result per skill and next steps near the person', async () => {
    const { page, context } = await open('/orientation/');
    await page.locator('input[name="besoin"][value="je-ne-sais-pas"]').click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.poll(() => focused(page)).toBe(loadContent(process.cwd()).orientation!.selfCheck.titre);
    const statements = page.locator('fieldset.statement');
    const count = await statements.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) await statements.nth(i).locator('input').nth(i < 3 ? 0 : 2).check();
    await page.locator('#lieu-texte').fill('annecy');
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await expect.poll(() => page.locator('.place-chosen').textContent()).toMatch(/Annecy/);
    await page.getByRole('button', { name: 'Voir le résultat' }).click();
    await expect.poll(() => focused(page)).toBe('Ce que vous savez faire');
    await expect(page.locator('.skills li').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('.skills').textContent()).resolves.toMatch(/à apprendre/);
    await expect.poll(() => page.locator('.next-steps li a[href^="/lieux/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('« Orienter une personne » and the referral sheet', () => {
  it('three screens, then a sheet that prints alone, with a QR code to the venue page and an SMS link', async () => {
    const { page, context } = await open('/orientation/orienter/');
    await expect(page.locator('.step-count').textContent()).resolves.toBe('Étape 1 sur 3');
    await page.locator('input[name="besoin"][value="competences"]').click();
    await page.locator('input[name="detail"][value="bases"]').click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator('input[name="criteres"][value="seniors"]').click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator('#lieu-texte').fill('annecy');
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await expect.poll(() => page.locator('.place-chosen').textContent()).toMatch(/Annecy/);
    await page.getByRole('button', { name: 'Voir les lieux proposés' }).click();
    const first = page.locator('.results > li').first();
    await expect.poll(() => first.count()).toBe(1);
    const name = (await first.locator('h3').textContent())!;
    const href = (await first.locator('h3 a').getAttribute('href'))!;
    await first.getByRole('button', { name: /Préparer la fiche/ }).click();
    await expect.poll(() => focused(page)).toBe("Fiche d'orientation");
    await page.locator('#fiche-prenom').fill('Jeanne');
    await page.locator('#fiche-note').fill('Apporter son téléphone chargé');
    await expect(page.locator('.sheet-print h3').textContent()).resolves.toBe(name);
    await expect(page.locator('.sheet-print').textContent()).resolves.toMatch(/pour Jeanne.*Apporter son téléphone chargé/s);
    // Print: the sheet only.
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => ({
      sheet: getComputedStyle(document.querySelector('.sheet-print h3')!).visibility,
      header: getComputedStyle(document.querySelector('.site-header')!).visibility,
      buttons: getComputedStyle(document.querySelector('.sheet-actions button')!).visibility,
    }));
    expect(visible).toEqual({ sheet: 'visible', header: 'hidden', buttons: 'hidden' });
    await page.emulateMedia({ media: 'screen' });
    // The QR code, drawn on a canvas in a blank page and decoded, is the venue page's address.
    const svg = await page.locator('svg.qr').evaluate((element) => new XMLSerializer().serializeToString(element));
    const blank = await context.newPage();
    const pixels = await blank.evaluate(async (source) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, 400, 400);
      return Array.from(context.getImageData(0, 0, 400, 400).data);
    }, svg);
    const decoded = jsQR(Uint8ClampedArray.from(pixels), 400, 400);
    expect(decoded?.data).toBe(new URL(href, site.server.origin).href);
    // SMS: name, address, next opening and the page, never sent by the site.
    const sms = (await page.getByRole('link', { name: 'Envoyer par SMS' }).getAttribute('href'))!;
    expect(sms.startsWith('sms:?&body=')).toBe(true);
    const body = decodeURIComponent(sms.slice('sms:?&body='.length)).split('\n');
    expect(body[0]).toBe(name);
    expect(body[1]).toMatch(/74\d{3} /);
    expect(body.at(-1)).toBe(new URL(href, site.server.origin).href);
    expect(body.some((line) => /^(Ouvert|Ouvre|Fermé|Horaires)/.test(line))).toBe(true);
    await context.close();
  });
});

describe('pa11y (htmlcs + axe) at every step', () => {
  const steps: [string, string, string[]][] = [
    ['/orientation/', 'question 1', []],
    ['/orientation/', 'error summary', ['click element .orientation-step button[type="submit"]', 'wait for element .error-summary to be added']],
    ['/orientation/', 'question 2', ['click element input[value="demarches"]', 'click element .orientation-step button[type="submit"]', 'wait for element input[name="detail"] to be added']],
    ['/orientation/?besoin=demarches&detail=caf&criteres=gratuit&pres=Riom+(63200)&lat=45.8936&lon=3.1128', 'result', ['wait for element .results > li to be added']],
    ['/orientation/', 'self-check', ['click element input[value="je-ne-sais-pas"]', 'click element .orientation-step button[type="submit"]', 'wait for element fieldset.statement to be added']],
    ['/orientation/orienter/?besoin=competences&pres=Annecy+(74000)&lat=45.8992&lon=6.1294', 'sheet', ['wait for element .results button to be added', 'click element .results button', 'wait for element .sheet-print to be added']],
  ];
  it.each(steps)('%s — %s', async (path, _name, actions) => {
    expect(await pa11yErrors(`${site.server.origin}${path}`, { actions: ['wait for element .orientation-step, .orientation-result to be added', ...actions] })).toEqual([]);
  });
});
