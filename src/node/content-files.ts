/**
 * Reads and checks a content folder from disk (Node only), once: every file through the one
 * front-matter reader (src/lib/frontmatter.ts), every venue and operator field by field, then the
 * rules across files. Collects every problem of every file; never throws on bad content.
 * Used by `npm run validate`, by the build's loader (src/node/content-loader.ts: the site is built from
 * this very result) and by the tools that read content.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as t from '../i18n/index.ts';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { checkBody } from '../lib/markdown/body-check.ts';
import { checkSize, readFrontMatter, readYaml, type ReaderProblem } from '../lib/frontmatter.ts';
import { checkContentSet, checkId, type Parsed } from '../lib/content-check.ts';
import { buildSchemaContext } from './schema-context.ts';
import { readVenuesInParallel } from './parallel-read.ts';
import { FusionsFileSchema } from '../lib/schema/fusions.ts';
import { gazetteerForTerritory, OVERRIDE_FILE, parseGazetteerFile } from './gazetteer-build.ts';
import type { Checked } from '../lib/schema/check.ts';
import { LeverSchema, type Lever } from '../lib/schema/lever.ts';
import { ImportReportSchema, type ImportReport } from '../lib/schema/import-report.ts';
import { checkOperator, OperatorFieldsSchema, type Operator } from '../lib/schema/operator.ts';
import { checkedToProblems, parseWithProblems, type Problem } from '../lib/schema/errors.ts';
import { TerritorySchema, type Territory } from '../lib/schema/territory.ts';
import { allOptions, checkOrientation, ORIENTATION_FILES, type OrientationContent } from '../lib/schema/orientation.ts';
import { checkVenue, VenueFieldsSchema, type Venue } from '../lib/schema/venue.ts';

/** A content file that passed its checks. */
export interface Entry<T> extends Parsed<T> {
  /** The Markdown body (empty for YAML files). */
  body: string;
}

export interface LoadedContent {
  venues: Entry<Venue>[];
  operators: Entry<Operator>[];
  levers: Entry<Lever>[];
  importReports: Entry<ImportReport>[];
  territory?: Territory;
  /** The orientation questionnaire (content/orientation/), when its three files are valid. */
  orientation?: OrientationContent;
  /** Every problem: refusals and warnings (`severity: 'warning'`), grouped by file in reading order. */
  problems: Problem[];
  /** Number of files read. */
  files: number;
}

/** True when at least one problem refuses a file (warnings do not). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity !== 'warning');
}

function readerProblems(file: string, problems: readonly ReaderProblem[]): Problem[] {
  return problems.map(({ line, message }) => ({ file, field: '', message, ...(line ? { line } : {}) }));
}

/** Reads a text file, refusing it before reading when it is over the size limit. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file. Refused before reading: a link or anything but a regular file (a link to /dev/zero
 * would never end), a file over the size limit. Refused after: a file that is not UTF-8 (its accents
 * would be silently replaced).
 */
function readText(path: string, file: string): { text?: string; problems: Problem[] } {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink() || !stat.isFile()) return { problems: readerProblems(file, [{ message: t.reader.notAFile }]) };
  const tooBig = checkSize(stat.size);
  if (tooBig) return { problems: readerProblems(file, [tooBig]) };
  try {
    return { text: UTF8.decode(readFileSync(path)), problems: [] };
  } catch {
    return { problems: readerProblems(file, [{ message: t.reader.notUtf8 }]) };
  }
}

/**
 * The Markdown files of a collection's folder, by name. A sub-folder named like one (« dossier.md/ ») is left out:
 * it gets the sub-folder line only (`loadCollection`), not also the line of a link or a special file.
 */
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name.endsWith('.md') && !entry.name.startsWith('_') && !entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A Markdown content file to read: its path and its name as printed (relative to the root). */
export interface FileJob {
  path: string;
  file: string;
}

/**
 * What reading one Markdown file gives: every problem of the file, in the order they are printed; its entry when
 * it passed, else the fields that passed (for the rules across files); the lines of its front-matter fields when
 * the file has problems of its own (they are found then; see `fieldLinesOf` for the others).
 */
