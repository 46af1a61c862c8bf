/**
 * French messages of the content checks (src/lib/schema/, src/lib/content-check.ts, src/node/): re-exported by fr.ts.
 * Plain object literals, no property read at the top level (docs/i18n.md).
 *
 * Every message reads after the field and its value, in the problem lines of `npm run validate`, the build, the
 * importers and the form: `content/lieux/x.md: code_postal: « 6300 » n'est pas valide ; attendu : …`. A `what` entry
 * is the phrase a helper of src/lib/schema/fields.ts puts in its messages (« champ obligatoire manquant : indiquez
 * le code postal », « doit être un texte : le code postal »); a `lists` entry is where to see the values of a closed
 * list when they are too many to be written in the message (« voir … »).
 */

// Shared by venues and operators (plain constants: no property read at the top level).
const TYPOLOGIES_LIST = 'la liste des typologies (docs/contenu.md)';
const RESUME = 'un résumé';
const SOURCE = 'la source des données';
const DATE_MAJ = 'la date de dernière mise à jour';
const BOOLEAN = 'doit valoir true ou false (ou bien oui, non)';

/** A venue file, content/lieux/<id>.md (src/lib/schema/venue.ts). */
export const venueChecks = {
  /** The phrase of each field in the messages of fields.ts (requiredText, optionalText, calendarDate, httpUrl). */
  what: {
    pivot: 'le SIRET, SIREN ou RNA de la structure (BCE en Belgique)',
    nom: 'le nom du lieu',
    adresse: "l'adresse (numéro et rue)",
    complement_adresse: "le complément d'adresse",
    code_postal: 'le code postal',
    commune: 'la commune',
    horaires: 'les horaires au format OpenStreetMap opening_hours',
    presentation_resume: RESUME,
    source: SOURCE,
    structure_parente: 'la structure parente',
    date_maj: DATE_MAJ,
    date_verification: 'la date de vérification',
    prise_rdv: 'une adresse de prise de rendez-vous',
  },
  /** The phrase of each field of a stop (`arrets`, an itinerant venue). */
  stop: {
    nom: "le nom de l'arrêt (par exemple « Place du marché »)",
    adresse: "l'adresse de l'arrêt",
    commune: "la commune de l'arrêt",
    code_postal: "le code postal de l'arrêt",
    horaires: "les horaires de l'arrêt au format OpenStreetMap opening_hours",
  },
  /** The phrase of each field of a dated notice (`annonces`). */
  notice: {
    titre: "le titre de l'annonce",
    texte: "le texte de l'annonce",
    debut: "le premier jour de l'annonce",
    fin: "le dernier jour de l'annonce",
    horaires: "les horaires de l'annonce au format OpenStreetMap opening_hours",
  },
  /** Where to see a closed list's values (oneOf: « voir … », when they are too many to be listed). */
  lists: {
    annonceType: 'les types d’annonce',
    typologie: TYPOLOGIES_LIST,
    publics_specifiquement_adresses: 'publics',
    prise_en_charge_specifique: 'prise en charge',
    frais_a_charge: 'frais',
    dispositif_programmes_nationaux: 'les dispositifs nationaux (docs/contenu.md)',
    formations_labels: 'les formations et labels (docs/contenu.md)',
    publics_accueillis: 'publics accueillis',
  },
  /** `latitude` (of the venue or of a stop) is not a number. */
  latitude: 'doit être un nombre décimal (degrés WGS 84), par exemple 45.7772',
  /** `longitude` (of the venue or of a stop) is not a number. */
  longitude: 'doit être un nombre décimal (degrés WGS 84), par exemple 3.0870',
  resumeTooLong: (length: number, max: number) => `est trop long (${length} caractères) ; attendu : ${max} caractères au plus`,
  /** `structure` is not an operator's id. */
  structure: "n'est pas un identifiant de structure ; attendu : le nom du fichier de content/structures/ sans .md",
  /** An item of `langues`. */
  language: "n'est pas un code de langue ISO 639-1 ; attendu : deux lettres, par exemple en, ar, es",
  /** A yes/no field (accepte_pass_numerique, adhesion, accueil_langues_etrangeres, fait_a_la_place). */
  boolean: BOOLEAN,
  /** `code_postal` or `code_insee` not of the country's form; `expected` says the form (fields.ts). */
  invalid: (expected: string) => `n'est pas valide ; attendu : ${expected}`,
  /** On the coordinate that is missing when only the other one is given. */
  coordinatesTogether: 'manque : indiquez la latitude et la longitude ensemble',
  /** On `latitude`; `country`: « en France », « en Belgique » (countries.ts). */
  outsideCountry: (longitude: number, country: string) => `et longitude ${longitude} ne sont pas ${country} ; vérifiez qu'elles ne sont pas inversées`,
  /** On a stop's `latitude`. */
  stopOutsideCountry: (country: string) => `et longitude ne sont pas ${country}`,
  /** On `arrets`. */
  stopsNotItinerant: "sont indiqués mais le lieu n'est pas itinérant ; ajoutez « Itinérant » à itinerance",
  /** On `date_maj` or `date_verification`. */
  future: (today: string) => `est dans le futur ; attendu : une date passée, au plus tard ${today}`,
  /** A warning on `horaires` (a venue's, a stop's or a notice's): a range that ends the next morning (schema/venue.ts `overnightRanges`). */
  overnight: (range: string, end: string) => {
    const [hours, minutes] = end.split(':');
    const onPurpose = `${range.split('-')[0]}-${Number(hours) + 24}:${minutes}`;
    return `passe minuit (« ${range} ») : le lieu serait ouvert toute la nuit, jusqu'à ${end} le lendemain ; vérifiez les heures (une faute de frappe ?) ; si c'est voulu, écrivez « ${onPurpose} »`;
  },
  /** On a notice's `fin`. */
  noticeEndsBeforeStart: (start: string) => `est avant le début (${start}) ; attendu : une date de fin après le début`,
  /** A warning on a notice's `fin`. */
  noticeExpired: (days: number) => `est passée depuis plus de ${days} jours : l'annonce n'est plus affichée ; retirez-la du fichier`,
  /** On a notice's `horaires` when its type is not `horaires`. */
  noticeHoursType: "ne s'emploie qu'avec le type « horaires » ; retirez-les, ou choisissez ce type",
  /** On `services`. */
  noService: 'manque : indiquez au moins un service du standard (ou un service pratique dans services_pratiques)',
  /** On `services`, when `demarches` is filled in. */
  demarchesWithoutService: "doit contenir « Aide aux démarches administratives » puisque demarches est renseigné",
};

