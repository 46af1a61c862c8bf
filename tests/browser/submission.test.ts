/**
 * /proposer/ in Chromium: a new venue entered keyboard-only, an error fixed from the summary, the file downloaded,
 * validated by `npm run validate` and built into a page showing what was entered; the edit flow of an existing
 * venue; the GitHub link and its fallback; the form without JavaScript; pa11y (htmlcs + axe) on the form empty,
 * with errors and in preview.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pa11yErrors } from '../helpers/pa11y.ts';
import { useSite } from '../helpers/site.ts';
import { readVenueFile } from '../../src/lib/mednum/markdown.ts';
import { isoDate } from '../../src/lib/schema/fields.ts';

const site = useSite();
const work = mkdtempSync(join(tmpdir(), 'reperes-proposer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function open(path: string) {
  const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.server.origin}${path}`);
  await page.locator('.submission[data-ready]').waitFor();
  return { page, context, requests };
}

/** What has the focus: its label (or text), tag and type. */
const active = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const label = element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : undefined;
    return { tag: element?.tagName ?? '', type: element?.type ?? '', text: (label ?? element?.closest('label')?.textContent ?? element?.textContent ?? '').trim(), id: element?.id ?? '' };
  });

/** Presses Tab until the focused element matches (keyboard only), at most `max` times. */
async function tabTo(page: Page, test: (element: { tag: string; type: string; text: string; id: string }) => boolean, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (test(await active(page))) return;
  }
  throw new Error('élément introuvable au clavier');
}

const startsWith = (label: string) => (element: { text: string }) => element.text.startsWith(label);

