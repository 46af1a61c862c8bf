/**
 * `npm run validate [files…]`: checks the content and prints one line per problem, naming the
 * file, the field, the value and what is expected. Exit code 1 on any problem.
 * `npm run build` runs it first (with --quiet), so bad content never yields a half-built site.
 * Options: --content <dir> (default: $CONTENT_DIR or content), --quiet (no success details).
 */
import { loadContent } from '../src/node/content-files.ts';
import { formatProblem } from '../src/lib/schema/errors.ts';
import { plural } from '../src/lib/text.ts';

const args = process.argv.slice(2);
let quiet = false;
let contentDir = process.env.CONTENT_DIR || 'content';
const files: string[] = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (arg === '--quiet') quiet = true;
  else if (arg === '--content' && args[index + 1]) contentDir = args[++index]!;
  else if (arg.startsWith('--')) {
    console.error(`Option inconnue « ${arg} ». Usage : npm run validate -- [--content <dossier>] [--quiet] [fichiers…]`);
    process.exit(1);
  } else files.push(arg);
}

const started = Date.now();
const { venues, operators, levers, problems, files: count } = loadContent(process.cwd(), contentDir, {
  only: files.length > 0 ? files : undefined,
});

for (const problem of problems) console.error(formatProblem(problem));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  const filesWithProblems = new Set(problems.map((problem) => problem.file)).size;
  console.error(
    `\n✗ ${plural(problems.length, 'problème', 'problèmes')} dans ${plural(filesWithProblems, 'fichier', 'fichiers')}. ` +
      'Corrigez chaque ligne ci-dessus (fichier: champ: valeur et ce qui est attendu), puis relancez « npm run validate ». ' +
      'La liste des champs est dans docs/contenu.md.',
  );
  process.exitCode = 1;
} else if (!quiet) {
  console.log(`✓ ${plural(count, 'fichier vérifié', 'fichiers vérifiés')} en ${seconds} s : ${plural(venues.length, 'lieu', 'lieux')}, ${plural(operators.length, 'structure', 'structures', true)}, ${plural(levers.length, 'levier', 'leviers')}. Aucun problème.`);
} else {
  console.log(`✓ Contenu valide : ${plural(venues.length, 'lieu', 'lieux')}.`);
}
