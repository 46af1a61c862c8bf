/**
 * Plain-French labels, by value or id: the standard's values whose wording is technical (other values are shown
 * as they are) and the items of Repères' own lists, whose ids stay in src/lib/schema/reperes.ts. Re-exported by
 * fr.ts as the group `labels`, read `t.labels.acces[value]`. A module of its own because the browser reads it
 * (the search's « Compris » line, the submission form): the strings chunk every page downloads must not carry it
 * (docs/i18n.md). Plain object literals, no property read at the top level.
 */
import type { AnnonceType, Demarche, ServicePratique } from '../lib/schema/reperes.ts';
import type { ModaliteAcces, ModaliteAccompagnement } from '../lib/schema/standard.ts';

/** Labels by value or id: venue pages, the search form, the submission form, the exports. */
export const labels = {
  accompagnement: {
    'En autonomie': 'Utiliser le matériel seul, sur place',
    'Accompagnement individuel': 'Aide individuelle, seul avec une personne',
    'Dans un atelier collectif': 'Ateliers en petit groupe',
    'À distance': 'Aide à distance (téléphone, visio)',
  } satisfies Record<ModaliteAccompagnement, string>,
  acces: {
    'Se présenter': 'Venir sans rendez-vous',
    'Téléphoner': 'Appeler pour prendre rendez-vous',
    'Contacter par mail': 'Écrire un e-mail',
    'Prendre un RDV en ligne': 'Prendre rendez-vous sur internet',
    "Ce lieu n'accueille pas de public": "Ce lieu n'accueille pas de public",
    'Envoyer un mail avec une fiche de prescription': 'Sur orientation d’un travailleur social (fiche de prescription par e-mail)',
  } satisfies Record<ModaliteAcces, string>,
  /**
   * Practical services (`services_pratiques`), in the order of SERVICE_PRATIQUE_IDS: the venue page, the search
   * form's chips, « Compris : … », the submission form, the exports' service names (data·inclusion, HSDS).
   */
  servicesPratiques: {
    impression: 'Imprimer, photocopier ou scanner un document',
    'adresse-email': 'Créer une adresse e-mail',
    'cv-annonce': 'Créer un CV ou une petite annonce',
    mooc: "S'inscrire à une formation en ligne (MOOC)",
    'rdv-en-ligne': 'Prendre un rendez-vous en ligne',
    'coffre-fort': 'Ranger ses documents en ligne (coffre-fort numérique)',
    reparation: 'Faire réparer ou reconditionner un appareil',
  } satisfies Record<ServicePratique, string>,
  /** Domains of online procedures (`demarches`), in the order of DEMARCHE_IDS: the venue page, the search form, the submission form. */
  demarches: {
    papiers: "Papiers et citoyenneté (carte d'identité, passeport, permis)",
    famille: 'Famille (allocations familiales, scolarité)',
    'social-sante': 'Social et santé (CAF, Ameli, retraite, RSA)',
    travail: 'Travail (France Travail, Pôle emploi)',
    logement: 'Logement (aides au logement, logement social)',
    transports: 'Transports (carte grise, permis de conduire)',
    'argent-impots': 'Argent et impôts (déclaration de revenus)',
    justice: 'Justice',
    etranger: 'Étrangers (titre de séjour, naturalisation)',
    loisirs: 'Loisirs (sport, culture, vacances)',
  } satisfies Record<Demarche, string>,
  /** Kinds of dated notices (`annonces[].type`): the submission form's « Type » select. */
  annonceTypes: {
    fermeture: 'Fermeture exceptionnelle',
    horaires: 'Horaires modifiés',
    info: 'Information',
  } satisfies Record<AnnonceType, string>,
};
