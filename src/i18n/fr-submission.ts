/**
 * French strings of the submission form (/proposer/, src/components/submission/, src/lib/submission/), re-exported
 * by fr.ts as the group `submission`. A module of its own so that other pages never download them (docs/i18n.md).
 */

import type { FieldText } from '../lib/submission/form-model.ts';

// Fields shared by venues and operators. (Plain constants, no property reads at the top level: the bundler can then
// leave this module out of the chunk every page shares — docs/i18n.md.)
const pivot = { label: 'SIRET, SIREN ou RNA (BCE en Belgique)', help: 'Facultatif : laissez vide si vous ne l’avez pas.', example: '21630300700015' } satisfies FieldText;
const typologie = { label: 'Type de structure', help: 'Codes de la liste nationale (data·inclusion).' } satisfies FieldText;
const pays = { label: 'Pays', help: 'Laissez vide si le lieu est dans le pays du site.' } satisfies FieldText;
const telephone = { label: 'Téléphone', help: 'Le numéro que le public peut appeler.', example: '04 73 12 34 56' } satisfies FieldText;
const courriels = { label: 'Adresses e-mail', help: 'Une par ligne. Évitez les adresses personnelles.', example: 'contact@mediatheque-riom.fr' } satisfies FieldText;
const site_web = { label: 'Sites internet', help: 'Une adresse par ligne, commençant par https://', example: 'https://www.ville-riom.fr' } satisfies FieldText;
const presentation_resume = { label: 'Résumé', help: 'Une ou deux phrases, 280 caractères au plus.', example: 'Ordinateurs en libre accès et aide aux démarches, sans rendez-vous le mardi.' } satisfies FieldText;
const source = { label: 'Source des informations', help: 'Qui donne ces informations.', example: 'Médiathèque de Riom' } satisfies FieldText;
const date_maj = { label: 'Date de mise à jour', help: 'Mise à aujourd’hui pour vous.' } satisfies FieldText;

