/**
 * An operator (« structure porteuse »): one file `content/structures/<id>.md`. It runs help in
 * venues — its own or others' — and sometimes « hors les murs ». Its venues are found by
 * back-reference (`structure: <id>` in a venue file), never listed here.
 * The Markdown body is the operator's description.
 */
import { z } from 'astro/zod';
import { calendarDate, email, httpUrl, isoDate, list, normalizePhone, oneOf, optionalText, PHONE_EXPECTED, PIVOT_RULES, requiredText } from './fields.ts';
import { COUNTRIES, type Country } from './reperes.ts';
import { RESUME_MAX_LENGTH } from './standard.ts';
import { TYPOLOGIE_CODES, type Typologie } from './typologies.ts';
import type { SchemaContext } from './venue.ts';

export const OperatorFieldsSchema = z.strictObject({
  /** Name of the operator. */
  nom: requiredText('le nom de la structure'),
  /** SIRET, SIREN or RNA (France), BCE number (Belgium), when known. */
  pivot: optionalText('le SIRET, SIREN ou RNA de la structure'),
  /** Typology codes (data·inclusion list). */
  typologie: list(oneOf(TYPOLOGIE_CODES as [Typologie, ...Typologie[]], 'la liste des typologies (docs/contenu.md)')),
  /** Country (default: the territory's). */
  pays: oneOf(COUNTRIES, 'pays').optional(),
  /** Postal address of the head office. */
  adresse: optionalText("l'adresse du siège"),
  /** Postcode of the head office. */
  code_postal: optionalText('le code postal du siège'),
  /** Municipality of the head office. */
  commune: optionalText('la commune du siège'),
  /** Phone number, normalised to +33… / +32…. */
  telephone: z.union([z.string().trim(), z.number().transform(String)]).optional(),
  /** Contact e-mail addresses. */
  courriels: list(email),
  /** Websites. */
  site_web: list(httpUrl()),
  /** One-paragraph summary, at most 280 characters. */
  presentation_resume: optionalText('un résumé').pipe(
    z.string().max(RESUME_MAX_LENGTH, { error: `est trop long ; attendu : ${RESUME_MAX_LENGTH} caractères au plus` }).optional(),
  ),
  /** Municipalities where the operator works, by name. */
  communes_intervention: list(z.string().trim().min(1)),
  /** Works « hors les murs »: in other places (homes, markets, partner venues), not only its own. */
  hors_les_murs: z.boolean({ error: 'doit valoir true ou false' }).default(false),
  /** Where the data comes from. */
  source: optionalText('la source des données'),
  /** Date of the last update (AAAA-MM-JJ). */
  date_maj: calendarDate('la date de dernière mise à jour'),
});

export function OperatorSchema(context: SchemaContext = {}) {
  return OperatorFieldsSchema.transform((operator, ctx) => {
    const country: Country = operator.pays ?? context.defaultCountry ?? 'FR';
    let telephone = operator.telephone || undefined;
    if (telephone) {
      const normalised = normalizePhone(telephone, country);
      if (normalised === null) ctx.addIssue({ code: 'custom', path: ['telephone'], message: `n'est pas un numéro de téléphone valide ; attendu : ${PHONE_EXPECTED[country]}` });
      else telephone = normalised;
    }
    if (operator.pivot && !PIVOT_RULES[country].pattern.test(operator.pivot)) {
      ctx.addIssue({ code: 'custom', path: ['pivot'], message: `n'est pas valide ; attendu : ${PIVOT_RULES[country].expected}` });
    }
    const today = isoDate(context.today ?? new Date());
    if (operator.date_maj > today) ctx.addIssue({ code: 'custom', path: ['date_maj'], message: `est dans le futur ; attendu : au plus tard ${today}` });
    return { ...operator, telephone, pays: country };
  });
}

export type Operator = z.output<ReturnType<typeof OperatorSchema>>;
