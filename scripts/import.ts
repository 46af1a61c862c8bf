/**
 * `npm run import -- --format <mednum-v0.1|france-services|standard-csv|standard-json> <fichier> [--out content/lieux] [--report content/imports/<nom>.yaml]
 *  [--structures <fichier>]`
 *
 * Imports a file of venues into content/lieux/*.md. All or nothing: every record is mapped and validated
 * first; a record that cannot be imported is rejected and listed with its reasons (in the summary and in the
 * report), never silently dropped. Then the files are written (temporary file, then rename).
 *
 * Ownership: the report (content/imports/<nom>.yaml) lists the ids the import wrote (`lieux`) and their
 * folder (`dossier`). A later run of the same source deletes the files of that list it no longer produces —
 * only those, and only if their `source` field is still the source's — and refuses to overwrite a file that
 * is not in that list (a hand-written venue with the same id) unless it is byte-identical.
 * The report has no run date: re-running on the same input changes no byte.
 *
 * `--structures`: operators recognised in venue names; default `<folder of the file>/<source>-structures.yaml`
 * when it exists (content/_sources/hinaura-structures.yaml for the source « Hinaura »).
 *
 * Exit code 0 when the import ran (even with rejected records), 1 on a usage or file error (one French line).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as stringifyYaml } from 'yaml';
import * as t from '../src/i18n/index.ts';
import { readYaml as readYamlText } from '../src/lib/frontmatter.ts';
import { buildSchemaContext } from '../src/node/schema-context.ts';
import { readVenueFile, serializeVenue } from '../src/lib/mednum/markdown.ts';
import {
  buildCommuneIndex,
  mapV01Records,
  type CommuneIndex,
  type CommuneRecord,
  type StructurePattern,
  type V01Rejected,
  type V01Venue,
} from '../src/lib/mednum/v01.ts';
import { formatProblem, parseWithProblems } from '../src/lib/schema/errors.ts';
import { TerritorySchema, type Territory } from '../src/lib/schema/territory.ts';
import { slugify } from '../src/lib/text.ts';
import { csvRecords, FRANCE_SERVICES_SOURCE, mapFranceServicesRows } from '../src/lib/mednum/france-services.ts';
import { mergeSources, type MergedVenue, type SourceVenue } from '../src/lib/mednum/merge.ts';
import { V01_MAPPING_EFFECTS } from '../src/lib/mednum/v01.ts';
import { mapStandardRecords, readStandardRecords } from '../src/lib/mednum/standard-v1.ts';
import { FUSION_DECISIONS, FusionsFileSchema, type Fusion } from '../src/lib/schema/fusions.ts';
import { checkVenue } from '../src/lib/schema/venue.ts';

/** Formats this importer reads. */
export const FORMATS = ['mednum-v0.1', 'france-services', 'standard-csv', 'standard-json'] as const;
export type Format = (typeof FORMATS)[number];

export const LICENCE = 'Licence Ouverte 2.0';

const usage = () => t.importLines.cli.usage(FORMATS.join('|'));

/** A usage or file error: its message (one French line) is shown without a stack trace, exit code 1. */
export class ImportError extends Error {}

export interface ImportOptions {
  format: Format;
  /** File to import. */
  file: string;
  /** Folder of the venue files (default content/lieux). */
  out: string;
  /** Report file (default content/imports/<file name without extension>.yaml). */
  report: string;
  /** Operators file; undefined: the default next to the file, if any. */
  structures?: string;
  /** The review file of pairs that may be one place (default: content/fusions.yaml from the command line, else fusions.yaml beside the report). */
  fusions?: string;
  /** Content folder: territoire.yaml and structures/ are read there (default content). */
  contentDir: string;
  /** Today, for the schema's « date in the future » check (default: now). */
  today?: Date;
}

export interface RecordWarnings {
  sourceId: string;
  id: string;
  nom: string;
  messages: string[];
}

