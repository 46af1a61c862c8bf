/**
 * Markdown plugin (Sätteri, Astro 7's Markdown processor): raw HTML in a Markdown body is never
 * rendered. Content comes from contributors (pull requests, forms); each `html` node becomes a
 * text node, so the markup shows literally — visible, so the contributor can fix it — and never runs.
 *
 * Defence in depth for links: the content check refuses a body with a link or an image outside the allow-list
 * (links.ts, body-check.ts); should one reach the renderer anyway, a link becomes its text and a reference
 * definition is dropped. An image, whatever its address, becomes its alternative text.
 */
import { isAllowedUrl } from './links.ts';

interface HtmlNode {
  type: 'html';
  value: string;
}
interface LinkNode {
  type: 'link';
  url: string;
  children: readonly unknown[];
}
interface ImageNode {
  type: 'image';
  url: string;
  alt?: string | null;
}
interface DefinitionNode {
  type: 'definition';
  url: string;
}
interface Context {
  replaceNode(node: unknown, replacement: unknown): void;
  removeNode(node: unknown): void;
}

export const escapeRawHtml = {
  name: 'reperes-escape-raw-html',
  html(node: HtmlNode, ctx: Context) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node: LinkNode, ctx: Context) {
    if (!isAllowedUrl(node.url)) ctx.replaceNode(node, [...node.children]);
  },
  // Never an image (the content check refuses them): one from another site would tell it who reads the page.
  image(node: ImageNode, ctx: Context) {
    ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  definition(node: DefinitionNode, ctx: Context) {
    if (!isAllowedUrl(node.url)) ctx.removeNode(node);
  },
};
