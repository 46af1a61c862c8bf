/**
 * The link allow-list of contributed Markdown: a link or an image may point to `http:`, `https:`, `mailto:`,
 * `tel:`, or to a relative address on the site; any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`…)
 * is refused by the content check (body-check.ts) and dropped by the renderer (escape-html.ts).
 * The scheme is read as a browser would read it: HTML entities (`jav&#x61;script:`, `&colon;`) and Markdown
 * backslash escapes decoded, white space and control characters inside removed, case ignored.
 */

export const ALLOWED_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/** Named entities that can spell a scheme; any other named entity before the first `:` makes the address unreadable. */
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  period: '.',
  plus: '+',
  hyphen: '-',
  dash: '-',
  lpar: '(',
  rpar: ')',
  amp: '&',
  nbsp: ' ',
};

function decode(raw: string): string {
  return raw
    .replace(/&#[xX]([0-9a-fA-F]{1,8});?|&#([0-9]{1,9});?/g, (_, hex: string | undefined, dec: string | undefined) => {
      const code = hex ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/&([a-zA-Z]+);/g, (entity, name: string) => NAMED[name.toLowerCase()] ?? entity)
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * The scheme of a link destination as a browser reads it (`javascript:`), `''` for a relative address
 * (`/lieux/`, `#plan`, `page.html`), or undefined when it cannot be read safely (an unknown entity in it).
 */
export function urlScheme(raw: string): string | undefined {
  // Browsers drop tabs and line breaks anywhere in a URL and spaces and controls around it.
  const text = decode(raw).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');
  const match = /^([^:/?#]*):/.exec(text);
  if (!match) return '';
  if (match[1]!.includes('&')) return undefined;
  return `${match[1]!.toLowerCase()}:`;
}

/** True when a link or an image may point there (see ALLOWED_SCHEMES). */
export function isAllowedUrl(raw: string): boolean {
  const scheme = urlScheme(raw);
  return scheme === '' || (scheme !== undefined && ALLOWED_SCHEMES.includes(scheme));
}