export interface ImportResult {
  sourceName: string;
  total: number;
  /** Ids of the venue files produced (sorted). */
  written: string[];
  created: number;
  updated: number;
  unchanged: number;
  /** Files deleted: written by a previous run of this source, no longer produced. */
  deleted: string[];
  /** Files a previous run wrote, no longer produced, kept because their `source` changed. */
  kept: string[];
  rejected: V01Rejected[];
  warnings: RecordWarnings[];
  warningCount: number;
  reportPath: string;
  /** Pairs of records of two sources merged into one file. */
  merged: number;
  /** Pairs written to content/fusions.yaml for a person to decide. */
  toReview: number;
  fusionsPath: string;
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Parses the command line (arguments after the script). Throws ImportError on a usage error; returns null for --help. */
export function parseArgs(argv: readonly string[], contentDir = 'content'): ImportOptions | null {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  const names = ['format', 'out', 'report', 'structures'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return null;
    if (arg.startsWith('--')) {
      const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!names.includes(flag)) throw new ImportError(t.importLines.cli.unknownOption(arg, usage()));
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new ImportError(t.importLines.cli.missingValue(flag, usage()));
      values[flag] = value;
    } else positional.push(arg);
  }
  const format = values.format;
  if (!format) throw new ImportError(t.importLines.cli.missingFormat(FORMATS.join(', '), usage()));
  if (!isFormat(format)) throw new ImportError(t.importLines.cli.unknownFormat(format, FORMATS.join(', ')));
  if (positional.length === 0) throw new ImportError(t.importLines.cli.missingFile(usage()));
  if (positional.length > 1) throw new ImportError(t.importLines.cli.oneFile(positional.join(', '), usage()));
  const file = positional[0]!;
  return {
    format,
    file,
    out: values.out ?? join(contentDir, 'lieux'),
    report: values.report ?? join(contentDir, 'imports', `${basename(file, extname(file))}.yaml`),
    structures: values.structures,
    fusions: join(contentDir, 'fusions.yaml'),
    contentDir,
  };
}

/** A path for messages and the report: relative to the working directory, with / separators. */
function shown(path: string): string {
  const absolute = resolve(path);
  const rel = relative(process.cwd(), absolute) || '.';
  return (rel.startsWith('..') || isAbsolute(rel) ? absolute : rel).split(sep).join('/');
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new ImportError(t.importLines.cli.notFound(shown(path), what));
    if (code === 'EISDIR') throw new ImportError(t.importLines.cli.isFolder(shown(path), what));
    throw new ImportError(t.importLines.cli.unreadable(shown(path), what, (error as Error).message));
  }
}

function readYaml(path: string, what: string): unknown {
  const result = readYamlText(readText(path, what));
  if (!result.ok) {
    const [first] = result.problems;
    throw new ImportError(t.importLines.cli.badYaml(shown(path), what, first?.line, first?.message));
  }
  return result.data;
}

function readTerritory(contentDir: string): Territory {
  const path = join(contentDir, 'territoire.yaml');
  const parsed = parseWithProblems(TerritorySchema, readYaml(path, t.importLines.cli.files.territory), shown(path));
  if (!parsed.ok) throw new ImportError(t.importLines.cli.badTerritory(formatProblem(parsed.problems[0]!), parsed.problems.length - 1));
  return parsed.data;
}

function readStructures(path: string, contentDir: string): StructurePattern[] {
  const data = readYaml(path, t.importLines.cli.files.structures);
  if (!Array.isArray(data)) throw new ImportError(t.importLines.cli.structuresNotList(shown(path)));
  return data.map((item: unknown, index) => {
    const entry = item as Partial<StructurePattern> | null;
    if (typeof entry?.structure !== 'string' || typeof entry.pattern !== 'string') {
      throw new ImportError(t.importLines.cli.structuresItem(shown(path), index + 1));
    }
    try {
      new RegExp(entry.pattern, 'iu');
    } catch (error) {
      throw new ImportError(t.importLines.cli.structuresPattern(shown(path), entry.pattern, (error as Error).message));
    }
    if (!existsSync(join(contentDir, 'structures', `${entry.structure}.md`))) {
      throw new ImportError(t.importLines.cli.structuresUnknown(shown(path), entry.structure, shown(join(contentDir, 'structures', `${entry.structure}.md`))));
    }
    return { structure: entry.structure, pattern: entry.pattern };
  });
}

