/**
 * Repères extensions to the national standard: the four mediation levers and the lists that
 * extend the standard's services. One constant per list; every consumer (schema, pages, importer,
 * exporter, filters) imports it from here.
 */
import type { Service } from './standard.ts';

/** The four mediation levers (field document « Notre vision de l'inclusion numérique »). */
export const LEVERS = ['equipement', 'demarches', 'competences', 'services'] as const;
export type Lever = (typeof LEVERS)[number];

/** Which lever each service of the standard belongs to. A venue's levers are derived, never typed. */
export const SERVICE_LEVER: Record<Service, Lever> = {
  'Accès internet et matériel informatique': 'equipement',
  'Acquisition de matériel informatique à prix solidaire': 'equipement',
  'Aide aux démarches administratives': 'demarches',
  'Maîtrise des outils numériques du quotidien': 'competences',
  'Utilisation sécurisée du numérique': 'competences',
  'Parentalité et éducation avec le numérique': 'competences',
  'Loisirs et créations numériques': 'competences',
  'Compréhension du monde numérique': 'competences',
  'Insertion professionnelle via le numérique': 'competences',
};

/** A list of ids as a plain array typed with its literal ids (one constant gives the ids and their type). */
const ids = <Id extends string>(...list: Id[]): Id[] => list;

/**
 * `services_pratiques`: practical turnkey services (lever `services`), absent from the standard.
 * Stable ids (used in files and URLs); their plain labels are in src/i18n/ (`t.labels.servicesPratiques`).
 */
export const SERVICE_PRATIQUE_IDS = ids('impression', 'adresse-email', 'cv-annonce', 'mooc', 'rdv-en-ligne', 'coffre-fort', 'reparation');
export type ServicePratique = (typeof SERVICE_PRATIQUE_IDS)[number];

/**
 * `demarches`: the ten domains of Aidants Connect, to say which online procedures a venue helps
 * with (lever `demarches`). A venue listing any of them must offer « Aide aux démarches administratives ».
 * Their plain labels are in src/i18n/ (`t.labels.demarches`).
 */
export const DEMARCHE_IDS = ids('papiers', 'famille', 'social-sante', 'travail', 'logement', 'transports', 'argent-impots', 'justice', 'etranger', 'loisirs');
export type Demarche = (typeof DEMARCHE_IDS)[number];

/** Ways in a person can ask for (the catalogue's « acces » filter, the orientation's criteria). */
export const ACCESS_OPTIONS = ['sans-rdv', 'rdv-en-ligne', 'telephone'] as const;
export type AccessOption = (typeof ACCESS_OPTIONS)[number];

/** Countries a deployment can be in. */
export const COUNTRIES = ['FR', 'BE'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * Kinds of dated notices (`annonces`) shown on a venue page between their start and end dates: keys only
 * (written in files; the schema reads `Object.keys`), their labels are in src/i18n/ (`t.labels.annonceTypes`).
 */
export const ANNONCE_TYPES = { fermeture: true, horaires: true, info: true } as const;
export type AnnonceType = keyof typeof ANNONCE_TYPES;

/** ISO 639-1 language codes accepted in `langues` (languages spoken at the venue). */
export const LANGUAGE_CODES = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de ' +
  'dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia ' +
  'id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo ' +
  'lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ' +
  'ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk ' +
  'tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');
