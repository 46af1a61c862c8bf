/**
 * Field building blocks shared by the schemas. Every message (t.fieldChecks, src/i18n/) reads after the
 * offending value, which the formatter (errors.ts) prints first:
 * `content/lieux/x.md: code_postal: « 6300 » n'a pas 5 chiffres ; attendu : …`.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import type { Country } from './reperes.ts';

/** « value », shortened, for messages. */
export function quote(value: unknown): string {
  const text = visible(value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  return t.fieldChecks.quoted(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

// ——— Text safety: characters that change how a text reads, and sizes ———

/** The kind of a refused character, or undefined for an ordinary one. Tabs and line breaks are `control`. */
export function unsafeCharacterKind(code: number): 'bidi' | 'invisible' | 'control' | undefined {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return 'control';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) return 'bidi';
  if ((code >= 0x200b && code <= 0x200d) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff || code === 0xad) return 'invisible';
  return undefined;
}

/** Any character unsafeCharacterKind refuses (a fast test before the precise one). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** `U+200B` */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The message for the first character of `text` that may trick a reader (a direction control, an
 * invisible character, a control character), or undefined. `multiline`: line breaks and tabs are allowed
 * (free texts written over several lines).
 * The position counts characters from 1.
 */
export function unsafeCharacterMessage(text: string, multiline = false): string | undefined {
  if (!UNSAFE.test(text)) return undefined;
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0)!;
    const kind = unsafeCharacterKind(code);
    if (!kind || (multiline && (code === 0x0a || code === 0x09))) continue;
    const name = t.fieldChecks.characterNames[code] ?? (kind === 'control' ? t.fieldChecks.otherControl : t.fieldChecks.otherInvisible);
    const described = t.fieldChecks.characterAt(codePointName(code), name, position);
    if (kind === 'bidi') return t.fieldChecks.bidiCharacter(described);
    if (kind === 'invisible') return t.fieldChecks.invisibleCharacter(described);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return t.fieldChecks.lineBreak(described);
    return t.fieldChecks.controlCharacter(described);
  }
  return undefined;
}

/** The visible form of a text in messages: every refused character written as ⟨U+202E⟩, so a message cannot be reversed or hidden. */
export function visible(text: string): string {
  if (!UNSAFE.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += unsafeCharacterKind(code) ? `⟨${codePointName(code)}⟩` : char;
  }
  return out;
}

/**
 * Size limits of texts and lists (documented in docs/contenu.md). They keep a page readable and a file
 * small; a 1 MB name is an attack or a mistake.
 */
export const TEXT_LIMITS = {
  /** Names, titles: « Médiathèque Jean-Louis Barrault » */
  name: 150,
  /** Street addresses and their complements. */
  address: 200,
  /** A municipality's name. */
  commune: 100,
  /** Short texts: a source, a label, a pivot, a phone number. */
  short: 200,
  /** Opening hours (opening_hours syntax). */
  hours: 500,
  /** Free texts (a notice's text). */
  free: 1000,
  /** A web address. */
  url: 2000,
  /** An e-mail address. */
  email: 254,
  /** Items of a list. */
  listItems: 50,
  /** Stops of an itinerant venue. */
  stops: 100,
  /** Dated notices. */
  notices: 20,
  /** One thing of a « what to bring » list (`a_apporter`): « une pièce d'identité ». */
  bringItem: 150,
  /** Things of a « what to bring » list: a few, or nobody reads them. */
  bringItems: 10,
  /** The Markdown body of a venue or operator file (characters). */
  body: 20_000,
} as const;

const tooLong = (max: number) => (issue: { input?: unknown }) => t.fieldChecks.tooLong(typeof issue.input === 'string' ? issue.input.length : undefined, max);

/** A text schema: refuses tricky characters (unsafeCharacterMessage, on the text as written), trims, bounds the size. */
export function safeText(max: number, options: { multiline?: boolean; error?: Parameters<typeof z.string>[0] } = {}) {
  return z
    .string(options.error)
    .superRefine((value, ctx) => {
      const message = unsafeCharacterMessage(value, options.multiline);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    })
    .trim()
    .max(max, { error: tooLong(max) });
}