export interface FileReading<T> {
  path: string;
  file: string;
  problems: Problem[];
  entry?: Entry<T>;
  partial?: Parsed<Record<string, unknown>>;
  lines?: Readonly<Record<string, number>>;
}

/**
 * The lines of a file's front-matter fields, found again from the file: only for a file with no problem of its
 * own that the rules across files report (a possible duplicate, say), to give the line of the field they name.
 */
function fieldLinesOf(path: string): Readonly<Record<string, number>> {
  const { text } = readText(path, path);
  const read = text === undefined ? undefined : readFrontMatter(text);
  return read?.ok ? read.lines : {};
}

/** Reads and checks one Markdown file of a collection; `check` gives every problem of its front matter. */
export function readMarkdownFile<T>({ path, file }: FileJob, check: (input: unknown) => Checked<T>, knownFields: readonly string[]): FileReading<T> {
  const id = basename(path, '.md');
  const idProblem = checkId(file, id);
  const { text, problems } = readText(path, file);
  if (text === undefined) return { path, file, problems };
  const read = readFrontMatter(text);
  if (!read.ok) return { path, file, problems: [...problems, ...(idProblem ? [idProblem] : []), ...readerProblems(file, read.problems)] };
  const result = check(read.data);
  if (idProblem) problems.push(idProblem);
  if (result.issues.length > 0 || result.warnings.length > 0) problems.push(...checkedToProblems(file, result, read.data, knownFields, read.lines));
  const bodyProblems = checkBody(read.body, read.bodyLine).map(({ line, message }): Problem => ({ file, field: t.reader.bodyField, message, line }));
  problems.push(...bodyProblems);
  const reading: FileReading<T> = { path, file, problems };
  if (problems.length > 0) reading.lines = { ...read.lines };
  if (result.data !== undefined && !idProblem && bodyProblems.length === 0) reading.entry = { file, id, data: result.data, body: read.body };
  else reading.partial = { file, id, data: result.fields };
  return reading;
}

/** The venue files of one check that are read and checked on two threads (src/node/parallel-read.ts) from this many. */
export const PARALLEL_FROM = 2000;

/**
 * Loads `contentDir` (default: content). `only`: report problems of these paths only (the rules across
 * files still see the whole folder).
 */
