/**
 * French messages of the opening-hours checks (src/lib/hours/compile.ts), of the Markdown body checks
 * (src/lib/markdown/body-check.ts) and the search's reasons (src/lib/catalogue/query-match.ts). Re-exported by fr.ts.
 * Plain object literals, no property read at the top level (docs/i18n.md).
 */

/** Shared by the hours messages (a plain constant: no property read at the top level). */
const EXPECTED =
  "n'est pas au format OpenStreetMap « opening_hours » (exemple attendu : « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 »)";

/**
 * An opening_hours value that is not valid (src/lib/hours/compile.ts): the problem lines of `npm run validate`, the
 * build, the importers and the submission form, after the field and the quoted value
 * (`horaires: « Mo-Fr 9h-12h » n'est pas au format OpenStreetMap « opening_hours » (…) : hint`).
 */
export const hoursChecks = {
  /** The language of the opening_hours package's own messages (the hints it gives that no key below rewrites). */
  packageLocale: 'fr',
  /** The whole message: what is expected, then one short hint. */
  problem: (hint: string) => `${EXPECTED} : ${hint}`,
  /** A hint followed by where in the value the package stopped. */
  near: (hint: string, shown: string) => `${hint} (vers « ${shown} »)`,
  /** The quotation marks replacing the package's "…" in its messages. */
  quoted: (text: string) => `« ${text} »`,
  /** The message thrown by compileOpeningHours: the quoted value, then the problem. */
  thrown: (value: string, problem: string) => `« ${value} » ${problem}`,
  empty: 'la valeur est vide',
  schoolHolidays: 'les vacances scolaires (SH) ne sont pas prises en charge ; indiquez les dates (« Jul 06-Aug 31 off »)',
  /** A message of the package that no hint rewrites and that says only that something went wrong. */
  unreadable: 'cette valeur ne peut pas être interprétée',
  /** Hints for some refused warnings of the package, by warning type (the others: the package's message). */
  warnings: {
    without_minutes: 'écrivez les heures avec les minutes, au format HH:MM (« 09:00-12:00 » et non « 9-12 »)',
    hour_min_separator: 'séparez les heures et les minutes par « : » (« 09:00 » et non « 09.00 » ni « 9h »)',
    use_multi: 'il manque sans doute un « ; » entre deux règles (« Mo-Fr 09:00-12:00; Sa 10:00-12:00 »)',
    default_state:
      'une règle faite seulement de « open » ou « off », placée après d\'autres règles, les annule toutes ; placez-la en premier',
    interpreted_as_year: 'un nombre seul est compris comme une année ; les heures s\'écrivent « 09:00-12:00 »',
  },
  /** Hints replacing some error messages of the package (recognized by compile.ts's ERROR_HINTS patterns). */
  errors: {
    omitH: 'écrivez les heures au format HH:MM (« 09:00-12:00 » et non « 9h-12h »)',
    dash: "utilisez le trait d'union « - » (et non le tiret « – »)",
    twentyFourHours: 'écrivez les heures sur 24 heures (« 17:00 » et non « 5pm »)',
    minutes: 'les minutes doivent aller de 00 à 59',
    startOutsideDay: "l'heure de début doit être comprise entre 00:00 et 23:59",
    twoMidnights: 'une plage horaire ne peut pas dépasser 48:00',
    rangeEnd: 'une plage horaire doit avoir un début et une fin (« 09:00-12:00 »)',
    missingMinutes: 'écrivez les heures au format HH:MM (« 09:00-12:00 »)',
    pointInTime: 'chaque heure doit faire partie d\'une plage « début-fin » (« 09:00-12:00 »)',
  },
};

/**
 * The Markdown body of a contributed file (src/lib/markdown/body-check.ts): problem lines of `npm run validate`, the
 * build and the submission form, after the file name (its size: t.fieldChecks.tooLong).
 */
export const bodyChecks = {
  /** A problem on one line of the file. */
  atLine: (line: number, message: string) => `ligne ${line} : ${message}`,
  /** `url` is quoted already; `schemes` lists the accepted ones (« http:, https:, mailto:, tel: »). */
  /** `text` is the image's text, quoted already. */
  imageRefused: (text: string) =>
    `l'image ${text} n'est pas acceptée : une image venue d'un autre site lui dirait qui lit la fiche, et le site n'en héberge aucune ; retirez-la, ou dites en mots ce qu'elle montre`,
  linkRefused: (url: string, schemes: string) =>
    `le lien ou l'image vers ${url} n'est pas accepté ; seules les adresses ${schemes} (ou une adresse du site) le sont ; retirez ce lien`,
};

/**
 * Why a venue matched a synonym of the query (src/lib/catalogue/query-match.ts), shown by the catalogue's search
 * (« carte grise → démarches : Certificat d'immatriculation »). `label` is the synonym as written in the query's list.
 */
export const matchReasons = {
  /** What the venue lists that the synonym means, before the values. */
  kinds: {
    services_pratiques: 'services pratiques',
    demarches: 'démarches',
    publics: 'publics',
    prises_en_charge: 'prise en charge',
    services: 'services',
    leviers: 'leviers',
    frais: 'prix',
    acces: 'accès',
    dispositifs: 'programme national',
  },
  /** The venue lists one of `values` (a kind above). */
  listed: (label: string, kind: string, values: readonly string[]) => `${label} → ${kind} : ${values.join(', ')}`,
  /** The venue offers `service` (the standard's « Aide aux démarches administratives ») without saying which démarches. */
  demarchesUnspecified: (label: string, service: string) => `${label} → ${service} (démarches non précisées)`,
  /** The venue names no public: it welcomes everyone. */
  everyone: (label: string) => `${label} → tous publics`,
  /** What a word that stands for any of the four levers (« aide », « numérique ») means, in « Compris : … ». */
  anyHelp: 'toute aide au numérique',
  /** The venue meets the broader meaning of the synonym (`values`: all its values). */
  broader: (label: string, values: readonly string[]) => `${label} → au sens large : ${values.join(', ')}`,
};
