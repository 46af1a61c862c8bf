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
