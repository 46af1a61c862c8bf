/** Markup built as text (src/lib/html.ts): every value escaped, by Astro's rules for text and attributes. */
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeHtml, html, raw } from '../../src/lib/html.ts';

const HOSTILE = `<script>alert("x")</script> & l'autre`;

describe('escapeHtml and escapeAttribute', () => {
  it('escape every markup character in text', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;autre');
  });

  it('escape & and " in an attribute value, as Astro does', () => {
    expect(escapeAttribute(HOSTILE)).toBe(`<script>alert(&quot;x&quot;)</script> &amp; l'autre`);
  });
});

describe('html', () => {
  it('escapes a value as text between tags and as an attribute after =", so that neither can close its context', () => {
    const markup = html`<a href="${'/?a=1&b="2"'}" title="${HOSTILE}">${HOSTILE}</a>`.value;
    expect(markup).toBe(
      `<a href="/?a=1&amp;b=&quot;2&quot;" title="<script>alert(&quot;x&quot;)</script> &amp; l'autre">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;autre</a>`,
    );
    expect(markup.match(/"/g)).toHaveLength(4);
  });

  it('renders nothing for false, null and undefined, and numbers as text', () => {
    expect(html`<p>${false}${null}${undefined}${0}</p>`.value).toBe('<p>0</p>');
  });

  it('joins lists with nothing between items and inserts nested markup once, without escaping it again', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('inserts trusted markup as is with raw()', () => {
    expect(html`<div>${raw('<b>ok</b>')}</div>`.value).toBe('<div><b>ok</b></div>');
    expect(String(raw('<i>x</i>'))).toBe('<i>x</i>');
  });
});