let communeIndex: CommuneIndex | undefined;

/** Communes of France from @etalab/decoupage-administratif (its JSON, not its index.js, which reads relative to cwd). */
export function loadCommuneIndex(): CommuneIndex {
  if (!communeIndex) {
    const path = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
    communeIndex = buildCommuneIndex(JSON.parse(readFileSync(path, 'utf8')) as CommuneRecord[]);
  }
  return communeIndex;
}

interface PreviousReport {
  ids: Set<string>;
}

/** Ids written by the previous run of this report, if it wrote into the same folder. */
function readPreviousReport(path: string, out: string): PreviousReport {
  if (!existsSync(path)) return { ids: new Set() };
  const data = readYaml(path, t.importLines.cli.files.previousReport) as { dossier?: unknown; lieux?: unknown } | null;
  const sameFolder = typeof data?.dossier === 'string' && resolve(data.dossier) === resolve(out);
  const ids = sameFolder && Array.isArray(data.lieux) ? data.lieux.filter((id): id is string => typeof id === 'string') : [];
  return { ids: new Set(ids) };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Writes all files or none: temporary files first, then renames. */
function writeAll(files: readonly { path: string; text: string }[]): void {
  const temps: string[] = [];
  try {
    for (const { path, text } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeFileSync(temp, text);
      temps.push(temp);
    }
  } catch (error) {
    for (const temp of temps) rmQuiet(temp);
    throw new ImportError(t.importLines.cli.writeFailed((error as Error).message));
  }
  files.forEach(({ path }, index) => renameSync(temps[index]!, path));
}

function rmQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** One source mapped: what its report says and its venues. */
interface MappedSource {
  format: Format;
  file: string;
  reportPath: string;
  text: string;
  sourceName: string;
  total: number;
  outside: number;
  structuresPath?: string;
  venues: V01Venue[];
  rejected: V01Rejected[];
}

/** The date in a file name (« france-services-2024-08-01.csv »): the France Services CSV has no per-row date. */
function dateInName(file: string): string | undefined {
  return basename(file).match(/(\d{4}-\d{2}-\d{2})/)?.[1];
}

function mapSource(format: Format, file: string, reportPath: string, structuresOption: string | undefined, options: ImportOptions, territory: Territory): MappedSource {
  const text = readText(file, t.importLines.cli.files.source);
  const context = buildSchemaContext(options.contentDir, options.today);
  if (format === 'france-services') {
    const date = dateInName(file);
    if (!date) throw new ImportError(t.importLines.cli.noDateInName(shown(file)));
    const rows = csvRecords(text);
    if (rows.length === 0 || !('id_fs' in rows[0]!)) throw new ImportError(t.importLines.cli.notFranceServices(shown(file)));
    const stopsPath = join(dirname(file), 'france-services-arrets.yaml');
    const stops = existsSync(stopsPath) ? readYaml(stopsPath, t.importLines.cli.files.stops) : undefined;
    if (stops !== undefined && (typeof stops !== 'object' || stops === null || Array.isArray(stops) || Object.values(stops).some((list) => !Array.isArray(list)))) {
      throw new ImportError(t.importLines.cli.badStops(shown(stopsPath)));
    }
    const { venues, rejected, outside } = mapFranceServicesRows(rows, { context, territory, date, stops: stops as Record<string, Record<string, unknown>[]> | undefined });
    return { format, file, reportPath, text, sourceName: FRANCE_SERVICES_SOURCE, total: rows.length, outside, venues, rejected };
  }
  let records: unknown;
  try {
    records = format === 'mednum-v0.1' ? JSON.parse(text) : readStandardRecords(text, format);
  } catch (error) {
    throw new ImportError(t.importLines.cli.invalidFile(shown(file), format === 'standard-csv' ? 'CSV' : 'JSON', (error as Error).message));
  }
  if (!Array.isArray(records)) throw new ImportError(t.importLines.cli.notAList(shown(file)));
  const sources = [...new Set(records.map((record) => (record as { source?: unknown } | null)?.source).filter((source): source is string => typeof source === 'string' && source.trim() !== '').map((source) => source.trim()))].sort();
  const sourceName = sources.join(', ') || basename(file, extname(file));
  const defaultStructures = join(dirname(file), `${slugify(sourceName)}-structures.yaml`);
  const structuresPath = structuresOption ?? (existsSync(defaultStructures) ? defaultStructures : undefined);
  const structures = structuresPath ? readStructures(structuresPath, options.contentDir) : [];
  // the standard's records are checked as they are (ids = file names); v0.1 records are mapped first
  const { venues, rejected } =
    format === 'mednum-v0.1' ? mapV01Records(records, { context, territory, communes: loadCommuneIndex(), structures }) : mapStandardRecords(records, context);
  return { format, file, reportPath, text, sourceName, total: records.length, outside: 0, structuresPath, venues, rejected };
}

/** The other sources imported into the same folder: their reports (content/imports/*.yaml) name their file and format. */
function otherSources(options: ImportOptions): { format: Format; file: string; reportPath: string; structures?: string }[] {
  const folder = dirname(options.report);
  if (!existsSync(folder)) return [];
  const others: { format: Format; file: string; reportPath: string; structures?: string }[] = [];
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.yaml')).sort()) {
    const path = join(folder, name);
    if (resolve(path) === resolve(options.report)) continue;
    const data = readYaml(path, t.importLines.cli.files.otherReport) as { format?: unknown; fichier?: unknown; dossier?: unknown; structures?: unknown } | null;
    if (typeof data?.format !== 'string' || !isFormat(data.format) || typeof data.fichier !== 'string') continue;
    if (typeof data.dossier !== 'string' || resolve(data.dossier) !== resolve(options.out)) continue;
    if (resolve(data.fichier) === resolve(options.file)) continue;
    others.push({ format: data.format, file: data.fichier, reportPath: path, structures: typeof data.structures === 'string' ? data.structures : undefined });
  }
  return others;
}

