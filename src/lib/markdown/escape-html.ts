/**
 * Markdown plugin (Sätteri, Astro 7's Markdown processor): raw HTML in a Markdown body is never
 * rendered. Content comes from contributors (pull requests, forms); each `html` node becomes a
 * text node, so the markup shows literally — visible, so the contributor can fix it — and never runs.
 */
interface HtmlNode {
  type: 'html';
  value: string;
}
interface Context {
  replaceNode(node: unknown, replacement: { type: 'text'; value: string }): void;
}

export const escapeRawHtml = {
  name: 'reperes-escape-raw-html',
  html(node: HtmlNode, ctx: Context) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
};
