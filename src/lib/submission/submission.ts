/**
 * What the submission form produces and how it is checked: the venue file (and, optionally, a new operator's
 * file), checked by the same functions as `npm run validate` (`checkVenue`, `checkOperator`, the id rule of
 * src/lib/content-check.ts), with their French messages, each tied to the form control it belongs to.
 * Browser-safe.
 */
import * as t from '../../i18n/index.ts';
import { checkId } from '../content-check.ts';
import { checkBody } from '../markdown/body-check.ts';
import { serializeOperator, serializeVenue } from '../mednum/markdown.ts';
import type { Checked } from '../schema/check.ts';
import { issuesToProblems } from '../schema/errors.ts';
import { checkOperator } from '../schema/operator.ts';
import { checkVenue, type SchemaContext } from '../schema/venue.ts';
import { slugify } from '../text.ts';
import { BODY_FIELD, formToFrontmatter, OPERATOR_CONTROLS, VENUE_CONTROLS, type FormValues } from './form-model.ts';

/** Longest id the form proposes (file names stay readable). */
export const ID_MAX_LENGTH = 80;

export type FileKind = 'lieux' | 'structures';

/** One problem of the form: the control it belongs to (`nom`, `arrets-1-horaires`), its message, refusal or warning. */
export interface FormProblem {
  /** Which file: the venue's or the operator's. */
  kind: FileKind;
  /** The control's key: the field path joined by dashes (`horaires`, `arrets-0-commune`); `id` for the file name. */
  control: string;
  /** The top-level field (for its label). */
  field: string;
  /** French message, as `npm run validate` words it (starting with the value when there is one). */
  message: string;
  warning?: boolean;
}

/** The id a new listing gets from its name and commune: « Médiathèque » in Riom → mediatheque-riom. */
export function suggestId(name: string, commune: string): string {
  const nameSlug = slugify(name);
  const communeSlug = slugify(commune);
  const both = communeSlug && !nameSlug.includes(communeSlug) ? `${nameSlug}-${communeSlug}` : nameSlug;
  return slugify(both, ID_MAX_LENGTH);
}

/** The path of a content file in the repository. */
export function contentPath(kind: FileKind, id: string): string {
  return `content/${kind}/${id}.md`;
}

export interface CheckedFile<T> {
  kind: FileKind;
  id: string;
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** The file's text, as it will be committed. */
  text: string;
  /** The checked data when the file has no refusal. */
  data?: T;
  problems: FormProblem[];
}

function toProblems<T>(kind: FileKind, path: string, checked: Checked<T>, input: Record<string, unknown>): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const issue of checked.issues) {
    const [problem] = issuesToProblems(path, [issue], input);
    if (!problem) continue;
    problems.push({ kind, control: issue.path.map(String).join('-') || 'nom', field: String(issue.path[0] ?? 'nom'), message: problem.message });
  }
  for (const warning of checked.warnings) {
    problems.push({ kind, control: warning.path.map(String).join('-'), field: String(warning.path[0]), message: warning.message, warning: true });
  }
  return problems;
}

function idProblems(kind: FileKind, id: string, path: string, existing: ReadonlySet<string> | undefined, editing: boolean): FormProblem[] {
  const problem = checkId(path, id);
  if (problem) return [{ kind, control: 'id', field: 'id', message: problem.message }];
  if (!editing && existing?.has(id)) {
    return [{ kind, control: 'id', field: 'id', message: t.submission.idTaken(id) }];
  }
  return [];
}

export interface CheckOptions {
  context: SchemaContext;
  /** Ids already used (from the site's search index), to refuse a new file that would replace another. */
  existingIds?: ReadonlySet<string>;
  /** The form edits this existing file (its id is expected to exist). */
  editing?: boolean;
}

/** The validator's checks of a body (size, characters, link addresses: src/lib/markdown/body-check.ts), lines counted from the body's first. */
function bodyProblems(kind: FileKind, body: string): FormProblem[] {
  return checkBody(body).map(({ message }) => ({ kind, control: BODY_FIELD, field: BODY_FIELD, message }));
}

/** The venue file the form describes, checked. Never throws on what a person types. */
export function venueFile(id: string, values: FormValues, options: CheckOptions): CheckedFile<ReturnType<typeof checkVenue>['data']> {
  const { frontmatter, body } = formToFrontmatter(VENUE_CONTROLS, values);
  const path = contentPath('lieux', id);
  const checked = checkVenue(frontmatter, options.context);
  return {
    kind: 'lieux',
    id,
    path,
    frontmatter,
    body,
    text: serializeVenue(frontmatter, body),
    data: checked.issues.length === 0 ? checked.data : undefined,
    problems: [...idProblems('lieux', id, path, options.existingIds, options.editing ?? false), ...toProblems('lieux', path, checked, frontmatter), ...bodyProblems('lieux', body)],
  };
}

/** A new operator's file, checked the same way. */
export function operatorFile(id: string, values: FormValues, options: CheckOptions): CheckedFile<ReturnType<typeof checkOperator>['data']> {
  const { frontmatter, body } = formToFrontmatter(OPERATOR_CONTROLS, values);
  const path = contentPath('structures', id);
  const checked = checkOperator(frontmatter, options.context);
  return {
    kind: 'structures',
    id,
    path,
    frontmatter,
    body,
    text: serializeOperator(frontmatter, body),
    data: checked.issues.length === 0 ? checked.data : undefined,
    problems: [...idProblems('structures', id, path, options.existingIds, options.editing ?? false), ...toProblems('structures', path, checked, frontmatter), ...bodyProblems('structures', body)],
  };
}
