/**
 * data·inclusion export (schema v1, gip-inclusion/data-inclusion-schema): each venue is a `structure`
 * (data·inclusion's structures are places that receive people), and each service it offers — a service of
 * the standard or a Repères practical service — is a `service` of that structure, with its thématiques.
 *
 * What is lost is listed in docs/donnees.md (« data·inclusion : ce qui se perd »). Only French venues:
 * data·inclusion's postcodes, INSEE codes and SIRET are French.
 */
import * as t from '../../i18n/index.ts';
import type { ServicePratique } from '../schema/reperes.ts';
import type { Service } from '../schema/standard.ts';
import { byId, exportMetadata, venueUrl, type ExportContext, type ExportVenue } from './common.ts';
import { flatMapped, jsonPieces, mapped } from './pieces.ts';

/** The value of data·inclusion's `source` for every record: the producer's identifier. */
export const DATA_INCLUSION_SOURCE = 'reperes';

/** Each service of the standard → data·inclusion thématiques (its `Thematique` list). */
export const SERVICE_THEMATIQUES: Record<Service, readonly string[]> = {
  'Aide aux démarches administratives': ['numerique--acceder-a-des-services-en-ligne', 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives'],
  'Maîtrise des outils numériques du quotidien': ['numerique--maitriser-les-fondamentaux-du-numerique'],
  'Insertion professionnelle via le numérique': ['numerique--maitriser-les-fondamentaux-du-numerique', 'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi'],
  'Utilisation sécurisée du numérique': ['numerique--maitriser-les-fondamentaux-du-numerique'],
  'Parentalité et éducation avec le numérique': ['numerique--maitriser-les-fondamentaux-du-numerique', 'famille--soutien-a-la-parentalite-et-a-leducation'],
  'Loisirs et créations numériques': ['numerique--maitriser-les-fondamentaux-du-numerique'],
  'Compréhension du monde numérique': ['numerique--maitriser-les-fondamentaux-du-numerique'],
  'Accès internet et matériel informatique': ['numerique--acceder-a-une-connexion-internet'],
  'Acquisition de matériel informatique à prix solidaire': ['numerique--acquerir-un-equipement'],
};

/** Each Repères practical service (lever « services ») → thématiques. */
export const SERVICE_PRATIQUE_THEMATIQUES: Record<ServicePratique, readonly string[]> = {
  impression: ['numerique--acceder-a-une-connexion-internet'],
  'adresse-email': ['numerique--maitriser-les-fondamentaux-du-numerique'],
  'cv-annonce': ['preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation'],
  mooc: ['se-former--trouver-sa-formation'],
  'rdv-en-ligne': ['numerique--acceder-a-des-services-en-ligne'],
  'coffre-fort': ['numerique--acceder-a-des-services-en-ligne'],
  reparation: ['numerique--acquerir-un-equipement'],
};

/** Procedures (`demarches`) with a thématique of their own, added to « Aide aux démarches administratives ». */
export const DEMARCHE_THEMATIQUES: Partial<Record<string, readonly string[]>> = {
  logement: ['logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement'],
  travail: ['preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi'],
  'social-sante': ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
  etranger: ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete'],
};

/** National programmes → data·inclusion « réseaux porteurs ». */
export const DISPOSITIF_RESEAUX: Partial<Record<string, string>> = {
  'Aidants Connect': 'aidants-connect',
  'Conseillers numériques': 'conseillers-numeriques',
  'France Services': 'france-service',
  'La Croix Rouge': 'croix-rouge',
  'Emmaüs Connect': 'emmaus',
};

const PUBLICS: Record<string, string> = {
  Jeunes: 'jeunes',
  Étudiants: 'etudiants',
  'Familles et/ou enfants': 'familles',
  Seniors: 'seniors',
  Femmes: 'femmes',
};

const HANDICAPS = ['Surdité', 'Handicaps moteurs', 'Handicaps mentaux', 'Déficience visuelle'];

const MOBILISATION: Record<string, string> = {
  'Se présenter': 'se-presenter',
  Téléphoner: 'telephoner',
  'Contacter par mail': 'envoyer-un-courriel',
};

function nonEmpty<T>(values: readonly T[]): T[] | null {
  const unique = [...new Set(values)];
  return unique.length > 0 ? unique : null;
}

/** A text at least `min` characters long, else null (data·inclusion's minLength). */
function atLeast(text: string | undefined, min: number, max: number): string | null {
  const value = text?.trim();
  if (!value || [...value].length < min) return null;
  return [...value].slice(0, max).join('');
}

/** Where a structure or a service is: the same fields in both of data·inclusion's schemas. */
function placeOf(data: ExportVenue['data']) {
  return {
    adresse: data.adresse,
    complement_adresse: data.complement_adresse ?? null,
    code_postal: data.code_postal,
    code_insee: data.code_insee && /^\w{5}$/.test(data.code_insee) ? data.code_insee : null,
    commune: data.commune,
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
  };
}

/** The structure of a venue. */
export function diStructure(venue: ExportVenue, context: ExportContext) {
  const { data } = venue;
  return {
    source: DATA_INCLUSION_SOURCE,
    id: venue.id,
    nom: nameOf(data.nom),
    date_maj: data.date_maj,
    siret: data.pivot && /^\d{14}$/.test(data.pivot) ? data.pivot : null,
    ...placeOf(data),
    telephone: data.telephone ?? null,
    courriel: data.courriels[0] ?? null,
    site_web: data.site_web[0] ?? null,
    description: atLeast(descriptionOf(venue), 5, 10000),
    horaires_accueil: data.horaires ?? null,
    accessibilite_lieu: data.fiche_acces_libre ?? null,
    reseaux_porteurs: nonEmpty(data.dispositif_programmes_nationaux.map((dispositif) => DISPOSITIF_RESEAUX[dispositif]).filter((value): value is string => !!value)),
    lien_source: venueUrl(venue.id, context) ?? null,
  };
}

function nameOf(nom: string): string {
  // data·inclusion names have 3 to 150 characters
  const characters = [...nom.trim()];
  if (characters.length > 150) return `${characters.slice(0, 149).join('')}…`;
  return characters.length < 3 ? `${nom.trim()} (lieu)` : nom.trim();
}

function descriptionOf(venue: ExportVenue): string | undefined {
  return venue.data.presentation_resume ?? (venue.body.trim() || undefined);
}

/** The services of a venue: one per service of the standard it offers, then one per practical service. */
export function diServices(venue: ExportVenue, context: ExportContext) {
  const { data } = venue;
  const frais = data.frais_a_charge.includes('Payant') ? 'payant' : data.frais_a_charge.length > 0 ? 'gratuit' : null;
  const publics = nonEmpty([
    ...data.publics_specifiquement_adresses.map((value) => PUBLICS[value]!).filter(Boolean),
    ...(data.prise_en_charge_specifique.some((value) => HANDICAPS.includes(value)) ? ['personnes-en-situation-de-handicap'] : []),
  ]);
  const mobilisation = [
    ...data.modalites_acces.map((value) => MOBILISATION[value]).filter((value): value is string => !!value),
    ...(data.prise_rdv ? ['utiliser-lien-mobilisation'] : []),
  ];
  const common = {
    source: DATA_INCLUSION_SOURCE,
    structure_id: venue.id,
    date_maj: data.date_maj,
    frais,
    frais_precisions: data.frais_a_charge.length > 0 ? data.frais_a_charge.join(', ') : null,
    publics: publics ?? ['tous-publics'],
    publics_precisions: data.prise_en_charge_specifique.length > 0 ? data.prise_en_charge_specifique.join(', ') : null,
    modes_accueil: nonEmpty([
      ...(data.modalites_accompagnement.some((value) => value !== 'À distance') || data.modalites_accompagnement.length === 0 ? ['en-presentiel'] : []),
      ...(data.modalites_accompagnement.includes('À distance') ? ['a-distance'] : []),
    ]),
    modes_mobilisation: nonEmpty(mobilisation),
    mobilisable_par: data.modalites_acces.includes('Envoyer un mail avec une fiche de prescription') ? ['usagers', 'professionnels'] : ['usagers'],
    lien_mobilisation: data.prise_rdv ?? null,
    telephone: data.telephone ?? null,
    courriel: data.courriels[0] ?? null,
    ...placeOf(data),
    horaires_accueil: data.horaires ?? null,
    lien_source: venueUrl(venue.id, context) ?? null,
  };
  const place = `${data.nom}, ${data.commune}`;
  const services = data.services.map((service, index) => {
    const thematiques = [...SERVICE_THEMATIQUES[service]];
    if (service === 'Aide aux démarches administratives') for (const demarche of data.demarches) thematiques.push(...(DEMARCHE_THEMATIQUES[demarche] ?? []));
    return {
      ...common,
      id: `${venue.id}--${index + 1}`,
      nom: service,
      description: `${service} : ${place}.${descriptionOf(venue) ? ` ${descriptionOf(venue)}` : ''}`.slice(0, 10000),
      type: typeOf(service, data.modalites_accompagnement),
      thematiques: [...new Set(thematiques)],
    };
  });
  const practical = (data.services_pratiques as ServicePratique[]).map((service) => ({
    ...common,
    id: `${venue.id}--${service}`,
    nom: nameOf(t.labels.servicesPratiques[service]),
    description: `${t.labels.servicesPratiques[service]} : ${place}.`,
    type: service === 'reparation' ? 'aide-materielle' : 'accompagnement',
    thematiques: [...SERVICE_PRATIQUE_THEMATIQUES[service]],
  }));
  return [...services, ...practical];
}

function typeOf(service: Service, modalites: readonly string[]): string {
  if (service === 'Acquisition de matériel informatique à prix solidaire' || service === 'Accès internet et matériel informatique') return 'aide-materielle';
  if (modalites.length > 0 && modalites.every((value) => value === 'Dans un atelier collectif')) return 'atelier';
  return 'accompagnement';
}

const DATA_INCLUSION_SCHEMA = 'data·inclusion v1 (https://github.com/gip-inclusion/data-inclusion-schema)';

/** The export: `{ metadata…, structures, services }`, French venues only. */
export function dataInclusionExport(venues: readonly ExportVenue[], context: ExportContext) {
  const selected = byId(venues.filter((venue) => venue.data.pays === 'FR'));
  return {
    schema: DATA_INCLUSION_SCHEMA,
    ...exportMetadata(selected, context),
    structures: selected.map((venue) => diStructure(venue, context)),
    services: selected.flatMap((venue) => diServices(venue, context)),
  };
}

/** The export's JSON text, in pieces (src/lib/export/pieces.ts): the same object, a venue at a time. */
export function* dataInclusionPieces(venues: readonly ExportVenue[], context: ExportContext): Generator<string> {
  const selected = byId(venues.filter((venue) => venue.data.pays === 'FR'));
  yield* jsonPieces({ schema: DATA_INCLUSION_SCHEMA, ...exportMetadata(selected, context) }, [
    ['structures', mapped(selected, (venue) => diStructure(venue, context))],
    ['services', flatMapped(selected, (venue) => diServices(venue, context))],
  ]);
  yield '\n';
}

export function dataInclusionJson(venues: readonly ExportVenue[], context: ExportContext): string {
  return [...dataInclusionPieces(venues, context)].join('');
}
