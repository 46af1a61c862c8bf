/**
 * Field building blocks shared by the schemas. Every message is French and reads after the
 * offending value, which the formatter (errors.ts) prints first:
 * `content/lieux/x.md: code_postal: « 6300 » n'a pas 5 chiffres ; attendu : …`.
 */
import { z } from 'astro/zod';
import type { Country } from './reperes.ts';

/** « value », shortened, for messages. */
export function quote(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return `« ${text.length > 80 ? `${text.slice(0, 77)}…` : text} »`;
}

const missingOr = (missing: string, wrong: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? missing : wrong;

/** A required, non-empty, trimmed text. */
export function requiredText(what: string) {
  return z
    .string({ error: missingOr(`champ obligatoire manquant : indiquez ${what}`, `doit être un texte : ${what}`) })
    .trim()
    .min(1, { error: `est vide : indiquez ${what}` });
}

/** An optional text: empty strings count as absent. */
export function optionalText(what: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string({ error: `doit être un texte : ${what}` }).trim().optional(),
  );
}

/**
 * A multi-valued field: a YAML list (a single value is accepted and wrapped). Duplicates are removed.
 * Absent means an empty list.
 */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).transform((values) => [...new Set(values)] as z.output<T>[]),
  );
}

/** One value of a closed list, with the allowed values in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, listName: string) {
  const shown = values.length <= 12 ? values.map((value) => `« ${value} »`).join(', ') : `voir ${listName}`;
  return z.enum(values, { error: `n'est pas une valeur autorisée ; valeurs possibles : ${shown}` });
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

export const email = z
  .string({ error: 'doit être une adresse e-mail' })
  .trim()
  .toLowerCase()
  .regex(EMAIL, { error: "n'est pas une adresse e-mail valide ; attendu : nom@domaine.fr" });

/** An absolute http(s) URL. */
export function httpUrl(what = 'une adresse web') {
  return z
    .string({ error: `doit être ${what}` })
    .trim()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
        } catch {
          return false;
        }
      },
      { error: `n'est pas ${what} valide ; attendu : une adresse complète commençant par https:// (ou http://)` },
    );
}

const ACCESLIBRE_HOSTS = ['acceslibre.beta.gouv.fr', 'acceslibre.gouv.fr'];

/** `fiche_acces_libre` must point to a record of acceslibre, the national accessibility register. */
export const accesLibreUrl = httpUrl('une adresse de fiche acceslibre').refine(
  (value) => {
    try {
      return ACCESLIBRE_HOSTS.includes(new URL(value).hostname);
    } catch {
      return false;
    }
  },
  { error: "ne pointe pas vers acceslibre ; attendu : l'adresse de la fiche du lieu sur https://acceslibre.beta.gouv.fr/" },
);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD in the given time zone (one formatter per zone: this runs once per file). */
export function isoDate(date: Date, timeZone = 'Europe/Paris'): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(date);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, written YYYY-MM-DD (YAML may already have turned it into a Date). Output: 'YYYY-MM-DD'. */
export function calendarDate(what: string) {
  return z
    .union([z.date(), z.string()], {
      error: missingOr(`champ obligatoire manquant : indiquez ${what} (AAAA-MM-JJ)`, `doit être une date AAAA-MM-JJ`),
    })
    .transform((value, ctx) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      const date = new Date(`${text}T00:00:00Z`);
      if (!ISO_DATE.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
        ctx.addIssue({ code: 'custom', message: `n'est pas une date valide ; attendu : AAAA-MM-JJ, par exemple 2025-03-31` });
        return z.NEVER;
      }
      return text;
    });
}

/** Postcode rules per country. */
export const POSTCODE_RULES: Record<Country, { pattern: RegExp; expected: string }> = {
  FR: { pattern: /^\d{5}$/, expected: 'un code postal français de 5 chiffres, par exemple 63000' },
  BE: { pattern: /^[1-9]\d{3}$/, expected: 'un code postal belge de 4 chiffres, par exemple 1000' },
};

/** Municipality code rules per country (INSEE in France, NIS/INS in Belgium). */
export const MUNICIPALITY_CODE_RULES: Record<Country, { pattern: RegExp; expected: string }> = {
  FR: { pattern: /^([013-9]\d|2[AB1-9])\d{3}$/, expected: 'un code INSEE de commune à 5 caractères, par exemple 63113' },
  BE: { pattern: /^\d{5}$/, expected: 'un code INS (NIS) de commune à 5 chiffres, par exemple 21004' },
};

/** Identifier rules per country (`pivot`): SIRET/SIREN/RNA in France, BCE number in Belgium. */
export const PIVOT_RULES: Record<Country, { pattern: RegExp; expected: string }> = {
  FR: {
    pattern: /^[a-zA-Z0-9]{9,14}$/,
    expected: 'le SIRET (14 chiffres), le SIREN (9 chiffres) ou le RNA (W suivi de 9 chiffres) de la structure, ou 00000000000000 si inconnu',
  },
  BE: { pattern: /^[01]\d{9}$/, expected: "le numéro d'entreprise BCE à 10 chiffres, par exemple 0123456789" },
};

const FR_INTERNATIONAL = /^\+(33|590|594|262|596|269|687|689|508|681)\d{6,9}$/;

/**
 * A phone number normalised to the international form (+33…, +32…), or null when it is not one.
 * Accepts national forms with spaces, dots, dashes: « 04 73 12 34 56 », « 0032 2 123 45 67 ».
 */
export function normalizePhone(value: string, country: Country): string | null {
  const compact = value.replace(/[\s.\-()/]/g, '').replace(/^00/, '+');
  if (country === 'FR') {
    if (/^0[1-9]\d{8}$/.test(compact)) return `+33${compact.slice(1)}`;
    if (/^\+330[1-9]\d{8}$/.test(compact)) return `+33${compact.slice(4)}`;
    if (/^\+33[1-9]\d{8}$/.test(compact)) return compact;
    return FR_INTERNATIONAL.test(compact) && !compact.startsWith('+33') ? compact : null;
  }
  if (/^0[1-9]\d{7,8}$/.test(compact)) return `+32${compact.slice(1)}`;
  if (/^\+32[1-9]\d{7,8}$/.test(compact)) return compact;
  return null;
}

export const PHONE_EXPECTED: Record<Country, string> = {
  FR: '10 chiffres commençant par 0 (04 73 12 34 56) ou le format international (+33 4 73 12 34 56)',
  BE: '9 ou 10 chiffres commençant par 0 (02 123 45 67) ou le format international (+32 2 123 45 67)',
};