/** content/fusions.yaml: the maintainers' decisions on pairs that may be one place. */
export function fusionsPath(options: ImportOptions): string {
  return options.fusions ?? join(dirname(options.report), 'fusions.yaml');
}

function readFusions(path: string): Fusion[] {
  if (!existsSync(path)) return [];
  const data = readYaml(path, t.importLines.cli.files.fusions);
  const parsed = parseWithProblems(FusionsFileSchema, data ?? [], shown(path));
  if (!parsed.ok) throw new ImportError(t.importLines.cli.badFusions(formatProblem(parsed.problems[0]!)));
  return parsed.data;
}

function fusionsText(fusions: readonly Fusion[]): string {
  return (
    `# ${t.importLines.cli.fusions.pairs}\n` +
    `# ${t.importLines.cli.fusions.decide(...FUSION_DECISIONS)}\n` +
    `# ${t.importLines.cli.fusions.rules}\n` +
    (fusions.length > 0 ? stringifyYaml(fusions, { lineWidth: 0, minContentWidth: 0 }) : '[]\n')
  );
}

/** Runs an import. Throws ImportError on a usage or file error (nothing written then). */
export function runImport(options: ImportOptions): ImportResult {
  const territory = readTerritory(options.contentDir);
  const current = mapSource(options.format, options.file, options.report, options.structures, options, territory);
  const mapped = [current, ...otherSources(options).map((other) => mapSource(other.format, other.file, other.reportPath, other.structures, options, territory))];
  const context = buildSchemaContext(options.contentDir, options.today);
  const fusionsFile = fusionsPath(options);
  const merge = mergeSources(
    mapped.map((source) => source.venues.map((venue): SourceVenue => ({ source: source.sourceName, sourceId: venue.sourceId, id: venue.id, frontmatter: venue.frontmatter, body: venue.body }))),
    readFusions(fusionsFile),
    (venue: MergedVenue) => {
      const result = checkVenue(venue.frontmatter, context);
      return result.issues.length > 0 ? result.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join(' ; ') : undefined;
    },
  );
  const sourceNames = mapped.map((source) => source.sourceName);
  const { sourceName, rejected } = current;

  // plan the writes: every venue of every source (a merge can change a file another source wrote)
  const previousIds = new Set(mapped.flatMap((source) => [...readPreviousReport(source.reportPath, options.out).ids]));
  const produced = new Set(merge.venues.map((venue) => venue.id));
  const toWrite: { path: string; text: string }[] = [];
  const conflicts: string[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const venue of merge.venues) {
    const path = join(options.out, `${venue.id}.md`);
    const content = serializeVenue(venue.frontmatter, venue.body);
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (existing === content) unchanged++;
    else if (existing !== undefined && !previousIds.has(venue.id)) conflicts.push(shown(path));
    else {
      if (existing === undefined) created++;
      else updated++;
      toWrite.push({ path, text: content });
    }
  }
  if (conflicts.length > 0) {
    const list = conflicts.slice(0, 5).join(', ') + (conflicts.length > 5 ? t.importLines.cli.moreFiles(conflicts.length) : '');
    throw new ImportError(t.importLines.cli.conflicts(list, conflicts.length));
  }
  const deleted: string[] = [];
  const kept: string[] = [];
  for (const id of [...previousIds].sort()) {
    if (produced.has(id)) continue;
    const path = join(options.out, `${id}.md`);
    if (!existsSync(path)) continue;
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = readVenueFile(readFileSync(path, 'utf8')).frontmatter;
    } catch (error) {
      throw new ImportError(t.importLines.cli.unreadableVenue(shown(path), (error as Error).message));
    }
    // a file of these sources (one, or two merged: « France Services, Hinaura ») may go; a file edited by hand to another source stays
    const fileSources = typeof frontmatter.source === 'string' ? frontmatter.source.split(', ') : [];
    if (fileSources.length > 0 && fileSources.every((name) => sourceNames.includes(name))) deleted.push(id);
    else kept.push(id);
  }

  const reports = mapped.map((source) => buildReport(source, merge.venues, options));
  const currentReport = reports[0]!;

  // write: venue files (all or none), deletions, then the reports and the review file
  writeAll(toWrite);
  for (const id of deleted) rmQuiet(join(options.out, `${id}.md`));
  for (const { path, text } of [...reports.map((item) => ({ path: item.path, text: item.text })), { path: fusionsFile, text: fusionsText(merge.fusions) }]) {
    const previousText = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (previousText !== text) writeAll([{ path, text }]);
  }

  return {
    sourceName,
    total: current.total,
    written: currentReport.ids,
    created,
    updated,
    unchanged,
    deleted,
    kept,
    rejected,
    warnings: currentReport.warnings,
    warningCount: currentReport.warningCount,
    reportPath: options.report,
    merged: merge.mergedByRule + merge.mergedByDecision,
    toReview: merge.fusions.filter((fusion) => fusion.decision === 'à décider').length,
    fusionsPath: fusionsFile,
  };
}

