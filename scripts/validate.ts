/**
 * `npm run validate [files…]`: checks the content and prints one line per problem, naming the
 * file, the field, the value and what is expected; every problem of every file in one run, the lines
 * of a file together. Exit code 1 on any refusal (warnings alone exit 0).
 * `npm run build` runs the same check (src/node/content-files.ts) and builds from its result.
 * Options: --content <dir> (default: $CONTENT_DIR or content), --quiet (no success details).
 */
import { loadContent } from '../src/node/content-files.ts';
import * as t from '../src/i18n/index.ts';
import { printProblems } from './lib/report.ts';

const args = process.argv.slice(2);
let quiet = false;
let contentDir = process.env.CONTENT_DIR || 'content';
const files: string[] = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (arg === '--quiet') quiet = true;
  else if (arg === '--content' && args[index + 1]) contentDir = args[++index]!;
  else if (arg.startsWith('--')) {
    console.error(t.validation.unknownOption(arg));
    process.exit(1);
  } else files.push(arg);
}

const started = Date.now();
const { venues, operators, levers, problems, files: count } = loadContent(process.cwd(), contentDir, {
  only: files.length > 0 ? files : undefined,
});

if (printProblems(problems)) process.exitCode = 1;
else if (quiet) console.log(t.validation.okQuiet(venues.length));
else if (problems.length === 0) console.log(t.validation.ok(count, ((Date.now() - started) / 1000).toFixed(1), venues.length, operators.length, levers.length));
