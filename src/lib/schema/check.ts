/**
 * Field-by-field checking: every field of a file is checked on its own, so that a missing or wrong
 * field never hides the problems of the others, then the rules across fields run on the fields that
 * passed. One run shows a contributor every problem of a file.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { valueAt } from './errors.ts';
import { checkPivot, normalizePhone } from './fields.ts';
import type { Country } from './reperes.ts';

export type Issue = z.core.$ZodIssue;

/** A problem that does not refuse the file (a doubtful check digit, a placeholder value). */
export interface Warning {
  path: PropertyKey[];
  message: string;
}

/** The result of checking one file's data: the output when there is no issue, the issues, the warnings. */
export interface Checked<T> {
  /** The validated and normalised data; absent when there is at least one issue. */
  data?: T;
  /** Refusals, one per problem. */
  issues: Issue[];
  /** Warnings: the file is accepted. */
  warnings: Warning[];
  /** The fields that passed their own check (for rules across files, run even on a refused file). */
  fields: Record<string, unknown>;
}

/** A `custom` issue at `path`. */
export function customIssue(path: PropertyKey[], message: string, input?: unknown): Issue {
  return { code: 'custom', path, message, input } as Issue;
}

/**
 * Checks each field of `input` against the object schema's field schema, and reports unknown keys.
 * Returns the fields that passed (with their output values) and every issue, paths from the file's root.
 */
export function checkFields(object: z.ZodObject, input: unknown): { fields: Record<string, unknown>; issues: Issue[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      fields: {},
      issues: [{ code: 'invalid_type', expected: 'object', path: [], message: t.fieldChecks.notFields, input } as Issue],
    };
  }
  const record = input as Record<string, unknown>;
  const shape = object.shape as Record<string, z.ZodType>;
  const issues: Issue[] = [];
  const unknown = Object.keys(record).filter((key) => !Object.hasOwn(shape, key));
  if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', keys: unknown, path: [], message: 'unknown keys', input } as Issue);
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const present = Object.hasOwn(record, key);
    const result = schema.safeParse(present ? record[key] : undefined);
    if (result.success) {
      if (present || result.data !== undefined) fields[key] = result.data;
    } else {
      for (const issue of result.error.issues) issues.push({ ...issue, path: [key, ...issue.path] } as Issue);
    }
  }
  return { fields, issues };
}

/**
 * A zod schema over a checker, for the consumers that want one (`.safeParse`, `parseWithProblems`):
 * the same rules, issues and output; warnings are not issues.
 */
export function schemaOf<T>(check: (input: unknown) => Checked<T>) {
  return z.unknown().transform((input, ctx): T => {
    const result = check(input);
    if (result.issues.length > 0 || result.data === undefined) {
      for (const issue of result.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
      return z.NEVER;
    }
    return result.data;
  });
}

/**
 * The part of a check every kind of file shares: its country, an `issue` and a `warn` that record at a path
 * (issues carry the offending value), and the normalised phone and pivot (src/lib/schema/fields.ts rules):
 * venues and operators check them the same way.
 */
export function startCheck(input: unknown, issues: Issue[], warnings: Warning[]) {
  return {
    issue: (path: PropertyKey[], message: string) => issues.push(customIssue(path, message, valueAt(input, path))),
    warn: (path: PropertyKey[], message: string) => warnings.push({ path, message }),
  };
}

/** Normalises `telephone` and `pivot` for the country; a wrong one is an issue, a doubtful pivot a warning. */
export function checkPhoneAndPivot(
  fields: { telephone?: string; pivot?: string },
  country: Country,
  { issue, warn }: ReturnType<typeof startCheck>,
): { telephone?: string; pivot?: string } {
  let telephone = fields.telephone || undefined;
  if (telephone) {
    const normalised = normalizePhone(telephone, country);
    if (normalised === null) issue(['telephone'], t.fieldChecks.badPhone(t.fieldChecks.phoneExpected[country]));
    else telephone = normalised;
  }
  let pivot = fields.pivot;
  if (pivot !== undefined) {
    const checked = checkPivot(pivot, country);
    if (checked.error) issue(['pivot'], checked.error);
    if (checked.warning) warn(['pivot'], checked.warning);
    pivot = checked.value;
  }
  return { telephone, pivot };
}
