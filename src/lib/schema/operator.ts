/**
 * An operator (« structure porteuse »): one file `content/structures/<id>.md`. It runs help in
 * venues — its own or others' — and sometimes « hors les murs ». Its venues are found by
 * back-reference (`structure: <id>` in a venue file), never listed here.
 * The Markdown body is the operator's description.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { checkFields, checkPhoneAndPivot, schemaOf, startCheck, type Checked, type Warning } from './check.ts';
import { calendarDate, email, httpUrl, isoDate, list, oneOf, optionalText, requiredText, safeText, TEXT_LIMITS, yesNo } from './fields.ts';
import { COUNTRIES, type Country } from './reperes.ts';
import { RESUME_MAX_LENGTH } from './standard.ts';
import { TYPOLOGIE_CODES, type Typologie } from './typologies.ts';
import type { SchemaContext } from './venue.ts';

export const OperatorFieldsSchema = z.strictObject({
  /** Name of the operator. */
  nom: requiredText(t.operatorChecks.what.nom, TEXT_LIMITS.name),
  /** SIRET, SIREN or RNA (France), BCE/KBO number (Belgium), when known; a wrong check digit is a warning. */
  pivot: optionalText(t.operatorChecks.what.pivot),
  /** Typology codes (data·inclusion list). */
  typologie: list(oneOf(TYPOLOGIE_CODES as [Typologie, ...Typologie[]], t.operatorChecks.lists.typologie)),
  /** Country (default: the territory's). */
  pays: oneOf(COUNTRIES, 'pays').optional(),
  /** Postal address of the head office. */
  adresse: optionalText(t.operatorChecks.what.adresse, TEXT_LIMITS.address),
  /** Postcode of the head office. */
  code_postal: optionalText(t.operatorChecks.what.code_postal),
  /** Municipality of the head office. */
  commune: optionalText(t.operatorChecks.what.commune, TEXT_LIMITS.commune),
  /** Phone number, normalised to +33… / +32…. */
  telephone: z.union([safeText(TEXT_LIMITS.short), z.number().transform(String)]).optional(),
  /** Contact e-mail addresses. */
  courriels: list(email),
  /** Websites. */
  site_web: list(httpUrl()),
  /** One-paragraph summary, at most 280 characters. */
  presentation_resume: optionalText(t.operatorChecks.what.presentation_resume, TEXT_LIMITS.free, true).pipe(
    z.string().max(RESUME_MAX_LENGTH, { error: t.operatorChecks.resumeTooLong(RESUME_MAX_LENGTH) }).optional(),
  ),
  /** Municipalities where the operator works, by name. */
  communes_intervention: list(safeText(TEXT_LIMITS.commune).min(1), 500),
  /** Works « hors les murs »: in other places (homes, markets, partner venues), not only its own. */
  hors_les_murs: yesNo(t.operatorChecks.boolean).default(false),
  /** Where the data comes from. */
  source: optionalText(t.operatorChecks.what.source),
  /** Date of the last update (AAAA-MM-JJ). */
  date_maj: calendarDate(t.operatorChecks.what.date_maj),
});

type Fields = z.output<typeof OperatorFieldsSchema>;

/** An operator as the site uses it: the fields, normalised, with its country. */
export type Operator = Fields & { pays: Country };

/** Checks an operator file's front matter (every problem at once, like checkVenue). Never throws. */
export function checkOperator(input: unknown, context: SchemaContext = {}): Checked<Operator> {
  const { fields, issues } = checkFields(OperatorFieldsSchema, input);
  const warnings: Warning[] = [];
  const operator = fields as Partial<Fields>;
  const country: Country = operator.pays ?? context.defaultCountry ?? 'FR';
  const check = startCheck(input, issues, warnings);
  const { issue } = check;
  const { telephone, pivot } = checkPhoneAndPivot(operator, country, check);
  const today = isoDate(context.today ?? new Date());
  if (operator.date_maj !== undefined && operator.date_maj > today) issue(['date_maj'], t.operatorChecks.future(today));
  if (issues.length > 0) return { issues, warnings, fields };
  const data: Operator = { ...(operator as Fields), telephone, pivot, pays: country };
  if (pivot === undefined) delete data.pivot;
  if (telephone === undefined) delete data.telephone;
  return { data, issues, warnings, fields };
}

/** The operator schema as a zod schema (the same rules as checkOperator). */
export function OperatorSchema(context: SchemaContext = {}) {
  return schemaOf((input) => checkOperator(input, context));
}
