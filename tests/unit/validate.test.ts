/**
 * `npm run validate` and `npm run build` on a content folder with mistakes: one French line per
 * problem (file: field: value and what is expected), exit code 1, and no site built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContent, readMarkdownFile, type FileJob } from '../../src/node/content-files.ts';
import { readVenuesInParallel } from '../../src/node/parallel-read.ts';
import { buildSchemaContext } from '../../src/node/schema-context.ts';
import { checkVenue, VenueFieldsSchema } from '../../src/lib/schema/venue.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { githubAnnotation } from '../../scripts/lib/report.ts';

let dir: string;
let contentDir: string;

function writeVenue(name: string, data: Record<string, unknown>, body = '') {
  writeFileSync(join(dir, 'lieux', name), `---\n${stringify(data)}---\n${body}`);
}

beforeAll(() => {
  dir = contentFolder('validate');
  contentDir = relative(process.cwd(), dir);
  mkdirSync(join(dir, 'structures'));
  writeFileSync(join(dir, 'structures', 'asso-riom.md'), '---\nnom: Association de Riom\ndate_maj: 2026-01-05\n---\n');
  writeVenue('mediatheque-de-riom.md', { ...VALID_VENUE, structure: 'asso-riom' });
  writeVenue('horaires-faux.md', { ...VALID_VENUE, horaires: 'Mo-Fr 9h-12h' });
  writeVenue('structure-inconnue.md', { ...VALID_VENUE, structure: 'inconnue' });
  writeVenue('hors-territoire.md', { ...VALID_VENUE, code_postal: '75001', code_insee: '75101', latitude: 48.86, longitude: 2.34 });
  writeVenue('Majuscules.md', VALID_VENUE);
  writeFileSync(join(dir, 'lieux', 'yaml-casse.md'), '---\nnom: [pas fermé\n---\n');
  writeFileSync(join(dir, 'communes.json'), JSON.stringify({ rows: [['Riom', '63200', '63300', 45.89, 3.11], ['Sans point', '63000', '63113', 'nord', 3]] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadContent', () => {
  it('keeps the valid files and reports each problem with its file and field', () => {
    const { venues, operators, problems } = loadContent(process.cwd(), contentDir, { today: TODAY });
    expect(operators.map((operator) => operator.id)).toEqual(['asso-riom']);
    expect(venues.map((venue) => venue.id)).toContain('mediatheque-de-riom');
    const lines = problems.map((problem) => `${problem.file.replace(`${contentDir}/`, '')}|${problem.field}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'lieux/horaires-faux.md|horaires',
        'lieux/structure-inconnue.md|structure',
        'lieux/hors-territoire.md|code_postal',
        'lieux/hors-territoire.md|latitude',
        'lieux/Majuscules.md|',
        'lieux/yaml-casse.md|',
        'communes.json|',
      ]),
    );
    // Its copies with a fault beside it make it a possible duplicate: warnings only, never a refusal.
    expect(problems.filter((problem) => problem.file.endsWith('mediatheque-de-riom.md') && problem.severity !== 'warning')).toEqual([]);
  });

  it('gives the same result, in the same order, when the venue files are read on two threads (large folders)', () => {
    // The demo territory is below the size from which a build reads on two threads: lowered here to 1, so that its
    // 687 venues are cut into chunks shared between this thread and the worker.
    const alone = loadContent(process.cwd(), 'content', { today: TODAY, parallelFrom: Infinity });
    const shared = loadContent(process.cwd(), 'content', { today: TODAY, parallelFrom: 1 });
    expect(alone.venues.length).toBeGreaterThan(400);
    expect(shared).toStrictEqual(alone);
    // and with faults: every problem, in the order of the files
    const faultyAlone = loadContent(process.cwd(), contentDir, { today: TODAY, parallelFrom: Infinity });
    expect(loadContent(process.cwd(), contentDir, { today: TODAY, parallelFrom: 1 })).toStrictEqual(faultyAlone);
    expect(faultyAlone.problems.length).toBeGreaterThan(5);
  });

  it('has the worker thread read part of the files (this thread reads slowly here, so that the worker takes chunks)', () => {
    const dir = join('content', 'lieux');
    const jobs = readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => ({ path: join(dir, name), file: join(dir, name) }));
    const context = buildSchemaContext(resolve('content'), TODAY);
    const knownFields = Object.keys(VenueFieldsSchema.shape);
    const readOne = (job: FileJob) => readMarkdownFile(job, (input) => checkVenue(input, context), knownFields);
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const slowly = (job: FileJob) => {
      Atomics.wait(pause, 0, 0, 10);
      return readOne(job);
    };
    const { readings, byWorker } = readVenuesInParallel(resolve('content'), TODAY, jobs, slowly);
    expect(byWorker).toBeGreaterThan(0);
    expect(readings).toStrictEqual(jobs.map(readOne));
  });
});

describe('npm run validate', () => {
  it('prints one line per problem and exits with 1', () => {
    const run = spawnSync('node', ['scripts/validate.ts', '--content', contentDir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${contentDir}/lieux/horaires-faux.md: horaires: « Mo-Fr 9h-12h » n'est pas au format`);
    expect(run.stderr).toMatch(/structure-inconnue\.md: structure: « inconnue » ne correspond à aucune structure/);
    expect(run.stderr).toMatch(/Majuscules\.md: le nom du fichier « Majuscules » n'est pas un identifiant valide/);
    expect(run.stderr).toMatch(/yaml-casse\.md: ligne [23] : l'en-tête YAML .* est mal formé/);
    expect(run.stderr).toMatch(/communes\.json: ligne n° 2 : latitude de/);
    expect(run.stderr).toMatch(/✗ \d+ problèmes dans 6 fichiers/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('checks only the files given, still knowing the whole folder', () => {
    const run = spawnSync('node', ['scripts/validate.ts', '--content', contentDir, `${contentDir}/lieux/mediatheque-de-riom.md`], { encoding: 'utf8' });
    const lines = run.stderr.split('\n').filter((line) => line.startsWith(contentDir));
    // Only the possible duplicates of this file (its faulty copies in the folder), as warnings naming it.
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`: nom: avertissement : doublon possible : .*${contentDir}/lieux/mediatheque-de-riom\\.md`));
    expect(run.stderr).toMatch(/\n⚠ /);
    expect(run.status).toBe(0);
    const bad = spawnSync('node', ['scripts/validate.ts', '--content', contentDir, `${contentDir}/lieux/structure-inconnue.md`], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).not.toMatch(/horaires-faux\.md: /);
  });

  it('names a file given that does not exist, and a content folder that does not exist', () => {
    const missing = spawnSync('node', ['scripts/validate.ts', '--content', contentDir, `${contentDir}/lieux/nexiste-pas.md`], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`${contentDir}/lieux/nexiste-pas.md: fichier introuvable`);
    const folder = spawnSync('node', ['scripts/validate.ts', '--content', `${contentDir}-absent`], { encoding: 'utf8' });
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/-absent: dossier de contenu introuvable/);
    expect(folder.stderr).toMatch(/✗ 1 problème dans 1 fichier/);
  });

  it('passes on the demo territory, with its possible duplicates and misplaced points as warnings', () => {
    const run = spawnSync('node', ['scripts/validate.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    // Two « Face Territoire Bourbonnais » 13 m apart in Moulins: one warning naming both files.
    expect(run.stderr).toContain(
      'content/lieux/face-territoire-bourbonnais-moulins.md: nom: avertissement : doublon possible : content/lieux/face-territoire-bourbonnais-moulins-h473.md et content/lieux/face-territoire-bourbonnais-moulins.md (« FACE TERRITOIRE BOURBONNAIS » et « FACE TERRITOIRE BOURBONNAIS », à 13 m, noms semblables)',
    );
    // The Annecy venue placed in the Loire, ≈ 135 km away: a warning, not a refusal.
    expect(run.stderr).toMatch(/content\/lieux\/les-cometes-accueil-de-jour-annecy\.md: latitude: avertissement : .* sont à 136 km de Annecy \(plus de 10 km\)/);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('content/'));
    expect(lines.every((line) => line.includes(': avertissement : '))).toBe(true);
    const duplicates = lines.filter((line) => line.includes('avertissement : doublon possible : content/lieux/')).length;
    const files = new Set(lines.map((line) => line.split(':')[0])).size;
    expect(run.stderr).toMatch(new RegExp(`⚠ ${lines.length} avertissements dans ${files} fichiers \\(dont ${duplicates} doublons possibles\\)`));
  });
});

describe('npm run build with bad content', () => {
  it('stops before building anything', () => {
    const outDir = join(dir, 'dist');
    const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/horaires-faux\.md: horaires/);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('hostile and faulty files, through the commands a maintainer runs', () => {
  let hostile: string;
  let hostileDir: string;
  let marker: string;

  beforeAll(() => {
    hostile = contentFolder('hostile');
    hostileDir = relative(process.cwd(), hostile);
    marker = join(hostile, 'evaluated.txt');
    mkdirSync(join(hostile, 'structures'));
    // gray-matter hands a `---js` front matter to eval(): reading this file must never write the marker.
    const payload = `{ nom: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'evaluated'), 'Lieu piégé') }`;
    writeFileSync(join(hostile, 'lieux', 'piege.md'), `---js\n${payload}\n---\nCorps.\n`);
    writeFileSync(join(hostile, 'lieux', 'piege-coffee.md'), `---coffee\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'evaluated')\n---\n`);
    writeFileSync(join(hostile, 'lieux', 'piege-tag.md'), `---\nnom: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }"\n---\n`);
    const { pivot: _pivot, ...withoutPivot } = VALID_VENUE;
    writeFileSync(
      join(hostile, 'lieux', 'cinq-fautes.md'),
      `---\n${stringify({ ...withoutPivot, code_postal: '6320', telephone: 'appelez-nous le matin', horaires: 'le matin', date_maj: '2999-01-01', structure: 'structure-fantome' })}---\n`,
    );
  });
  afterAll(() => rmSync(hostile, { recursive: true, force: true }));

  it('npm run validate refuses other fences and custom tags, naming the file, and evaluates nothing', () => {
    const run = spawnSync('node', ['scripts/validate.ts', '--content', hostileDir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${hostileDir}/lieux/piege.md: ligne 1 : l'en-tête commence par « ---js » : seul un en-tête YAML`);
    expect(run.stderr).toContain(`${hostileDir}/lieux/piege-coffee.md: ligne 1 : l'en-tête commence par « ---coffee »`);
    expect(run.stderr).toMatch(/piege-tag\.md: ligne 2 : l'étiquette YAML « !!js\/function » n'est pas acceptée/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(marker)).toBe(false);
  });

  it('a venue with five faults and no pivot gets five lines naming five fields, together', () => {
    const run = spawnSync('node', ['scripts/validate.ts', '--content', hostileDir], { encoding: 'utf8' });
    const lines = run.stderr.split('\n').filter((line) => line.includes('/cinq-fautes.md: '));
    const fields = lines.map((line) => line.split(': ')[1]);
    expect(fields.sort()).toEqual(['code_postal', 'date_maj', 'horaires', 'structure', 'telephone']);
    const all = run.stderr.split('\n');
    const first = all.findIndex((line) => line.includes('/cinq-fautes.md: '));
    expect(all.slice(first, first + 5)).toEqual(lines); // the lines of a file are together
    expect(run.stderr).toMatch(/✗ \d+ problèmes dans 4 fichiers/);
  });

  it('npm run build refuses the same files before writing anything, and evaluates nothing', () => {
    const outDir = join(hostile, 'dist');
    const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: hostileDir } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${hostileDir}/lieux/piege.md: ligne 1 : l'en-tête commence par « ---js »`);
    expect(run.stderr).toMatch(/cinq-fautes\.md: code_postal/);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('venues without pivot', () => {
  let belgium: string;
  beforeAll(() => {
    belgium = contentFolder('be', { territory: false });
    writeFileSync(
      join(belgium, 'territoire.yaml'),
      stringify({
        nom: 'Bruxelles-Capitale',
        nom_site: 'Repères Bruxelles',
        slogan: "Trouver de l'aide pour le numérique",
        pays: 'BE',
        fuseau_horaire: 'Europe/Brussels',
        type_sous_territoires: 'commune',
        bornes: [4.2, 50.75, 4.5, 50.92],
        sous_territoires: [{ id: 'bruxelles', nom: 'Bruxelles', codes_postaux: ['1'] }],
        contributions: { courriel: 'contact@example.be' },
      }),
    );
    const { pivot: _pivot, fiche_acces_libre: _fiche, ...venue } = VALID_VENUE;
    writeFileSync(
      join(belgium, 'lieux', 'bibliotheque-de-bruxelles.md'),
      `---\n${stringify({ ...venue, nom: 'Bibliothèque de Bruxelles', code_postal: '1000', code_insee: '21004', commune: 'Bruxelles', telephone: '02 123 45 67', latitude: 50.8467, longitude: 4.3525 })}---\n`,
    );
    const { pivot: _frenchPivot, ...french } = VALID_VENUE;
    writeFileSync(join(dir, 'lieux', 'cafe-sans-siret.md'), `---\n${stringify({ ...french, nom: 'Café associatif de Riom' })}---\n`);
  });
  afterAll(() => rmSync(belgium, { recursive: true, force: true }));

  it('are accepted in France and in Belgium', () => {
    const french = spawnSync('node', ['scripts/validate.ts', '--content', contentDir, `${contentDir}/lieux/cafe-sans-siret.md`], { encoding: 'utf8' });
    expect(french.stderr).toBe('');
    expect(french.status).toBe(0);
    const belgian = spawnSync('node', ['scripts/validate.ts', '--content', relative(process.cwd(), belgium)], { encoding: 'utf8' });
    expect(belgian.stderr).toBe('');
    expect(belgian.stdout).toMatch(/✓ .* 1 lieu\b/);
    expect(belgian.status).toBe(0);
  });
});

describe('npm run build builds from the one reading of the content', () => {
  let site: string;
  beforeAll(() => {
    site = contentFolder('site');
    // A body that opens with its own `---` block: the reader says it is body, and so must the page.
    writeFileSync(join(site, 'lieux', 'mediatheque-de-riom.md'), `---\n${stringify(VALID_VENUE)}---\n---\nfaux_champ: ceci est du texte\n---\nTexte de présentation.\n`);
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('renders a body that starts with « --- » as body, as the reader split it', () => {
    const outDir = join(site, 'dist');
    const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: relative(process.cwd(), site) } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✓ Contenu valide : 1 lieu\b/);
    const page = readFileSync(join(outDir, 'lieux', 'mediatheque-de-riom', 'index.html'), 'utf8');
    expect(page).toContain('faux_champ: ceci est du texte');
    expect(page).toContain('Texte de présentation.');
  });
});

describe('files that are not plain UTF-8 Markdown files', () => {
  let odd: string;
  beforeAll(() => {
    odd = contentFolder('odd');
    // A link to an endless device would never finish reading; a link to a secret would publish it.
    symlinkSync('/dev/zero', join(odd, 'lieux', 'sans-fin.md'));
    symlinkSync('/etc/hostname', join(odd, 'lieux', 'secret.md'));
    // Latin-1 bytes: « Médiathèque » would silently become « M�diath�que ».
    writeFileSync(join(odd, 'lieux', 'latin1.md'), Buffer.from(`---\n${stringify({ ...VALID_VENUE, nom: 'Médiathèque' })}---\n`, 'latin1'));
    writeFileSync(join(odd, 'lieux', 'majuscules.MD'), `---\n${stringify(VALID_VENUE)}---\n`);
  });
  afterAll(() => rmSync(odd, { recursive: true, force: true }));

  it('are named, one line each, and none is read or dropped in silence', () => {
    const run = spawnSync('node', ['scripts/validate.ts', '--content', relative(process.cwd(), odd)], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/sans-fin\.md: n'est pas un fichier ordinaire/);
    expect(run.stderr).toMatch(/secret\.md: n'est pas un fichier ordinaire/);
    expect(run.stderr).toMatch(/latin1\.md: n'est pas encodé en UTF-8/);
    expect(run.stderr).toMatch(/majuscules\.MD: n'est pas lu : seuls les fichiers « \.md »/);
    expect(run.stderr).toMatch(/✗ 4 problèmes dans 4 fichiers/);
  });
});

describe('sub-folders of a collection', () => {
  let nested: string;
  beforeAll(() => {
    nested = contentFolder('nested');
    // A folder named like a venue file: a sub-folder, not a link or a special file.
    for (const folder of ['dossier.md', 'archives']) {
      mkdirSync(join(nested, 'lieux', folder));
      writeFileSync(join(nested, 'lieux', folder, 'mediatheque-de-riom.md'), `---\n${stringify(VALID_VENUE)}---\n`);
    }
  });
  afterAll(() => rmSync(nested, { recursive: true, force: true }));

  it('get one line each, the sub-folder one, even when their name ends in .md; their files are not read', () => {
    const folder = relative(process.cwd(), nested);
    const { venues, problems } = loadContent(process.cwd(), folder, { today: TODAY });
    expect(venues).toEqual([]);
    const lines = problems.filter((problem) => problem.file.startsWith(`${folder}/lieux/`)).map((problem) => `${problem.file.slice(folder.length + 1)}: ${problem.message}`);
    expect(lines.sort()).toEqual([
      `lieux/archives: les sous-dossiers ne sont pas lus ; placez les fichiers directement dans ${folder}/lieux/`,
      `lieux/dossier.md: les sous-dossiers ne sont pas lus ; placez les fichiers directement dans ${folder}/lieux/`,
    ]);
  });
});

describe('npm run validate -- --format github', () => {
  it('formats one workflow command per problem, escaped as GitHub asks', () => {
    expect(githubAnnotation({ file: 'content/lieux/x.md', field: 'nom', message: 'est vide', line: 3 })).toBe('::error file=content/lieux/x.md,line=3,title=nom::nom: est vide');
    expect(githubAnnotation({ file: 'content/lieux/x.md', field: '', message: 'fichier introuvable' })).toBe('::error file=content/lieux/x.md,line=1,title=fichier::fichier introuvable');
    expect(githubAnnotation({ file: 'a,b:c.md', field: 'arrets (n° 1) › nom', message: '100 % faux\r\nencore', line: 7, severity: 'warning' })).toBe(
      '::warning file=a%2Cb%3Ac.md,line=7,title=arrets (n° 1) › nom::arrets (n° 1) › nom: 100 %25 faux%0D%0Aencore',
    );
  });

  let annotated: string;
  let annotatedDir: string;
  beforeAll(() => {
    annotated = contentFolder('github');
    annotatedDir = relative(process.cwd(), annotated);
    // nom is line 3 (pivot is line 2), horaires further down; the body's link is on line 3 of the body.
    writeFileSync(join(annotated, 'lieux', 'fautes.md'), `---\n${stringify({ ...VALID_VENUE, nom: 'Mairie\u202e', horaires: 'le matin', structure: 'fantome' })}---\n\nUn.\n\n[clic](javascript:alert(1))\n`);
    writeFileSync(join(annotated, 'lieux', 'Mauvais-Nom.md'), `---\n${stringify(VALID_VENUE)}---\n`);
    writeFileSync(join(annotated, 'lieux', 'doublon.md'), `---\n${stringify({ ...VALID_VENUE, nom: 'Médiathèque de Riom (annexe)' })}---\n`);
    writeFileSync(join(annotated, 'lieux', 'mediatheque-de-riom.md'), `---\n${stringify(VALID_VENUE)}---\n`);
  });
  afterAll(() => rmSync(annotated, { recursive: true, force: true }));

  it('prints the annotations on stdout with each field’s line, keeps the report and the exit code', () => {
    const run = spawnSync('node', ['scripts/validate.ts', '--content', annotatedDir, '--format', 'github'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const text = readFileSync(join(annotated, 'lieux', 'fautes.md'), 'utf8').split('\n');
    const lineOf = (prefix: string) => text.findIndex((line) => line.startsWith(prefix)) + 1;
    const annotations = run.stdout.trim().split('\n');
    const file = `${annotatedDir}/lieux/fautes.md`;
    expect(annotations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^::error file=${file},line=${lineOf('nom:')},title=nom::nom: « Mairie⟨U\\+202E⟩ » contient un caractère qui change le sens d'écriture`)),
        expect.stringMatching(new RegExp(`^::error file=${file},line=${lineOf('horaires:')},title=horaires::horaires: « le matin »`)),
        expect.stringMatching(new RegExp(`^::error file=${file},line=${lineOf('structure:')},title=structure::structure: « fantome » ne correspond`)),
        expect.stringMatching(new RegExp(`^::error file=${file},line=${lineOf('[clic]')},title=corps::corps: ligne ${lineOf('[clic]')} : le lien ou l'image vers « javascript:alert\\(1\\) »`)),
        expect.stringMatching(new RegExp(`^::error file=${annotatedDir}/lieux/Mauvais-Nom\\.md,line=1,title=fichier::le nom du fichier`)),
        expect.stringMatching(new RegExp(`^::warning file=${annotatedDir}/lieux/mediatheque-de-riom\\.md,line=3,title=nom::nom: doublon possible : ${annotatedDir}/lieux/doublon\\.md et`)),
        // and on the other file of the pair, so that a pull request adding either shows it
        expect.stringMatching(new RegExp(`^::warning file=${annotatedDir}/lieux/doublon\\.md,line=1,title=nom::nom: doublon possible : ${annotatedDir}/lieux/doublon\\.md et`)),
      ]),
    );
    expect(annotations.every((line) => /^::(error|warning) file=[^,]+,line=\d+,title=[^:]+::/.test(line))).toBe(true);
    expect(run.stderr).toContain(`${file}: horaires: « le matin »`);
    const plain = spawnSync('node', ['scripts/validate.ts', '--content', annotatedDir], { encoding: 'utf8' });
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toBe(run.stderr);
  });
});
