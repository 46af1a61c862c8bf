/**
 * The project's one front-matter reader: every content file (venues, operators, levers, the territory,
 * import reports) is read through `readFrontMatter` or `readYaml`, by the build's loader, the validator,
 * the importers, the gazetteer builder, the generator, the bench and the tests.
 *
 * Content arrives by pull request and by form: it is untrusted. So the reader
 * - accepts only YAML, opened by a line `---` alone: any other fence (`---js`, `---coffee`, `---yaml`,
 *   `+++`) is refused, never evaluated;
 * - parses with the YAML 1.2 core schema (strings, numbers, booleans, null, lists, maps): any other tag
 *   (`!!js/function`, `!!binary`, `!foo`…) is refused; dates stay text; digits with a leading zero stay text
 *   (`code_postal: 01000`, `telephone: 0473123456`: the core schema would read 1000 and 473123456);
 * - refuses duplicate keys, limits alias expansion and the size of a file;
 * - returns French problems with a line number, never throws.
 * Browser-safe (no file system): src/node/content-files.ts reads the files.
 */
import * as jsYaml from 'js-yaml';
import * as t from '../i18n/index.ts';

const { FAILSAFE_SCHEMA, Type, load, YAMLException } = jsYaml;
/** The YAML 1.2 core schema's scalar types (exported by js-yaml, not declared by its type definitions). */
const TYPES = (jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', InstanceType<typeof Type>> }).types;

/** Digits with a leading zero (« 01000 », « 0473123456 », « 01053 »): a postcode, a phone, a municipality code. */
const LEADING_ZERO = /^[-+]?0[0-9_]/;

/** A number type of the core schema that leaves digits with a leading zero as text (the core schema would read 1000). */
function keepingLeadingZeros(type: InstanceType<typeof Type>, tag: string): InstanceType<typeof Type> {
  return new Type(tag, {
    kind: 'scalar',
    resolve: (data: unknown) => !(typeof data === 'string' && LEADING_ZERO.test(data)) && type.resolve(data),
    construct: (data: unknown) => type.construct(data),
  });
}

/**
 * The YAML 1.2 core schema (strings, numbers, booleans, null, lists, maps), except that `code_postal: 01000` or
 * `telephone: 0473123456` written without quotes stays the text typed: its leading zero is never lost.
 */
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [TYPES.null, TYPES.bool, keepingLeadingZeros(TYPES.int, 'tag:yaml.org,2002:int'), keepingLeadingZeros(TYPES.float, 'tag:yaml.org,2002:float')] });

/** Largest content file read, in bytes (a venue file is about 1 KB; 256 KB leaves room for a long text). */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * Most values a YAML document may hold once its aliases (`*name`) are expanded: a venue file has about 50,
 * the territory a few hundred. This stops « billion laughs » documents, whose few lines expand to millions.
 */
export const MAX_VALUES = 10_000;

/** Deepest nesting accepted (a venue file has 3 levels; an alias pointing at its own anchor never ends). */
const MAX_DEPTH = 32;

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
      /** 1-based line of each top-level key (for problems and annotations), computed when first read. */
      readonly lines: Record<string, number>;
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
      /** 1-based line of each front-matter field, computed when first read (only files with problems need it). */
      readonly lines: Record<string, number>;
    }
  | { ok: false; problems: ReaderProblem[] };

/** Byte length of a string in UTF-8. */
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
  return bytes > MAX_FILE_BYTES ? { message: t.reader.tooBig(bytes, MAX_FILE_BYTES) } : undefined;
}

/** False when the value, aliases expanded, holds more than MAX_VALUES values or nests deeper than MAX_DEPTH. */
function withinBounds(value: unknown): boolean {
  let budget = MAX_VALUES;
  const visit = (node: unknown, depth: number): boolean => {
    if (--budget < 0 || depth > MAX_DEPTH) return false;
    if (node === null || typeof node !== 'object') return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (!visit(child, depth + 1)) return false;
    return true;
  };
  return visit(value, 0);
}