const missingOr = (missing: string, wrong: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? missing : wrong;

/**
 * A required, non-empty, trimmed text of at most `max` characters, without tricky characters (a line break
 * only when `multiline`).
 */
export function requiredText(what: string, max: number = TEXT_LIMITS.short, multiline = false) {
  return safeText(max, { multiline, error: { error: missingOr(t.fieldChecks.missing(what), t.fieldChecks.notText(what)) } }).min(1, {
    error: t.fieldChecks.empty(what),
  });
}

/** An optional text (same rules as requiredText): empty strings count as absent. */
export function optionalText(what: string, max: number = TEXT_LIMITS.short, multiline = false) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    safeText(max, { multiline, error: { error: t.fieldChecks.notText(what) } }).optional(),
  );
}

/**
 * A yes-or-no field: true or false, or the words people write (« oui », « non », « Oui », « true » written as text).
 * Anything else is refused with `error`.
 */
export function yesNo(error: string) {
  return z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    const word = value.trim().toLowerCase();
    return word === 'oui' || word === 'true' ? true : word === 'non' || word === 'false' ? false : value;
  }, z.boolean({ error }));
}

/**
 * A multi-valued field: a YAML list (a single value is accepted and wrapped) of at most `max` items.
 * Duplicates are removed. Absent means an empty list.
 */
export function list<T extends z.ZodType>(item: T, max: number = TEXT_LIMITS.listItems) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(item)
      .max(max, { error: (issue) => t.fieldChecks.tooMany(Array.isArray(issue.input) ? issue.input.length : undefined, max) })
      .transform((values) => [...new Set(values)] as z.output<T>[]),
  );
}

/**
 * « What to bring » (`a_apporter` of a venue and of an orientation answer): short plain texts, one thing each, at most
 * `TEXT_LIMITS.bringItems` of at most `TEXT_LIMITS.bringItem` characters, with the text rules of safeText. A single
 * text is a list of one (as in every list); a number or a map is refused with what is expected.
 */
export function bringList() {
  return z.preprocess(
    (value, ctx) => {
      if (value === undefined || value === null || typeof value === 'string' || Array.isArray(value)) return value;
      ctx.addIssue({ code: 'custom', message: t.fieldChecks.bringNotList, input: value });
      return z.NEVER;
    },
    list(
      safeText(TEXT_LIMITS.bringItem, { error: { error: t.fieldChecks.bringItemNotText } }).min(1, { error: t.fieldChecks.bringItemEmpty }),
      TEXT_LIMITS.bringItems,
    ),
  );
}

/** One value of a closed list, with the allowed values in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, listName: string) {
  const shown = values.length <= 12 ? values.map((value) => t.fieldChecks.quoted(value)).join(', ') : t.fieldChecks.seeList(listName);
  return z.enum(values, { error: t.fieldChecks.notAllowed(shown) });
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

export const email = safeText(TEXT_LIMITS.email, { error: { error: t.fieldChecks.notEmailText } })
  .toLowerCase()
  .regex(EMAIL, { error: t.fieldChecks.badEmail });

/** An absolute http(s) URL. */
export function httpUrl(what: string = t.fieldChecks.webAddress) {
  return safeText(TEXT_LIMITS.url, { error: { error: t.fieldChecks.mustBe(what) } })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
        } catch {
          return false;
        }
      },
      { error: t.fieldChecks.badUrl(what) },
    );
}

const ACCESLIBRE_HOSTS = ['acceslibre.beta.gouv.fr', 'acceslibre.gouv.fr'];

/** `fiche_acces_libre` must point to a record of acceslibre, the national accessibility register. */
export const accesLibreUrl = httpUrl(t.fieldChecks.accesLibreAddress).refine(
  (value) => {
    try {
      return ACCESLIBRE_HOSTS.includes(new URL(value).hostname);
    } catch {
      return false;
    }
  },
  { error: t.fieldChecks.notAccesLibre },
);

const dayFormats = new Map<string, Intl.DateTimeFormat>();
let lastDay: { time: number; timeZone: string; text: string } | undefined;