/** An operator file, content/structures/<id>.md (src/lib/schema/operator.ts). */
export const operatorChecks = {
  /** The phrase of each field in the messages of fields.ts (requiredText, optionalText, calendarDate). */
  what: {
    nom: 'le nom de la structure',
    pivot: 'le SIRET, SIREN ou RNA de la structure',
    adresse: "l'adresse du siège",
    code_postal: 'le code postal du siège',
    commune: 'la commune du siège',
    presentation_resume: RESUME,
    source: SOURCE,
    date_maj: DATE_MAJ,
  },
  /** Where to see the typology codes (oneOf: « voir … »). */
  lists: { typologie: TYPOLOGIES_LIST },
  resumeTooLong: (max: number) => `est trop long ; attendu : ${max} caractères au plus`,
  /** `hors_les_murs`. */
  boolean: BOOLEAN,
  /** On `date_maj`. */
  future: (today: string) => `est dans le futur ; attendu : au plus tard ${today}`,
};

/** The deployment's file, content/territoire.yaml (src/lib/schema/territory.ts). */
export const territoryChecks = {
  /** The phrase of each field in the messages of fields.ts (requiredText, optionalText, httpUrl). */
  what: {
    nom: 'le nom du territoire',
    nom_site: 'le nom du site',
    slogan: 'un slogan',
    type_sous_territoires: 'le type des sous-territoires (département, province…)',
    depot: "l'adresse du dépôt",
    style_distant: "l'adresse d'un style de carte",
    editeur: "l'éditeur du site",
  },
  /** `bornes`. */
  bounds: 'attendu : [ouest, sud, est, nord] en degrés',
  /** `sous_territoires` is empty. */
  noSubTerritory: 'manque : au moins un sous-territoire',
  /** A sub-territory (an item of `sous_territoires`). */
  sub: {
    id: "n'est pas un identifiant valide ; attendu : minuscules, chiffres et tirets, par exemple haute-savoie",
    nom: 'le nom du sous-territoire',
    dans: 'la préposition et le nom, par exemple « en Haute-Savoie » ou « dans l’Ain »',
    code: 'le code du sous-territoire',
    departement: "n'est pas un code de département ; attendu : 2 ou 3 caractères, par exemple 01, 2A, 974",
    commune: "n'est pas un code de commune ; attendu : 5 caractères",
    codePostal: "n'est pas un début de code postal ; attendu : des chiffres",
    /** None of departements, communes, codes_postaux. */
    empty: 'ne dit pas quels lieux en font partie ; attendu : departements, communes ou codes_postaux',
  },
};