/** Top-level keys written at the start of a line (`nom: …`), with their line. */
function keyLines(text: string, lineOffset: number): Record<string, number> {
  // No prototype: a key named « __proto__ » or « constructor » gets its line like any other.
  const lines: Record<string, number> = Object.create(null);
  text.split('\n').forEach((line, index) => {
    const match = /^([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(line);
    if (match && !Object.hasOwn(lines, match[1]!)) lines[match[1]!] = index + 1 + lineOffset;
  });
  return lines;
}

/**
 * Parses YAML text (a whole `.yaml` file, or a front matter) safely. `lineOffset`: lines before the text in
 * its file (1 for a front matter under its opening `---`), so that line numbers are the file's; `header`:
 * the text is a front matter (for the wording).
 */
export function readYaml(text: string, lineOffset = 0, header = false): YamlResult {
  const tooBig = checkSize(utf8Length(text));
  if (tooBig) return { ok: false, problems: [tooBig] };
  let data: unknown;
  try {
    // The YAML 1.2 core schema (SCHEMA: leading zeros kept): strings, numbers, booleans, null, lists, maps. Any
    // other tag is an error; dates stay text; duplicate keys are an error (json: false).
    data = load(text, { schema: SCHEMA, json: false });
  } catch (error) {
    if (!(error instanceof YAMLException)) return { ok: false, problems: [{ message: t.reader.yaml(String(error), header) }] };
    const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
    return { ok: false, problems: [{ ...(line ? { line } : {}), message: yamlMessage(error.reason ?? error.message, header) }] };
  }
  if (!withinBounds(data)) return { ok: false, problems: [{ message: t.reader.aliases(MAX_VALUES) }] };
  let lines: Record<string, number> | undefined;
  return {
    ok: true,
    data,
    get lines() {
      return (lines ??= keyLines(text, lineOffset));
    },
  };
}

/** A French reading of the YAML parser's reasons. */
function yamlMessage(reason: string, header: boolean): string {
  const tag = /unknown tag !<([^>]*)>/.exec(reason);
  if (tag) return t.reader.tag(tag[1]!);
  if (/duplicated mapping key/.test(reason)) return t.reader.duplicateKey;
  return t.reader.yaml(reason, header);
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
    if (fence) return { ok: false, problems: [{ line: 1, message: t.reader.fence(first.trim().slice(0, 20)) }] };
    return { ok: false, problems: [{ line: 1, message: t.reader.noFrontMatter }] };
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (close < 0) return { ok: false, problems: [{ line: 1, message: t.reader.unclosed }] };
  const yaml = lines.slice(1, close).join('\n');
  const parsed: YamlResult = yaml.trim() === '' ? { ok: true, data: {}, lines: {} } : readYaml(yaml, 1, true);
  if (!parsed.ok) return parsed;
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, problems: [{ line: 2, message: t.reader.notAMap }] };
  let start = close + 1;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  return {
    ok: true,
    data: data as Record<string, unknown>,
    body: lines.slice(start).join('\n').trimEnd(),
    bodyLine: start + 1,
    get lines() {
      return parsed.lines;
    },
  };
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

/** The problems of a failed read, as one French sentence (for tools and tests that stop on them). */
function problemsText(problems: readonly ReaderProblem[]): string {
  return problems.map((problem) => (problem.line ? `ligne ${problem.line} : ${problem.message}` : problem.message)).join(' ; ');
}

/** readYaml for tools and tests: the data, or an Error whose message gives the French problems. */
export function parseYamlOrThrow(text: string): unknown {
  const result = readYaml(text);
  if (!result.ok) throw new Error(problemsText(result.problems));
  return result.data;
}

/** readFrontMatter for tools and tests: the front matter and the body, or an Error with the French problems. */
export function parseFrontMatterOrThrow(text: string): { data: Record<string, unknown>; body: string } {
  const result = readFrontMatter(text);
  if (!result.ok) throw new Error(problemsText(result.problems));
  return { data: result.data, body: result.body };
}
