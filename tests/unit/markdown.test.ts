import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeRawHtml } from '../../src/lib/markdown/escape-html.ts';

describe('raw HTML in Markdown bodies', () => {
  const render = (source: string) => markdownToHtml(source, { mdastPlugins: [escapeRawHtml] }).html;

  it('is shown as text, never rendered (block and inline)', () => {
    const html = render('Bonjour <b>gras</b> <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n');
    expect(html).not.toMatch(/<script>|<b>|<img/);
    expect(html).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    expect(html).toMatch(/&lt;b&gt;gras&lt;\/b&gt;/);
  });

  it('is rendered without the plugin (the plugin is what protects)', () => {
    expect(markdownToHtml('<script>alert(1)</script>\n').html).toMatch(/<script>alert/);
  });

  it('keeps Markdown formatting', () => {
    expect(render('Du **gras** et une [lien](https://example.org).')).toMatch(/<strong>gras<\/strong>.*<a href="https:\/\/example.org">/);
  });
});

describe('links and images outside the allow-list, should one reach the renderer', () => {
  const render = (source: string) => markdownToHtml(source, { mdastPlugins: [escapeRawHtml] as never }).html;

  it('become their text: no javascript: or data: address is ever written', () => {
    const html = render(
      '[x **gras**](javascript:alert(1)) [y](jav&#x61;script:alert(1)) ![image](data:image/png;base64,AA) <javascript:alert(1)> [r][d]\n\n[d]: vbscript:x\n',
    );
    expect(html).not.toMatch(/href=|src=/);
    expect(html).toContain('x <strong>gras</strong>');
    expect(html).toContain('image');
  });

  it('an image, even from an https address, is its text: nothing is loaded from another site', () => {
    const html = render('Voir ![photo du lieu](https://evil.example/pixel.png) et ![plan](/plan.png).');
    expect(html).not.toMatch(/<img|src=/);
    expect(html).toContain('Voir photo du lieu et plan.');
  });

  it('keep http, https, mailto, tel and relative links', () => {
    const html = render('[a](https://a.fr) [b](http://b.fr) <mailto:c@d.fr> [t](tel:+33412345678) [l](/lieux/)');
    expect(html.match(/href="/g)).toHaveLength(5);
  });
});
