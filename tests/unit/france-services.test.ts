import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '../../scripts/import.ts';
import { checkOpeningHours } from '../../src/lib/hours/compile.ts';
import { csvRecords, dayHours, franceServicesHours, mapFranceServicesRows, parseCsv } from '../../src/lib/mednum/france-services.ts';
import { mergeSources, mergeTwo, type SourceVenue } from '../../src/lib/mednum/merge.ts';
import { parseYamlOrThrow } from '../../src/lib/frontmatter.ts';
import { TerritorySchema } from '../../src/lib/schema/territory.ts';
import { buildSchemaContext } from '../../src/node/schema-context.ts';
import { loadContent } from '../../src/node/content-files.ts';

const TODAY = new Date('2026-06-01T12:00:00Z');
const CSV = 'content/_sources/france-services-2024-08-01.csv';
const HINAURA = 'content/_sources/hinaura-2021-lieux-v0.1.json';
const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync('content/territoire.yaml', 'utf8')));
const context = buildSchemaContext('content', TODAY);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('France Services rows', () => {
  it('reads weekday hours as OSM opening_hours, grouping consecutive days, checked by the site parser', () => {
    expect(dayHours('09:00 - 12:00 / 13:30 - 17:00')).toBe('09:00-12:00,13:30-17:00');
    expect(dayHours('')).toBe('');
    expect(dayHours('le matin')).toBeNull();
    const hours = franceServicesHours({
      h_lundi: '13:30 - 17:00',
      h_mardi: '09:00 - 12:00 / 13:30 - 17:00',
      h_mercredi: '09:00 - 12:00 / 13:30 - 17:00',
      h_jeudi: '09:00 - 12:00 / 13:30 - 17:00',
      h_vendredi: '09:00 - 12:00 / 13:30 - 16:00',
      h_samedi: '',
    });
    expect(hours).toBe('Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00');
    expect(checkOpeningHours(hours as string, 'FR')).toBeNull();
    expect(franceServicesHours({ h_lundi: '9h-12h' })).toEqual({ error: expect.stringContaining('h_lundi') });
  });

  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('imports every row of the copied file or rejects it with its reasons; buses are itinerant; the offer and phones are set', () => {
    const rows = csvRecords(readFileSync(CSV, 'utf8'));
    expect(rows).toHaveLength(325);
    const { venues, rejected, outside } = mapFranceServicesRows(rows, { context, territory, date: '2024-08-01' });
    expect(venues.length + rejected.length + outside).toBe(rows.length);
    for (const item of rejected) expect(item.reasons.length).toBeGreaterThan(0);
    const bus = venues.find((venue) => venue.sourceId === '2318')!;
    expect(bus.frontmatter.itinerance).toEqual(['Itinérant']);
    const valserhone = mapFranceServicesRows([{ ...rows[0]!, h_lundi: '' }], { context, territory, date: '2024-08-01' }).venues[0]!;
    expect(valserhone.frontmatter.dispositif_programmes_nationaux).toEqual(['France Services']);
    expect(valserhone.frontmatter.services).toEqual(['Aide aux démarches administratives', 'Accès internet et matériel informatique']);
    expect(valserhone.frontmatter.telephone).toMatch(/^\+33\d{9}$/);
    expect(valserhone.frontmatter.horaires).toBe('Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00');
    // stops where the comments name them (content/_sources/france-services-arrets.yaml), checked by the venue schema
    const stops = { '1': [{ nom: 'Place du marché', commune: 'Valserhône', horaires: 'Tu 09:00-12:00' }] };
    const withStops = mapFranceServicesRows([rows[0]!], { context, territory, date: '2024-08-01', stops }).venues[0]!;
    expect(withStops.frontmatter.itinerance).toEqual(['Itinérant']);
    expect(withStops.frontmatter.arrets).toEqual(stops['1']);
    const badStop = mapFranceServicesRows([rows[0]!], { context, territory, date: '2024-08-01', stops: { '1': [{ nom: 'X', commune: 'Y', horaires: 'le mardi' }] } });
    expect(badStop.rejected[0]!.reasons.join()).toMatch(/arrets/);
    const broken = mapFranceServicesRows([{ ...rows[0]!, latitude: '' }], { context, territory, date: '2024-08-01' });
    expect(broken.rejected[0]!.reasons.join()).toMatch(/coordonnées/);
    expect(mapFranceServicesRows([{ ...rows[0]!, insee_dep: '75' }], { context, territory, date: '2024-08-01' }).outside).toBe(1);
  });
});