/** The questionnaire's files, content/orientation/*.yaml (src/lib/schema/orientation.ts; docs/orientation.md). */
export const orientationChecks = {
  /** An `id` (of an answer, a skill, a statement…). */
  id: "n'est pas un identifiant ; attendu : minuscules, chiffres et tirets (par exemple caf)",
  /** An answer's `pictogramme`. */
  pictogram: "n'est pas un nom de fichier SVG de public/pictogrammes/ ; attendu : par exemple demarches.svg",
  /** Where to see the values of `filtres.acces` (oneOf: « voir … »). */
  lists: { acces: "les modes d'accès (sans-rdv, rdv-en-ligne, telephone)" },
  /** `filtres.gratuit`, an answer's `sensible`. */
  boolean: 'doit être true ou false',
  /** An answer's `suite`. */
  suite: 'seule valeur possible : auto-evaluation',
  /** The phrase of each field in the messages of fields.ts (requiredText, optionalText, httpUrl). */
  what: {
    /** An answer (questions.yaml). */
    libelle: 'le texte de la réponse',
    texte: "une phrase d'explication",
    raison: 'la raison montrée dans le résultat',
    raisonADefaut: "la raison montrée pour un lieu proposé à défaut (« a_defaut »)",
    /** A question (questions.yaml). */
    titre: 'la question',
    aide: "une phrase d'aide",
    /** A remote help (aide-a-distance.yaml). */
    remoteNom: 'le nom du service',
    remoteTexte: 'une phrase qui dit à quoi il sert',
    remoteHoraires: 'quand appeler',
    remoteSite: 'une adresse de site',
    /** The self-check (auto-evaluation.yaml). */
    selfCheckTitre: 'le titre',
    selfCheckIntro: "une phrase d'introduction",
    scaleLibelle: 'la réponse',
    skillTitre: 'le nom de la compétence',
    skillTexte: 'une phrase',
    statementTexte: 'la phrase « Je sais… »',
  },
  /** A question's `options`. */
  options: 'doit être une liste de réponses',
  /** A question's `options`, the self-check's `echelle`. */
  twoAnswers: 'donnez au moins deux réponses',
  /** A remote help's `telephone`. */
  phone: "n'est pas un numéro ; attendu : +33 suivi de 9 chiffres, ou un numéro court comme 3230",
  /** The self-check's `affirmations`, too few or too many. */
  statements: 'donnez de 8 à 12 phrases',
  /** Rules across the files (checkOrientation). */
  duplicate: (id: string) => `« ${id} » est en double : chaque réponse a son identifiant`,
  missingDetail: (need: string) => `manque : la question qui précise le besoin « ${need} »`,
  orphanDetail: "ne correspond à aucune réponse de « besoin »",
  unknownSkill: (skill: string) => `« ${skill} » n'est pas une des compétences déclarées`,
};
