/**
 * French strings of the coverage figures (/donnees/couverture/ and the coverage section of each
 * sub-territory page; re-exported by fr.ts as the group `coverage`, read as `t.coverage.key`). Used at build
 * time only (no browser script reads them); a module of its own to keep fr.ts readable (docs/i18n.md).
 */
import { plural } from '../lib/plural.ts';

const INTEGER = new Intl.NumberFormat('fr-FR');
const DECIMAL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Written where there is nothing to divide by (no inhabitant, no venue). */
const NONE = '–';

/** Coverage for coordinators (src/pages/donnees/couverture/, src/components/coverage/). */
export const coverage = {
  // Numbers
  integer: (value: number) => INTEGER.format(value),
  rate: (value: number | null) => (value === null ? NONE : DECIMAL.format(value)),
  percent: (share: number | null) => (share === null ? NONE : `${INTEGER.format(Math.round(share * 100))} %`),
  none: NONE,
  // The page
  title: 'Couverture du territoire : où l’aide manque',
  description: (territory: string) =>
    `Pour les coordinateurs et les élus ${territory} : lieux par besoin et pour 10 000 habitants, habitants à moins de 10 km, ouvertures le samedi ou le soir, fiches anciennes, communes sans aide à moins de 15 km.`,
  breadcrumb: 'Couverture du territoire',
  intro: (territory: string, date: string, venues: number, communes: number, population: number) =>
    `Chiffres ${territory}, calculés le ${date} à partir de ${plural(venues, 'lieu', 'lieux')} de l’annuaire et de ${plural(communes, 'commune', 'communes', true)} (${INTEGER.format(population)} habitants). Chaque graphique est suivi d’un tableau des mêmes nombres.`,
  unavailable: 'Les indicateurs de couverture demandent la population des communes : elle n’est connue que pour la France.',
  downloads: 'Télécharger les indicateurs',
  csvIndicators: 'Indicateurs par sous-territoire et par besoin (CSV)',
  csvGaps: 'Communes sans lieu à moins de 15 km (CSV)',
  csvNote: 'Fichiers CSV en UTF-8, séparés par des virgules, avec un point pour les décimales et les parts entre 0 et 1 ; sous Licence Ouverte 2.0, comme les données de l’annuaire.',
  definitionsHeading: 'Comment lire ces chiffres',
  definitions: [
    { term: 'Lieux', text: 'lieux de l’annuaire dans le sous-territoire ; par besoin, ceux qui y répondent (un lieu compte dans chaque besoin auquel il répond, une seule fois dans « Tous les besoins »).' },
    { term: 'Lieux pour 10 000 habitants', text: 'ce nombre de lieux divisé par la population légale des communes du sous-territoire, multiplié par 10 000.' },
    { term: 'Habitants à moins de 10 km', text: 'part des habitants dont la commune a, à moins de 10 km à vol d’oiseau de son centre, un lieu (ou un arrêt d’un lieu itinérant) qui répond au besoin, où qu’il soit dans le territoire.' },
    { term: 'Ouverts le samedi ou après 18 h', text: 'part des lieux aux horaires connus qui ouvrent le samedi, ou après 18 h un jour de la semaine, d’après leurs horaires habituels ; les créneaux « sur rendez-vous » sans heure sûre ne comptent pas.' },
    { term: 'Fiches de plus d’un an', text: 'part des lieux dont la date de mise à jour de la fiche a plus d’un an.' },
    { term: 'Communes sans lieu à moins de 15 km', text: 'communes dont le centre est à plus de 15 km à vol d’oiseau de tout lieu de l’annuaire, quel que soit le besoin.' },
    { term: NONE, text: 'rien à calculer : aucun habitant ou aucun lieu.' },
  ],
  limits:
    'Limites : les distances sont à vol d’oiseau, depuis un point de chaque commune, pas depuis chaque logement ; les lieux des territoires voisins ne sont pas connus, si bien que les communes proches d’une frontière paraissent moins bien desservies qu’elles ne le sont ; les chiffres ne disent que ce que l’annuaire contient.',
  sources: (text: string) => `Sources : ${text}`,
  // Figures
  allLevers: 'Tous les besoins',
  total: (territory: string) => `Ensemble (${territory})`,
  subTerritory: (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1),
  mapHeading: 'Carte : lieux pour 10 000 habitants',
  mapCaption: (kind: string) => `Lieux pour 10 000 habitants, tous besoins confondus, par ${kind}. Chaque zone porte son numéro et sa valeur ; plus la couleur est foncée, plus il y a de lieux.`,
  legend: 'Légende',
  legendClass: (from: string, to: string) => `de ${from} à ${to}`,
  legendNone: 'pas de valeur',
  valueColumn: 'Lieux pour 10 000 habitants',
  codeColumn: 'Numéro sur la carte',
  venuesHeading: 'Nombre de lieux',
  venuesCaption: (kind: string) => `Nombre de lieux par ${kind} et par besoin.`,
  rateHeading: 'Lieux pour 10 000 habitants',
  rateCaption: (kind: string) => `Lieux pour 10 000 habitants, par ${kind} et par besoin.`,
  reachHeading: 'Habitants à moins de 10 km d’un lieu',
  reachCaption: (kind: string) => `Part des habitants dont la commune a un lieu qui répond au besoin à moins de 10 km, par ${kind}.`,
  hoursHeading: 'Lieux ouverts le samedi ou après 18 h',
  hoursCaption: (kind: string) => `Part des lieux aux horaires connus ouverts le samedi ou après 18 h, par ${kind} et par besoin.`,
  staleHeading: 'Fiches de plus d’un an',
  staleCaption: (kind: string) => `Part des fiches mises à jour il y a plus d’un an, par ${kind} et par besoin.`,
  gapsHeading: 'Communes sans lieu à moins de 15 km',
  gapsTotal: (communes: number, population: number) =>
    communes === 0
      ? 'Toutes les communes ont au moins un lieu à moins de 15 km.'
      : `${plural(communes, 'commune n’a', 'communes n’ont')} aucun lieu à moins de 15 km, soit ${plural(population, 'habitant', 'habitants')}.`,
  gapsSub: (name: string, communes: number, population: number) => `${name} : ${communes === 0 ? 'aucune commune' : `${plural(communes, 'commune', 'communes', true)}, ${plural(population, 'habitant', 'habitants')}`}`,
  communeColumn: 'Commune',
  inseeColumn: 'Code INSEE',
  populationColumn: 'Habitants',
  // The section of a sub-territory page
  sectionHeading: 'Couverture : chiffres pour les coordinateurs',
  sectionIntro: (where: string, date: string) => `Ce que l’annuaire dit de l’aide ${where}, calculé le ${date}.`,
  indicatorColumn: 'Indicateur',
  leverColumn: 'Besoin',
  sectionReachCaption: (where: string) => `Part des habitants qui ont un lieu à moins de 10 km de leur commune, par besoin, ${where}.`,
  reachPanel: 'Habitants à moins de 10 km',
  allFigures: 'Toute la couverture du territoire : carte, graphiques et fichiers CSV',
  sectionGaps: (communes: number, population: number) =>
    communes === 0
      ? 'Toutes les communes ont au moins un lieu à moins de 15 km.'
      : `${plural(communes, 'commune n’a', 'communes n’ont')} aucun lieu à moins de 15 km (${plural(population, 'habitant', 'habitants')}) :`,
  // Links from other pages
  dataHeading: 'Couverture du territoire',
  dataLead: 'Où l’aide manque, par sous-territoire et par besoin : carte, graphiques et fichiers CSV des indicateurs.',
  dataLink: 'Voir la couverture du territoire',
  aboutLink: 'Couverture du territoire : où l’aide manque (chiffres, carte et fichiers pour les coordinateurs)',
};
