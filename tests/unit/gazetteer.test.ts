import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  frenchPostcodes,
  GazetteerFileError,
  gazetteerForTerritory,
  parseGazetteerFile,
  readGazetteerOverride,
  readVenueLocations,
  territoryDepartements,
  type BuiltGazetteer,
} from '../../src/node/gazetteer-build.ts';
import { placeLabel, postcodesOf, resolvePlace, resolveShortName, searchPlaces, STOP_MAX_KM, stopLocator, type GazetteerRow } from '../../src/lib/gazetteer.ts';
import { TerritorySchema, type Territory } from '../../src/lib/schema/territory.ts';
import { placeNameKey } from '../../src/lib/text.ts';
import { parseYamlOrThrow } from '../../src/lib/frontmatter.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const CONTENT = join(PROJECT, 'content');
const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync(join(CONTENT, 'territoire.yaml'), 'utf8')));
const venues = readVenueLocations(CONTENT);

let demo: BuiltGazetteer;
let rows: GazetteerRow[];
beforeAll(() => {
  demo = buildGazetteer({ departements: territoryDepartements(territory), venues });
  rows = demo.rows;
});

const names = (query: string, limit?: number) => searchPlaces(rows, query, limit).map((place) => place.name);

describe('searchPlaces', () => {
  it('ignores accents, case, hyphens and apostrophes', () => {
    expect(names('chambery')[0]).toBe('Chambéry');
    expect(names('CHAMBÉRY')[0]).toBe('Chambéry');
    expect(names('saint etienne')[0]).toBe('Saint-Étienne');
    expect(names("l'isle d'abeau")[0]).toBe("L'Isle-d'Abeau");
    expect(names('lisle')[0]).toBe("L'Isle-d'Abeau");
    expect(placeNameKey('  Œuilly-sur-Marne ')).toBe('oeuilly sur marne');
  });

  it('reads « st » and « ste » as saint and sainte', () => {
    for (const query of ['st etienne', 'st-etienne', 'St-Étienne', 'saint-étienne', 'saint etie']) expect(names(query)[0], query).toBe('Saint-Étienne');
    expect(names('ste foy')[0]).toBe('Sainte-Foy-lès-Lyon');
    for (const query of ['clermont fd', 'Clermont-Fd']) expect(names(query)[0], query).toBe('Clermont-Ferrand');
    // « st » still being typed: Saint… places, not only names starting with « st ».
    const saints = names('st');
    expect(saints.length).toBeGreaterThan(3);
    expect(saints.filter((name) => !/^(saint|st)/i.test(name))).toEqual([]);
  });

  it('completes a beginning, the more important place first', () => {
    expect(names('clermont').slice(0, 2)).toEqual(['Clermont-Ferrand', 'Clermont']);
    expect(names('clerm')[0]).toBe('Clermont-Ferrand');
    expect(names('gren')[0]).toBe('Grenoble');
    expect(names('bourg')[0]).toBe('Bourg-en-Bresse');
    // Whole words first: « vals » is Vals-les-Bains rather than Valserhône.
    expect(names('vals')[0]).toBe('Vals-les-Bains');
    // The exact name before a longer one of the same importance.
    expect(names('crest')[0]).toBe('Crest');
  });

  it('finds a name without its article, or by a later word', () => {
    expect(names('puy')[0]).toBe('Le Puy-en-Velay');
    expect(names('le puy')[0]).toBe('Le Puy-en-Velay');
    expect(names('puy en velay')[0]).toBe('Le Puy-en-Velay');
    expect(names('velay')).toContain('Le Puy-en-Velay');
  });

  it('finds a name typed with a typo, one tier below the real matches, the more important first', () => {
    expect(names('grenobel')[0]).toBe('Grenoble');
    expect(names('clermond')[0]).toBe('Clermont-Ferrand');
    expect(names('st etiene')[0]).toBe('Saint-Étienne');
    expect(names('le puy en velai')[0]).toBe('Le Puy-en-Velay');
    expect(names('villeurbane')[0]).toBe('Villeurbanne');
    // A typo of a large town comes before a real match in a village (« lyonn » begins Cognat-Lyonne's second word).
    expect(names('lyonn')[0]).toBe('Lyon');
    expect(names('lyonn', 20)).toContain('Cognat-Lyonne');
    // Too short, or too far: nothing.
    expect(names('grz')).toEqual([]);
    expect(names('zzzzzzzz')).toEqual([]);
  });

  it('finds postcodes, exact or beginning', () => {
    const clermont = searchPlaces(rows, '63000');
    expect(clermont.map((place) => place.name)).toEqual(['Clermont-Ferrand']);
    expect(clermont[0]!.postcodes).toEqual(['63000', '63100']);
    expect(names('73000')[0]).toBe('Chambéry');
    expect(names('73000').length).toBeGreaterThan(3);
    const prefix = searchPlaces(rows, '630', 20);
    expect(prefix[0]!.name).toBe('Clermont-Ferrand');
    expect(prefix.every((place) => place.postcodes.some((code) => code.startsWith('630')))).toBe(true);
    expect(names('63 000')[0]).toBe('Clermont-Ferrand');
  });

  it('offers the municipal arrondissements of Lyon', () => {
    expect(names('69003')).toEqual(['Lyon 3e Arrondissement']);
    expect(names('lyon 3')[0]).toBe('Lyon 3e Arrondissement');
    expect(names('Lyon 3e')[0]).toBe('Lyon 3e Arrondissement');
    expect(names('lyon 1er')[0]).toBe('Lyon 1er Arrondissement');
    expect(names('lyon 69008')[0]).toBe('Lyon 8e Arrondissement');
    expect(names('lyon', 10)).toEqual(['Lyon', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Lyon ${n}${n === 1 ? 'er' : 'e'} Arrondissement`)]);
    const third = searchPlaces(rows, '69003')[0]!;
    expect(third.code).toBe('69383');
    expect(third.approx).toBe(false);
  });

  it('finds former municipalities (communes déléguées) under their old name', () => {
    expect(names('seynod')).toEqual(['Seynod (Annecy)']);
    expect(names('bellegarde')[0]).toBe('Bellegarde-sur-Valserine (Valserhône)');
    expect(names('annecy').slice(0, 2)).toEqual(['Annecy', 'Annecy-le-Vieux (Annecy)']);
    // They have no postcode of their own: the postcode finds the current municipality.
    expect(names('74600')[0]).toBe('Annecy');
    expect(resolvePlace(rows, 'Seynod')?.name).toBe('Seynod (Annecy)');
    expect(resolvePlace(rows, 'Seynod (Annecy)')?.code).toBe('74268');
  });

  it('returns places with their point, limited, and nothing for nothing', () => {
    const [place] = searchPlaces(rows, 'Grenoble');
    expect(place).toMatchObject({ name: 'Grenoble', code: '38185', approx: false });
    expect(place!.point[0]).toBeCloseTo(5.72, 1);
    expect(place!.point[1]).toBeCloseTo(45.19, 1);
    expect(searchPlaces(rows, 'saint', 3)).toHaveLength(3);
    expect(searchPlaces(rows, '')).toEqual([]);
    expect(searchPlaces(rows, '  -  ')).toEqual([]);
    expect(searchPlaces(rows, 'xyzzy')).toEqual([]);
    expect(searchPlaces(rows, 'constructor')).toEqual([]);
    expect(searchPlaces({ rows }, 'grenoble')[0]!.name).toBe('Grenoble');
  });

  it('offers places at every keystroke while a name or a postcode is typed', () => {
    // Speed per keystroke is measured by `npm run bench` (scripts/bench-gazetteer.ts), not here.
    for (const typed of ['st etienne', 'clermont', 'lyon 3', '63000']) {
      for (let length = 1; length <= typed.length; length++) expect(searchPlaces(rows, typed.slice(0, length)).length, typed.slice(0, length)).toBeGreaterThan(0);
    }
  });
});

describe('resolvePlace', () => {
  it('reads back every label it offers', () => {
    const wrong = rows.filter((row) => resolvePlace(rows, placeLabel(row))?.row !== row);
    // Only homonyms sharing their first postcode could collide; there are none in the demo territory.
    expect(wrong.map((row) => placeLabel(row))).toEqual([]);
  });

  it('reads a name, a postcode, a code, or both', () => {
    expect(resolvePlace(rows, 'saint-etienne')?.name).toBe('Saint-Étienne');
    expect(resolvePlace(rows, 'St Étienne')?.name).toBe('Saint-Étienne');
    expect(resolvePlace(rows, 'puy-en-velay')?.name).toBe('Le Puy-en-Velay');
    expect(resolvePlace(rows, '69003')?.name).toBe('Lyon 3e Arrondissement');
    expect(resolvePlace(rows, '63000 Clermont-Ferrand')?.name).toBe('Clermont-Ferrand');
    expect(resolvePlace(rows, 'Clermont-Ferrand 63100')?.name).toBe('Clermont-Ferrand');
    expect(resolvePlace(rows, 'Clermont-Ferrand (63000, 63100)')?.name).toBe('Clermont-Ferrand');
    expect(resolvePlace(rows, '38185')?.name).toBe('Grenoble');
    expect(resolvePlace(rows, 'clerm')).toBeUndefined();
    expect(resolvePlace(rows, '')).toBeUndefined();
    expect(resolvePlace(rows, '99999')).toBeUndefined();
  });

  it('reads a municipal arrondissement written the short way', () => {
    for (const text of ['lyon 3', 'Lyon 3e', 'lyon 3eme', 'Lyon 3ème', 'lyon 03', 'Lyon 3e arrondissement', 'lyon 69003', '69003 Lyon']) {
      expect(resolvePlace(rows, text)?.name, text).toBe('Lyon 3e Arrondissement');
    }
    expect(resolvePlace(rows, 'lyon 1er')?.name).toBe('Lyon 1er Arrondissement');
    expect(resolvePlace(rows, 'lyon 1')?.name).toBe('Lyon 1er Arrondissement');
    // Lyon has 9 arrondissements; a number after another name is not one.
    expect(resolvePlace(rows, 'lyon 12')).toBeUndefined();
    expect(resolvePlace(rows, 'riom 3')).toBeUndefined();
    expect(resolvePlace(rows, 'lyon')?.name).toBe('Lyon');
  });

  it('reads postcodes only with codes: false (a number typed in the search box is not an INSEE code)', () => {
    expect(resolvePlace(rows, '38185', { codes: false })).toBeUndefined();
    expect(resolvePlace(rows, '38000', { codes: false })?.name).toBe('Grenoble');
    // 63300 is Thiers' postcode and Riom's INSEE code: the postcode wins either way.
    expect(resolvePlace(rows, '63300')?.name).toBe('Thiers');
    expect(resolvePlace(rows, '63300', { codes: false })?.name).toBe('Thiers');
  });

  it('gives the most important of homonyms, and the one with the postcode given', () => {
    const homonyms = new Map<string, GazetteerRow[]>();
    for (const row of rows) homonyms.set(placeNameKey(row[0]), [...(homonyms.get(placeNameKey(row[0])) ?? []), row]);
    const [name, same] = [...homonyms].find(([, list]) => list.length > 1 && postcodesOf(list[1]!).length > 0)!;
    expect(resolvePlace(rows, name)?.row).toBe(same[0]);
    expect(resolvePlace(rows, `${name} ${postcodesOf(same[1]!)[0]}`)?.row).toBe(same[1]);
  });
});

describe('resolveShortName: a town called by the beginning of its name', () => {
  const short = (text: string) => resolveShortName(rows, text)?.name;

  it('reads whole words that begin one larger town\'s name only', () => {
    expect(short('thonon')).toBe('Thonon-les-Bains');
    expect(short('Le Puy')).toBe('Le Puy-en-Velay');
    expect(short('bourgoin')).toBe('Bourgoin-Jallieu');
    expect(short('evian')).toBe('Évian-les-Bains');
    expect(short('chamonix')).toBe('Chamonix-Mont-Blanc');
  });

  it('reads nothing for several towns, a village, a whole name or the beginning of a word', () => {
    // Vals-les-Bains and Vals-près-le-Puy; Bourg-en-Bresse, Bourg-de-Péage…
    expect(rows.filter((row) => placeNameKey(row[0]).startsWith('vals ')).length).toBeGreaterThan(1);
    expect(short('vals')).toBeUndefined();
    expect(short('bourg')).toBeUndefined();
    // Loire-sur-Rhône is the one name beginning with « loire », but a village: « loire » is the département.
    expect(rows.filter((row) => placeNameKey(row[0]).startsWith('loire ')).map((row) => row[0])).toEqual(['Loire-sur-Rhône']);
    expect(short('loire')).toBeUndefined();
    expect(short('riom')).toBeUndefined();
    expect(short('thon')).toBeUndefined();
    expect(short('')).toBeUndefined();
  });
});

describe('stopLocator: where a stop without coordinates is', () => {
  const locate = () => stopLocator(rows);
  it('is its commune, named with its postcode when given, else the homonym nearest to the venue', () => {
    // Saint-Beauzire: one in Haute-Loire (near Brioude), a more important one in Puy-de-Dôme.
    const brioude = { latitude: 45.2948, longitude: 3.3819 };
    const stop = locate()({ commune: 'Saint-Beauzire' }, brioude)!;
    expect(stop.lat).toBeLessThan(45.5);
    const clermont = { latitude: 45.7772, longitude: 3.087 };
    expect(locate()({ commune: 'Saint-Beauzire' }, clermont)!.lat).toBeGreaterThan(45.7);
    expect(locate()({ commune: 'Douvaine', code_postal: '74140' }, { latitude: 46.3731, longitude: 6.4776 })).toMatchObject({ lat: expect.closeTo(46.305, 1) });
  });
  it('is unknown for a commune the gazetteer lacks, or one farther than STOP_MAX_KM from the venue', () => {
    expect(locate()({ commune: 'Nulle-Part-sur-Mer' }, { latitude: 45.29, longitude: 3.38 })).toBeUndefined();
    expect(STOP_MAX_KM).toBe(100);
    expect(locate()({ commune: 'Douvaine' }, { latitude: 44.93, longitude: 2.44 })).toBeUndefined();
  });
});

describe('the demo territory (Auvergne-Rhône-Alpes)', () => {
  it('places ≥ 95 % of municipalities and ≥ 99 % of postcodes', () => {
    const { communes, postcodes } = demo.coverage;
    expect(communes.total).toBeGreaterThan(4000);
    expect(communes.resolved / communes.total).toBeGreaterThanOrEqual(0.95);
    expect(postcodes.total).toBeGreaterThan(700);
    expect(postcodes.resolved / postcodes.total).toBeGreaterThanOrEqual(0.99);
    // GeoNames places about half of them: the rest are bounding box centres. Fails if the GeoNames join breaks.
    expect((communes.resolved - communes.approx) / communes.total).toBeGreaterThan(0.45);
    const arrondissement = /^6938\d$/;
    const municipalities = rows.filter((row) => !arrondissement.test(row[2]) && !row[0].includes('('));
    expect(municipalities).toHaveLength(communes.resolved);
    expect(municipalities.filter((row) => row[5] !== 1)).toHaveLength(communes.resolved - communes.approx);
    expect(rows.filter((row) => arrondissement.test(row[2]))).toHaveLength(9);
    expect(demo.coverage.unresolved).toHaveLength(communes.total - communes.resolved);
  });

  it('has well-formed rows, inside the territory, one per code', () => {
    const [west, south, east, north] = territory.bornes;
    for (const row of rows) {
      expect(row.length === 5 || (row.length === 6 && row[5] === 1), row[0]).toBe(true);
      expect(row[4] >= west - 0.1 && row[4] <= east + 0.1 && row[3] >= south - 0.1 && row[3] <= north + 0.1, `${row[2]} ${row[0]}`).toBe(true);
      expect(Math.round(row[3] * 10_000) / 10_000).toBe(row[3]);
      expect(typeof row[1] === 'string' ? /^\d{5}$/.test(row[1]) : row[1].every((code) => /^\d{5}$/.test(code))).toBe(true);
    }
    // Former municipalities (« Seynod (Annecy) ») may share their new municipality's code.
    const current = rows.filter((row) => !row[0].includes('('));
    expect(new Set(current.map((row) => row[2])).size).toBe(current.length);
  });

  it('knows the postcode of every demo venue, except CEDEX codes', () => {
    const known = new Set(rows.flatMap(postcodesOf));
    const codes = new Set(rows.map((row) => row[2]));
    const french = frenchPostcodes();
    const unknown = venues.filter((venue) => !known.has(venue.code_postal));
    // A CEDEX code is no municipality's postcode anywhere in France; the venue's municipality itself is known.
    for (const venue of unknown) {
      expect(french.has(venue.code_postal), `${venue.file}: ${venue.code_postal}`).toBe(false);
      expect(codes.has(venue.code_insee ?? ''), `${venue.file}: ${venue.code_insee}`).toBe(true);
    }
    // France Services adds CEDEX codes (03104, 07531, 15015, 42605, 74203) and one typo, 06922 for 69220
    // (Belleville-en-Beaujolais), which npm run validate reports (checkLocations).
    expect(unknown.map((venue) => venue.code_postal).sort()).toEqual(['03104', '06922', '07531', '15015', '42605', '43012', '74003', '74008', '74203']);
  });

  it('places a municipality the packages miss from its venues', () => {
    const missing = demo.coverage.unresolved[0]!.split(' ')[0]!;
    const built = buildGazetteer({
      departements: [missing.slice(0, 2)],
      venues: [
        { code_insee: missing, code_postal: '15000', commune: 'X', latitude: 45.2, longitude: 2.9 },
        { code_insee: missing, code_postal: '15000', commune: 'X', latitude: 45.3, longitude: 3.1 },
      ],
    });
    expect(built.rows.find((row) => row[2] === missing)).toEqual([expect.any(String), expect.anything(), missing, 45.25, 3, 1]);
    expect(built.coverage.communes.fromVenues).toBe(1);
  });

  it('is served for the territory, built from the packages', () => {
    const result = gazetteerForTerritory(CONTENT, territory, venues);
    expect(result.source).toBe('built');
    expect(result.gazetteer.rows).toHaveLength(rows.length);
    expect(result.gazetteer.attribution).toMatch(/GeoNames.*CC BY 4\.0/);
  });
});

describe('content/communes.json (a deployment outside France)', () => {
  const temporary: string[] = [];
  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });
  const contentWith = (text?: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'reperes-gazetteer-'));
    temporary.push(dir);
    if (text !== undefined) writeFileSync(join(dir, 'communes.json'), text);
    return dir;
  };
  const belgium: Pick<Territory, 'pays' | 'sous_territoires'> = {
    pays: 'BE',
    sous_territoires: [{ id: 'bruxelles', nom: 'Bruxelles', departements: [], communes: [], codes_postaux: ['1'] }],
  };
  const BELGIAN_ROWS = [
    ['Bruxelles', ['1000', '1020', '1120', '1130'], '21004', 50.8467, 4.3525],
    ['Ixelles', '1050', '21009', 50.8333, 4.3667],
    ['Saint-Gilles', '1060', '21013', 50.8268, 4.3456],
    ['Liège', ['4000', '4020'], '62063', 50.6412, 5.5718, 1],
  ];

  it('replaces the built gazetteer, as an object or a bare array', () => {
    const dir = contentWith(JSON.stringify({ attribution: 'Statbel, bpost', rows: BELGIAN_ROWS }));
    const result = gazetteerForTerritory(dir, belgium);
    expect(result.source).toBe('file');
    expect(result.gazetteer.attribution).toBe('Statbel, bpost');
    expect(result.coverage.communes).toEqual({ total: 4, resolved: 4, approx: 1, fromVenues: 0 });
    expect(result.coverage.postcodes).toEqual({ total: 8, resolved: 8 });
    const { rows: belgian } = result.gazetteer;
    expect(searchPlaces(belgian, '1050').map((place) => place.name)).toEqual(['Ixelles']);
    expect(searchPlaces(belgian, 'st gilles')[0]!.name).toBe('Saint-Gilles');
    expect(searchPlaces(belgian, 'liege')[0]).toMatchObject({ name: 'Liège', approx: true, point: [5.5718, 50.6412] });
    expect(resolvePlace(belgian, 'Bruxelles (1000, 1020…)')?.code).toBe('21004');

    const bare = contentWith(JSON.stringify(BELGIAN_ROWS));
    expect(readGazetteerOverride(bare)?.rows).toEqual(BELGIAN_ROWS);
    // Also for a French territory: the file wins.
    expect(gazetteerForTerritory(bare, territory).source).toBe('file');
  });

  it('is optional: none outside France, the built one in France', () => {
    const empty = contentWith();
    expect(readGazetteerOverride(empty)).toBeUndefined();
    expect(gazetteerForTerritory(empty, belgium)).toMatchObject({ source: 'none', gazetteer: { rows: [] } });
  });

  it('reports malformed files in French, row by row', () => {
    expect(() => readGazetteerOverride(contentWith('{ nope'))).toThrow(GazetteerFileError);
    const { gazetteer, problems } = parseGazetteerFile(
      JSON.stringify([['Namur', '5000', '92094', 50.46, 4.87], ['Mons', 7000, '53053', 50.45, 3.95], ['Arlon', '6700', '81001', 'x', 5.8], ['Spa', '4900', '63072', 50.49, 5.86, true]]),
    );
    expect(gazetteer).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/^ligne n° 2 : codes postaux de Mons/),
      expect.stringMatching(/^ligne n° 3 : latitude de Arlon/),
      expect.stringMatching(/^ligne n° 4 : 6e élément de Spa/),
    ]);
    expect(parseGazetteerFile('{"rows": 3}').problems).toHaveLength(1);
    expect(parseGazetteerFile('[]').problems).toEqual(['aucune commune ; attendu : au moins une ligne']);
  });
});