/** YYYY-MM-DD in the given time zone (one formatter per zone; the last answer is kept: every file of a run asks for the same day). */
export function isoDate(date: Date, timeZone = 'Europe/Paris'): string {
  const time = date.getTime();
  if (lastDay && lastDay.time === time && lastDay.timeZone === timeZone) return lastDay.text;
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const text = format.format(date);
  lastDay = { time, timeZone, text };
  return text;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, written YYYY-MM-DD (YAML may already have turned it into a Date). Output: 'YYYY-MM-DD'. */
export function calendarDate(what: string) {
  return z
    .union([z.date(), z.string()], {
      error: missingOr(t.fieldChecks.missingDate(what), t.fieldChecks.notDate),
    })
    .transform((value, ctx) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      const date = new Date(`${text}T00:00:00Z`);
      if (!ISO_DATE.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
        ctx.addIssue({ code: 'custom', message: t.fieldChecks.badDate });
        return z.NEVER;
      }
      return text;
    });
}

/** Postcode rules per country. */
export const POSTCODE_RULES: Record<Country, { pattern: RegExp; expected: string }> = {
  FR: { pattern: /^\d{5}$/, expected: t.fieldChecks.postcodeExpected.FR },
  BE: { pattern: /^[1-9]\d{3}$/, expected: t.fieldChecks.postcodeExpected.BE },
};

/** Municipality code rules per country (INSEE in France, NIS/INS in Belgium). */
export const MUNICIPALITY_CODE_RULES: Record<Country, { pattern: RegExp; expected: string }> = {
  FR: { pattern: /^([013-9]\d|2[AB1-9])\d{3}$/, expected: t.fieldChecks.municipalityCodeExpected.FR },
  BE: { pattern: /^\d{5}$/, expected: t.fieldChecks.municipalityCodeExpected.BE },
};

/** The national standard's placeholder for an unknown `pivot`: written by exports, never needed in a content file. */
export const PIVOT_PLACEHOLDER = '00000000000000';

/** The `pivot` column of an export to the national standard: the venue's identifier, or the placeholder. */
export function pivotForExport(pivot: string | undefined): string {
  return pivot || PIVOT_PLACEHOLDER;
}

/** The Luhn check used by SIREN and SIRET numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's SIREN: its establishments' SIRET numbers do not follow Luhn (their digits add up to a multiple of 5). */
const LA_POSTE_SIREN = '356000000';

/** French SIRET (14 digits) or SIREN (9 digits) check digits, with La Poste's known exception. */
export function siretOrSirenValid(digits: string): boolean {
  if (luhnValid(digits)) return true;
  if (!digits.startsWith(LA_POSTE_SIREN)) return false;
  if (digits.length === 9) return true;
  let sum = 0;
  for (const char of digits) sum += char.charCodeAt(0) - 48;
  return sum % 5 === 0;
}

/** Belgian enterprise number (BCE/KBO): the last two digits are 97 minus the first eight modulo 97. */
export function bceValid(digits: string): boolean {
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/**
 * Checks a `pivot`. Returns the normalised identifier (spaces, dots and dashes removed), or an error when it
 * is not an identifier of the country's form; a wrong check digit is only a warning (real registries have
 * typos, and the structure may be right). The standard's placeholder of zeros is a warning and reads as absent.
 */
export function checkPivot(raw: string, country: Country): { value?: string; error?: string; warning?: string } {
  if (country === 'BE') {
    let digits = raw.replace(/^\s*BE/i, '').replace(/[\s.\-]/g, '');
    if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
    if (/^0+$/.test(digits)) return { warning: t.fieldChecks.pivotPlaceholder };
    if (!/^[01]\d{9}$/.test(digits)) return { error: t.fieldChecks.badPivot(t.fieldChecks.pivotExpected.BE) };
    return bceValid(digits) ? { value: digits } : { value: digits, warning: t.fieldChecks.pivotCheckDigits.BE };
  }
  const compact = raw.replace(/[\s.\-]/g, '').toUpperCase();
  if (/^0+$/.test(compact)) return { warning: t.fieldChecks.pivotPlaceholder };
  if (/^\d{14}$/.test(compact) || /^\d{9}$/.test(compact)) {
    return siretOrSirenValid(compact) ? { value: compact } : { value: compact, warning: t.fieldChecks.pivotCheckDigits.FR };
  }
  if (/^W[0-9][0-9A-Z]\d{7}$/.test(compact)) return { value: compact };
  return { error: t.fieldChecks.badPivot(t.fieldChecks.pivotExpected.FR) };
}

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
