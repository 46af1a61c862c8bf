/**
 * French messages of the content checks (src/lib/schema/, src/lib/content-check.ts, src/node/): re-exported by fr.ts.
 * Plain object literals, no property read at the top level (docs/i18n.md).
 */

// Shared pieces (plain constants: no property read at the top level).

/** A value in a message, between French quotation marks: « 6300 ». */
const quoted = (text: string) => `« ${text} »`;
/** A count in a message (`?` when unknown): « 20 000 ». */
const count = (n: number | undefined) => (n === undefined ? '?' : n.toLocaleString('fr-FR'));
const missingField = 'champ obligatoire manquant';
const bringExpected = "attendu : une liste de choses à apporter, une par ligne précédée de « - », par exemple « - une pièce d'identité »";
const bringItemExpected = "attendu : une chose à apporter par élément, en quelques mots, par exemple « une pièce d'identité »";

/** Names of the characters refused in texts, by code point. */
const characterNames: Record<number, string> = {
  0x00: 'caractère nul',
  0x09: 'tabulation',
  0x0a: 'retour à la ligne',
  0x0d: 'retour chariot',
  0x1b: 'échappement',
  0x7f: 'suppression',
  0xad: 'trait d’union conditionnel',
  0x061c: 'marque de lettre arabe',
  0x200b: 'espace sans chasse',
  0x200c: 'antiliant sans chasse',
  0x200d: 'liant sans chasse',
  0x200e: 'marque gauche-à-droite',
  0x200f: 'marque droite-à-gauche',
  0x2028: 'séparateur de ligne',
  0x2029: 'séparateur de paragraphe',
  0x202a: 'enchâssement gauche-à-droite',
  0x202b: 'enchâssement droite-à-gauche',
  0x202c: 'fin de direction',
  0x202d: 'forçage gauche-à-droite',
  0x202e: 'forçage droite-à-gauche',
  0x2060: 'gluon de mots',
  0x2061: 'application de fonction invisible',
  0x2062: 'multiplication invisible',
  0x2063: 'séparateur invisible',
  0x2064: 'plus invisible',
  0x2066: 'isolat gauche-à-droite',
  0x2067: 'isolat droite-à-gauche',
  0x2068: 'isolat de première force',
  0x2069: 'fin d’isolat',
  0xfeff: 'espace insécable sans chasse',
};

/** Hints for fields people often add by mistake, after « champ inconnu : ». */
const unknownFieldHints: Record<string, string> = {
  leviers: 'est calculé à partir de services, services_pratiques et demarches ; retirez ce champ',
  id: "est le nom du fichier ; retirez ce champ (renommez le fichier pour changer l'identifiant)",
  presentation_detail: 'se met dans le corps du fichier, sous la deuxième ligne « --- » ; retirez ce champ',
  courriel: 's\'écrit courriels (une liste) ; renommez le champ',
};

/** What a value of a zod type is, after « doit être » (keys: zod's type names). */
const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un ensemble de champs',
  date: 'une date AAAA-MM-JJ',
};

