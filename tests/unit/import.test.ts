/**
 * The mednum v0.1 importer: mapping tables, ids, rejections, warnings, serialisation, and the full import of
 * the Hinaura file (into temporary folders only; content/ is read, never written).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSummary, ImportError, loadCommuneIndex, parseArgs, runImport, type ImportOptions } from '../../scripts/import.ts';
import { buildSchemaContext } from '../../src/node/schema-context.ts';
import { readVenueFile, serializeVenue, VENUE_FIELD_ORDER } from '../../src/lib/mednum/markdown.ts';
import {
  findCommune,
  mapV01Record,
  mapV01Records,
  resolveIdCollisions,
  V01_CONDITIONS,
  V01_MODALITES,
  V01_PUBLICS,
  V01_SERVICES,
  venueSlug,
  type V01Options,
  type V01Result,
} from '../../src/lib/mednum/v01.ts';
import { TerritorySchema } from '../../src/lib/schema/territory.ts';
import { VenueSchema } from '../../src/lib/schema/venue.ts';
import { slugify } from '../../src/lib/text.ts';
import { parseYamlOrThrow } from '../../src/lib/frontmatter.ts';

const SOURCE = 'content/_sources/hinaura-2021-lieux-v0.1.json';
const TODAY = new Date('2026-06-01T12:00:00Z');

const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync('content/territoire.yaml', 'utf8')));
const options: V01Options = {
  context: buildSchemaContext('content', TODAY),
  territory,
  communes: loadCommuneIndex(),
  structures: [{ structure: 'emmaus-connect', pattern: '^Emmaüs Connect\\b' }],
};

const BASE = {
  id: '1',
  nom: 'Médiathèque Jean Moulin',
  services: 'Prendre en main un ordinateur',
  pivot: '00000000000000',
  commune: 'Clermont-Ferrand',
  code_postal: '63000',
  adresse: '1 rue Sainte-Rose',
  latitude: 45.7772,
  longitude: 3.087,
  source: 'Hinaura',
  date_maj: '2022-03-18',
};

function map(overrides: Record<string, unknown> = {}): V01Result {
  return mapV01Record({ ...BASE, ...overrides }, options);
}

function venue(overrides: Record<string, unknown> = {}) {
  const result = map(overrides);
  if (!result.ok) throw new Error(`rejected: ${result.reasons.join('\n')}`);
  return result;
}

function rejected(overrides: Record<string, unknown> = {}) {
  const result = map(overrides);
  if (result.ok) throw new Error('expected a rejection');
  return result;
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-import-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function importInto(dir: string, file = SOURCE): ReturnType<typeof runImport> {
  return runImport(importOptions(dir, file));
}
function importOptions(dir: string, file = SOURCE): ImportOptions {
  return { format: 'mednum-v0.1', file, out: join(dir, 'lieux'), report: join(dir, 'rapport.yaml'), contentDir: 'content', today: TODAY };
}

function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) files[name] = readFileSync(join(dir, name), 'utf8');
  return files;
}

describe('mapping tables', () => {
  it('services table equals src/lib/schema/reference/services-v0.1-vers-v1.tsv', () => {
    const rows = readFileSync('src/lib/schema/reference/services-v0.1-vers-v1.tsv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line: string) => line.split('\t'));
    expect(Object.entries(V01_SERVICES)).toEqual(rows);
  });

  it('maps services, in the order of the standard, without duplicates', () => {
    const result = venue({
      services: "Accéder à du matériel;Accompagner les démarches de santé;Réaliser des démarches administratives avec un accompagnement;Créer avec le numérique;S'équiper en matériel informatique",
    });
    expect(result.frontmatter.services).toEqual([
      'Aide aux démarches administratives',
      'Loisirs et créations numériques',
      'Accès internet et matériel informatique',
      'Acquisition de matériel informatique à prix solidaire',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('warns about an unknown service and rejects a venue left without any', () => {
    const result = venue({ services: 'Prendre en main un ordinateur;Faire du vélo' });
    expect(result.warnings).toEqual([expect.stringContaining('« Faire du vélo » ignoré')]);
    const none = rejected({ services: 'Faire du vélo' });
    expect(none.reasons.join('\n')).toMatch(/services: manque : indiquez au moins un service/);
  });

  it('maps publics and specific support', () => {
    const result = venue({
      publics_accueillis:
        "Jeunes (16-26 ans);Seniors (+ 65 ans);Surdité;Handicaps mentaux : déficiences limitant les activités d'une personne;Personnes en situation d'illettrisme;Déficience visuelle;Public langues étrangères",
    });
    expect(result.frontmatter.publics_specifiquement_adresses).toEqual(['Jeunes', 'Seniors']);
    expect(result.frontmatter.prise_en_charge_specifique).toEqual([
      'Surdité',
      'Handicaps mentaux',
      'Illettrisme',
      'Déficience visuelle',
    ]);
    // « Public langues étrangères » names no language: no « anglais » claimed, the extension instead
    expect(result.frontmatter.accueil_langues_etrangeres).toBe(true);
    expect(result.mappings).toEqual(['langues_etrangeres']);
    // « Adultes » listed: families are welcomed, not specifically addressed
    const adults = venue({ publics_accueillis: 'Familles/enfants;Adultes' });
    expect(adults.frontmatter.publics_specifiquement_adresses).toEqual([]);
    expect(adults.frontmatter.publics_accueillis).toEqual(['Adultes', 'Familles et/ou enfants']);
    expect(adults.mappings).toEqual(['publics_accueillis']);
    expect(venue({ publics_accueillis: 'Adultes' }).frontmatter.publics_accueillis).toEqual([]);
    expect(V01_PUBLICS.Adultes).toEqual({});
  });

  it('leaves publics empty when a venue lists every public (it addresses everyone)', () => {
    const result = venue({ publics_accueillis: 'Adultes;Familles/enfants;Jeunes (16-26 ans);Seniors (+ 65 ans);Surdité' });
    expect(result.frontmatter.publics_specifiquement_adresses).toEqual([]);
    expect(result.frontmatter.prise_en_charge_specifique).toEqual(['Surdité']);
    // three of the four are still specific
    expect(venue({ publics_accueillis: 'Familles/enfants;Jeunes (16-26 ans);Seniors (+ 65 ans)' }).frontmatter.publics_specifiquement_adresses).toEqual([
      'Jeunes',
      'Familles et/ou enfants',
      'Seniors',
    ]);
  });

  it('warns about a public with no v1 value', () => {
    const result = venue({ publics_accueillis: 'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales;Seniors (+ 65 ans)' });
    expect(result.frontmatter.publics_specifiquement_adresses).toEqual(['Seniors']);
    expect(result.warnings).toEqual([expect.stringMatching(/^publics_accueillis : « Handicaps psychiques/)]);
  });

  it('maps access conditions to costs and the Pass numérique', () => {
    const all = venue({
      conditions_acces:
        "Gratuit : Je peux accéder gratuitement au lieu et à ses services;Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...);Payant : L'accès au lieu et/ou à ses services est payant",
    });
    expect(all.frontmatter.frais_a_charge).toEqual(['Gratuit', 'Gratuit sous condition', 'Payant']);
    expect(all.frontmatter.accepte_pass_numerique).toBeUndefined();
    const membership = venue({
      conditions_acces: "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer;Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu",
    });
    // a membership is not a price: no « Payant », the extension adhesion
    expect(membership.frontmatter.frais_a_charge).toEqual([]);
    expect(membership.frontmatter.adhesion).toBe(true);
    expect(membership.mappings).toEqual(['adhesion_sans_frais']);
    expect(membership.frontmatter.accepte_pass_numerique).toBe(true);
    const paid = venue({ conditions_acces: 'Adhésion;Payant' });
    expect(paid.frontmatter.frais_a_charge).toEqual(['Payant']);
    expect(paid.mappings).toEqual(['adhesion']);
    expect(Object.keys(V01_CONDITIONS)).toHaveLength(5);
    expect(venue({ conditions_acces: 'Sur devis : on verra' }).warnings).toEqual([expect.stringMatching(/^conditions_acces : « Sur devis/)]);
  });

  it('maps support modes', () => {
    const result = venue({
      modalites_accompagnement:
        "A ma place : une personne habilitée fait les démarches à ma place;Dans un atelier : j'apprends collectivement à utiliser le numérique;Seul : j'ai accès à du matériel et une connexion",
    });
    // « A ma place » (done for the person) is not « Accompagnement individuel »: the extension fait_a_la_place
    expect(result.frontmatter.modalites_accompagnement).toEqual(['En autonomie', 'Dans un atelier collectif']);
    expect(result.frontmatter.fait_a_la_place).toBe(true);
    expect(result.mappings).toEqual(['a_ma_place']);
    const only = venue({ modalites_accompagnement: 'A ma place' });
    expect(only.frontmatter.modalites_accompagnement).toEqual([]);
    expect(only.mappings).toEqual(['a_ma_place_seule']);
    expect(venue({ modalites_accompagnement: "Avec de l'aide : je suis accompagné seul dans l'usage du numérique" }).frontmatter.modalites_accompagnement).toEqual([
      'Accompagnement individuel',
    ]);
    expect(V01_MODALITES['A ma place']).toBeNull();
  });
});

describe('other fields', () => {
  it('normalises phone numbers, drops invalid ones with a warning', () => {
    expect(venue({ telephone: '04 73 12 34 56' }).frontmatter.telephone).toBe('+33473123456');
    expect(venue({ telephone: '+33 (0)4.73.12.34.56' }).frontmatter.telephone).toBe('+33473123456');
    expect(venue({ telephone: '+33479613068' }).frontmatter.telephone).toBe('+33479613068');
    const bad = venue({ telephone: '12 34' });
    expect(bad.frontmatter.telephone).toBeUndefined();
    expect(bad.warnings).toEqual([expect.stringMatching(/^telephone « 12 34 » ignoré/)]);
  });

  it('turns courriel and site_web into lists, adding https:// with a warning', () => {
    const result = venue({ courriel: 'Contact@Exemple.FR', site_web: 'https://a.example.org/;www.exemple.fr' });
    expect(result.frontmatter.courriels).toEqual(['contact@exemple.fr']);
    expect(result.frontmatter.site_web).toEqual(['https://a.example.org/', 'https://www.exemple.fr']);
    expect(result.warnings).toEqual([expect.stringContaining('« www.exemple.fr » sans « https:// »')]);
  });

  it('keeps valid hours and drops invalid ones with a warning naming the value', () => {
    expect(venue({ horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00' }).frontmatter.horaires).toBe('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00');
    const result = venue({ horaires: 'lundi 9h-12h' });
    expect(result.frontmatter.horaires).toBeUndefined();
    expect(result.warnings).toEqual([expect.stringMatching(/^horaires « lundi 9h-12h » ignorées : n'est pas au format/)]);
  });

  it('keeps source, pivot, date and coordinates; links operators by name', () => {
    const result = venue({ nom: 'Emmaüs Connect Lyon', commune: 'Lyon', code_postal: '69007', latitude: 45.75, longitude: 4.84, pivot: '73282932000074' });
    expect(result.frontmatter).toMatchObject({ source: 'Hinaura', pivot: '73282932000074', date_maj: '2022-03-18', latitude: 45.75, longitude: 4.84, structure: 'emmaus-connect' });
    expect(result.frontmatter.code_insee).toBe('69123');
  });

  it("writes no pivot when the source has none or only the standard's placeholder of zeros", () => {
    expect(venue({}).frontmatter).not.toHaveProperty('pivot');
    expect(venue({ pivot: '00000000000000' }).frontmatter).not.toHaveProperty('pivot');
    expect(venue({ pivot: '00000000000000' }).warnings).toEqual([]);
  });

  it('finds INSEE codes, title-cases ALL-CAPS communes when matched exactly', () => {
    const index = loadCommuneIndex();
    expect(findCommune('Aix les bains', '73100', index)).toMatchObject({ code: '73008', exact: true });
    expect(findCommune('St Flour', '15100', index)).toMatchObject({ code: '15187', exact: true });
    expect(findCommune('OULLINS', '69600', index)).toMatchObject({ code: '69149', nom: 'Oullins', exact: true }); // delegated commune
    expect(findCommune('Annecy Cedex 03', '74003', index)).toMatchObject({ code: '74010', exact: false, warning: expect.stringContaining('74003') });
    expect(findCommune('Chamonix', '74400', index)).toMatchObject({ code: '74056', exact: false, warning: expect.stringContaining('rapprochée') });
    const none = findCommune('Nulle-Part', '74130', index);
    expect(none.code).toBeUndefined();
    expect(none.warning).toContain('code_insee non renseigné');

    const caps = venue({ nom: "MAISON DE SERVICES AU PUBLIC D'ABONDANCE", commune: 'ABONDANCE', code_postal: '74360', latitude: 46.279, longitude: 6.72 });
    expect(caps.frontmatter).toMatchObject({ nom: "MAISON DE SERVICES AU PUBLIC D'ABONDANCE", commune: 'Abondance', code_insee: '74001' });
    const unknown = venue({ commune: 'Nulle-Part' });
    expect(unknown.frontmatter.code_insee).toBeUndefined();
    expect(unknown.warnings).toEqual([expect.stringContaining('code_insee non renseigné')]);
  });
});

describe('ids', () => {
  it('slugs the name and the commune', () => {
    expect(slugify("  L'Œuvre d'Été — ÀÉÎ  ")).toBe('l-oeuvre-d-ete-aei');
    expect(venueSlug('Médiathèque Jean Moulin', 'Clermont-Ferrand')).toBe('mediatheque-jean-moulin-clermont-ferrand');
    expect(venueSlug("Espace Public Numérique d'Aix les Bains", 'Aix les bains')).toBe('espace-public-numerique-d-aix-les-bains');
    expect(venueSlug('ABONDANCE', 'Abondance')).toBe('abondance');
    const long = venueSlug('Maison France Services dans les locaux de la sous-préfecture avec un nom vraiment très long', 'Saint-Julien-en-Genevois');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^maison-france-services-.*-saint-julien-en-genevois$/);
    expect(long).not.toMatch(/--|-$/);
    expect(venue().id).toBe('mediatheque-jean-moulin-clermont-ferrand');
  });

  it('writes the characters that HTML entities left in a source stand for (« Social &amp; Culturel »)', () => {
    const decoded = venue({ nom: 'Centre Social &amp; Culturel d&#39;Arpajon', adresse: '2 rue &quot;Haute&quot;' });
    expect(decoded.frontmatter.nom).toBe("Centre Social & Culturel d'Arpajon");
    expect(decoded.frontmatter.adresse).toBe('2 rue "Haute"');
    expect(decoded.id).toBe('centre-social-culturel-d-arpajon-clermont-ferrand');
  });

  it('resolves collisions by appending the source id, the smallest source id keeping the plain id', () => {
    const items = [
      { id: 'mairie-x', sourceId: '12' },
      { id: 'mairie-x', sourceId: '3' },
      { id: 'autre', sourceId: '5' },
      { id: 'mairie-x', sourceId: '100' },
    ];
    expect(resolveIdCollisions(items)).toEqual(['mairie-x-h12', 'mairie-x', 'autre', 'mairie-x-h100']);
    expect(resolveIdCollisions([...items].reverse())).toEqual(['mairie-x-h100', 'autre', 'mairie-x', 'mairie-x-h12']);

    const { venues } = mapV01Records([{ ...BASE, id: '9' }, { ...BASE, id: '2' }], options);
    expect(venues.map((item) => item.id)).toEqual(['mediatheque-jean-moulin-clermont-ferrand-h9', 'mediatheque-jean-moulin-clermont-ferrand']);
  });

  it('rejects a repeated source id', () => {
    const { venues, rejected: refused } = mapV01Records([BASE, { ...BASE, nom: 'Autre lieu' }], options);
    expect(venues).toHaveLength(1);
    expect(refused[0]!.reasons[0]).toMatch(/id: « 1 » est déjà l'identifiant d'un autre lieu/);
  });
});

describe('rejections', () => {
  it('rejects bad coordinates with the reason', () => {
    const result = rejected({ latitude: 3.087, longitude: 45.7772 });
    expect(result.label).toBe('n° 1 « Médiathèque Jean Moulin » (Clermont-Ferrand)');
    expect(result.reasons.join('\n')).toMatch(/^n° 1 « Médiathèque Jean Moulin » \(Clermont-Ferrand\): latitude: .*ne sont pas en France/m);
  });

  it('rejects a venue outside the territory (bounds and sub-territories)', () => {
    const result = rejected({ commune: 'Paris', code_postal: '75001', latitude: 48.86, longitude: 2.34 });
    const reasons = result.reasons.join('\n');
    expect(reasons).toMatch(/latitude: « 48\.86 » et longitude « 2\.34 » sont hors du territoire Auvergne-Rhône-Alpes/);
    expect(reasons).toMatch(/code_insee: « 75056 » n'est dans aucun sous-territoire de Auvergne-Rhône-Alpes/);
  });

  it('rejects a bad postcode, a missing name, a date in the future', () => {
    expect(rejected({ code_postal: '6300' }).reasons.join('\n')).toMatch(/code_postal: « 6300 » n'est pas valide ; attendu : un code postal français de 5 chiffres/);
    expect(rejected({ nom: '' }).reasons.join('\n')).toMatch(/nom: champ obligatoire manquant/);
    expect(rejected({ date_maj: '2030-01-01' }).reasons.join('\n')).toMatch(/date_maj: « 2030-01-01 » est dans le futur/);
    expect(mapV01Record('pas un lieu', options)).toMatchObject({ ok: false, reasons: [expect.stringContaining("n'est pas un objet JSON")] });
  });
});

describe('Markdown files', () => {
  it('writes keys in schema order, omits empty values, quotes only when needed, and reads back the same venue', () => {
    const result = venue({ telephone: '04 73 12 34 56', conditions_acces: 'Gratuit : x', code_postal: '63000' });
    const text = serializeVenue(result.frontmatter, 'Un texte.\r\n');
    expect(text).toBe(
      [
        '---',
        'nom: Médiathèque Jean Moulin',
        'adresse: 1 rue Sainte-Rose',
        'code_postal: "63000"',
        'commune: Clermont-Ferrand',
        'code_insee: "63113"',
        'latitude: 45.7772',
        'longitude: 3.087',
        'telephone: "+33473123456"',
        'source: Hinaura',
        'date_maj: 2022-03-18',
        'services:',
        '  - Maîtrise des outils numériques du quotidien',
        'frais_a_charge:',
        '  - Gratuit',
        '---',
        '',
        'Un texte.',
        '',
      ].join('\n'),
    );
    const read = readVenueFile(text);
    expect(read.body).toBe('Un texte.');
    const reparsed = VenueSchema(options.context).parse(read.frontmatter);
    const { leviers: _leviers, pays: _pays, ...frontmatter } = reparsed;
    expect(frontmatter).toEqual(result.frontmatter);
    expect(serializeVenue(frontmatter, read.body)).toBe(text);
    expect(VENUE_FIELD_ORDER.indexOf('structure')).toBeGreaterThan(VENUE_FIELD_ORDER.indexOf('prise_rdv'));
    expect(() => serializeVenue({ leviers: ['equipement'] })).toThrow(/unknown venue fields leviers/);
  });
});

describe('import command', () => {
  it('imports the real Hinaura file: every record written or rejected with reasons', { timeout: 60_000 }, () => {
    const dir = tempDir();
    const result = importInto(dir);
    const records = JSON.parse(readFileSync(SOURCE, 'utf8')) as unknown[];
    expect(records).toHaveLength(687);
    expect(result.total).toBe(687);
    // A record the source repeats (same listing, nothing contradicting) is written in the other's file, which names both.
    expect(result.merged).toBeGreaterThanOrEqual(2);
    expect(result.written.length + result.rejected.length + result.merged).toBe(687);
    const named = result.written.flatMap((id) => [...readFileSync(join(dir, 'lieux', `${id}.md`), 'utf8').matchAll(/^  - (Hinaura \d+) \(/gm)].map((match) => match[1]));
    expect(new Set(named).size).toBe(2 * result.merged);
    for (const item of result.rejected) expect(item.reasons.length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'lieux')).sort()).toEqual(result.written.map((id) => `${id}.md`).sort());

    const report = parseYamlOrThrow(readFileSync(join(dir, 'rapport.yaml'), 'utf8')) as { lieux?: unknown };
    expect(report).toMatchObject({
      source: 'Hinaura',
      licence: 'Licence Ouverte 2.0',
      format: 'mednum-v0.1',
      date_source: '2022-09-30',
      comptes: { enregistrements: 687, ecrits: 687 - result.rejected.length, rejetes: result.rejected.length, avertissements: result.warningCount, repetes_dans_la_source: result.merged },
    });
    expect(report.lieux).toEqual(result.written);

    // every written file is a valid venue
    const context = options.context;
    for (const name of readdirSync(join(dir, 'lieux')).slice(0, 50)) {
      const { frontmatter } = readVenueFile(readFileSync(join(dir, 'lieux', name), 'utf8'));
      expect(VenueSchema(context).safeParse(frontmatter).success).toBe(true);
    }
    expect(formatSummary(result, importOptions(dir))).toMatch(/^Import de .*687 enregistrements\.\n\d+ lieux écrits/);
  });

  it('is idempotent: two imports give byte-identical files; a re-run changes nothing', { timeout: 60_000 }, () => {
    const a = tempDir();
    const b = tempDir();
    importInto(a);
    importInto(b);
    expect(filesOf(join(a, 'lieux'))).toEqual(filesOf(join(b, 'lieux')));
    const report = readFileSync(join(a, 'rapport.yaml'), 'utf8');
    expect(readFileSync(join(b, 'rapport.yaml'), 'utf8').replaceAll(b, a)).toBe(report);
    const again = importInto(a);
    expect(again.unchanged).toBe(again.written.length);
    expect(again.created + again.updated + again.deleted.length).toBe(0);
    expect(readFileSync(join(a, 'rapport.yaml'), 'utf8')).toBe(report);
  });

  it('deletes only the files a previous run of the source wrote and no longer produces; never overwrites other files', () => {
    const dir = tempDir();
    const file = join(dir, 'source.json');
    const records = [BASE, { ...BASE, id: '2', nom: 'Espace numérique', commune: 'Thiers', code_postal: '63300', latitude: 45.856, longitude: 3.547 }];
    writeFileSync(file, JSON.stringify(records));
    const first = importInto(dir, file);
    expect(first.written).toEqual(['espace-numerique-thiers', 'mediatheque-jean-moulin-clermont-ferrand']);
    writeFileSync(join(dir, 'lieux', 'a-la-main.md'), '---\nnom: écrit à la main\n---\n');

    writeFileSync(file, JSON.stringify([records[0], { ...records[1], latitude: 10 }]));
    const second = importInto(dir, file);
    expect(second.rejected).toHaveLength(1);
    expect(second.deleted).toEqual(['espace-numerique-thiers']);
    expect(readdirSync(join(dir, 'lieux')).sort()).toEqual(['a-la-main.md', 'mediatheque-jean-moulin-clermont-ferrand.md']);

    writeFileSync(file, JSON.stringify([records[0], { ...BASE, id: '3', nom: 'A la main' }]));
    writeFileSync(join(dir, 'lieux', 'a-la-main-clermont-ferrand.md'), 'à moi\n');
    expect(() => importInto(dir, file)).toThrow(ImportError);
    expect(readFileSync(join(dir, 'lieux', 'a-la-main-clermont-ferrand.md'), 'utf8')).toBe('à moi\n');
  });

  it('parses the command line and refuses unknown formats in French', () => {
    expect(parseArgs(['--format', 'mednum-v0.1', 'data/x.json'])).toMatchObject({ out: 'content/lieux', report: 'content/imports/x.yaml' });
    expect(parseArgs(['--format=mednum-v0.1', 'x.json', '--out', 'o', '--report', 'r.yaml'])).toMatchObject({ out: 'o', report: 'r.yaml' });
    expect(() => parseArgs(['--format', 'csv', 'x.json'])).toThrow('Format inconnu « csv » ; formats pris en charge : mednum-v0.1, france-services, standard-csv, standard-json.');
    expect(() => parseArgs(['x.json'])).toThrow(/Indiquez le format/);
    expect(() => parseArgs(['--format', 'mednum-v0.1'])).toThrow(/Indiquez le fichier/);
  });

  it('exits with code 1 and one French line on a usage or file error', () => {
    for (const args of [['--format', 'inconnu', SOURCE], ['--format', 'mednum-v0.1', 'introuvable.json']]) {
      const run = spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Erreur : (Format inconnu|Fichier introuvable)/);
    }
  });
});
