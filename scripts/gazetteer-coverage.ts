/**
 * `node scripts/gazetteer-coverage.ts`: how well the « Près de moi » gazetteer covers the territory:
 * share of municipalities and postcodes placed on a point (goals: ≥ 95 % and ≥ 99 %), the
 * approximate points, the venue postcodes it does not know (CEDEX…), and the size of the file the
 * browser downloads (raw, gzip, brotli). Informative: exit code 0, unless content/communes.json is
 * malformed (1). Option: --content <dir> (default: $CONTENT_DIR or content). Details: docs/gazetteer.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { GazetteerFileError, gazetteerForTerritory, readVenueLocations, territoryDepartements } from '../src/node/gazetteer-build.ts';
import { postcodesOf } from '../src/lib/gazetteer.ts';
import { TerritorySchema } from '../src/lib/schema/territory.ts';
import { parseYamlOrThrow } from '../src/lib/frontmatter.ts';

const GOALS = { communes: 0.95, postcodes: 0.99 };

const args = process.argv.slice(2);
let contentDir = process.env.CONTENT_DIR || 'content';
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--content' && args[index + 1]) contentDir = args[++index]!;
  else {
    console.error(`Option inconnue « ${args[index]} ». Usage : node scripts/gazetteer-coverage.ts [--content <dossier>]`);
    process.exit(1);
  }
}

const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync(join(contentDir, 'territoire.yaml'), 'utf8')));
const venues = readVenueLocations(contentDir);

const started = performance.now();
let result;
try {
  result = gazetteerForTerritory(contentDir, territory, venues);
} catch (error) {
  if (!(error instanceof GazetteerFileError)) throw error;
  console.error(`✗ ${error.message}\nLe format est décrit dans docs/gazetteer.md.`);
  process.exit(1);
}
const milliseconds = Math.round(performance.now() - started);
const { gazetteer, coverage, source } = result;

const percent = (part: number, total: number) => (total === 0 ? '—' : `${((100 * part) / total).toFixed(1).replace('.', ',')} %`);
const number = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`;
const mark = (part: number, total: number, goal: number) => (total > 0 && part / total >= goal ? '✓' : '✗');

const SOURCES = {
  file: `${join(contentDir, 'communes.json')} (fichier fourni)`,
  built: `paquets français, départements ${territoryDepartements(territory).join(', ')}`,
  none: 'aucune (pas de content/communes.json et territoire hors de France) : seule la géolocalisation est proposée',
};
console.log(`Répertoire des communes de « ${territory.nom} »`);
console.log(`  source : ${SOURCES[source]}, en ${number(milliseconds)} ms`);

const { communes, postcodes } = coverage;
console.log(
  `  communes placées : ${number(communes.resolved)} / ${number(communes.total)} (${percent(communes.resolved, communes.total)}) ` +
    `${mark(communes.resolved, communes.total, GOALS.communes)} objectif ≥ ${GOALS.communes * 100} %`,
);
console.log(
  `    dont point approximatif : ${number(communes.approx)} (${percent(communes.approx, communes.resolved)}), ` +
    `dont placées par leurs lieux : ${number(communes.fromVenues)}`,
);
console.log(
  `  codes postaux placés : ${number(postcodes.resolved)} / ${number(postcodes.total)} (${percent(postcodes.resolved, postcodes.total)}) ` +
    `${mark(postcodes.resolved, postcodes.total, GOALS.postcodes)} objectif ≥ ${GOALS.postcodes * 100} %`,
);
console.log(
  `  lignes du fichier : ${number(coverage.places)}, dont ${number(coverage.arrondissements)} arrondissements municipaux ` +
    `et ${number(coverage.formerCommunes)} anciennes communes (déléguées ou associées, sous leur ancien nom)`,
);
if (coverage.unresolved.length > 0) console.log(`  communes sans point (absentes du fichier) : ${coverage.unresolved.join(', ')}`);

const known = new Set(gazetteer.rows.flatMap(postcodesOf));
const unknown = [...new Set(venues.filter((venue) => venue.code_postal && !known.has(venue.code_postal)).map((venue) => `${venue.code_postal} ${venue.commune}`))].sort();
if (unknown.length > 0) console.log(`  codes postaux de lieux inconnus du répertoire (CEDEX…) : ${unknown.join(', ')}`);

const json = JSON.stringify(gazetteer);
const gzip = gzipSync(json, { level: 9 }).length;
const brotli = brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } }).length;
console.log(`  taille du fichier : ${kilobytes(Buffer.byteLength(json))} brut, ${kilobytes(gzip)} gzip, ${kilobytes(brotli)} brotli`);
