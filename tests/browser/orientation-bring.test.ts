/**
 * A venue's own « À apporter » (`a_apporter`), in Chromium: the demo content with one venue given a list (a fixture
 * written in a temporary copy: the demo's real venues are left as their sources describe them), built into a small
 * site (`npm run build` on that folder). The venue page shows the list as text near the contact; the questionnaire's
 * result (« Avant d'y aller ») and the referral sheet put the venue's things first, then the procedure's, each once.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as t from '../../src/i18n/index.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { useFixtureSite } from '../helpers/site.ts';
import { PERSONAS, PLACES } from '../fixtures/orientation-personas.ts';

/** « retraitée à Riom, dossier CAF »: its first venue gets the list. */
const persona = PERSONAS[0]!;
const VENUE = persona.expect.first!;
/** The venue's things: one written as markup (shown as text), one the CAF procedure also asks (kept once, as the venue wrote it). */
const VENUE_BRING = ['<b>votre convocation</b>, si vous en avez une', "Une pièce d'identité."];
const caf = loadContent(process.cwd()).orientation!.questions.details.demarches!.options.find((option) => option.id === 'caf')!;
const EXPECTED = [...VENUE_BRING, ...caf.a_apporter.filter((item) => item !== "une pièce d'identité")];

const site = useFixtureSite('apporter', (content) => {
  cpSync('content', content, { recursive: true });
  const file = join(content, 'lieux', `${VENUE}.md`);
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  const list = `\na_apporter:\n${VENUE_BRING.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}`;
  writeFileSync(file, `${text.slice(0, end)}${list}${text.slice(end)}`);
});

describe('a venue\'s own « À apporter »', () => {
  it('is a plain-text list on the venue page, near the contact', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/lieux/${VENUE}/`);
    const panel = page.locator('section[aria-labelledby="contact"]');
    await expect(panel.locator('h3#a-apporter').textContent()).resolves.toBe(t.venue.bring);
    await expect(panel.locator('ul[data-a-apporter] > li').allTextContents()).resolves.toEqual(VENUE_BRING);
    await expect(panel.locator('ul[data-a-apporter] b').count()).resolves.toBe(0);
    await page.close();
  });

  it('comes first in « Avant d\'y aller » and on the referral sheet, then the procedure\'s things, each once', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const { label, lat, lon } = PLACES.riom;
    const query = new URLSearchParams({ besoin: persona.answers.besoin!, detail: persona.answers.detail!, pres: label, lat: String(lat), lon: String(lon) });
    await page.goto(`${site.server.origin}/orientation/orienter/?${query}`);
    const item = page.locator('.results > li').filter({ has: page.locator(`h3 a[href="/lieux/${VENUE}/"]`) });
    await expect.poll(() => item.count()).toBe(1);
    // The procedure's list at once, the venue's first once its page is read (with its address and phone).
    await expect.poll(() => item.locator('ul.bring > li').allTextContents()).toEqual(EXPECTED);
    // Another venue of the result has no list of its own: the procedure's alone.
    const other = page.locator('.results > li').filter({ hasNot: page.locator(`h3 a[href="/lieux/${VENUE}/"]`) }).first();
    await expect.poll(() => other.locator('ul.bring > li').allTextContents()).toEqual(caf.a_apporter);
    await item.getByRole('button', { name: /Préparer la fiche/ }).click();
    await expect(page.locator('.sheet-print ul.bring > li').allTextContents()).resolves.toEqual(EXPECTED);
    await context.close();
  });
});