export function loadContent(
  root: string,
  contentDir = 'content',
  options: { today?: Date; only?: readonly string[]; /** default PARALLEL_FROM; tests lower it */ parallelFrom?: number } = {},
): LoadedContent {
  const absolute = resolve(root, contentDir);
  const context = buildSchemaContext(absolute, options.today);
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path) || path;
  const selected = options.only?.map((path) => rel(resolve(root, path)));
  const report = (list: readonly Problem[]) => {
    for (const problem of list) {
      if (!selected || selected.includes(problem.file) || (problem.related !== undefined && selected.includes(problem.related))) problems.push(problem);
    }
  };
  let files = 0;
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    return { venues: [], operators: [], levers: [], importReports: [], problems: [{ file: rel(absolute), field: '', message: t.reader.noFolder }], files };
  }
  // A path given on the command line is never read: it only selects problems. One outside the content folder
  // (`../../etc/passwd`, `/etc/hosts`, `content/../package.json`) is refused before anything is looked at.
  for (const path of options.only ?? []) {
    const inside = relative(absolute, resolve(root, path));
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) problems.push({ file: path, field: '', message: t.reader.outsideContent(contentDir) });
    else if (!existsSync(resolve(root, path))) problems.push({ file: rel(resolve(root, path)), field: '', message: t.reader.noFile });
  }
  /** Lines of the fields of the files with problems, for the rules across files (annotations need a line). */
  const fieldLines = new Map<string, () => Readonly<Record<string, number>>>();

  function readYamlFile(path: string): { file: string; data?: unknown } {
    const file = rel(path);
    files++;
    const { text, problems: sizeProblems } = readText(path, file);
    report(sizeProblems);
    if (text === undefined) return { file };
    const parsed = readYaml(text);
    if (!parsed.ok) {
      report(readerProblems(file, parsed.problems));
      return { file };
    }
    return { file, data: parsed.data };
  }

  let territory: Territory | undefined;
  const territoryPath = join(absolute, 'territoire.yaml');
  if (!existsSync(territoryPath)) {
    problems.push({ file: rel(territoryPath), field: '', message: t.contentChecks.missingTerritory });
  } else {
    const { file, data } = readYamlFile(territoryPath);
    if (data !== undefined) {
      const result = parseWithProblems(TerritorySchema, data, file, Object.keys(TerritorySchema.shape));
      if (result.ok) territory = result.data;
      else report(result.problems);
    }
  }

  /** Reads the Markdown files of a folder; `check` gives every problem of one file's front matter. */
  function loadCollection<T>(folder: string, check: (input: unknown) => Checked<T>, knownFields: readonly string[]) {
    const dir = join(absolute, folder);
    const entries: Entry<T>[] = [];
    const partial: Parsed<Record<string, unknown>>[] = [];
    if (existsSync(dir)) {
      for (const name of readdirSync(dir)) {
        if (name.startsWith('_') || name.startsWith('.')) continue;
        const path = join(dir, name);
        if (lstatSync(path).isDirectory()) {
          report([{ file: rel(path), field: '', message: t.contentChecks.subfolder(contentDir, folder) }]);
        } else if (!name.endsWith('.md')) {
          // Never a listing dropped in silence: « lieu.MD », « lieu.markdown », « lieu.md.txt » are named.
          report([{ file: rel(path), field: '', message: t.reader.notMarkdown(`${contentDir}/${folder}/`) }]);
        }
      }
    }
    const jobs = markdownFiles(dir).map((name): FileJob => ({ path: join(dir, name), file: rel(join(dir, name)) }));
    files += jobs.length;
    const readOne = (job: FileJob) => readMarkdownFile(job, check, knownFields);
    const readings = folder === 'lieux' && jobs.length >= (options.parallelFrom ?? PARALLEL_FROM) ? readVenuesInParallel(absolute, context.today, jobs, readOne).readings : jobs.map(readOne);
    for (const reading of readings) {
      report(reading.problems);
      const { lines, path } = reading;
      fieldLines.set(reading.file, lines ? () => lines : () => fieldLinesOf(path));
      if (reading.entry) entries.push(reading.entry);
      else if (reading.partial) partial.push(reading.partial);
    }
    return { entries, partial };
  }

  const gazetteerPath = join(absolute, OVERRIDE_FILE);
  if (existsSync(gazetteerPath)) {
    files++;
    const file = rel(gazetteerPath);
    const { text, problems: sizeProblems } = readText(gazetteerPath, file);
    report(sizeProblems);
    if (text !== undefined) {
      const { problems: gazetteerProblems } = parseGazetteerFile(text);
      report(gazetteerProblems.map((message) => ({ file, field: '', message: t.contentChecks.gazetteerFormat(message) })));
    }
  }

  // content/fusions.yaml (written by npm run import, decided by a maintainer): its schema, so a typo in a decision is caught
  const fusionsFile = join(absolute, 'fusions.yaml');
  const distinct: [string, string][] = [];
  if (existsSync(fusionsFile)) {
    const { file, data } = readYamlFile(fusionsFile);
    if (data !== undefined) {
      const result = parseWithProblems(FusionsFileSchema, data ?? [], file);
      if (!result.ok) report(result.problems);
      // the pairs decided « lieux différents » are not reported as possible duplicates any more
      else for (const fusion of result.data) if (fusion.decision === 'lieux différents' && fusion.fichiers) distinct.push([fusion.fichiers[0]!, fusion.fichiers[1]!]);
    }
  }

  const venues = loadCollection('lieux', (input) => checkVenue(input, context), Object.keys(VenueFieldsSchema.shape));
  const operators = loadCollection('structures', (input) => checkOperator(input, context), Object.keys(OperatorFieldsSchema.shape));
  const levers = loadCollection(
    'leviers',
    (input) => {
      const result = LeverSchema.safeParse(input);
      return result.success ? { data: result.data, issues: [], warnings: [], fields: {} } : { issues: result.error.issues, warnings: [], fields: {} };
    },
    Object.keys(LeverSchema.shape),
  );

  const pictogramDir = join(root, 'public', 'pictogrammes');
  const pictograms = existsSync(pictogramDir) ? readdirSync(pictogramDir) : [];

  // The orientation questionnaire: optional (a site can run without it), checked when present.
  let orientation: OrientationContent | undefined;
  const orientationDir = join(absolute, 'orientation');
  if (!existsSync(orientationDir)) {
    report([{ file: rel(orientationDir), field: '', message: t.reader.noOrientation, severity: 'warning' }]);
  } else {
    const parts: Partial<OrientationContent> = {};
    for (const [key, { file: name, schema }] of Object.entries(ORIENTATION_FILES)) {
      const path = join(orientationDir, name);
      if (!existsSync(path)) {
        report([{ file: rel(path), field: '', message: t.reader.noFile }]);
        continue;
      }
      const { file, data } = readYamlFile(path);
      if (data === undefined) continue;
      const result = parseWithProblems(schema, data, file, Object.keys(schema.shape));
      if (result.ok) (parts as Record<string, unknown>)[key] = result.data;
      else report(result.problems);
    }
    if (parts.questions && parts.remote && parts.selfCheck) {
      const content = parts as OrientationContent;
      const questionsFile = rel(join(orientationDir, ORIENTATION_FILES.questions.file));
      const problems: Problem[] = checkOrientation(content).map((problem) => ({ ...problem, file: rel(join(orientationDir, problem.file)) }));
      for (const option of allOptions(content.questions)) {
        if (!pictograms.includes(option.pictogramme)) problems.push({ file: questionsFile, field: `${option.id}.pictogramme`, message: t.contentChecks.missingPictogram(option.pictogramme) });
      }
      report(problems);
      if (problems.length === 0) orientation = content;
    }
  }

  const importReports: Entry<ImportReport>[] = [];
  const importsDir = join(absolute, 'imports');
  if (existsSync(importsDir)) {
    for (const name of readdirSync(importsDir).filter((entry) => entry.endsWith('.yaml')).sort()) {
      const { file, data } = readYamlFile(join(importsDir, name));
      if (data === undefined) continue;
      const result = parseWithProblems(ImportReportSchema, data, file);
      if (result.ok) importReports.push({ file, id: basename(name, '.yaml'), data: result.data, body: '' });
      else report(result.problems);
    }
  }

  report(
    checkContentSet({
      venues: venues.entries,
      partialVenues: venues.partial,
      operators: [...operators.entries, ...operators.partial],
      levers: levers.entries,
      territory,
      pictograms,
      leverFolder: rel(join(absolute, 'leviers')),
      gazetteer: territoryGazetteerRows(absolute, territory),
      distinct,
    }),
  );
  for (const problem of problems) {
    if (problem.line === undefined && problem.field) {
      const line = fieldLines.get(problem.file)?.()[problem.field.split(/[ ›(.]/)[0]!];
      if (line !== undefined) problem.line = line;
    }
  }
  // Lines of one file together, files in reading order.
  const order = new Map<string, number>();
  problems.forEach((problem) => order.has(problem.file) || order.set(problem.file, order.size));
  problems.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { venues: venues.entries, operators: operators.entries, levers: levers.entries, importReports, territory, orientation, problems, files };
}

/** The gazetteer's rows for the location checks; none (checks skipped) without a territory or when communes.json does not read (reported above). */
function territoryGazetteerRows(absolute: string, territory: Territory | undefined) {
  if (!territory) return [];
  try {
    return gazetteerForTerritory(absolute, territory).gazetteer.rows;
  } catch {
    return [];
  }
}
