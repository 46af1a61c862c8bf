/**
 * Prints the problems of a content check, one French line each (`fichier: champ: valeur et ce qui est
 * attendu`), the lines of a file together, a blank line between files, then a summary that counts files
 * and problems. Shared by `npm run validate` and `npm run build`.
 */
import { formatProblem, type Problem } from '../../src/lib/schema/errors.ts';
import * as t from '../../src/i18n/index.ts';

/** Prints the problems; returns true when at least one refuses a file. */
export function printProblems(problems: readonly Problem[], write: (line: string) => void = (line) => console.error(line)): boolean {
  let previous: string | undefined;
  for (const problem of problems) {
    if (previous !== undefined && previous !== problem.file) write('');
    write(formatProblem(problem));
    previous = problem.file;
  }
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  const warnings = problems.length - errors.length;
  if (errors.length > 0) {
    write(`\n${t.validation.refused(errors.length, new Set(errors.map((problem) => problem.file)).size, warnings)}`);
    return true;
  }
  const duplicates = problems.filter((problem) => problem.kind === 'duplicate').length;
  if (warnings > 0) write(`\n${t.validation.warningsOnly(warnings, new Set(problems.map((problem) => problem.file)).size, duplicates)}`);
  return false;
}

/** GitHub's escaping of a workflow command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a workflow command's property (file, title). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One GitHub Actions workflow command for a problem, so that a pull request shows it on its file and line:
 * `::error file=content/lieux/x.md,line=12,title=nom::nom: « … » …` (`::warning` for a warning). The line is the
 * field's (its top-level key's for a nested field), the body's line for a body problem, 1 for the whole file.
 */
export function githubAnnotation(problem: Problem): string {
  const command = problem.severity === 'warning' ? 'warning' : 'error';
  const title = problem.field || 'fichier';
  const message = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `::${command} file=${escapeProperty(problem.file)},line=${problem.line ?? 1},title=${escapeProperty(title)}::${escapeData(message)}`;
}

/**
 * The workflow commands of a problem: one, and for a problem about two files (a possible duplicate) one more
 * on the other file, at line 1, so that a pull request that adds either file shows it.
 */
export function githubAnnotations(problem: Problem): string[] {
  const lines = [githubAnnotation(problem)];
  if (problem.related !== undefined) lines.push(githubAnnotation({ ...problem, file: problem.related, line: 1 }));
  return lines;
}
