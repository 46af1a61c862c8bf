/**
 * Markup built as text, for the parts of pages rendered once per venue at the national scale (list cards, the
 * venue page's sections): a template tag that escapes every value it is given, and the two escaping rules.
 * The rules are Astro's own, so that a part moved from an Astro template to this tag renders the same bytes.
 * Browser-safe, no dependency.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content (or any quoted attribute): every markup character escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => TEXT_ESCAPES[char]!);
}

/** Text for a double-quoted attribute value: `&` and `"` escaped (what Astro does for an attribute). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"]/g, (char) => (char === '&' ? '&amp;' : '&quot;'));
}

/** Markup already escaped or built by `html`: inserted as is. */
export class Markup {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Trusted markup (built by this project's code, never from content): inserted as is by `html`. */
export const raw = (markup: string) => new Markup(markup);

/** What `html` accepts as a value: text and numbers are escaped; false, null and undefined render nothing. */
export type HtmlValue = string | number | Markup | false | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue, attribute: boolean): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item, attribute)).join('');
  const text = String(value);
  return attribute ? escapeAttribute(text) : escapeHtml(text);
}

/**
 * Template tag: markup with its values escaped, as an attribute value when the value follows `="`, as text
 * otherwise; lists are joined with nothing between items.
 *
 *     html`<a href="${url}">${name}</a>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Markup {
  let out = strings[0]!;
  for (let index = 0; index < values.length; index++) {
    out += render(values[index]!, strings[index]!.endsWith('="')) + strings[index + 1]!;
  }
  return new Markup(out);
}
