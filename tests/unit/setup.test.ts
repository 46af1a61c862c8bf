/** The project's own plumbing: Chromium discovery, the Markdown safety plugin wired into Astro. */
import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/lib/chromium.ts';
import { escapeRawHtml } from '../../src/lib/markdown/escape-html.ts';

describe('Chromium for the browser tests', () => {
  it('is found from CHROME_PATH first, never downloaded', () => {
    expect(findChromium(['/nulle/part/chromium', process.execPath])).toBe(process.execPath);
    expect(findChromium([undefined, '/nulle/part/chromium'])).toBeUndefined();
  });

  it('when missing, says in one French line how to get it', () => {
    expect(NO_CHROMIUM_MESSAGE).not.toMatch(/\n/);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/apt-get install chromium/);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/CHROME_PATH/);
  });
});

describe('astro.config.mjs', () => {
  it('renders Markdown with the plugin that escapes raw HTML, and has the CSP on', async () => {
    const { default: config } = await import('../../astro.config.mjs');
    const processor = config.markdown?.processor as { options?: { mdastPlugins?: unknown[] } } | undefined;
    expect(processor?.options?.mdastPlugins).toContain(escapeRawHtml);
    // What the policy allows is checked on the built pages (tests/build/dist.test.ts).
    expect(config.security?.csp).toMatchObject({ directives: expect.arrayContaining(["default-src 'none'"]) });
    expect(config.output).toBe('static');
  });
});
