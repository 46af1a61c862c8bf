/**
 * Reads and checks a content folder from disk (Node only): every file against its schema, then the
 * rules across files. Collects every problem; never throws on bad content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { checkContentSet, checkId, type Parsed } from '../lib/content-check.ts';
import { buildSchemaContext } from './schema-context.ts';
import { OVERRIDE_FILE, parseGazetteerFile } from './gazetteer-build.ts';
import { LeverSchema } from '../lib/schema/lever.ts';
import { OperatorFieldsSchema, OperatorSchema, type Operator } from '../lib/schema/operator.ts';
import { parseWithProblems, type Problem } from '../lib/schema/errors.ts';
import { TerritorySchema, type Territory } from '../lib/schema/territory.ts';
import { VenueFieldsSchema, VenueSchema, type Venue } from '../lib/schema/venue.ts';
import type { z } from 'astro/zod';

export interface LoadedContent {
  venues: Parsed<Venue>[];
  operators: Parsed<Operator>[];
  levers: Parsed<z.output<typeof LeverSchema>>[];
  territory?: Territory;
  problems: Problem[];
  /** Number of files read. */
  files: number;
}

function readFrontmatter(path: string, file: string, report: (problems: Problem[]) => void): { data: unknown; body: string } | undefined {
  try {
    const parsed = matter(readFileSync(path, 'utf8'));
    return { data: parsed.data, body: parsed.content };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const where = mark?.line !== undefined ? ` près de la ligne ${mark.line + 1}` : '';
    const detail = error instanceof Error ? (error as { reason?: string }).reason ?? error.message.split('\n')[0] : String(error);
    report([{ file, field: '', message: `l'en-tête YAML (entre les deux lignes « --- ») est mal formé${where} : vérifiez les deux-points, les guillemets et les crochets (détail : ${detail})` }]);
    return undefined;
  }
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort();
}

/**
 * Loads `contentDir` (default: content). `only`: restrict per-file checks to these paths
 * (cross-file rules still see the whole folder).
 */
export function loadContent(root: string, contentDir = 'content', options: { today?: Date; only?: readonly string[] } = {}): LoadedContent {
  const absolute = resolve(root, contentDir);
  const context = buildSchemaContext(absolute, options.today);
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path) || path;
  const selected = options.only?.map((path) => rel(resolve(root, path)));
  const report = (list: Problem[]) => {
    for (const problem of list) if (!selected || selected.includes(problem.file)) problems.push(problem);
  };
  let files = 0;

  let territory: Territory | undefined;
  const territoryPath = join(absolute, 'territoire.yaml');
  const territoryFile = rel(territoryPath);
  if (!existsSync(territoryPath)) {
    problems.push({ file: territoryFile, field: '', message: 'fichier manquant : il décrit le territoire du site (voir README.md)' });
  } else {
    files++;
    try {
      const input = parseYaml(readFileSync(territoryPath, 'utf8'));
      const result = parseWithProblems(TerritorySchema, input, territoryFile, Object.keys(TerritorySchema.shape));
      if (result.ok) territory = result.data;
      else report(result.problems);
    } catch (error) {
      const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
      report([{ file: territoryFile, field: '', message: `le YAML est mal formé : ${reason}` }]);
    }
  }

  function loadCollection<T>(folder: string, schema: z.ZodType<T>, knownFields: string[]): Parsed<T>[] {
    const dir = join(absolute, folder);
    const entries: Parsed<T>[] = [];
    if (existsSync(dir)) {
      for (const name of readdirSync(dir)) {
        if (statSync(join(dir, name)).isDirectory() && !name.startsWith('_')) {
          report([{ file: rel(join(dir, name)), field: '', message: `les sous-dossiers ne sont pas lus ; placez les fichiers directement dans ${contentDir}/${folder}/` }]);
        }
      }
    }
    for (const name of markdownFiles(dir)) {
      files++;
      const path = join(dir, name);
      const file = rel(path);
      const id = basename(name, '.md');
      const idProblem = checkId(file, id);
      if (idProblem) report([idProblem]);
      const parsed = readFrontmatter(path, file, report);
      if (!parsed) continue;
      const result = parseWithProblems(schema, parsed.data, file, knownFields);
      if (result.ok) entries.push({ file, id, data: result.data });
      else report(result.problems);
    }
    return entries;
  }

  const gazetteerPath = join(absolute, OVERRIDE_FILE);
  if (existsSync(gazetteerPath)) {
    files++;
    const { problems: gazetteerProblems } = parseGazetteerFile(readFileSync(gazetteerPath, 'utf8'));
    report(gazetteerProblems.map((message) => ({ file: rel(gazetteerPath), field: '', message: `${message} (format : docs/gazetteer.md)` })));
  }

  const venues = loadCollection('lieux', VenueSchema(context), Object.keys(VenueFieldsSchema.shape));
  const operators = loadCollection('structures', OperatorSchema(context), Object.keys(OperatorFieldsSchema.shape));
  const levers = loadCollection('leviers', LeverSchema, Object.keys(LeverSchema.shape));
  const pictogramDir = join(root, 'public', 'pictogrammes');
  const pictograms = existsSync(pictogramDir) ? readdirSync(pictogramDir) : [];
  report(checkContentSet({ venues, operators, levers, territory, pictograms }));
  return { venues, operators, levers, territory, problems, files };
}
