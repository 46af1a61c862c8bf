/**
 * Strings of the open-data page (/donnees/) and of `npm run export`. Rendered at build time only (the page
 * has no script); a module of its own, re-exported by fr.ts, as docs/i18n.md says of a page's large group.
 */
import { plural } from '../lib/plural.ts';

export const donnees = {
  title: 'Données ouvertes',
  navLabel: 'Données ouvertes',
  description: 'Télécharger la liste des lieux dans le standard national, pour data·inclusion ou au format HSDS, sous Licence Ouverte 2.0.',
  intro: (count: number) =>
    `Les ${plural(count, 'lieu', 'lieux')} de ce site sont des données ouvertes. Vous pouvez les télécharger, les réutiliser et les redistribuer librement, y compris à des fins commerciales, en citant la source et la date de mise à jour.`,
  licenceHeading: 'Licence',
  licence: { before: 'Les fichiers sont publiés sous', link: 'Licence Ouverte 2.0', after: '(Etalab). Chaque fichier JSON rappelle la licence, le producteur, la date de l’export et les sources des lieux.' },
  filesHeading: 'Les fichiers',
  columns: { format: 'Format et poids', content: 'Contenu' },
  download: (name: string) => `Télécharger ${name}`,
  formatAndSize: (format: string, bytes: number) =>
    `${format}, ${bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('fr-FR')} ko` : `${(bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`}`,
  files: {
    'standard-csv': {
      name: 'le standard national en CSV',
      format: 'CSV (UTF-8, séparateur virgule)',
      content: (count: number) =>
        `${plural(count, 'lieu', 'lieux')} au standard « Lieux de médiation numérique » v1.0.2 : ses colonnes dans son ordre, les valeurs multiples séparées par « | ». Le fichier suit le standard seul, sans les champs propres à Repères.`,
    },
    'standard-json': {
      name: 'le standard national en JSON',
      format: 'JSON',
      content: (count: number) =>
        `Les mêmes ${plural(count, 'lieu', 'lieux')}, avec en plus, pour chacun, un objet « reperes » : pays, structure, services pratiques, démarches, langues, arrêts, annonces, ce qu’il faut apporter. Le réimporter redonne chaque fiche à l’identique.`,
    },
    geojson: {
      name: 'le standard national en GeoJSON',
      format: 'GeoJSON',
      content: (count: number) => `${plural(count, 'lieu', 'lieux')} qui ont des coordonnées, en points, pour un logiciel de cartographie ; mêmes propriétés que le JSON.`,
    },
    'data-inclusion': {
      name: 'le fichier data·inclusion',
      format: 'JSON (schéma data·inclusion v1)',
      content: (structures: number, services: number) =>
        `${plural(structures, 'structure', 'structures')} et ${plural(services, 'service', 'services')}, avec leurs thématiques, pour la plateforme data·inclusion.`,
    },
    hsds: {
      name: 'le fichier HSDS',
      format: 'JSON (Open Referral HSDS 3)',
      content: (count: number) =>
        `${plural(count, 'lieu', 'lieux')}, Belgique comprise, dans le format international Open Referral : organisations, services, lieux, adresses, horaires, téléphones, langues, accessibilité, documents à apporter.`,
    },
  },
  belgiumHeading: 'Les lieux en Belgique',
  belgium: (count: number) =>
    `${plural(count, 'lieu situé', 'lieux situés')} en Belgique ${count > 1 ? 'ne sont pas' : 'n’est pas'} dans les fichiers du standard national ni dans celui de data·inclusion : le code postal, le téléphone et le numéro d’entreprise belges ne peuvent pas suivre les formats français de ces schémas. ${count > 1 ? 'Ils sont' : 'Il est'} dans le fichier HSDS.`,
  belgiumNone: 'Les fichiers du standard national et de data·inclusion ne contiennent que des lieux en France : leurs formats (code postal, téléphone, SIRET) sont français. Un lieu en Belgique ne serait que dans le fichier HSDS.',
  lossHeading: 'Ce que chaque format garde',
  loss: [
    'Le CSV suit le standard national à la lettre : les champs propres à Repères (services pratiques, démarches, langues, arrêts d’un lieu itinérant, annonces, ce qu’il faut apporter, structure) n’y sont pas. Ils sont dans le JSON.',
    'Un lieu sans numéro SIRET, SIREN ou RNA reçoit dans les fichiers du standard la valeur d’attente « 00000000000000 » que prévoit le standard.',
    'data·inclusion décrit des services par thématiques : chaque service du standard y devient un service rattaché au lieu. Ses listes n’ont ni les formations des médiateurs, ni les langues parlées, ni les arrêts.',
    'HSDS distingue la date où une personne a vérifié la fiche de la date où elle a changé ; les fiches n’ont aujourd’hui qu’une date de mise à jour, utilisée pour les deux.',
  ],
  sourcesHeading: 'Sources',
  sources: (publisher: string) => `Fichiers produits par ${publisher} à partir des fiches de ce site. Les fiches viennent de :`,
  sourceCount: (source: string, count: number) => `${source} : ${plural(count, 'lieu', 'lieux')}`,
  sourceNone: (count: number) => `fiches saisies sur ce site : ${plural(count, 'lieu', 'lieux')}`,
  schemasHeading: 'Schémas suivis',
  schemas: [
    { name: 'Standard « Lieux de médiation numérique » v1.0.2', by: 'La MedNum, Datactivist et l’ANCT, Licence Ouverte 2.0', href: 'https://schema.data.gouv.fr/LaMednum/standard-mediation-num/' },
    { name: 'Schéma data·inclusion v1', by: 'GIP Plateforme de l’inclusion, Licence Ouverte 2.0', href: 'https://github.com/gip-inclusion/data-inclusion-schema' },
    { name: 'Open Referral HSDS 3', by: 'Open Referral, CC BY-SA 4.0', href: 'https://docs.openreferral.org/en/latest/' },
  ],
  updated: (date: string) => `Fichiers produits le ${date}, à la dernière mise à jour du site.`,
};

export const exportCli = {
  usage: (formats: string) => `Usage : npm run export -- --format <${formats}> --out <fichier> [--content <dossier>]`,
  unknownFormat: (format: string, formats: string) => `Format inconnu « ${format} » ; formats possibles : ${formats}.`,
  refused: 'Export impossible : corrigez d’abord les fiches refusées ci-dessus (npm run validate).',
  written: (file: string, format: string, bytes: number) => `${file} écrit (format ${format}, ${bytes.toLocaleString('fr-FR')} octets).`,
  /** Build log: the exports of /donnees/ were written (in a worker thread, beside the pages). */
  staged: (count: number, ms: number) => `${count} fichiers de données ouvertes (/donnees/) écrits en ${ms} ms`,
  /** Build error: the exports could not be written (`reason` is the system's message). */
  failed: (reason: string) => `Les fichiers de données ouvertes (/donnees/) n'ont pas pu être écrits : ${reason}`,
  /** REPERES_BUILD_DATE set to something that is not a date. */
  badBuildDate: (value: string) => `REPERES_BUILD_DATE : « ${value} » n'est pas une date ; attendu une date ISO, par exemple 2026-11-27T09:00:00Z.`,
};