/** A source's report: its records, rejections, warnings, the mappings' effects and the files it has a part in. */
function buildReport(source: MappedSource, venues: readonly MergedVenue[], options: ImportOptions): { path: string; text: string; ids: string[]; warnings: RecordWarnings[]; warningCount: number } {
  const ids = venues.filter((venue) => venue.sources.includes(source.sourceName)).map((venue) => venue.id).sort();
  const merged = venues.filter((venue) => venue.sources.includes(source.sourceName) && venue.sources.length > 1).length;
  const repeated = venues.reduce((sum, venue) => sum + Math.max(0, venue.records.filter((ref) => ref.startsWith(`${source.sourceName} `)).length - 1), 0);
  // the file each record ended in (merged, or renamed to avoid another source's id)
  const fileOf = new Map(venues.flatMap((venue) => venue.records.map((ref) => [ref, venue.id] as const)));
  const warnings: RecordWarnings[] = source.venues
    .filter((venue) => venue.warnings.length > 0)
    .map((venue) => ({ sourceId: venue.sourceId, id: fileOf.get(`${source.sourceName} ${venue.sourceId}`) ?? venue.id, nom: venue.frontmatter.nom, messages: venue.warnings }));
  const warningCount = warnings.reduce((sum, item) => sum + item.messages.length, 0);
  const dates = source.venues.map((venue: V01Venue) => venue.frontmatter.date_maj).sort();
  const effects = Object.fromEntries(V01_MAPPING_EFFECTS.map((effect) => [effect, source.venues.filter((venue) => venue.mappings?.includes(effect)).length]));
  const report = {
    source: source.sourceName,
    fichier: shown(source.file),
    format: source.format,
    licence: LICENCE,
    date_source: dates.at(-1) ?? null,
    empreinte_sha256: sha256(source.text),
    dossier: shown(options.out),
    structures: source.structuresPath ? shown(source.structuresPath) : null,
    comptes: {
      enregistrements: source.total,
      ...(source.format === 'france-services' ? { hors_territoire: source.outside } : {}),
      ecrits: source.venues.length,
      rejetes: source.rejected.length,
      avertissements: warningCount,
      lieux_avec_avertissements: warnings.length,
      fusionnes_avec_une_autre_source: merged,
      // records the source repeats (the same listing twice), written in the file of the record they repeat
      repetes_dans_la_source: repeated,
    },
    ...(source.format === 'mednum-v0.1' ? { correspondances: effects } : {}),
    rejets: source.rejected.map((item) => ({ id_source: item.sourceId, nom: item.nom, commune: item.commune, raisons: item.reasons })),
    avertissements: warnings.map((item) => ({ id_source: item.sourceId, lieu: item.id, nom: item.nom, messages: item.messages })),
    lieux: ids,
  };
  const text =
    `# ${t.importLines.cli.report.generated}\n` +
    `# ${t.importLines.cli.report.dateSource}\n` +
    (source.format === 'mednum-v0.1' ? `# ${t.importLines.cli.report.mappings}\n` : '') +
    `# ${t.importLines.cli.report.files(report.dossier)}\n` +
    stringifyYaml(report, { lineWidth: 0, minContentWidth: 0 });
  return { path: source.reportPath, text, ids, warnings, warningCount };
}

