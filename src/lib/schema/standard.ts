/**
 * Enumerations of the national standard « Lieux de médiation numérique » v1.0.2
 * (LaMednum/standard-mediation-num, Licence Ouverte 2.0 / etalab-2.0).
 *
 * Each constant is copied verbatim from the *pattern* of its field in
 * src/lib/schema/reference/schema-lieux-mediation-numerique-v1.0.2.json — not from the field descriptions,
 * which disagree in places (e.g. « Étapes numériques(La Poste) » has no space in the pattern).
 * tests/unit/standard.test.ts checks every constant against its pattern.
 *
 * Why not `@gouvfr-anct/lieux-de-mediation-numerique`: its enums include values that fail the
 * schema's own patterns, and its raw ESM build cannot be imported by plain Node scripts
 * (ERR_UNSUPPORTED_DIR_IMPORT). The test compares both lists and documents the differences.
 */

/** `services`: what help is offered. Every service belongs to one lever (see levers.ts). */
export const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;
export type Service = (typeof SERVICES)[number];

/** `publics_specifiquement_adresses`: publics the venue specifically addresses (empty = everyone). */
export const PUBLICS = ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'] as const;
export type Public = (typeof PUBLICS)[number];

/** Repères extension `publics_accueillis`: « Adultes » (v0.1, no v1 value) and the standard's publics. */
export const PUBLICS_ACCUEILLIS = ['Adultes', ...PUBLICS] as const;
export type PublicAccueilli = (typeof PUBLICS_ACCUEILLIS)[number];

/** `prise_en_charge_specifique`: specific support (disabilities, illiteracy, languages). */
export const PRISES_EN_CHARGE = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
] as const;
export type PriseEnCharge = (typeof PRISES_EN_CHARGE)[number];

/** `frais_a_charge`: cost for the person. */
export const FRAIS = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;
export type Frais = (typeof FRAIS)[number];

/** `dispositif_programmes_nationaux`: national programmes the venue belongs to. */
export const DISPOSITIFS = [
  'Aidants Connect',
  'Bibliothèques numérique de référence',
  'Certification PIX',
  'Conseillers numériques',
  'Emmaüs Connect',
  'France Services',
  'Grande école du numérique',
  'La Croix Rouge',
  "Point d'accès numérique CAF",
  'Promeneurs du net',
  'Relais numérique (Emmaüs Connect)',
] as const;
export type Dispositif = (typeof DISPOSITIFS)[number];

/** `formations_labels`: trainings and labels of the mediators. */
export const FORMATIONS_LABELS = [
  'Formé à « Mon Espace Santé »',
  'Formé à « DUPLEX » (illettrisme)',
  'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  'Collectif ressources et acteurs réemploi (Normandie)',
  'Étapes numériques(La Poste)',
  'Fabriques de Territoire',
  'Les Éclaireurs du numérique (Drôme)',
  'Mes Papiers (Métropole de Lyon)',
  'ORDI 3.0',
  'SUD LABS (PACA)',
] as const;
export type FormationLabel = (typeof FORMATIONS_LABELS)[number];

/** `modalites_acces`: how to get access (walk in, phone, e-mail, online appointment…). */
export const MODALITES_ACCES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Prendre un RDV en ligne',
  "Ce lieu n'accueille pas de public",
  'Envoyer un mail avec une fiche de prescription',
] as const;
export type ModaliteAcces = (typeof MODALITES_ACCES)[number];

/** `modalites_accompagnement`: kind of help (on one's own, one-to-one, workshop, remote). */
export const MODALITES_ACCOMPAGNEMENT = [
  'En autonomie',
  'Accompagnement individuel',
  'Dans un atelier collectif',
  'À distance',
] as const;
export type ModaliteAccompagnement = (typeof MODALITES_ACCOMPAGNEMENT)[number];

/** `itinerance`: fixed venue, itinerant (a bus, a stand at a market), or both. */
export const ITINERANCE = ['Itinérant', 'Fixe'] as const;
export type Itinerance = (typeof ITINERANCE)[number];

/** Each multi-valued field of the standard with a pattern, and the constant that mirrors it. */
export const STANDARD_ENUMERATIONS = {
  services: SERVICES,
  publics_specifiquement_adresses: PUBLICS,
  prise_en_charge_specifique: PRISES_EN_CHARGE,
  frais_a_charge: FRAIS,
  dispositif_programmes_nationaux: DISPOSITIFS,
  formations_labels: FORMATIONS_LABELS,
  modalites_acces: MODALITES_ACCES,
  modalites_accompagnement: MODALITES_ACCOMPAGNEMENT,
  itinerance: ITINERANCE,
} as const;

/** Patterns of the standard for single-valued fields (checked against the schema by the tests). */
export const STANDARD_PATTERNS = {
  pivot: /^[a-zA-Z0-9]{9,14}$/,
  code_postal: /^\d{5}$/,
  code_insee: /^([013-9]\d|2[AB1-9])\d{3}$/,
  telephone: /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$/,
} as const;

/** Maximum length of `presentation_resume` in the standard. */
export const RESUME_MAX_LENGTH = 280;

/** Version of the standard this module mirrors. */
export const STANDARD_VERSION = '1.0.2';