function record(source: string, sourceId: string, id: string, date: string, fields: Record<string, unknown>): SourceVenue {
  return {
    source,
    sourceId,
    id,
    body: '',
    frontmatter: { nom: 'X', adresse: '1 rue A', code_postal: '63000', commune: 'Clermont-Ferrand', latitude: 45.77, longitude: 3.08, date_maj: date, ...fields } as SourceVenue['frontmatter'],
  };
}

describe('merging two sources', () => {
  const old = record('Hinaura', '80', 'msap-chamonix', '2021-10-01', { nom: 'MSAP Chamonix', telephone: '+33450000000', horaires: 'Mo 09:00-12:00', adhesion: true });
  const recent = record('France Services', '829', 'france-services-chamonix', '2024-08-01', { nom: 'France services Chamonix', telephone: '+33450000000', horaires: 'Mo-Fr 09:00-12:00' });

  it('keeps per field the newer value, the older value where the newer has none, the older id, and both sources', () => {
    const merged = mergeTwo(recent, old);
    expect(merged.id).toBe('msap-chamonix');
    expect(merged.frontmatter.nom).toBe('France services Chamonix');
    expect(merged.frontmatter.horaires).toBe('Mo-Fr 09:00-12:00');
    expect(merged.frontmatter.adhesion).toBe(true);
    expect(merged.frontmatter.source).toBe('France Services, Hinaura');
    expect(merged.frontmatter.sources_fusionnees).toEqual(['France Services 829 (2024-08-01)', 'Hinaura 80 (2021-10-01)']);
  });

  it('applies the decisions of content/fusions.yaml and lists undecided unsure pairs', () => {
    const near = record('France Services', '1', 'france-services-clermont', '2024-08-01', { nom: 'Point Information Jeunesse', telephone: '+33473000001' });
    const social = record('Hinaura', '2', 'centre-social', '2021-10-01', { nom: 'Centre social', telephone: '+33473000002' });
    const undecided = mergeSources([[near], [social]]);
    expect(undecided.venues).toHaveLength(2);
    expect(undecided.fusions).toEqual([expect.objectContaining({ a: 'France Services 1', b: 'Hinaura 2', decision: 'à décider' })]);
    const same = mergeSources([[social], [near]], [{ a: 'France Services 1', b: 'Hinaura 2', decision: 'même lieu' }]);
    expect(same.venues).toHaveLength(1);
    expect(same.mergedByDecision).toBe(1);
    const apart = mergeSources([[near], [social]], [{ a: 'France Services 1', b: 'Hinaura 2', decision: 'lieux différents' }]);
    expect(apart.venues).toHaveLength(2);
    expect(apart.fusions).toEqual([{ a: 'France Services 1', b: 'Hinaura 2', fichiers: ['france-services-clermont', 'centre-social'], decision: 'lieux différents' }]);
    // a sure pair merges whatever the order of the sources
    expect(mergeSources([[recent], [old]]).venues).toEqual(mergeSources([[old], [recent]]).venues);
  });

  it('never merges two records of one source by the rules: the pair goes to review, and a decision merges it', () => {
    const first = record('Hinaura', '10', 'face-territoire-moulins', '2021-10-01', { nom: 'Face Territoire Bourbonnais', telephone: '+33470000000', horaires: 'Mo-Th 09:00-18:00' });
    const second = record('Hinaura', '11', 'face-territoire-bourbonnais-moulins', '2021-10-01', { nom: 'Face Territoire Bourbonnais', telephone: '+33470000000', horaires: 'Mo-Fr 09:00-17:00', latitude: 45.7701 });
    const undecided = mergeSources([[first, second]]);
    expect(undecided.venues).toHaveLength(2);
    expect(undecided.fusions).toEqual([expect.objectContaining({ a: 'Hinaura 10', b: 'Hinaura 11', decision: 'à décider' })]);
    // the review entry names both files, so that a « lieux différents » decision silences validate's warning
    expect(undecided.fusions[0]!.fichiers).toEqual(['face-territoire-moulins', 'face-territoire-bourbonnais-moulins']);
    const decided = mergeSources([[first, second]], [{ a: 'Hinaura 10', b: 'Hinaura 11', decision: 'même lieu' }]);
    expect(decided.venues).toHaveLength(1);
    expect(decided.mergedByDecision).toBe(1);
  });
});

