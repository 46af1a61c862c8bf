/**
 * Deterministic Markdown files for venues: YAML frontmatter then the body (`presentation_detail`).
 *
 * - keys in the order of the venue schema (the standard's fields, then the Repères extensions);
 * - absent values, empty strings and empty lists are omitted; lists are written one item per line;
 * - strings are quoted only when YAML needs it (`"00000000000000"`, `"01000"`: they would read as numbers);
 * - dates are written YYYY-MM-DD (Date objects are converted);
 * - no line folding, LF line endings, one final newline: the same venue always gives the same bytes.
 */
import { stringify } from 'yaml';
import { parseFrontMatterOrThrow } from '../frontmatter.ts';
import { OperatorFieldsSchema } from '../schema/operator.ts';
import { VenueFieldsSchema } from '../schema/venue.ts';

/** Frontmatter keys, in file order: the standard v1.0.2, then the Repères extensions. */
export const VENUE_FIELD_ORDER: readonly string[] = Object.keys(VenueFieldsSchema.shape);

/** Operator file keys, in file order (the operator schema's). */
export const OPERATOR_FIELD_ORDER: readonly string[] = Object.keys(OperatorFieldsSchema.shape);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (!isEmpty(item)) result[key] = plain(item);
    return result;
  }
  return value;
}

/**
 * Serialises a venue's frontmatter and body. Throws on a key the venue schema does not know (a bug of the caller).
 * Nested objects (arrets, annonces) keep their own key order.
 */
export function serializeVenue(frontmatter: Readonly<Record<string, unknown>>, body = ''): string {
  return serializeContentFile(frontmatter, body, VENUE_FIELD_ORDER, 'venue');
}

/** Serialises an operator file (`content/structures/<id>.md`) the same way: the submission form writes both kinds. */
export function serializeOperator(frontmatter: Readonly<Record<string, unknown>>, body = ''): string {
  return serializeContentFile(frontmatter, body, OPERATOR_FIELD_ORDER, 'operator');
}

function serializeContentFile(frontmatter: Readonly<Record<string, unknown>>, body: string, order: readonly string[], kind: string): string {
  const unknown = Object.keys(frontmatter).filter((key) => !order.includes(key));
  if (unknown.length > 0) throw new Error(`serialize${kind === 'venue' ? 'Venue' : 'Operator'}: unknown ${kind} fields ${unknown.join(', ')}`);
  const ordered: Record<string, unknown> = {};
  for (const key of order) {
    const value = frontmatter[key];
    if (!isEmpty(value)) ordered[key] = plain(value);
  }
  const yaml = stringify(ordered, {
    lineWidth: 0,
    minContentWidth: 0,
    indentSeq: true,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
    singleQuote: false,
  });
  const text = body.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

/**
 * Reads a venue file (front matter and body) with the project's one reader (src/lib/frontmatter.ts), as the
 * build does. Throws an Error with the French problems when the file cannot be read (never evaluates it).
 */
export function readVenueFile(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const { data, body } = parseFrontMatterOrThrow(text);
  return { frontmatter: { ...data }, body };
}
