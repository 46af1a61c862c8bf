/**
 * `npm run validate [files…]`: checks the content and prints one line per problem, naming the
 * file, the field, the value and what is expected; every problem of every file in one run, the lines
 * of a file together. Exit code 1 on any refusal (warnings alone exit 0).
 * `npm run build` runs the same check (src/node/content-files.ts) and builds from its result.
 * Options: --content <dir> (default: $CONTENT_DIR or content), --quiet (no success details),
 * --format github (also one GitHub Actions workflow command per problem on stdout, `::error file=…,line=…,title=…::…`,
 * a possible duplicate on both its files,
 * so that a pull request shows each problem on its file and line; the report on stderr and the exit code are unchanged).
 */
import { loadContent } from '../src/node/content-files.ts';
import * as t from '../src/i18n/index.ts';
import { githubAnnotations, printProblems } from './lib/report.ts';

const args = process.argv.slice(2);
let quiet = false;
let github = false;
let contentDir = process.env.CONTENT_DIR || 'content';
const files: string[] = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (arg === '--quiet') quiet = true;
  else if (arg === '--content' && args[index + 1]) contentDir = args[++index]!;
  else if ((arg === '--format' && args[index + 1] === 'github') || arg === '--format=github') {
    github = true;
    if (arg === '--format') index++;
  }
  else if (arg.startsWith('--')) {
    console.error(t.validation.unknownOption(arg));
    process.exit(1);
  } else files.push(arg);
}

const started = Date.now();
const { venues, operators, levers, problems, files: count } = loadContent(process.cwd(), contentDir, {
  only: files.length > 0 ? files : undefined,
});

if (github) for (const problem of problems) for (const line of githubAnnotations(problem)) console.log(line);
if (printProblems(problems)) process.exitCode = 1;
else if (quiet) console.log(t.validation.okQuiet(venues.length));
else if (problems.length === 0) console.log(t.validation.ok(count, ((Date.now() - started) / 1000).toFixed(1), venues.length, operators.length, levers.length));