describe('the same listing written twice by one source', () => {
  const first = record('Hinaura', '653', 'association-cafes-la-mure', '2022-03-23', { nom: 'Association CAFES', source: 'Hinaura', telephone: '+33481072717', services: ['Aide aux démarches administratives'] });
  const again = record('Hinaura', '654', 'association-cafes-la-mure-h654', '2022-03-23', { nom: 'Association CAFES', source: 'Hinaura', telephone: '+33481072717', services: ['Aide aux démarches administratives'], horaires: 'Mo-Fr 09:00-12:30' });

  it('is one venue, with every field either record fills and both records named', () => {
    const result = mergeSources([[again, first]]);
    expect(result.venues).toHaveLength(1);
    expect(result.fusions).toEqual([]);
    expect(result.mergedByRule).toBe(1);
    const [venue] = result.venues;
    expect(venue!.id).toBe('association-cafes-la-mure');
    expect(venue!.frontmatter.horaires).toBe('Mo-Fr 09:00-12:30');
    expect(venue!.frontmatter.source).toBe('Hinaura');
    expect(venue!.frontmatter.sources_fusionnees).toEqual(['Hinaura 653 (2022-03-23)', 'Hinaura 654 (2022-03-23)']);
    expect(venue!.records.sort()).toEqual(['Hinaura 653', 'Hinaura 654']);
  });

  it('still meets the other sources: its pair with another source stays to decide, and a merge names all three records', () => {
    const franceServices = record('France Services', '864', 'france-services-la-matheysine', '2024-08-01', { nom: 'France services La Matheysine', telephone: '+33400000000' });
    const result = mergeSources([[first, again], [franceServices]]);
    expect(result.venues).toHaveLength(2);
    expect(result.fusions).toEqual([expect.objectContaining({ a: 'France Services 864', b: 'Hinaura 653', fichiers: ['france-services-la-matheysine', 'association-cafes-la-mure'], decision: 'à décider' })]);
    const decided = mergeSources([[first, again], [franceServices]], [{ a: 'France Services 864', b: 'Hinaura 653', decision: 'même lieu' }]);
    expect(decided.venues).toHaveLength(1);
    expect(decided.venues[0]!.frontmatter.sources_fusionnees).toEqual(['France Services 864 (2024-08-01)', 'Hinaura 653 (2022-03-23)', 'Hinaura 654 (2022-03-23)']);
    expect(decided.venues[0]!.records.sort()).toEqual(['France Services 864', 'Hinaura 653', 'Hinaura 654']);
  });

  it('does not see a contradiction in the case or accents of a text, nor in the records\' dates; the page kept is the unsuffixed one', () => {
    const later = { ...again, frontmatter: { ...again.frontmatter, nom: 'ASSOCIATION  CAFÉS', date_maj: '2022-08-17' } };
    const older = { ...first, sourceId: '999', id: 'association-cafes-la-mure', frontmatter: { ...first.frontmatter, adresse: '1 RUE A' } };
    const { venues } = mergeSources([[later, older]]);
    expect(venues).toHaveLength(1);
    expect(venues[0]!.id).toBe('association-cafes-la-mure');
    expect(venues[0]!.frontmatter.date_maj).toBe('2022-08-17');
    expect(venues[0]!.frontmatter.sources_fusionnees).toEqual(['Hinaura 654 (2022-08-17)', 'Hinaura 999 (2022-03-23)']);
  });

  it('stays two venues when they contradict each other on one field, or when a maintainer decided so', () => {
    const otherHours = { ...first, frontmatter: { ...first.frontmatter, horaires: 'Tu 14:00-17:00' } };
    expect(mergeSources([[otherHours, again]]).venues).toHaveLength(2);
    const otherBody = { ...again, body: 'Un autre texte.' };
    expect(mergeSources([[{ ...first, body: 'Un texte.' }, otherBody]]).venues).toHaveLength(2);
    expect(mergeSources([[first, again]], [{ a: 'Hinaura 653', b: 'Hinaura 654', decision: 'lieux différents' }]).venues).toHaveLength(2);
  });
});