/** Every venue field of the form (keys: the schema's field names, and `corps`, the page's text). */
const venueFields: Record<string, FieldText> = {
  nom: { label: 'Nom du lieu', help: 'Le nom que les gens connaissent.', example: 'Médiathèque Jean-Jaurès' },
  itinerance: { label: 'Le lieu est-il fixe ou itinérant ?', help: 'Itinérant : un bus, un stand au marché, une permanence qui change de commune. Cochez les deux si le lieu a une adresse fixe et se déplace aussi.' },
  structure: { label: 'Structure qui tient ce lieu', help: 'Choisissez-la dans la liste si elle a déjà une fiche ; sinon, vous pourrez la créer plus bas.' },
  structure_parente: { label: 'Structure parente (texte libre)', help: 'Le réseau ou la collectivité dont dépend le lieu, si vous le souhaitez.', example: 'Ville de Riom' },
  adresse: { label: 'Adresse (numéro et rue)', example: '12 rue de la République' },
  complement_adresse: { label: "Complément d'adresse", help: 'Bâtiment, étage, entrée.', example: 'Bâtiment B, 1er étage' },
  code_postal: { label: 'Code postal', help: '5 chiffres en France, 4 en Belgique.', example: '63200' },
  commune: { label: 'Commune', example: 'Riom' },
  pays,
  code_insee: { label: 'Code INSEE de la commune', help: 'Rempli pour vous quand la commune est reconnue. Facultatif.', example: '63300' },
  latitude: { label: 'Latitude', help: 'En degrés décimaux. Utilisez « Placer le point » : vous n’avez pas à la connaître.', example: '45.8936' },
  longitude: { label: 'Longitude', help: 'En degrés décimaux.', example: '3.1126' },
  arrets: { label: 'Arrêts (lieu itinérant)', help: 'Où et quand le lieu itinérant s’arrête.' },
  telephone,
  courriels,
  site_web,
  prise_rdv: { label: 'Prendre rendez-vous en ligne', help: 'L’adresse de la page de prise de rendez-vous, s’il y en a une.', example: 'https://rdv.example.org/mediatheque' },
  modalites_acces: { label: 'Comment venir ?', help: 'Cochez tout ce qui est possible.' },
  a_apporter: {
    label: 'À apporter',
    help: 'Ce que la personne doit apporter pour toute visite, une chose par ligne, en quelques mots (10 lignes au plus). Ce qu’il faut pour une démarche précise (CAF, impôts…) est déjà dit par le site.',
    example: 'votre convocation, si vous en avez une',
  },
  horaires: { label: 'Horaires d’ouverture', help: 'Pour chaque jour : ouvert (une ou deux plages), fermé, ou sur rendez-vous.' },
  annonces: { label: 'Annonces datées', help: 'Fermeture exceptionnelle, horaires modifiés, information : affichées entre deux dates.' },
  services: { label: 'Aides proposées', help: 'Cochez au moins une aide (ou un service pratique plus bas).' },
  demarches: { label: 'Démarches en ligne avec lesquelles vous aidez', help: 'Si vous en cochez, « Aide aux démarches administratives » est ajoutée aux aides.' },
  services_pratiques: { label: 'Services pratiques', help: 'Ce que la personne peut faire sur place, clé en main.' },
  modalites_accompagnement: { label: 'Comment se passe l’aide ?' },
  frais_a_charge: { label: 'Combien ça coûte pour la personne ?' },
  accepte_pass_numerique: { label: 'Le lieu accepte le Pass numérique (chèques APTIC)' },
  adhesion: { label: 'Le lieu demande une adhésion', help: 'Gratuite ou payante : indiquez le coût dans « Combien ça coûte ».' },
  fait_a_la_place: { label: 'Quelqu’un peut faire la démarche à la place de la personne' },
  publics_accueillis: { label: 'Publics accueillis', help: 'Si le lieu accueille aussi tous les adultes ; sinon, utilisez « Publics particulièrement accueillis ».' },
  accueil_langues_etrangeres: { label: 'Accueil des personnes qui parlent une langue étrangère', help: 'Sans préciser laquelle ; sinon, indiquez les langues.' },
  sources_fusionnees: { label: 'Sources fusionnées', help: 'Écrit par l’import quand deux sources décrivent le même lieu : une ligne par source.', example: 'Hinaura 80 (2022-09-30)' },
  publics_specifiquement_adresses: { label: 'Publics particulièrement accueillis', help: 'Laissez vide si tout le monde est bienvenu.' },
  prise_en_charge_specifique: { label: 'Accueil adapté' },
  langues: { label: 'Langues parlées, en plus du français', help: 'Codes à deux lettres, séparés par des virgules.', example: 'en, ar, es' },
  presentation_resume,
  corps: { label: 'Présentation détaillée', help: 'Le texte de la page. Texte simple : un paragraphe par ligne vide. Le HTML est affiché tel quel, pas interprété.' },
  typologie,
  pivot,
  dispositif_programmes_nationaux: { label: 'Dispositifs nationaux' },
  formations_labels: { label: 'Formations et labels des médiateurs' },
  autres_formations_labels: { label: 'Autres formations ou labels', help: 'Un par ligne.' },
  fiche_acces_libre: { label: 'Fiche acceslibre (accessibilité du bâtiment)', help: 'L’adresse de la fiche du lieu sur acceslibre.beta.gouv.fr, si elle existe.', example: 'https://acceslibre.beta.gouv.fr/app/63-riom/a/bibliotheque/erp/mediatheque/' },
  source,
  date_maj,
  date_verification: { label: 'Date de vérification', help: 'Le dernier jour où quelqu’un a vérifié ces informations auprès du lieu, même si rien n’a changé. Facultatif.' },
};

/** Operator fields (the optional second file). */
const operatorFields: Record<string, FieldText> = {
  nom: { label: 'Nom de la structure', example: 'Association Numérique pour tous' },
  pivot,
  typologie,
  pays,
  adresse: { label: 'Adresse du siège' },
  code_postal: { label: 'Code postal du siège' },
  commune: { label: 'Commune du siège' },
  telephone,
  courriels,
  site_web,
  presentation_resume,
  communes_intervention: { label: 'Communes où la structure intervient', help: 'Une par ligne.' },
  hors_les_murs: { label: 'La structure intervient aussi hors les murs (à domicile, sur les marchés, chez des partenaires)' },
  source,
  date_maj,
  corps: { label: 'Présentation de la structure', help: 'Texte simple ; le HTML est affiché tel quel.' },
};

