/**
 * The project's one front-matter reader: every content file (venues, operators, levers, the territory,
 * import reports) is read through `readFrontMatter` or `readYaml`, by the build's loader, the validator,
 * the importers, the gazetteer builder, the generator, the bench and the tests.
 *
 * Content arrives by pull request and by form: it is untrusted. So the reader
 * - accepts only YAML, opened by a line `---` alone: any other fence (`---js`, `---coffee`, `---yaml`,
 *   `+++`) is refused, never evaluated;
 * - parses with the YAML 1.2 core schema (strings, numbers, booleans, null, lists, maps): any other tag
 *   (`!!js/function`, `!!binary`, `!foo`…) is refused; dates stay text;
 * - refuses duplicate keys, limits alias expansion and the size of a file;
 * - returns French problems with a line number, never throws.
 * Browser-safe (no file system): src/node/content-files.ts reads the files.
 */
import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, YAMLError } from 'yaml';
import { readerStrings as t } from '../i18n/validation.fr.ts';

/** Largest content file read, in bytes (a venue file is about 1 KB; 256 KB leaves room for a long text). */
export const MAX_FILE_BYTES = 256 * 1024;

/** Most alias uses a YAML document may expand (content files need none; this stops « billion laughs »). */
export const MAX_ALIASES = 20;

/** Tags a content file may carry explicitly: the YAML 1.2 core schema, nothing that builds objects or code. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `tag:yaml.org,2002:${name}`));

export interface ReaderProblem {
  /** 1-based line of the file, when known. */
  line?: number;
  /** French message. */
  message: string;
}

export type YamlResult =
  | {
      ok: true;
      data: unknown;
      /** 1-based line of each top-level key, when the document is a map (for problems and annotations). */
      lines: Record<string, number>;
    }
  | { ok: false; problems: ReaderProblem[] };

export type FrontMatterResult =
  | {
      ok: true;
      /** The front matter, a plain object (empty when the header is empty). */
      data: Record<string, unknown>;
      /** The Markdown body after the closing `---`, leading blank lines removed. */
      body: string;
      /** 1-based line where the body starts. */
      bodyLine: number;
      /** 1-based line of each front-matter field. */
      lines: Record<string, number>;
    }
  | { ok: false; problems: ReaderProblem[] };

/** Byte length of a string in UTF-8 (without an encoder, which older browsers lack in workers). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? (index++, 4) : 3;
  }
  return bytes;
}

/** The size rule, shared by readers of text and of files. */
export function checkSize(bytes: number): ReaderProblem | undefined {
  return bytes > MAX_FILE_BYTES ? { message: t.tooBig(bytes, MAX_FILE_BYTES) } : undefined;
}

/**
 * Parses YAML text (a whole `.yaml` file, or a front matter) safely. `lineOffset`: lines before the text in
 * its file (1 for a front matter under its opening `---`), so that line numbers are the file's.
 */
export function readYaml(text: string, lineOffset = 0, header = false): YamlResult {
  const tooBig = checkSize(utf8Length(text));
  if (tooBig) return { ok: false, problems: [tooBig] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  const problems: ReaderProblem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    // An unknown tag is reported once, below, with its name.
    if (error.code !== 'TAG_RESOLVE_FAILED') problems.push({ line: lineOf(error.pos[0]), message: yamlMessage(error, header) });
  }
  visit(doc, (_key, node) => {
    if (isNode(node) && !isAlias(node) && node.tag && !CORE_TAGS.has(node.tag)) {
      problems.push({ line: lineOf(node.range?.[0]), message: t.tag(node.tag) });
    }
  });
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines[String(pair.key.value)] = lineOf(pair.key.range[0])!;
    }
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }), lines };
  } catch (error) {
    if (error instanceof ReferenceError) return { ok: false, problems: [{ message: t.aliases(MAX_ALIASES) }] };
    return { ok: false, problems: [{ message: t.yaml(String(error instanceof Error ? error.message : error), header) }] };
  }
}

function dedupe(problems: ReaderProblem[]): ReaderProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A French reading of the YAML library's error codes. */
function yamlMessage(error: YAMLError, header: boolean): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return t.duplicateKey;
    default:
      return t.yaml(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), header);
  }
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^---[ \t]*$/;

/**
 * Splits a Markdown content file into its YAML front matter and its body, and parses the front matter.
 * The file must open with a line `---` alone (a byte-order mark is ignored) and close it with another.
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const tooBig = checkSize(utf8Length(text));
  if (tooBig) return { ok: false, problems: [tooBig] };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  const first = lines[0] ?? '';
  if (!OPENING.test(first)) {
    const fence = /^(---|\+\+\+|\.\.\.)\s*(\S*)/.exec(first);
    if (fence) return { ok: false, problems: [{ line: 1, message: t.fence(first.trim().slice(0, 20)) }] };
    return { ok: false, problems: [{ line: 1, message: t.noFrontMatter }] };
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (close < 0) return { ok: false, problems: [{ line: 1, message: t.unclosed }] };
  const yaml = lines.slice(1, close).join('\n');
  const parsed = yaml.trim() === '' ? ({ ok: true, data: {}, lines: {} } as const) : readYaml(yaml, 1, true);
  if (!parsed.ok) return parsed;
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, problems: [{ line: 2, message: t.notAMap }] };
  let start = close + 1;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  return { ok: true, data: data as Record<string, unknown>, body: lines.slice(start).join('\n').trimEnd(), bodyLine: start + 1, lines: parsed.lines };
}

/**
 * The body as Astro's Markdown renderer must receive it. That renderer looks for a front matter of its own
 * at the start of what it is given (`---` or `+++`, after blank lines): a body whose first line is `---`
 * would lose its first lines. One leading space keeps the Markdown meaning (a thematic break or a line
 * of text may be indented by up to three spaces) and makes the renderer agree with this reader.
 */
export function bodyForRenderer(body: string): string {
  return /^(---|\+\+\+)/.test(body) ? ` ${body}` : body;
}