describe('npm run import with both sources', () => {
  function copy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'reperes-fs-'));
    temps.push(dir);
    cpSync('content', join(dir, 'content'), { recursive: true });
    rmSync(join(dir, 'content', 'lieux'), { recursive: true });
    rmSync(join(dir, 'content', 'imports'), { recursive: true });
    rmSync(join(dir, 'content', 'fusions.yaml'), { force: true });
    return join(dir, 'content');
  }
  function options(content: string, format: ImportOptions['format'], file: string): ImportOptions {
    const name = file.split('/').at(-1)!.replace(/\.[a-z]+$/, '');
    return { format, file, out: join(content, 'lieux'), report: join(content, 'imports', `${name}.yaml`), fusions: join(content, 'fusions.yaml'), contentDir: content, today: TODAY };
  }
  function snapshot(content: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const folder of ['lieux', 'imports']) for (const name of readdirSync(join(content, folder)).sort()) files[`${folder}/${name}`] = readFileSync(join(content, folder, name), 'utf8');
    files['fusions.yaml'] = readFileSync(join(content, 'fusions.yaml'), 'utf8');
    return files;
  }

  it('gives the same files byte for byte in either order, and a decision is applied on the next import', { timeout: 120_000 }, () => {
    const a = copy();
    const b = copy();
    runImport(options(a, 'mednum-v0.1', HINAURA));
    const merged = runImport(options(a, 'france-services', CSV));
    runImport(options(b, 'france-services', CSV));
    runImport(options(b, 'mednum-v0.1', HINAURA));
    expect(merged.merged).toBeGreaterThan(40);
    expect(merged.toReview).toBeGreaterThan(0);
    // the reports name their files: the two copies differ only by their folder
    const other = Object.fromEntries(Object.entries(snapshot(b)).map(([name, text]) => [name, text.replaceAll(b, a)]));
    expect(other).toEqual(snapshot(a));
    expect(snapshot(a)['lieux/bus-france-services-pimms-mediation-grenoble-qpv-grenoble.md']).toMatch(/arrets:\n  - nom: Marché République[^]*Place Jules Ferry/);

    // a maintainer decides one pair « même lieu »: the next import (either source) merges it
    const fusions = readFileSync(join(a, 'fusions.yaml'), 'utf8');
    const decided = fusions.replace('decision: à décider', 'decision: même lieu');
    writeFileSync(join(a, 'fusions.yaml'), decided);
    const again = runImport(options(a, 'mednum-v0.1', HINAURA));
    expect(again.merged).toBe(merged.merged + 1);
    expect(readFileSync(join(a, 'fusions.yaml'), 'utf8')).toContain('decision: même lieu');

    // npm run validate checks the review file against its schema
    writeFileSync(join(a, 'fusions.yaml'), decided.replace('decision: même lieu', 'decision: peut-être'));
    const { problems } = loadContent(process.cwd(), a);
    expect(problems.filter((problem) => problem.file.endsWith('fusions.yaml')).map((problem) => problem.message).join()).toMatch(/n'est pas une décision/);
  });

  it('re-run over the committed content, changes no byte of it (the demo files are what the importer writes)', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'reperes-fs-'));
    temps.push(dir);
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const before = snapshot('content');
    // the reports own the files of their folder: here, the copy's
    for (const name of readdirSync(join(content, 'imports'))) {
      const report = join(content, 'imports', name);
      writeFileSync(report, readFileSync(report, 'utf8').replace('\ndossier: content/lieux\n', `\ndossier: ${join(content, 'lieux')}\n`));
    }
    runImport(options(content, 'mednum-v0.1', HINAURA));
    runImport(options(content, 'france-services', CSV));
    // the reports name their folder: the committed ones name content/
    const after = Object.fromEntries(Object.entries(snapshot(content)).map(([name, text]) => [name, text.replaceAll(content, 'content')]));
    expect(Object.keys(after).filter((name) => !(name in before)), 'new files').toEqual([]);
    expect(Object.keys(before).filter((name) => !(name in after)), 'deleted files').toEqual([]);
    expect(Object.keys(after).filter((name) => after[name] !== before[name]), 'changed files').toEqual([]);
  });
});