export const submission = {
  title: 'Proposer ou corriger une fiche',
  editTitle: (name: string) => `Modifier la fiche « ${name} »`,
  description: 'Ajoutez un lieu qui aide avec le numérique, ou corrigez sa fiche : le formulaire prépare le fichier, vérifié avec les mêmes règles que le site.',
  intro:
    'Remplissez ce que vous savez : seuls le nom, l’adresse, le code postal, la commune, une aide proposée et la date sont obligatoires. Le formulaire vérifie chaque champ avec les règles du site, puis vous montre la fiche telle qu’elle apparaîtra. Rien n’est envoyé tant que vous ne choisissez pas comment l’envoyer.',
  noScript:
    'Ce formulaire prépare le fichier dans votre navigateur et a besoin de JavaScript. Sans JavaScript, vous pouvez quand même l’envoyer : le bouton en bas ouvre votre messagerie avec ce que vous avez rempli.',
  required: 'obligatoire',
  exampleLabel: 'Exemple :',
  loadingEdit: 'Chargement de la fiche…',
  editLoadFailed: 'La fiche à modifier n’a pas pu être chargée. Vous pouvez remplir le formulaire, ou réessayer plus tard.',
  editNotFound: (id: string) => `Aucune fiche « ${id} » n’existe sur ce site : le formulaire est vide.`,
  editIntro: 'Corrigez ce qui a changé. La date de mise à jour est mise à aujourd’hui.',
  sections: {
    lieu: 'Le lieu',
    adresse: 'Où le trouver',
    contact: 'Contact et accès',
    horaires: 'Horaires',
    aide: 'L’aide proposée',
    presentation: 'Présentation',
    plus: 'Pour aller plus loin (facultatif)',
  },
  venueFields,
  operatorFields,
  // Choices
  noStructure: '— Pas de structure, ou elle n’a pas encore de fiche —',
  selectEmpty: '— Pays du site —',
  // Hours editor
  hours: {
    days: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
    open: 'Ouvert',
    closed: 'Fermé',
    appointment: 'Sur rendez-vous',
    from: 'de',
    to: 'à',
    /** Said after « de » and « à » by screen readers (visually hidden). */
    slotContext: (day: string, slot: number) => ` (${day.toLowerCase()}, plage ${slot})`,
    addFirstSlot: (day: string) => `Ajouter une plage horaire le ${day.toLowerCase()}`,
    addSlot: (day: string) => `Ajouter une deuxième plage le ${day.toLowerCase()}`,
    removeSlot: (day: string) => `Retirer la deuxième plage du ${day.toLowerCase()}`,
    copyMonday: 'Recopier les horaires du lundi sur les autres jours ouverts',
    holidays: 'Fermé les jours fériés',
    result: 'Ce qui sera écrit dans le fichier :',
    none: 'Aucun horaire : la fiche dira que les horaires ne sont pas connus.',
    asText: 'Écrire les horaires en texte (format OpenStreetMap)',
    asWeek: 'Revenir au tableau de la semaine',
    textHelp: 'Format OpenStreetMap opening_hours, par exemple « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off ».',
    cannotShow: 'Ces horaires ne tiennent pas dans le tableau de la semaine : ils restent en texte.',
    checking: 'Vérification des horaires…',
    // The editor's own checks (src/lib/hours/week-form.ts), before the schema's
    noSlot: 'indiquez au moins un horaire (début et fin), ou choisissez « Fermé »',
    tooManySlots: (max: number) => `au plus ${max} plages horaires par jour`,
    whichSlot: (count: number, index: number) => (count === 1 ? 'la plage' : index === 0 ? 'la première plage' : 'la deuxième plage'),
    slotIncomplete: (which: string) => `${which} doit avoir une heure de début et une heure de fin, par exemple 09:00 et 12:00`,
    slotBackwards: (which: string, start: string, end: string) => `${which} finit avant de commencer (${start} – ${end})`,
    slotsOverlap: 'les deux plages se chevauchent ; la deuxième doit commencer après la fin de la première',
  },
  // Stops and notices
  stops: {
    legend: (n: number) => `Arrêt n° ${n}`,
    add: 'Ajouter un arrêt',
    remove: (n: number) => `Retirer l’arrêt n° ${n}`,
    fields: {
      nom: { label: 'Nom de l’arrêt', example: 'Place du marché, le mardi matin' },
      adresse: { label: 'Adresse' },
      commune: { label: 'Commune' },
      code_postal: { label: 'Code postal' },
      latitude: { label: 'Latitude' },
      longitude: { label: 'Longitude' },
      horaires: { label: 'Horaires (format OpenStreetMap)', example: 'Tu 09:00-12:00' },
    } satisfies Record<string, FieldText>,
  },
  notices: {
    legend: (n: number) => `Annonce n° ${n}`,
    add: 'Ajouter une annonce',
    remove: (n: number) => `Retirer l’annonce n° ${n}`,
    fields: {
      type: { label: 'Type' },
      titre: { label: 'Titre', example: 'Fermé pendant les vacances de Noël' },
      texte: { label: 'Texte' },
      debut: { label: 'Premier jour' },
      fin: { label: 'Dernier jour (facultatif)' },
      horaires: { label: 'Horaires pendant ces dates (type « Horaires modifiés », format OpenStreetMap)', help: 'Ils remplacent les horaires habituels du premier au dernier jour. Une fermeture exceptionnelle n’en a pas besoin.', example: 'Mo-Fr 09:00-12:00' },
    } satisfies Record<string, FieldText>,
  },
  // Location
  placeButton: 'Placer le point au centre de la commune',
  placeFound: (name: string, lat: string, lon: string) => `Point placé au centre de ${name} (${lat}, ${lon}). Précisez-le sur la carte ou avec la latitude et la longitude si vous les connaissez.`,
  placeNotFound: 'Commune introuvable dans la liste des communes : vérifiez son nom et le code postal, ou indiquez la latitude et la longitude.',
  placeLoading: 'Recherche de la commune…',
  mapShow: 'Préciser le point sur une carte',
  mapHide: 'Masquer la carte',
  mapHelp: 'Déplacez la carte (glisser, ou flèches du clavier) pour mettre le lieu sous la croix, puis « Placer le point ici ».',
  mapPlace: 'Placer le point ici (centre de la carte)',
  mapPlaced: (lat: string, lon: string) => `Point placé : ${lat}, ${lon}.`,
  mapLabel: 'Carte pour placer le lieu. Flèches : se déplacer ; + et − : zoomer.',
  mapFailed: 'La carte ne peut pas s’afficher ici. Indiquez la latitude et la longitude, ou gardez le centre de la commune.',
  // Operator
  newOperator: 'La structure qui tient ce lieu n’a pas de fiche : la créer aussi',
  operatorLegend: 'La structure',
  fileName: 'Nom du fichier',
  fileNameHelp: 'Proposé à partir du nom et de la commune : minuscules, chiffres et tirets.',
  // Checking
  check: 'Vérifier et voir l’aperçu',
  errorSummary: (n: number) => (n === 1 ? 'Il y a 1 problème à corriger' : `Il y a ${n} problèmes à corriger`),
  errorSummaryHelp: 'Chaque lien mène au champ concerné.',
  warnings: 'À vérifier (la fiche est acceptée)',
  inOperator: 'Structure :',
  idTaken: (id: string) => `« ${id} » est déjà le nom d'une fiche ; choisissez un autre nom de fichier, ou modifiez la fiche existante`,
  // Preview
  previewTitle: 'Aperçu',
  previewCard: 'Dans les listes',
  previewPage: 'La page du lieu',
  previewIntro: 'Voici la fiche telle qu’elle apparaîtra une fois acceptée. Revenez au formulaire pour corriger.',
  backToForm: 'Revenir au formulaire',
  // Sending
  sendTitle: 'Envoyer la fiche',
  sendIntro: 'Trois façons, au choix. Une personne de l’équipe relit chaque proposition avant de la publier.',
  github: 'Proposer sur GitHub',
  githubHelp: 'Avec un compte GitHub : la page de création du fichier s’ouvre déjà remplie ; validez en bas de la page (« Propose changes »).',
  githubPasteTooLong: 'Le fichier est trop long pour un lien : copiez son texte, ouvrez la page GitHub, puis collez-le dans la zone de texte.',
  githubPasteEdit: 'Pour une modification, GitHub ne peut pas remplir la page à votre place : copiez le texte, ouvrez la page du fichier, remplacez tout son contenu par le texte copié, puis validez (« Propose changes »).',
  githubOpen: (path: string) => `Ouvrir ${path} sur GitHub`,
  copy: 'Copier le texte du fichier',
  copied: 'Texte copié.',
  copyFailed: 'La copie n’a pas marché : sélectionnez le texte ci-dessous et copiez-le.',
  download: (file: string) => `Télécharger ${file}`,
  downloadHelp: 'Le fichier arrive dans vos téléchargements : envoyez-le par e-mail ou déposez-le sur GitHub.',
  mail: 'Envoyer par e-mail',
  mailHelp: (address: string) => `Votre messagerie s’ouvre avec un message prêt pour ${address} ; rien n’est envoyé tant que vous ne cliquez pas sur « Envoyer ».`,
  mailTooLong: 'Le fichier est long : téléchargez-le d’abord, puis joignez-le au message.',
  mailSubject: (name: string, editing: boolean) => `${editing ? 'Correction de la fiche' : 'Nouvelle fiche'} : ${name}`,
  mailAttach: 'Le fichier est joint à ce message (il était trop long pour le corps du message).',
  fileText: (path: string) => `Texte du fichier ${path}`,
  noRepository: 'Ce site n’a pas de dépôt GitHub configuré : envoyez le fichier par e-mail.',
  // No-JavaScript submission
  plainSubmit: 'Envoyer par e-mail (sans JavaScript)',
};
