/**
 * The inert inputs of the hostile corpus (tests/fixtures/hostile.ts), written by the submission form's writer,
 * built into a small site (`npm run build` on a temporary content folder), then opened in Chromium: on every
 * venue page and on the list, no payload runs (no dialog, no `window.__pwned`), no script, frame, event
 * attribute or `javascript:` link of a payload is in the page, the payload is shown as text, and no request
 * leaves the site's origin.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES, hostileFileBytes } from '../fixtures/hostile.ts';
import { useFixtureSite } from '../helpers/site.ts';

const inert = HOSTILE_CASES.flatMap((entry, index) => ('inert' in entry.expect ? [{ entry, index, text: entry.expect.inert.text }] : []));

const site = useFixtureSite('inert', (content) => {
  mkdirSync(join(content, 'lieux'), { recursive: true });
  cpSync('content/leviers', join(content, 'leviers'), { recursive: true });
  cpSync('content/orientation', join(content, 'orientation'), { recursive: true });
  cpSync('content/territoire.yaml', join(content, 'territoire.yaml'));
  for (const { entry, index } of inert) writeFileSync(join(content, 'lieux', `${entry.name}.md`), hostileFileBytes(entry, index)!);
});

/** Opens a page with every request and dialog recorded; returns what the page shows and holds. */
async function open(path: string) {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    text: document.body.innerText,
    // Scripts that would run (not the page's schema.org data, checked below) holding a payload.
    scripts: [...document.querySelectorAll('script:not([type="application/ld+json"])')].map((script) => script.textContent ?? '').filter((text) => /__pwned|alert\(/.test(text)),
    // The schema.org data holds the payload as JSON text, never a raw « < » that could close its element.
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
    svgs: [...document.querySelectorAll('svg')].filter((svg) => svg.querySelector('circle[r="9"]')).length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`)),
    jsLinks: [...document.querySelectorAll('[href], [src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '').filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
    foreignStyles: [...document.querySelectorAll('style')].filter((style) => /evil\.example|display:none/.test(style.textContent ?? '')).length,
  }));
  await page.close();
  return { status: response?.status(), requests, dialogs, ...state };
}

function expectInert(result: Awaited<ReturnType<typeof open>>) {
  expect(result.status).toBe(200);
  expect(result.dialogs).toEqual([]);
  expect(result.pwned).toBeUndefined();
  expect(result.scripts).toEqual([]);
  for (const data of result.jsonLd) {
    expect(data).not.toContain('<');
    expect(() => JSON.parse(data)).not.toThrow();
  }
  expect(result.frames).toBe(0);
  expect(result.svgs).toBe(0);
  expect(result.handlers).toEqual([]);
  expect(result.jsLinks).toEqual([]);
  expect(result.foreignStyles).toBe(0);
  expect(result.requests.length).toBeGreaterThan(0);
  expect(result.requests.filter((url) => new URL(url).origin !== site.server.origin)).toEqual([]);
}

describe('inert hostile inputs, built and opened', () => {
  it('the corpus has inert inputs to build', () => {
    expect(inert.length).toBeGreaterThanOrEqual(10);
  });

  it.each(inert.map(({ entry, text }) => ({ name: entry.name, text })))('$name: runs nothing, requests nothing outside, shows the payload as text', async ({ name, text }) => {
    const result = await open(`/lieux/${name}/`);
    expectInert(result);
    expect(result.text).toContain(text);
  });

  it('the list of all venues runs nothing, requests nothing outside and shows every name as text', async () => {
    const result = await open('/lieux/');
    expectInert(result);
    const names = inert.flatMap(({ entry }) => ('fields' in entry.input && typeof entry.input.fields?.nom === 'string' ? [entry.input.fields.nom] : []));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect(result.text).toContain(name);
  });
});
