/**
 * French lines of the importers (src/lib/mednum/: v0.1, standard v1, France Services, merging) and of the CSV reader
 * (src/lib/export/csv.ts): the import reports. Re-exported by fr.ts. Plain object literals, no property read at the top
 * level (docs/i18n.md).
 *
 * A warning starts with the field it is about (`telephone …`, `code_insee : …`): the summary of `npm run import`
 * counts the warnings by that first word. Values come already quoted by the caller (`quote()`, « … »).
 */

/** « 3 lieux », « 1 lieu », « 0 rejeté »: the importer's counts (no « aucun », digits as they are). */
const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The importers' lines, in the reports (content/imports/*.yaml: `rejets`, `avertissements`), in the summary of
 * `npm run import` and in content/fusions.yaml (`indices`).
 */
export const importLines = {
  /** A record's label, at the start of its rejection reasons: « n° 36 « Maison France Services » (Annecy) ». */
  record: (id: string, name: string, commune: string) => `n° ${id} « ${name} »${commune ? ` (${commune})` : ''}`,
  /** The name in a record's label when the record has none. */
  unnamed: 'sans nom',

  /** Warnings of both v0.1 and France Services (the value is dropped, the venue imported). */
  warnings: {
    phone: (value: string) => `telephone ${value} ignoré : ce n'est pas un numéro de téléphone valide`,
    email: (value: string) => `courriel ${value} ignoré : ce n'est pas une adresse e-mail valide`,
    /** `problem`: the opening-hours checker's message. */
    hours: (value: string, problem: string) => `horaires ${value} ignorées : ${problem}`,
  },

  /** Rejection reasons of both v0.1 and France Services, after « <record>: <field>: ». */
  rejections: {
    /** On `latitude` (France Services). */
    outsideBounds: (latitude: string, longitude: string, territory: string) => `${latitude} et longitude ${longitude} sont hors du territoire ${territory}`,
    /** On `code_insee` or `code_postal`; `scope`: the territory's name, with its codes for v0.1. */
    outsideSubTerritories: (value: string, scope: string) => `${value} n'est dans aucun sous-territoire de ${scope}`,
  },

  /** The v0.1 importer (src/lib/mednum/v01.ts): warnings, and rejection reasons where said. */
  v01: {
    /** Warnings of the commune → INSEE code search (findCommune). */
    communeByName: (code: string, name: string, postcode: string) =>
      `code_insee : ${code} (${name}) retenu d'après le nom de la commune, mais le code postal ${postcode} n'est pas l'un des siens ; vérifiez le code postal`,
    communeApproximate: (commune: string, matched: string, code: string, postcode: string) =>
      `code_insee : commune ${commune} rapprochée de « ${matched} » (${code}, ${postcode}) ; à vérifier`,
    /** A name of two communes (« Meythet - Annecy ») matched through one of them. */
    communeFromParts: (commune: string, matched: string, code: string) => `code_insee : commune ${commune} rapprochée de « ${matched} » (${code}) ; à vérifier`,
    communeNotFound: (commune: string, postcode: string) => `code_insee non renseigné : aucune commune ${commune} trouvée de façon sûre pour le code postal ${postcode}`,
    /** Rejection reason: an item of the file's list is not an object. */
    notAnObject: "n'est pas un objet JSON (un lieu)",
    cedexRemoved: (commune: string, withoutCedex: string) => `commune ${commune} : mention CEDEX retirée (« ${withoutCedex} »)`,
    unknownField: (key: string) => `champ ${key} ignoré : il n'existe pas dans le standard v0.1`,
    unknownService: (value: string) => `services : ${value} ignoré : ce service n'existe pas dans le standard v0.1`,
    unknownPublic: (value: string) => `publics_accueillis : ${value} ignoré : pas de valeur correspondante dans le standard v1`,
    unknownCondition: (value: string) => `conditions_acces : ${value} ignoré : pas de valeur correspondante dans le standard v1`,
    unknownModalite: (value: string) => `modalites_accompagnement : ${value} ignoré : pas de valeur correspondante dans le standard v1`,
    otherLabel: (value: string) => `labels_nationaux : ${value} n'a pas d'équivalent dans le standard v1 ; conservé dans autres_formations_labels`,
    unknownTypologie: (value: string) => `typologie : ${value} ignoré : ce n'est pas un code de la liste des typologies`,
    /** `completed`: the address with « https:// » added. */
    siteWithoutScheme: (value: string, completed: string) => `site_web ${value} sans « https:// » : complété en « ${completed} »`,
    badSite: (value: string) => `site_web ${value} ignoré : ce n'est pas une adresse web valide`,
    resumeDropped: (length: number, max: number) => `presentation_resume ignoré : ${length} caractères, ${max} au plus dans le standard v1 (presentation_detail déjà renseigné)`,
    resumeToBody: (length: number, max: number) => `presentation_resume de ${length} caractères (${max} au plus dans le standard v1) : placé dans le texte de présentation`,
    badAccessibilite: (value: string) => `accessibilite ${value} ignoré : ce n'est pas une fiche acceslibre`,
    badPriseRdv: (value: string) => `prise_rdv ${value} ignoré : ce n'est pas une adresse web valide`,
    cleBan: (value: string) => `cle_ban ${value} ignoré : pas de champ équivalent dans le standard v1`,
    /** Rejection reason on `latitude`; `bounds`: the territory's bounds, comma-separated. */
    outsideBounds: (latitude: string, longitude: string, territory: string, bounds: string) =>
      `${latitude} et longitude ${longitude} sont hors du territoire ${territory} (bornes [${bounds}])`,
    /** Rejection reason on `id`: a source id seen before in the file. */
    duplicateId: (id: string) => `${id} est déjà l'identifiant d'un autre lieu de la source ; seul le premier est importé`,
  },

  /** The France Services importer (src/lib/mednum/france-services.ts). */
  franceServices: {
    /** Why a row's hours are dropped: the first day column that cannot be read. */
    unreadableDay: (column: string, value: string) => `${column} ${value} illisible (attendu : « 09:00 - 12:00 / 13:30 - 17:00 »)`,
    /** Warning; `error`: unreadableDay. */
    unreadableHours: (error: string) => `horaires ignorées : ${error}`,
    noHours: 'horaires : aucun jour renseigné',
    /** Rejection reason on `latitude`. */
    noCoordinates: 'manque : la ligne n’a pas de coordonnées',
    /** Rejection reason: an `id_fs` seen before in the CSV. */
    repeatedId: (id: string) => `id_fs ${id} répété : seule la première ligne est importée`,
  },

  /** The importer of the national standard v1 (src/lib/mednum/standard-v1.ts). */
  standard: {
    /** The file's error (after « <file> n'est pas un fichier JSON valide : »). */
    notStandardJson: 'attendu un export JSON du standard ({ "lieux": [ … ] }) ou une liste de lieux',
    /** Rejection reasons. */
    notAnObject: "n'est pas un objet (un lieu)",
    badId: (id: string) => `${id} n'est pas un identifiant de lieu ; attendu : minuscules, chiffres et tirets (le nom du fichier)`,
    duplicateId: (id: string) => `${id} est déjà l'identifiant d'un autre lieu du fichier ; seul le premier est importé`,
  },

  /** Why two venues may be one (src/lib/mednum/merge.ts): the `indices` of a pair in content/fusions.yaml. */
  merge: {
    samePivot: 'même pivot',
    samePhone: 'même téléphone',
    sameAddress: 'même adresse',
    sameName: 'même nom (mots distinctifs)',
    itinerantAndFixed: 'un itinérant, un fixe',
    /** The merged venue does not pass the checks; `problem`: their messages. */
    impossible: (problem: string) => `fusion impossible : ${problem}`,
  },

  /** The CSV reader (src/lib/export/csv.ts), after « <file> n'est pas un fichier CSV valide : ». */
  csv: {
    unclosedQuote: 'CSV : guillemet ouvert sans fin',
  },

  /** `npm run import` (scripts/import.ts): its errors (one line after « Erreur : »), summary and file headers. */
  cli: {
    /** `formats`: the formats separated by « | ». */
    usage: (formats: string) =>
      `Usage : npm run import -- --format <${formats}> <fichier> [--out content/lieux] [--report content/imports/<nom>.yaml] [--structures <fichier>]`,
    /** After the usage line of `--help`; `formats`: comma-separated. */
    formats: (formats: string) => `Formats pris en charge : ${formats}.`,
    unknownOption: (option: string, usage: string) => `Option inconnue « ${option} ». ${usage}`,
    missingValue: (flag: string, usage: string) => `L'option --${flag} attend une valeur. ${usage}`,
    missingFormat: (formats: string, usage: string) => `Indiquez le format du fichier avec --format (formats pris en charge : ${formats}). ${usage}`,
    unknownFormat: (format: string, formats: string) => `Format inconnu « ${format} » ; formats pris en charge : ${formats}.`,
    missingFile: (usage: string) => `Indiquez le fichier à importer. ${usage}`,
    oneFile: (files: string, usage: string) => `Un seul fichier à la fois (reçu : ${files}). ${usage}`,
    /** What a file is, in the reading errors below (`what`). */
    files: {
      territory: 'le territoire',
      structures: 'les structures reconnues dans les noms',
      previousReport: "le rapport de l'import précédent",
      source: 'le fichier à importer',
      stops: 'les arrêts des France Services itinérantes',
      otherReport: "le rapport d'un autre import",
      fusions: 'les décisions de fusion',
    },
    notFound: (path: string, what: string) => `Fichier introuvable : ${path} (${what}).`,
    isFolder: (path: string, what: string) => `${path} est un dossier, pas un fichier (${what}).`,
    unreadable: (path: string, what: string, message: string) => `Impossible de lire ${path} (${what}) : ${message}`,
    badYaml: (path: string, what: string, line: number | undefined, message: string | undefined) =>
      `${path} n'est pas un fichier YAML valide (${what})${line ? `, ligne ${line}` : ''} : ${message}`,
    /** `others`: how many more problems content/territoire.yaml has. */
    badTerritory: (problem: string, others: number) => `Territoire invalide : ${problem}${others > 0 ? ` (et ${others} autre(s) problème(s) : lancez npm run validate)` : ''}`,
    structuresNotList: (path: string) => `${path} : attendu une liste d'éléments « - structure: …, pattern: … ».`,
    structuresItem: (path: string, position: number) => `${path} : l'élément n° ${position} doit avoir « structure » et « pattern » (des textes).`,
    structuresPattern: (path: string, pattern: string, message: string) => `${path} : pattern « ${pattern} » n'est pas une expression régulière valide : ${message}`,
    structuresUnknown: (path: string, structure: string, file: string) => `${path} : la structure « ${structure} » n'existe pas (fichier ${file} introuvable).`,
    writeFailed: (message: string) => `Écriture impossible, aucun fichier modifié : ${message}`,
    noDateInName: (path: string) =>
      `${path} : le nom du fichier doit contenir sa date (AAAA-MM-JJ), par exemple france-services-2024-08-01.csv : elle devient la date de mise à jour des lieux.`,
    notFranceServices: (path: string) => `${path} : attendu le CSV des France Services (colonnes id_fs, lib_fs, adresse…).`,
    badStops: (path: string) => `${path} : attendu, pour chaque id_fs, une liste d'arrêts « - { nom: …, commune: … } ».`,
    /** `kind`: CSV or JSON; `message`: the parser's. */
    invalidFile: (path: string, kind: string, message: string) => `${path} n'est pas un fichier ${kind} valide : ${message}`,
    notAList: (path: string) => `${path} : attendu une liste JSON de lieux ([ {…}, {…} ]).`,
    /** content/fusions.yaml does not pass its schema; `problem`: the first problem line. */
    badFusions: (problem: string) => `${problem} (format : docs/import.md, « Doublons entre sources »)`,
    /** After the first five files of `conflicts`. */
    moreFiles: (total: number) => `… (${total} en tout)`,
    /** Venue files in the way that no previous import wrote; `files`: their list. */
    conflicts: (files: string, total: number) =>
      `Import annulé, aucun fichier modifié : ${files} ${total > 1 ? 'existent' : 'existe'} déjà sans venir d'un import précédent de ce fichier ; renommez ou supprimez ${total > 1 ? 'ces fichiers' : 'ce fichier'}.`,
    unreadableVenue: (path: string, message: string) => `Import annulé, aucun fichier modifié : ${path} ne se lit pas (${message}) ; corrigez-le ou supprimez-le.`,
    error: (message: string) => `Erreur : ${message}`,
    unexpected: (message: string) => `Erreur inattendue pendant l'import : ${message}`,
    /** The comment lines at the top of a report, content/imports/<name>.yaml (each after « # »). */
    report: {
      generated: 'Rapport de « npm run import » (généré : ne pas modifier à la main).',
      dateSource: 'date_source : date de mise à jour (date_maj) la plus récente des lieux importés.',
      /** v0.1 reports only. */
      mappings: 'correspondances : nombre de lieux touchés par chaque correspondance v0.1 → v1 sans équivalent exact (docs/import.md).',
      files: (folder: string) => `lieux : fichiers de ${folder}/ écrits par cet import (seul ou fusionnés avec une autre source) ; un nouvel import supprime ceux qu'il ne produit plus.`,
    },
    /** The comment lines at the top of content/fusions.yaml (each after « # »); the decisions are the file's values. */
    fusions: {
      pairs: 'Paires de lieux (de deux sources, ou deux fois dans une même source) qui sont peut-être le même lieu (écrit par « npm run import »).',
      decide: (toDecide: string, same: string, different: string) => `Remplacez « ${toDecide} » par « ${same} » (une seule fiche) ou « ${different} » (deux fiches) :`,
      rules: 'chaque import suivant applique la décision. Règles : docs/import.md, « Doublons entre sources ».',
    },
    /** The summary printed by `npm run import`, one line each. */
    summary: {
      read: (file: string, format: string, source: string, total: number) =>
        `Import de ${file} (format ${format}, source ${source}) : ${count(total, 'enregistrement', 'enregistrements')}.`,
      written: (written: number, folder: string, created: number, updated: number, unchanged: number, deleted: number) =>
        `${count(written, 'lieu écrit', 'lieux écrits')} dans ${folder} (${created} nouveau(x), ${updated} modifié(s), ${unchanged} inchangé(s))${deleted > 0 ? ` ; ${count(deleted, 'fichier supprimé', 'fichiers supprimés')} (écrit(s) par un import précédent de cette source et plus produit(s))` : ''}.`,
      kept: (total: number, files: string) => `${count(total, 'fichier conservé', 'fichiers conservés')} bien que plus produit(s), car leur champ source a changé : ${files}.`,
      merged: (merged: number, toReview: number, fusions: string) =>
        `${count(merged, 'paire fusionnée', 'paires fusionnées')} (un même lieu dans deux sources, ou deux fois dans une source) ; ${count(toReview, 'paire', 'paires')} à décider dans ${fusions}.`,
      /** Followed by the reasons, one per line, when there are some. */
      rejected: (total: number) => `${count(total, 'rejeté', 'rejetés')}${total > 0 ? ' :' : '.'}`,
      /** `detail`: the count per field (« horaires 3, telephone 1 »). */
      warnings: (total: number, venues: number, detail: string, report: string) =>
        `${count(total, 'avertissement', 'avertissements')}${total > 0 ? ` sur ${count(venues, 'lieu', 'lieux')} (${detail})` : ''} ; détail dans ${report}.`,
      /** The field of a warning that does not start with one, in `detail`. */
      otherField: 'autre',
    },
  },
};
