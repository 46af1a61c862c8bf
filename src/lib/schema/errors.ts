/**
 * Turns zod issues into one line per problem (words: t.problemLines), naming the file, the field, the value and
 * what is expected: `content/lieux/x.md: horaires: « Mo-Fr 9h-12h » n'est pas au format …`.
 * Shared by the build, `npm run validate`, the importers and the submission form.
 */
import type { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { editDistance } from '../text.ts';
import type { Checked } from './check.ts';
import { quote, visible } from './fields.ts';

export interface Problem {
  /** File, relative to the project root (or a record's label for an import). */
  file: string;
  /** Field path, readable: `horaires`, `arrets (n° 2) › horaires`; empty for the whole file. */
  field: string;
  /** Message, starting with the value when there is one. */
  message: string;
  /** 1-based line in the file, when known (the field's line). */
  line?: number;
  /** A warning does not refuse the file; absent means a refusal. */
  severity?: 'warning';
  /** A possible duplicate (src/lib/content-check.ts): counted apart in the summary. */
  kind?: 'duplicate';
  /** The other file a problem is about (a possible duplicate's): checking either file shows it. */
  related?: string;
}

/** The value at a path of an input (undefined when the path does not exist). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isScalar(value: unknown): boolean {
  return ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date;
}

/** `['arrets', 1, 'horaires']` → `arrets (n° 2) › horaires`; a trailing index of a list of values is dropped; tricky characters of a key shown as ⟨U+…⟩. */
export function formatPath(path: readonly PropertyKey[], input?: unknown): string {
  const parts: string[] = [];
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      const isLast = index === path.length - 1;
      if (isLast && isScalar(valueAt(input, path))) return;
      parts[parts.length - 1] = t.problemLines.item(parts[parts.length - 1]!, key + 1);
    } else parts.push(visible(String(key)));
  });
  return parts.join(' › ');
}

export function suggestField(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** One Problem per issue (one per unknown key). `knownFields` feeds the spelling suggestions. */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[], input: unknown, knownFields: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = suggestField(key, knownFields);
        const hints = t.problemLines.unknownFieldHints;
        const message = (Object.hasOwn(hints, key) ? hints[key] : undefined) ?? t.problemLines.notAField(suggestion);
        problems.push({ file, field: formatPath([...issue.path, key]), message: t.problemLines.unknownField(message) });
      }
      continue;
    }
    const value = valueAt(input, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && /^Invalid input/.test(message)) {
      message = value === undefined ? t.problemLines.missing : t.fieldChecks.mustBe(t.problemLines.typeNames[issue.expected] ?? issue.expected);
    } else if (/^(Invalid|Too|Expected|Unrecognized)/.test(message)) {
      message = t.problemLines.invalid(message);
    }
    const shown = isScalar(value) && !message.startsWith(t.problemLines.missing) ? `${quote(value)} ` : '';
    problems.push({ file, field: formatPath(issue.path, input), message: `${shown}${message}` });
  }
  return problems;
}

/** One line: `file: field: message`; a warning says so after the field. */
export function formatProblem({ file: path, field, message, severity, line }: Problem): string {
  const text = severity === 'warning' ? t.problemLines.warning(message) : message;
  // A file name may hold a character that reverses or hides the line: shown as ⟨U+…⟩.
  const file = visible(path);
  if (field) return `${file}: ${field}: ${text}`;
  return line ? t.problemLines.atLine(file, line, text) : `${file}: ${text}`;
}

/**
 * The problems of one checked file: its issues, then its warnings, each with the line of its field
 * when `lines` (from the reader) knows it.
 */
export function checkedToProblems(
  file: string,
  result: Pick<Checked<unknown>, 'issues' | 'warnings'>,
  input: unknown,
  knownFields: readonly string[] = [],
  lines: Readonly<Record<string, number>> = {},
): Problem[] {
  const problems = issuesToProblems(file, result.issues, input, knownFields);
  for (const warning of result.warnings) {
    const value = valueAt(input, warning.path);
    problems.push({
      file,
      field: formatPath(warning.path, input),
      message: `${isScalar(value) ? `${quote(value)} ` : ''}${warning.message}`,
      severity: 'warning',
    });
  }
  for (const problem of problems) {
    const line = lines[problem.field.split(/[ ›(]/)[0]!];
    if (line !== undefined) problem.line = line;
  }
  return problems;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Parses with a schema; on failure returns the problems, never throws. */
export function parseWithProblems<S extends z.ZodType>(schema: S, input: unknown, file: string, knownFields: readonly string[] = []): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: issuesToProblems(file, result.error.issues, input, knownFields) };
}