/** Per-field messages of the shared field rules (src/lib/schema/fields.ts, check.ts, countries.ts), after the value. */
export const fieldChecks = {
  /** A value in a message: « 6300 » (before the message, and in lists of allowed values). */
  quoted,
  /** The name of a refused character, by code point, in the messages below. */
  characterNames,
  /** The name of a refused control character that characterNames lacks. */
  otherControl: 'caractère de contrôle',
  /** The name of a refused invisible character that characterNames lacks. */
  otherInvisible: 'caractère invisible',
  /** `described` of the four messages below: « (U+202E, forçage droite-à-gauche) en position 3 ». */
  characterAt: (codePoint: string, name: string, position: number) => `(${codePoint}, ${name}) en position ${position}`,
  bidiCharacter: (described: string) => `contient un caractère qui change le sens d'écriture ${described} ; retirez-le (il peut inverser l'affichage de ce champ)`,
  invisibleCharacter: (described: string) => `contient un caractère invisible ${described} ; retirez-le (il peut tromper la lecture de ce champ)`,
  lineBreak: (described: string) => `contient un retour à la ligne ${described} ; écrivez ce champ sur une seule ligne`,
  controlCharacter: (described: string) => `contient un caractère de contrôle ${described} ; retirez-le`,
  /** `length` undefined: not a text. */
  tooLong: (length: number | undefined, max: number) => `est trop long (${count(length)} caractères) ; attendu : ${count(max)} caractères au plus`,
  /** `what`: the caller's « le nom du lieu ». */
  missing: (what: string) => `${missingField} : indiquez ${what}`,
  notText: (what: string) => `doit être un texte : ${what}`,
  empty: (what: string) => `est vide : indiquez ${what}`,
  /** A list longer than `max` (`length` undefined: not a list). */
  tooMany: (length: number | undefined, max: number) => `a trop d'éléments (${count(length)}) ; attendu : ${max} au plus`,
  /** `a_apporter` is neither a text nor a list. */
  bringNotList: `n'est pas une liste ; ${bringExpected}`,
  bringItemNotText: `doit être un texte ; ${bringItemExpected}`,
  bringItemEmpty: `est vide ; ${bringItemExpected}`,
  /** A value outside a closed list; `shown`: the allowed values, or seeList. */
  notAllowed: (shown: string) => `n'est pas une valeur autorisée ; valeurs possibles : ${shown}`,
  /** Instead of the allowed values when there are more than 12: `listName` is the caller's « services ». */
  seeList: (listName: string) => `voir ${listName}`,
  notEmailText: 'doit être une adresse e-mail',
  badEmail: "n'est pas une adresse e-mail valide ; attendu : nom@domaine.fr",
  /** What a web address field holds when its caller does not say (httpUrl). */
  webAddress: 'une adresse web',
  /** `what`: « une adresse web », or a type name (« un texte ») for a value of the wrong type. */
  mustBe: (what: string) => `doit être ${what}`,
  badUrl: (what: string) => `n'est pas ${what} valide ; attendu : une adresse complète commençant par https:// (ou http://)`,
  accesLibreAddress: 'une adresse de fiche acceslibre',
  notAccesLibre: "ne pointe pas vers acceslibre ; attendu : l'adresse de la fiche du lieu sur https://acceslibre.beta.gouv.fr/",
  missingDate: (what: string) => `${missingField} : indiquez ${what} (AAAA-MM-JJ)`,
  notDate: 'doit être une date AAAA-MM-JJ',
  badDate: "n'est pas une date valide ; attendu : AAAA-MM-JJ, par exemple 2025-03-31",
  /** The expected part of a wrong `code_postal`, per country. */
  postcodeExpected: {
    FR: 'un code postal français de 5 chiffres, par exemple 63000',
    BE: 'un code postal belge de 4 chiffres, par exemple 1000',
  },
  /** The expected part of a wrong `code_insee`, per country. */
  municipalityCodeExpected: {
    FR: 'un code INSEE de commune à 5 caractères, par exemple 63113',
    BE: 'un code INS (NIS) de commune à 5 chiffres, par exemple 21004',
  },
  /** The expected part of a wrong `pivot`, per country. */
  pivotExpected: {
    FR: 'le SIRET (14 chiffres), le SIREN (9 chiffres) ou le numéro RNA (W suivi de 9 caractères, par exemple W631234567) de la structure ; sans numéro, retirez le champ',
    BE: "le numéro d'entreprise BCE/KBO à 10 chiffres (par exemple 0123.456.749) ; sans numéro, retirez le champ",
  },
  /** A `pivot` of the wrong form; `expected`: pivotExpected. */
  badPivot: (expected: string) => `n'est pas valide ; attendu : ${expected}`,
  /** Warning: the `pivot` is the standard's placeholder of zeros. */
  pivotPlaceholder: "est la valeur de remplacement du standard (identifiant inconnu) : retirez le champ pivot, l'export l'écrit de lui-même",
  /** Warning: the `pivot`'s check digits are wrong, per country. */
  pivotCheckDigits: {
    FR: 'a une clé de contrôle fausse (un chiffre mal recopié ?) ; vérifiez le numéro sur https://annuaire-entreprises.data.gouv.fr/ — la fiche est acceptée',
    BE: 'a des chiffres de contrôle faux (un chiffre mal recopié ?) ; vérifiez le numéro sur https://kbopub.economie.fgov.be/ — la fiche est acceptée',
  },
  /** The expected part of a wrong `telephone`, per country. */
  phoneExpected: {
    FR: '10 chiffres commençant par 0 (04 73 12 34 56) ou le format international (+33 4 73 12 34 56)',
    BE: '9 ou 10 chiffres commençant par 0 (02 123 45 67) ou le format international (+32 2 123 45 67)',
  },
  badPhone: (expected: string) => `n'est pas un numéro de téléphone valide ; attendu : ${expected}`,
  /** The header is not a map (check.ts). */
  notFields: "l'en-tête doit être une suite de champs « nom: valeur »",
  /** Where a venue of each country may be, after « ne sont pas » (countries.ts): « en France ». */
  inCountry: { FR: 'en France', BE: 'en Belgique' },
};