describe('/proposer/: a new venue, keyboard only, to a built page', () => {
  it('fills, fixes an error from the summary, previews, downloads a file that validates and builds', async () => {
    const { page, context, requests } = await open('/proposer/');
    await tabTo(page, startsWith('Nom du lieu'));
    await page.keyboard.type('Café numérique des Tilleuls');
    await tabTo(page, startsWith('Adresse (numéro et rue)'));
    await page.keyboard.type('3 place des Tilleuls');
    await tabTo(page, startsWith('Code postal'));
    await page.keyboard.type('6320');
    await tabTo(page, startsWith('Commune'));
    await page.keyboard.type('Riom');
    await tabTo(page, startsWith('Placer le point'));
    await page.keyboard.press('Enter');
    await page.getByText(/Point placé au centre de Riom/).waitFor();
    await tabTo(page, startsWith('Téléphone'));
    await page.keyboard.type('04 73 00 00 00');
    // Monday: open from 9h to 12h (typed as people type)
    // (a radio group is one Tab stop, on the checked radio: « Fermé »; the arrows choose)
    await tabTo(page, (element) => element.type === 'radio' && element.text === 'Fermé');
    await page.keyboard.press('ArrowLeft');
    expect(await active(page)).toMatchObject({ text: 'Ouvert' });
    await tabTo(page, (element) => element.text.startsWith('de (lundi'));
    await page.keyboard.type('9h');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12h');
    await page.keyboard.press('Tab');
    await page.getByText('Mo 09:00-12:00').waitFor();
    await tabTo(page, (element) => element.type === 'checkbox' && element.text === 'Aide aux démarches administratives');
    await page.keyboard.press('Space');
    await tabTo(page, (element) => element.type === 'checkbox' && element.text.startsWith('Social et santé'));
    await page.keyboard.press('Space');
    await tabTo(page, startsWith('Présentation détaillée'));
    await page.keyboard.type('Un café où l’on vient avec son téléphone. <b>Pas de HTML</b> ici.');
    await tabTo(page, startsWith('Vérifier'));
    await page.keyboard.press('Enter');

    // The summary has the focus and names the postcode; its link leads to the field
    const summary = page.locator('.error-summary');
    await page.waitForFunction(() => document.activeElement?.id === 'resume-erreurs');
    const items = await summary.locator('li').allTextContents();
    expect(items).toEqual([expect.stringMatching(/^Code postal : « 6320 ».*5 chiffres/)]);
    await page.keyboard.press('Tab');
    expect(await active(page)).toMatchObject({ tag: 'A', text: items[0] });
    await page.keyboard.press('Enter');
    expect(await active(page)).toMatchObject({ text: expect.stringMatching(/^Code postal/) });
    await expect(page.locator('#f-lieux-code_postal').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('63200');
    await tabTo(page, startsWith('Vérifier'));
    await page.keyboard.press('Enter');

    // The preview has the focus and shows what was entered
    await page.waitForFunction(() => document.activeElement?.id === 'apercu-titre');
    const preview = await page.locator('.preview').textContent();
    expect(preview).toContain('Café numérique des Tilleuls');
    expect(preview).toContain('3 place des Tilleuls, 63200 Riom');
    expect(preview).toContain('<b>Pas de HTML</b>');
    expect(await page.locator('.preview b').count()).toBe(0);

    // Download, keyboard only
    await tabTo(page, startsWith('Télécharger'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('cafe-numerique-des-tilleuls-riom.md');
    const content = join(work, 'content');
    for (const part of ['territoire.yaml', 'leviers', 'orientation', 'structures']) cpSync(join('content', part), join(content, part), { recursive: true });
    mkdirSync(join(content, 'lieux'));
    const file = join(content, 'lieux', download.suggestedFilename());
    await download.saveAs(file);
    const { frontmatter } = readVenueFile(readFileSync(file, 'utf8'));
    expect(frontmatter).toMatchObject({ nom: 'Café numérique des Tilleuls', code_postal: '63200', horaires: 'Mo 09:00-12:00', telephone: '04 73 00 00 00', demarches: ['social-sante'], date_maj: isoDate(new Date()) });
    expect(frontmatter.latitude).toEqual(expect.any(Number));

    // Nothing left the site while filling (the gazetteer and the index are the site's own files)
    expect(requests.filter((url) => !url.startsWith(site.server.origin) && !url.startsWith('blob:'))).toEqual([]);
    await context.close();

    const validate = spawnSync('node', ['scripts/validate.ts', '--content', content], { encoding: 'utf8' });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const out = join(work, 'dist');
    const build = spawnSync('node', ['scripts/build.ts', '--outDir', out], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(join(out, 'lieux', 'cafe-numerique-des-tilleuls-riom', 'index.html'), 'utf8');
    expect(html).toContain('Café numérique des Tilleuls');
    expect(html).toContain('3 place des Tilleuls');
    expect(html).toContain('&lt;b&gt;Pas de HTML&lt;/b&gt;');
    expect(html).not.toContain('<b>Pas de HTML</b>');
  });
});

describe('/proposer/?lieu=<id>: correcting a listing', () => {
  const id = readdirSync('content/lieux').find((name) => /telephone:/.test(readFileSync(`content/lieux/${name}`, 'utf8')))!.replace(/\.md$/, '');
  const original = readVenueFile(readFileSync(`content/lieux/${id}.md`, 'utf8'));

  it('opens the form filled with the listing, and gives the corrected file with today’s date and paste steps for GitHub', async () => {
    const { page, context } = await open(`/proposer/?lieu=${id}`);
    await page.waitForFunction((name) => (document.getElementById('f-lieux-nom') as HTMLInputElement | null)?.value === name, original.frontmatter.nom);
    await expect(page.locator('#f-lieux-id').inputValue()).resolves.toBe(id);
    await page.locator('#f-lieux-telephone').fill('04 73 99 99 99');
    await page.locator('button[type="submit"]').click();
    await page.locator('#apercu-titre').waitFor();
    const text = await page.locator('textarea.file-text').inputValue();
    const { frontmatter, body } = readVenueFile(text);
    expect(frontmatter.telephone).toBe('04 73 99 99 99');
    expect(frontmatter.date_maj).toBe(isoDate(new Date()));
    expect(frontmatter.nom).toBe(original.frontmatter.nom);
    expect(frontmatter.horaires).toBe(original.frontmatter.horaires);
    expect(body).toBe(original.body.trim());
    const github = page.getByRole('link', { name: `Ouvrir content/lieux/${id}.md sur GitHub` });
    await expect(github.getAttribute('href')).resolves.toBe(`https://github.com/reperes-numerique/reperes/edit/main/content/lieux/${id}.md`);
    await expect(page.getByRole('button', { name: 'Copier le texte du fichier' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('says so when the listing does not exist', async () => {
    const { page, context } = await open('/proposer/?lieu=nexiste-pas');
    await page.getByText('Aucune fiche « nexiste-pas »').waitFor();
    await context.close();
  });
});

describe('« Proposer sur GitHub »', () => {
  async function fillMinimal(page: Page, body = '') {
    await page.locator('#f-lieux-nom').fill('Point numérique');
    await page.locator('#f-lieux-adresse').fill('1 rue Haute');
    await page.locator('#f-lieux-code_postal').fill('63200');
    await page.locator('#f-lieux-commune').fill('Riom');
    await page.locator('#f-lieux-services').check();
    if (body) await page.locator('#f-lieux-corps').fill(body);
    await page.locator('button[type="submit"]').click();
    await page.locator('#apercu-titre').waitFor();
  }

  it('opens GitHub’s new-file page with the file in it, and nothing else leaves the site', async () => {
    const { page, context } = await open('/proposer/');
    await fillMinimal(page);
    const text = await page.locator('textarea.file-text').inputValue();
    let opened: URL | undefined;
    await page.route('https://github.com/**', async (route) => {
      opened = new URL(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>GitHub</title>' });
    });
    await page.getByRole('link', { name: 'Proposer sur GitHub' }).click();
    await page.waitForURL(/github\.com/);
    expect(opened!.pathname).toBe('/reperes-numerique/reperes/new/main');
    expect(opened!.searchParams.get('filename')).toBe('content/lieux/point-numerique-riom.md');
    expect(opened!.searchParams.get('value')).toBe(text);
    await context.close();
  });

  it('gives copy-and-paste steps when the file is too long for a link', async () => {
    const { page, context } = await open('/proposer/');
    await fillMinimal(page, 'Un très long texte de présentation. '.repeat(250));
    const link = page.getByRole('link', { name: 'Ouvrir content/lieux/point-numerique-riom.md sur GitHub' });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.searchParams.get('filename')).toBe('content/lieux/point-numerique-riom.md');
    expect(href.searchParams.has('value')).toBe(false);
    await expect(page.getByText('trop long pour un lien').count()).resolves.toBe(1);
    const mail = await page.getByRole('link', { name: 'Envoyer par e-mail' }).getAttribute('href');
    expect(mail!.length).toBeLessThan(2000);
    expect(decodeURIComponent(mail!)).toContain('joint');
    await context.close();
  });
});

describe('/proposer/ without JavaScript', () => {
  it('is a form sent by e-mail, with every field named', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/proposer/`);
    const form = page.locator('form');
    await expect(form.getAttribute('method')).resolves.toBe('post');
    await expect(form.getAttribute('enctype')).resolves.toBe('text/plain');
    expect(await form.getAttribute('action')).toMatch(/^mailto:contact@reperes\.example\.org\?subject=/);
    for (const name of ['nom', 'adresse', 'code_postal', 'commune', 'services', 'corps']) expect(await form.locator(`[name="${name}"]`).count(), name).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Envoyer par e-mail (sans JavaScript)' }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('pa11y (htmlcs + axe) on the form', () => {
  const venue = readdirSync('content/lieux')[0]!.replace(/\.md$/, '');
  const steps: [string, string, string[]][] = [
    ['/proposer/', 'empty', []],
    ['/proposer/', 'with errors', ['click element button[type="submit"]', 'wait for element .error-summary to be added']],
    [`/proposer/?lieu=${venue}`, 'preview', ['wait for element #f-lieux-id[readonly] to be added', 'click element button[type="submit"]', 'wait for element #apercu-titre to be added']],
  ];
  it.each(steps)('%s — %s', async (path, _name, actions) => {
    expect(await pa11yErrors(`${site.server.origin}${path}`, { actions: ['wait for element .submission[data-ready] to be added', ...actions] })).toEqual([]);
  });
});
