/**
 * Finds interface text written outside src/i18n/, and strings of src/i18n/ that nothing uses.
 * Used by tests/unit/i18n.test.ts.
 *
 * Files are parsed, not searched with regular expressions: `.astro` files with Astro's own parser
 * (frontmatter and template), `.ts` files with the parser of Vite (both come with astro and vitest).
 * Both give an ESTree tree, walked the same way.
 */
import { parse as parseAstro } from '@astrojs/compiler-rs';
import { parseSync } from 'vite';

export interface Finding {
  line: number;
  /** `text`, `attribute title`, or `string`. */
  kind: string;
  text: string;
}

/** Attributes whose value people read or hear (HTML and the props of our components). */
const TEXT_ATTRIBUTES = new Set([
  'alt', 'title', 'placeholder', 'label', 'description', 'aria-label', 'aria-description', 'aria-placeholder',
  'aria-roledescription', 'aria-valuetext',
]);
/** Attributes holding a list of tokens or an address, never words. */
const TOKEN_ATTRIBUTES = new Set(['class', 'className', 'rel', 'href', 'src']);

/**
 * Whether a string literal reads as words for people rather than a value for the code: a letter
 * outside ASCII or French quotation marks (« Accès », « ouvert »), a capitalised word (« Accueil »,
 * not camelCase), or two words in a row (« votre position »). `{}` stands for an interpolation.
 */
export function looksLikeText(value: string): boolean {
  return /(?![a-zA-Z])\p{L}|[«»]/u.test(value) || /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}/u.test(value) || /\p{L}{2,} +\p{L}{2,}/u.test(value);
}

type Node = { type: string; start: number; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const COMPARISONS = new Set(['===', '!==', '==', '!=']);

/**
 * Interface text in a component, page, layout or browser script: text of the template,
 * attributes people read, string literals that read as words. Not reported: import paths, types,
 * object keys, values compared with `===` (« Escape »), and `data`: values of the standard's
 * enumerations that the code tests for (« Se présenter », « Itinérant »).
 */
export function findInterfaceText(path: string, source: string, data: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const report = (node: Node, kind: string, text: string) => findings.push({ line: lineOf(node.start), kind, text: text.trim() });
  const literal = (node: Node, text: string) => {
    if (looksLikeText(text) && !data.has(text)) report(node, 'string', text);
  };

  const visit = (node: Node, parent?: Node, key?: string): void => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TSLiteralType':
      case 'TSImportType':
      case 'AstroScript':
        return;
      case 'ImportExpression':
        return;
      case 'Literal':
        if (typeof node.value !== 'string') return;
        if (key === 'key') return; // an object key, not shown
        if (parent?.type === 'BinaryExpression' && COMPARISONS.has(parent.operator as string)) return;
        if (parent?.type === 'SwitchCase' && key === 'test') return;
        if (parent?.type === 'JSXAttribute') return; // see JSXAttribute
        literal(node, node.value);
        return;
      case 'TemplateLiteral':
        literal(node, (node.quasis as { value: { cooked: string } }[]).map((quasi) => quasi.value.cooked).join('{}'));
        break;
      case 'JSXText':
        if (/\p{L}/u.test(node.value as string)) report(node, 'text', node.value as string);
        return;
      case 'JSXAttribute': {
        const name = (node.name as { name: string }).name;
        const value = node.value as Node | null;
        if (value?.type === 'Literal' && typeof value.value === 'string') {
          const text = value.value;
          if (TEXT_ATTRIBUTES.has(name) ? /\p{L}/u.test(text) : !TOKEN_ATTRIBUTES.has(name) && looksLikeText(text)) {
            report(value, `attribute ${name}`, text);
          }
        }
        break;
      }
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (Array.isArray(child)) for (const item of child) isNode(item) && visit(item, node, childKey);
      else if (isNode(child)) visit(child, node, childKey);
    }
  };

  if (path.endsWith('.astro')) {
    const { ast, diagnostics } = parseAstro(source);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) throw new Error(`${path}: ${errors.map((error) => error.text).join('; ')}`);
    visit(ast as Node);
  } else {
    const { program, errors } = parseSync(path, source);
    if (errors.length > 0) throw new Error(`${path}: ${errors.map((error) => error.message).join('; ')}`);
    visit(program as unknown as Node);
  }
  return findings;
}

type Strings = Record<string, unknown>;

const isGroup = (value: unknown): value is Strings => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Paths of the strings object that no source reads, written `t.group.key`. Code reads strings as
 * `t.group.key` (import * as t from '…/i18n/index.ts'). An object read as a whole (`t.labels.acces[value]`,
 * `Object.keys(t.x.y)`) counts as used with all its keys; otherwise each of its keys must be read.
 */
export function unusedStrings(strings: Strings, sources: readonly string[]): string[] {
  const code = sources.join('\n');
  const escape = (path: string) => path.replace(/[.$]/g, (char) => `\\${char}`);
  const unused: string[] = [];
  const check = (path: string, value: unknown) => {
    if (!new RegExp(`\\b${escape(path)}\\b`).test(code)) {
      unused.push(path);
      return;
    }
    if (!isGroup(value)) return;
    const readWhole = new RegExp(`\\b${escape(path)}(?![\\w$]|\\s*\\??\\.)`).test(code);
    if (!readWhole) for (const [key, child] of Object.entries(value)) check(`${path}.${key}`, child);
  };
  for (const [group, value] of Object.entries(strings)) {
    if (!isGroup(value)) throw new Error(`${group}: a group of strings is an object`);
    for (const [key, child] of Object.entries(value)) check(`t.${group}.${key}`, child);
  }
  return unused;
}

/**
 * How `other` differs in shape from `reference` (the French strings): missing or extra keys, a
 * string where a function is expected, a function expecting more values than the French one gives,
 * a list of another length.
 */
export function shapeDifferences(reference: unknown, other: unknown, path = ''): string[] {
  const kind = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);
  if (kind(reference) !== kind(other)) return [`${path}: ${kind(other)} instead of ${kind(reference)}`];
  if (typeof reference === 'function') {
    const expected = reference.length;
    const actual = (other as (...args: unknown[]) => unknown).length;
    return actual <= expected ? [] : [`${path}: function of ${actual} values, the French one gives ${expected}`];
  }
  if (Array.isArray(reference)) {
    const list = other as unknown[];
    if (list.length !== reference.length) return [`${path}: ${list.length} items instead of ${reference.length}`];
    return reference.flatMap((item, index) => shapeDifferences(item, list[index], `${path}[${index}]`));
  }
  if (!isGroup(reference)) return [];
  const target = other as Strings;
  const keys = new Set([...Object.keys(reference), ...Object.keys(target)]);
  return [...keys].flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    if (!(key in target)) return [`${at}: missing`];
    if (!(key in reference)) return [`${at}: not in the French strings`];
    return shapeDifferences(reference[key], target[key], at);
  });
}