/** The problem lines of every check (src/lib/schema/errors.ts): `file: field: « value » message`. */
export const problemLines = {
  unknownFieldHints,
  /** Read as a whole: keys are zod's type names. */
  typeNames,
  /** Before the message about a field no schema knows. */
  unknownField: (message: string) => `champ inconnu : ${message}`,
  /** A field no schema knows, with the closest known name when there is one. */
  notAField: (suggestion: string | undefined) =>
    `n'est pas un champ connu${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ' ; vérifiez son orthographe (liste des champs : docs/contenu.md)'}`,
  /** A required field is absent (the value is not shown before messages starting so). */
  missing: missingField,
  /** zod's own English message, when no French one was given. */
  invalid: (detail: string) => `n'est pas valide (${detail})`,
  /** An item of a list in a field path: « arrets (n° 2) ». */
  item: (field: string, n: number) => `${field} (n° ${n})`,
  warning: (message: string) => `avertissement : ${message}`,
  /** A problem of a whole file at a known line (no field). */
  atLine: (file: string, line: number, text: string) => `${file}: ligne ${line} : ${text}`,
};

/** The fields of a lever file, content/leviers/<id>.md (src/lib/schema/lever.ts). */
export const leverChecks = {
  /** `what` of « champ obligatoire manquant : indiquez … » (fieldChecks.missing), and of the next two. */
  title: 'le titre du levier en langage simple',
  shortTitle: 'un titre court',
  summary: 'un résumé en langage simple',
  pictogram: "n'est pas un nom de fichier SVG de public/pictogrammes/ ; attendu : par exemple demarches.svg",
  noExample: 'manque : donnez au moins un exemple',
  order: 'doit être un nombre (1 à 4)',
  /** `what` of the missing `a_defaut.raison`. */
  fallbackReason: 'pourquoi demander dans les lieux de cet autre levier',
};

/** The pairs of content/fusions.yaml (src/lib/schema/fusions.ts). */
export const fusionChecks = {
  recordRef: "n'est pas une référence d'enregistrement ; attendu : « <source> <identifiant> », par exemple « Hinaura 80 »",
  fileId: "n'est pas un identifiant de fiche ; attendu : le nom d'un fichier de content/lieux/ sans .md",
  /** `values`: the decisions a maintainer may write (data of the file, not translated). */
  decision: (values: readonly string[]) => `n'est pas une décision ; attendu : ${values.map((value) => quoted(value)).join(', ')}`,
};
