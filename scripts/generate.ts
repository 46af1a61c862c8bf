/**
 * `npm run generate -- --count N [--out <dir>] [--seed S] [--scope national|territory] [--today AAAA-MM-JJ]`
 * writes a complete content folder of N synthetic venues (default: content-synthetic/, git-ignored), for
 * measurements and load tests. Build it with `CONTENT_DIR=<dir> npm run build`.
 *
 * - scope `national` (default above 1,000 venues): metropolitan France, one sub-territory per département;
 * - scope `territory`: venues within the territory of content/territoire.yaml, which is copied.
 * content/leviers/ (and content/orientation/) is copied as is (--source <dir> reads another content folder). Same seed, count, scope and
 * date → same files.
 * The folder is written all at once: into a temporary folder beside it, then renamed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TerritorySchema } from '../src/lib/schema/territory.ts';
import { defaultScope, generateContent, type Scope } from './lib/synthetic.ts';
import { plural } from '../src/lib/text.ts';
import { parseYamlOrThrow } from '../src/lib/frontmatter.ts';

const USAGE =
  'Usage : npm run generate -- --count N [--out <dossier>] [--seed S] [--scope national|territory] [--today AAAA-MM-JJ] [--source <dossier>]\n' +
  '  --source : dossier de contenu dont on copie leviers/ et orientation/ (et territoire.yaml avec --scope territory) ; par défaut content';

interface Options {
  count: number;
  out: string;
  seed: string;
  scope?: Scope;
  today?: Date;
  source: string;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

export function parseArgs(args: readonly string[]): Options {
  const options: Partial<Options> = { out: 'content-synthetic', seed: 'reperes', source: 'content' };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined || next.startsWith('--')) fail(`L'option ${arg} attend une valeur.`);
      return next;
    };
    if (arg === '--count') {
      const count = Number(value().replace(/[_\s]/g, ''));
      if (!Number.isInteger(count) || count < 1) fail(`--count doit être un entier positif.`);
      options.count = count;
    } else if (arg === '--out') options.out = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--source') options.source = value();
    else if (arg === '--scope') {
      const scope = value();
      if (scope !== 'national' && scope !== 'territory') fail(`--scope vaut national ou territory (reçu « ${scope} »).`);
      options.scope = scope;
    } else if (arg === '--today') {
      const text = value();
      const date = new Date(`${text}T12:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime())) fail(`--today attend une date AAAA-MM-JJ (reçu « ${text} »).`);
      options.today = date;
    } else fail(`Option inconnue « ${arg} ».`);
  }
  if (options.count === undefined) fail('Indiquez le nombre de lieux avec --count.');
  return options as Options;
}

/** Generates and writes the folder; returns a one-line summary. */
export function generateFolder(options: Options): string {
  const started = performance.now();
  const scope = options.scope ?? defaultScope(options.count);
  const sourceDir = resolve(options.source);
  let territory;
  if (scope === 'territory') {
    const path = join(sourceDir, 'territoire.yaml');
    const parsed = TerritorySchema.safeParse(parseYamlOrThrow(readFileSync(path, 'utf8')));
    if (!parsed.success) fail(`${path} n'est pas valide : lancez « npm run validate » pour le détail.`);
    territory = parsed.data;
  }
  const generated = generateContent({ count: options.count, seed: options.seed, scope, territory, today: options.today });

  const out = resolve(options.out);
  const temporary = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  const previous = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  try {
    for (const folder of ['lieux', 'structures']) mkdirSync(join(temporary, folder), { recursive: true });
    for (const file of generated.files) writeFileSync(join(temporary, file.path), file.content);
    if (scope === 'territory') cpSync(join(sourceDir, 'territoire.yaml'), join(temporary, 'territoire.yaml'));
    cpSync(join(sourceDir, 'leviers'), join(temporary, 'leviers'), { recursive: true });
    if (existsSync(join(sourceDir, 'orientation'))) cpSync(join(sourceDir, 'orientation'), join(temporary, 'orientation'), { recursive: true });
    writeFileSync(
      join(temporary, 'LISEZMOI.md'),
      `# Contenu fictif\n\nÉcrit par \`npm run generate -- --count ${options.count} --seed ${options.seed} --scope ${scope}\`. ` +
        'Les noms, adresses, téléphones et horaires sont inventés ; les communes, codes postaux et codes INSEE sont réels ' +
        '(@etalab/decoupage-administratif). Les coordonnées sont tirées dans une zone autour du centre du département, ' +
        'pas à l\'emplacement réel de la commune. Ne pas publier.\n',
    );
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  // Swap: the old folder (if any) is moved aside, the new one takes its place, then the old one goes.
  if (existsSync(out)) renameSync(out, previous);
  try {
    renameSync(temporary, out);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, out);
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return (
    `✓ ${plural(generated.venues, 'lieu fictif', 'lieux fictifs')} (dont ${plural(generated.itinerant, 'itinérant', 'itinérants')}), ` +
    `${plural(generated.operators, 'structure', 'structures')}, périmètre ${scope === 'national' ? 'France métropolitaine' : 'du territoire'}, ` +
    `écrits dans ${options.out}/ en ${seconds} s (graine « ${options.seed} »).`
  );
}

if (import.meta.main) {
  const options = parseArgs(process.argv.slice(2));
  console.log(generateFolder(options));
  console.log(`Vérifier : CONTENT_DIR=${options.out} npm run validate ; construire : CONTENT_DIR=${options.out} npm run build`);
}