/** The French summary printed by the command. */
export function formatSummary(result: ImportResult, options: ImportOptions): string {
  const lines = [
    t.importLines.cli.summary.read(shown(options.file), options.format, result.sourceName, result.total),
    t.importLines.cli.summary.written(result.written.length, shown(options.out), result.created, result.updated, result.unchanged, result.deleted.length),
  ];
  if (result.kept.length > 0) {
    lines.push(t.importLines.cli.summary.kept(result.kept.length, result.kept.join(', ')));
  }
  lines.push(t.importLines.cli.summary.merged(result.merged, result.toReview, shown(result.fusionsPath)));
  lines.push(t.importLines.cli.summary.rejected(result.rejected.length));
  for (const item of result.rejected) for (const reason of item.reasons) lines.push(`  - ${reason}`);
  const byField = new Map<string, number>();
  for (const item of result.warnings) {
    for (const message of item.messages) {
      const field = message.match(/^[a-z_]+/)?.[0] ?? t.importLines.cli.summary.otherField;
      byField.set(field, (byField.get(field) ?? 0) + 1);
    }
  }
  const detail = [...byField].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([field, count]) => `${field} ${count}`).join(', ');
  lines.push(t.importLines.cli.summary.warnings(result.warningCount, result.warnings.length, detail, shown(result.reportPath)));
  return lines.join('\n');
}

function main(): void {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (!options) {
      console.log(`${usage()}\n${t.importLines.cli.formats(FORMATS.join(', '))}`);
      return;
    }
    const result = runImport(options);
    console.log(formatSummary(result, options));
  } catch (error) {
    if (error instanceof ImportError) console.error(t.importLines.cli.error(error.message));
    else console.error(t.importLines.cli.unexpected(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
